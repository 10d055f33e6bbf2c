"""Export jobs: which rows an export holds, who asked, and the file it made."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from feedback.accounts.services import CurrentUser
from feedback.exports.formats import to_csv, to_json, to_xlsx
from feedback.exports.pdf import PdfUnavailable
from feedback.redaction import shown_text
from feedback.review.services import (
    OpinionFilters,
    ReviewError,
    _conditions,
    _urgent_copies,
    audit,
    parse_filters,
)
from feedback.tables import ExportJob, Opinion, OpinionTopic, Translation

OPINION_FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
PACK_FORMATS = {
    "pack-html": "text/html; charset=utf-8",
    "pack-md": "text/markdown; charset=utf-8",
    "pack-pdf": "application/pdf",
    "pack-xlsx": OPINION_FORMATS["xlsx"],
}
EXTENSIONS = {
    "csv": "csv",
    "xlsx": "xlsx",
    "json": "json",
    "pack-html": "html",
    "pack-md": "md",
    "pack-pdf": "pdf",
    "pack-xlsx": "xlsx",
}
COLUMNS = [
    "id", "receipt_code", "submitted_at", "region", "language", "language_confidence",
    "text", "translation_ja", "translation_en", "translation_model", "topics", "theme",
    "urgent", "urgent_categories", "relevance", "triage_status", "assignee", "duplicate_of", "source",
    # codes of the checks that say "check with a translator" (ADR 0002, Warnings)
    "translation_ja_warnings", "translation_en_warnings",
]  # fmt: skip
PERSONAL_COLUMNS = ["original_text", "contact_email"]
# The campaign (group of copies) the opinion belongs to is urgent: the opinion or a copy is.
# The `urgent` filter goes by it, as in the inbox; `urgent_copy` is the opinion that makes
# it urgent when it is another one.
GROUP_COLUMNS = ["group_urgent", "urgent_copy"]
BATCH = 1000
log = logging.getLogger(__name__)
# What an organizer reads when the server cannot make PDFs (the details go to the log and to
# `feedback doctor`); the export page offers the other pack formats beside it.
PDF_UNAVAILABLE_MESSAGE = (
    "This server cannot make PDF files at the moment (a system library is missing; the "
    "administrator can see what to install with `feedback doctor` or on the admin page). "
    "The same hearing pack is available as printable HTML or Markdown."
)


def _json_list(value: Any) -> list[Any]:
    """A JSON column as a list: SQLite's driver gives the text, asyncpg the text too."""
    if isinstance(value, str):
        value = json.loads(value or "[]")
    return list(value or [])


def filters_to_dict(filters: OpinionFilters) -> dict[str, str]:
    from urllib.parse import parse_qsl

    values = dict(parse_qsl(filters.query_string()))
    # The query string leaves `duplicates` out when false (the inbox's default), but an
    # export's default is true: an export of the inbox's rows only must say so.
    if not filters.duplicates:
        values["duplicates"] = "0"
    return values


def filters_from_dict(values: dict[str, Any]) -> OpinionFilters:
    values = {key: (str(value) if value is not None else None) for key, value in values.items()}
    known = (
        "status", "language", "since", "until", "needs_check", "topic", "theme", "urgent",
        "relevance", "region", "assignee", "q", "sort", "duplicates", "copies_of",
    )  # fmt: skip
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ReviewError("filters", f"unknown filter(s): {', '.join(unknown)}")
    return parse_filters(
        values.get("status"), values.get("language"), values.get("since"), values.get("needs_check"),
        until=values.get("until"), topic=values.get("topic"), theme=values.get("theme"),
        urgent=values.get("urgent"), relevance=values.get("relevance"), region=values.get("region"),
        assignee=values.get("assignee"), q=values.get("q"), sort=values.get("sort"),
        # Exports keep every opinion unless asked otherwise (duplicates=false).
        duplicates=values.get("duplicates"), copies_of=values.get("copies_of"),
    )  # fmt: skip


async def count_rows(filters: OpinionFilters) -> int:
    query = Opinion.count()
    for condition in await _conditions(filters):
        query = query.where(condition)
    return await query


async def opinion_rows(
    filters: OpinionFilters,
    include_personal_data: bool,
    progress: Callable[[int], Awaitable[None]] | None = None,
) -> list[dict[str, Any]]:
    """Every opinion matching `filters`, oldest first, as flat rows for a spreadsheet."""
    rows: list[dict[str, Any]] = []
    last_id = 0
    conditions = await _conditions(filters)
    while True:
        query = Opinion.select(
            *Opinion.all_columns(exclude=[Opinion.assignee]),
            Opinion.assignee.email.as_alias("assignee_email"),
        ).where(Opinion.id > last_id)
        for condition in conditions:
            query = query.where(condition)
        batch = await query.order_by(Opinion.id).limit(BATCH)
        if not batch:
            break
        ids = [row["id"] for row in batch]
        translations: dict[int, dict[str, dict[str, Any]]] = {}
        for item in await Translation.select(
            Translation.opinion,
            Translation.target,
            Translation.text,
            Translation.model,
            Translation.warnings,
        ).where(Translation.opinion.is_in(ids)):
            translations.setdefault(item["opinion"], {})[item["target"]] = item
        topics: dict[int, list[str]] = {}
        for item in (
            await OpinionTopic.select(OpinionTopic.opinion, OpinionTopic.slug)
            .where(OpinionTopic.opinion.is_in(ids))
            .order_by(OpinionTopic.score, ascending=False)
        ):
            topics.setdefault(item["opinion"], []).append(item["slug"])
        urgent_copies = await _urgent_copies(batch)
        for row in batch:
            mt = translations.get(row["id"], {})
            urgent_copy = urgent_copies.get(row["id"])
            models = sorted({item["model"] for item in mt.values()})
            text = shown_text(row)
            flat = {
                "id": row["id"],
                "receipt_code": row["receipt_code"],
                "submitted_at": row["submitted_at"],
                "region": row["region"],
                "language": row["language"],
                "language_confidence": row["language_confidence"],
                "text": text,
                "translation_ja": mt.get("ja", {}).get("text") if row["language"] != "ja" else None,
                "translation_en": mt.get("en", {}).get("text") if row["language"] != "en" else None,
                "translation_model": ", ".join(models)
                + (" (machine translation)" if models else ""),
                "topics": topics.get(row["id"], []),
                "theme": row["theme"],
                "urgent": bool(row["urgent"]),
                "urgent_categories": _json_list(row.get("urgent_categories")),
                "relevance": row["relevance"],
                "triage_status": row["triage_status"],
                "assignee": row["assignee_email"],
                "duplicate_of": row["duplicate_of"],
                "source": row["source"],
                "group_urgent": bool(row["group_urgent"]),
                "urgent_copy": urgent_copy.id if urgent_copy else None,
                "translation_ja_warnings": _json_list(mt.get("ja", {}).get("warnings")),
                "translation_en_warnings": _json_list(mt.get("en", {}).get("warnings")),
            }
            if include_personal_data:
                # Unredacted, but never the Zawgyi bytes as typed: those stay in the database
                # for admins (original view); exports carry the Unicode conversion.
                flat["original_text"] = (
                    row["normalised_text"] if row.get("original_encoding") else row["text"]
                )
                flat["contact_email"] = row["contact_email"]
            rows.append(flat)
        last_id = ids[-1]
        if progress:
            await progress(len(rows))
    return rows


def render_opinions(format: str, rows: list[dict[str, Any]], include_personal_data: bool) -> bytes:  # noqa: A002
    columns = COLUMNS + GROUP_COLUMNS + (PERSONAL_COLUMNS if include_personal_data else [])
    if format == "csv":
        return to_csv(columns, rows)
    if format == "xlsx":
        return to_xlsx(columns, rows)
    if format == "json":
        return to_json([{name: row.get(name) for name in columns} for row in rows])
    raise ReviewError("format", f"unknown format {format!r}")


async def create_job(
    user: CurrentUser,
    format: str,  # noqa: A002
    filters: dict[str, Any],
    include_personal_data: bool = False,
    kind: str = "opinions",
) -> int:
    """Check the request, record it (audited) and return the job id; the worker makes the file."""
    allowed = OPINION_FORMATS if kind == "opinions" else PACK_FORMATS
    if format not in allowed:
        raise ReviewError("format", "format must be one of: " + ", ".join(allowed))
    if include_personal_data and not user.is_admin:
        raise PermissionError("only an admin may export personal data")
    if kind == "opinions":
        filters = filters_to_dict(filters_from_dict(filters))  # validates and normalises
    now = datetime.now(UTC)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    rows = await ExportJob.insert(
        ExportJob(
            account=user.id,
            kind=kind,
            format=format,
            filters=filters,
            include_personal_data=include_personal_data,
            status="queued",
            filename=f"{'hearing-pack' if kind == 'pack' else 'opinions'}-{stamp}.{EXTENSIONS[format]}",
            created_at=now,
        )
    ).returning(ExportJob.id)
    job_id = rows[0]["id"]
    await audit(
        user,
        "export.personal_data" if include_personal_data else "export.create",
        "export",
        job_id,
        {},
        {
            "kind": kind,
            "format": format,
            "filters": filters,
            "include_personal_data": include_personal_data,
        },
    )
    return job_id


async def job_status(job_id: int) -> dict[str, Any] | None:
    row = await ExportJob.select(
        ExportJob.id, ExportJob.account, ExportJob.kind, ExportJob.format, ExportJob.status,
        ExportJob.progress, ExportJob.row_count, ExportJob.error, ExportJob.filename,
        ExportJob.created_at, ExportJob.finished_at, ExportJob.include_personal_data, ExportJob.filters,
    ).where(ExportJob.id == job_id).first()  # fmt: skip
    if row and isinstance(row["filters"], str):
        row["filters"] = json.loads(row["filters"])
    return row


async def job_file(job_id: int) -> tuple[str, str, bytes] | None:
    row = (
        await ExportJob.select(
            ExportJob.format, ExportJob.filename, ExportJob.content, ExportJob.status
        )
        .where(ExportJob.id == job_id)
        .first()
    )
    if row is None or row["status"] != "done" or row["content"] is None:
        return None
    media = {**OPINION_FORMATS, **PACK_FORMATS}[row["format"]]
    return row["filename"], media, bytes(row["content"])


async def recent_jobs(account_id: int, limit: int = 20) -> list[dict[str, Any]]:
    return await ExportJob.select(
        ExportJob.id, ExportJob.kind, ExportJob.format, ExportJob.status, ExportJob.progress,
        ExportJob.row_count, ExportJob.filename, ExportJob.created_at, ExportJob.error,
    ).where(ExportJob.account == account_id).order_by(ExportJob.id, ascending=False).limit(limit)  # fmt: skip


async def _fail(job_id: int, error: str) -> None:
    await ExportJob.update(
        {
            ExportJob.status: "failed",
            ExportJob.error: error,
            ExportJob.finished_at: datetime.now(UTC),
        }
    ).where(ExportJob.id == job_id)


async def run_job(job_id: int) -> str:
    """Make the file for one job. Idempotent: a finished job is left as it is."""
    job = await job_status(job_id)
    if job is None:
        return "missing"
    if job["status"] == "done":
        return "done"
    await ExportJob.update({ExportJob.status: "running", ExportJob.progress: 0}).where(
        ExportJob.id == job_id
    )
    try:
        if job["kind"] == "pack":
            from feedback.exports.pack import build_pack, render_pack

            pack = await build_pack(job["filters"])
            content = await render_pack(pack, job["format"])
            count = sum(theme.count for theme in pack.themes)
        else:
            filters = filters_from_dict(job["filters"])
            total = max(await count_rows(filters), 1)

            async def progress(done: int) -> None:
                await ExportJob.update({ExportJob.progress: min(99, done * 100 // total)}).where(
                    ExportJob.id == job_id
                )

            rows = await opinion_rows(filters, job["include_personal_data"], progress)
            content = render_opinions(job["format"], rows, job["include_personal_data"])
            count = len(rows)
    except PdfUnavailable as error:
        # Not worth retrying: the server lacks a library until an operator installs it. The
        # organizer reads why and is offered the other pack formats (export_job.html).
        log.error("export %s: %s", job_id, error)
        await _fail(job_id, PDF_UNAVAILABLE_MESSAGE)
        return "failed"
    except Exception as error:
        await _fail(job_id, f"{type(error).__name__}: {error}")
        raise
    await ExportJob.update(
        {
            ExportJob.status: "done",
            ExportJob.progress: 100,
            ExportJob.row_count: count,
            ExportJob.content: content,
            ExportJob.finished_at: datetime.now(UTC),
        }
    ).where(ExportJob.id == job_id)
    return "done"
