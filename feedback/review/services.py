"""Queries behind the review screens and API, and reviewers' corrections."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from feedback.accounts.services import CurrentUser
from feedback.tables import (
    PROCESSING_STATUSES,
    TRIAGE_STATUSES,
    AuditEntry,
    Label,
    Opinion,
    PipelineStep,
)
from feedback.review.schemas import LanguageScore, ReviewOpinion, ReviewPage, StepOutcome

MAX_PER_PAGE = 200
_LANGUAGE_CODE = re.compile(r"^([a-z]{2,3}|und)$")


class FilterError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class OpinionFilters:
    status: str | None = None
    language: str | None = None
    since: datetime | None = None
    needs_check: bool | None = None


def parse_filters(
    status: str | None, language: str | None, since: str | None, needs_check: str | None = None
) -> OpinionFilters:
    if status and status not in PROCESSING_STATUSES and status not in TRIAGE_STATUSES:
        raise FilterError(
            "status",
            "status must be one of: " + ", ".join((*PROCESSING_STATUSES, *TRIAGE_STATUSES)),
        )
    if language and not _LANGUAGE_CODE.match(language):
        raise FilterError("language", "language must be an ISO 639-1 code such as 'my', or 'und'")
    since_at: datetime | None = None
    if since:
        try:
            since_at = datetime.fromisoformat(since.replace("Z", "+00:00"))
        except ValueError:
            raise FilterError(
                "since", "since must be an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T09:00Z"
            ) from None
        if since_at.tzinfo is None:
            since_at = since_at.replace(tzinfo=UTC)
    check: bool | None = None
    if needs_check not in (None, ""):
        check = needs_check in ("1", "true", "yes")
    return OpinionFilters(status=status or None, language=language or None, since=since_at, needs_check=check)


def _where(filters: OpinionFilters):
    conditions: list[Any] = []
    if filters.status in PROCESSING_STATUSES:
        conditions.append(Opinion.processing_status == filters.status)
    elif filters.status in TRIAGE_STATUSES:
        conditions.append(Opinion.triage_status == filters.status)
    if filters.language:
        conditions.append(Opinion.language == filters.language)
    if filters.since:
        conditions.append(Opinion.submitted_at >= filters.since)
    if filters.needs_check is not None:
        conditions.append(Opinion.language_needs_check == filters.needs_check)
    return conditions


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _to_schema(row: dict[str, Any], steps: list[dict[str, Any]] | None = None) -> ReviewOpinion:
    alternatives = _json(row["language_alternatives"]) or []
    return ReviewOpinion(
        id=row["id"],
        receipt_code=row["receipt_code"],
        text=row["text"],
        source=row["source"],
        region=row["region"],
        declared_language=row["declared_language"],
        detected_language=row["detected_language"],
        language_confidence=row["language_confidence"],
        language_alternatives=[LanguageScore(**item) for item in alternatives],
        language=row["language"],
        language_needs_check=bool(row["language_needs_check"]),
        processing_status=row["processing_status"],
        processing_error=row["processing_error"],
        processing_attempts=row["processing_attempts"],
        triage_status=row["triage_status"],
        submitted_at=row["submitted_at"],
        processed_at=row["processed_at"],
        updated_at=row["updated_at"],
        has_contact_email=bool(row["contact_email"]),
        steps=[
            StepOutcome(
                step=step["step"],
                outcome=step["outcome"],
                message=step["message"],
                updated_at=step["updated_at"],
            )
            for step in steps or []
        ],
    )


async def list_opinions(filters: OpinionFilters, page: int, per_page: int) -> ReviewPage:
    page = max(page, 1)
    per_page = min(max(per_page, 1), MAX_PER_PAGE)
    query = Opinion.select(*Opinion.all_columns())
    count_query = Opinion.count()
    for condition in _where(filters):
        query = query.where(condition)
        count_query = count_query.where(condition)
    rows = (
        await query.order_by(Opinion.submitted_at, ascending=False)
        .order_by(Opinion.id, ascending=False)
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    total = await count_query
    return ReviewPage(items=[_to_schema(row) for row in rows], total=total, page=page, per_page=per_page)


async def get_opinion(opinion_id: int) -> ReviewOpinion | None:
    row = await Opinion.select(*Opinion.all_columns()).where(Opinion.id == opinion_id).first()
    if row is None:
        return None
    steps = await PipelineStep.select(
        PipelineStep.step, PipelineStep.outcome, PipelineStep.message, PipelineStep.updated_at
    ).where(PipelineStep.opinion == opinion_id).order_by(PipelineStep.id)
    return _to_schema(row, steps)


async def correct_language(opinion_id: int, language: str, reviewer: CurrentUser) -> ReviewOpinion:
    """Store a reviewer's language as a label (it wins over the detector) and audit it."""
    language = language.strip().lower()
    if not _LANGUAGE_CODE.match(language):
        raise FilterError("language", "language must be an ISO 639-1 code such as 'my', or 'und'")
    before = await Opinion.select(Opinion.language, Opinion.language_needs_check).where(
        Opinion.id == opinion_id
    ).first()
    if before is None:
        raise LookupError(opinion_id)
    now = datetime.now(UTC)
    await Label.insert(
        Label(opinion=opinion_id, kind="language", value=language, account=reviewer.id, created_at=now)
    )
    await Opinion.update(
        {Opinion.language: language, Opinion.language_needs_check: False, Opinion.updated_at: now}
    ).where(Opinion.id == opinion_id)
    await AuditEntry.insert(
        AuditEntry(
            account=reviewer.id,
            action="opinion.language",
            object_type="opinion",
            object_id=str(opinion_id),
            before={"language": before["language"]},
            after={"language": language},
            created_at=now,
        )
    )
    corrected = await get_opinion(opinion_id)
    assert corrected is not None
    return corrected
