"""Queries behind the review screens and API, and reviewers' actions (all audited)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, get_args

from feedback import regions
from feedback.accounts.services import CurrentUser
from feedback.redaction import stored
from feedback.review.schemas import (
    LANGUAGE_CODE_PATTERN,
    MAX_BULK_IDS,
    MAX_NOTE_LENGTH,
    MAX_PAGE,
    MAX_PER_PAGE,
    MAX_SEARCH_LENGTH,
    TRUE_FLAGS,
    Flag,
    HistoryEntry,
    LanguageScore,
    NoteOut,
    Relevance,
    ReviewOpinion,
    ReviewPage,
    SortOrder,
    StepOutcome,
    TopicOut,
    TranslationOut,
    UrgentCopy,
)
from feedback.tables import (
    PROCESSING_STATUSES,
    TRIAGE_STATUSES,
    Account,
    AuditEntry,
    Label,
    Note,
    Opinion,
    OpinionTopic,
    PipelineStep,
    Topic,
    Translation,
)

# The allowed values and bounds are review.schemas' (the API's types): defined once there.
_LANGUAGE_CODE = re.compile(LANGUAGE_CODE_PATTERN)
_RELEVANCE = get_args(Relevance)
_LANGUAGE_ERROR = (
    "language must be an ISO 639-1 code such as 'my', a romanization such as 'ne-Latn', or 'und'"
)


def _language_code(code: str) -> str:
    """ "NE-latn " -> "ne-Latn": the spelling the detector and the stored labels use."""
    base, _, script = code.strip().partition("-")
    return base.lower() + (f"-{script.title()}" if script else "")


def N_(text: str) -> str:
    """Marks a string for the catalogues (`pybabel extract -k N_`); translated where shown."""
    return text


SORTS = {
    "urgent": N_("urgent first, then newest"),
    "newest": N_("newest first"),
    "oldest": N_("oldest first"),
    "language": N_("by language, then newest"),
}
if tuple(SORTS) != get_args(SortOrder):  # pragma: no cover - the labels and the API's values
    raise RuntimeError("review.services.SORTS differs from review.schemas.SortOrder")


class ReviewError(ValueError):
    """A reviewer's request that cannot be done; `field` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class Conflict(ReviewError):
    """Well-formed, but the current state does not allow it (the API answers 409)."""


class UnknownReference(Conflict):
    """The request names a reviewer, topic, theme or opinion that does not exist (any more):
    409, since the same request succeeds once it does; a controller whose path names the
    missing thing answers 404 instead."""


@dataclass(frozen=True)
class OpinionFilters:
    status: str | None = None
    language: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    needs_check: bool | None = None
    topic: str | None = None
    theme: int | None = None
    urgent: bool | None = None
    relevance: str | None = None
    region: str | None = None
    assignee: str | None = None
    q: str | None = None
    sort: str = "urgent"
    # False: an opinion that duplicates another is left out (its leader counts it in
    # `copies`). The inbox and the review API default to False; exports to True.
    duplicates: bool = True
    copies_of: int | None = None  # only the duplicates of this opinion

    def query_string(self, **changes: Any) -> str:
        """The filters as URL parameters, for links that keep them (pagination, sorting)."""
        from urllib.parse import urlencode

        values = replace(self, **changes) if changes else self
        pairs: list[tuple[str, str]] = []
        for name in (
            "status", "language", "topic", "theme", "relevance", "region", "assignee", "q", "sort",
            "copies_of",
        ):  # fmt: skip
            value = getattr(values, name)
            if value not in (None, ""):
                pairs.append((name, str(value)))
        for name in ("needs_check", "urgent"):
            value = getattr(values, name)
            if value is not None:
                pairs.append((name, "1" if value else "0"))
        if values.duplicates:
            pairs.append(("duplicates", "1"))
        if values.since:
            pairs.append(("since", values.since.date().isoformat()))
        if values.until:
            pairs.append(("until", (values.until - timedelta(days=1)).date().isoformat()))
        return urlencode(pairs)


def _parse_time(field: str, value: str, end_of_day: bool = False) -> datetime:
    value = value.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime.combine(day + timedelta(days=1) if end_of_day else day, time(), UTC)
            return moment
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ReviewError(
            field, f"{field} must be an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T09:00Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _parse_number(field: str, value: str | int | None, message: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)  # type: ignore[arg-type]
    except ValueError:
        raise ReviewError(field, message) from None


def _parse_bool(field: str, value: str | None) -> bool | None:
    if value in (None, ""):
        return None
    if value in get_args(Flag):
        return value in TRUE_FLAGS
    raise ReviewError(field, f"{field} must be true or false")


def parse_filters(
    status: str | None = None,
    language: str | None = None,
    since: str | None = None,
    needs_check: str | None = None,
    *,
    until: str | None = None,
    topic: str | None = None,
    theme: str | int | None = None,
    urgent: str | None = None,
    relevance: str | None = None,
    region: str | None = None,
    assignee: str | None = None,
    q: str | None = None,
    sort: str | None = None,
    duplicates: str | None = None,
    copies_of: str | int | None = None,
) -> OpinionFilters:
    if status and status not in PROCESSING_STATUSES and status not in TRIAGE_STATUSES:
        raise ReviewError(
            "status",
            "status must be one of: " + ", ".join((*PROCESSING_STATUSES, *TRIAGE_STATUSES)),
        )
    if language:
        language = _language_code(language)
    if language and not _LANGUAGE_CODE.match(language):
        raise ReviewError("language", _LANGUAGE_ERROR)
    theme_id = _parse_number("theme", theme, "theme must be a theme number")
    if relevance and relevance not in _RELEVANCE:
        raise ReviewError("relevance", "relevance must be one of: " + ", ".join(_RELEVANCE))
    region = region.strip() if region else region
    if region and region.upper() not in regions.BY_CODE:
        raise ReviewError("region", "region must be a prefecture code from JP-01 to JP-47")
    if sort and sort not in SORTS:
        raise ReviewError("sort", "sort must be one of: " + ", ".join(SORTS))
    if q and len(q) > MAX_SEARCH_LENGTH:
        raise ReviewError("q", f"the search text is limited to {MAX_SEARCH_LENGTH} characters")
    copies_of_id = _parse_number("copies_of", copies_of, "copies_of must be an opinion number")
    with_duplicates = _parse_bool("duplicates", duplicates)
    return OpinionFilters(
        status=status or None,
        language=language or None,
        since=_parse_time("since", since) if since else None,
        until=_parse_time("until", until, end_of_day=True) if until else None,
        needs_check=_parse_bool("needs_check", needs_check),
        topic=topic or None,
        theme=theme_id,
        urgent=_parse_bool("urgent", urgent),
        relevance=relevance or None,
        region=region.upper() if region else None,
        assignee=assignee or None,
        q=q.strip() if q and q.strip() else None,
        sort=sort or "urgent",
        duplicates=True if with_duplicates is None else with_duplicates,
        copies_of=copies_of_id,
    )


# The shown text as SQL (what feedback.redaction.shown_text gives for a row whose redaction is
# stored: every row, since the intake-redaction migration). Written exactly as in the
# PostgreSQL expression index `opinion_shown_text_trgm`, so that the planner uses it.
SEARCHED_TEXT = "coalesce(redacted_text, normalised_text)"


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def _conditions(filters: OpinionFilters) -> list[Any]:
    conditions: list[Any] = []
    if filters.status in PROCESSING_STATUSES:
        conditions.append(Opinion.processing_status == filters.status)
    elif filters.status in TRIAGE_STATUSES:
        conditions.append(Opinion.triage_status == filters.status)
    if filters.language:
        conditions.append(Opinion.language == filters.language)
    if filters.since:
        conditions.append(Opinion.submitted_at >= filters.since)
    if filters.until:
        conditions.append(Opinion.submitted_at < filters.until)
    if filters.needs_check is not None:
        conditions.append(Opinion.language_needs_check == filters.needs_check)
    if filters.urgent is not None:
        # A campaign is urgent when any of its copies is (see _urgent_copies).
        conditions.append(Opinion.group_urgent == filters.urgent)
    if filters.relevance:
        conditions.append(Opinion.relevance == filters.relevance)
    if filters.region:
        conditions.append(Opinion.region == filters.region)
    if filters.theme is not None:
        conditions.append(Opinion.theme == filters.theme)
    if filters.copies_of is not None:
        conditions.append(Opinion.duplicate_of == filters.copies_of)
    elif not filters.duplicates:
        conditions.append(Opinion.duplicate_of.is_null())
    if filters.topic:
        conditions.append(
            Opinion.id.is_in(
                OpinionTopic.select(OpinionTopic.opinion).where(OpinionTopic.slug == filters.topic)
            )
        )
    if filters.assignee:
        if filters.assignee == "none":
            conditions.append(Opinion.assignee.is_null())
        else:
            conditions.append(Opinion.assignee.email == filters.assignee.lower())
    if filters.q:
        from piccolo.columns.combination import WhereRaw

        pattern = _like_pattern(filters.q)
        # SQLite's LIKE is already case-insensitive (for ASCII) and has no ILIKE. A UNION, not
        # an OR: PostgreSQL then uses the trigram index of each table (see the inbox-indexes
        # and intake-redaction migrations) instead of reading every opinion. The search reads
        # the text reviewers see (personal data redacted), not the original: a search for an
        # e-mail address or phone number must not tell which opinion holds it.
        like = "LIKE" if Opinion._meta.db.engine_type == "sqlite" else "ILIKE"
        conditions.append(
            WhereRaw(
                f"opinion.id IN (SELECT id FROM opinion WHERE {SEARCHED_TEXT} {like} {{}} "
                "ESCAPE '\\' "
                f"UNION SELECT opinion FROM translation WHERE text {like} {{}} ESCAPE '\\')",
                pattern,
                pattern,
            )
        )
    return conditions


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


OPINION_COLUMNS = [
    *Opinion.all_columns(exclude=[Opinion.assignee]),
    Opinion.assignee.email.as_alias("assignee_email"),
]


async def _copies(ids: list[int]) -> dict[int, int]:
    """Per opinion, how many others duplicate it."""
    if not ids:
        return {}
    from piccolo.query.methods.select import Count

    rows = (
        await Opinion.select(Opinion.duplicate_of, Count())
        .where(Opinion.duplicate_of.is_in(ids))
        .group_by(Opinion.duplicate_of)
    )
    return {row["duplicate_of"]: row["count"] for row in rows}


async def _urgent_copies(rows: list[dict[str, Any]]) -> dict[int, UrgentCopy]:
    """Per opinion whose group is urgent although the opinion itself is not, the member that
    makes it urgent (the earliest) and why: the inbox row of a campaign says which copy."""
    roots = {
        row["id"]: row["duplicate_of"] or row["id"]
        for row in rows
        if row["group_urgent"] and not row["urgent"]
    }
    if not roots:
        return {}
    members = (
        await Opinion.select(
            Opinion.id, Opinion.duplicate_of, Opinion.language, Opinion.urgent_reasons,
            Opinion.urgent_categories,
        )
        .where(
            (Opinion.urgent == True)  # noqa: E712
            & (
                (Opinion.id.is_in(list(set(roots.values()))) & Opinion.duplicate_of.is_null())
                | Opinion.duplicate_of.is_in(list(set(roots.values())))
            )
        )
        .order_by(Opinion.id)
    )  # fmt: skip
    first: dict[int, UrgentCopy] = {}
    for member in members:
        first.setdefault(
            member["duplicate_of"] or member["id"],
            UrgentCopy(
                id=member["id"],
                language=member["language"],
                reasons=list(_json(member["urgent_reasons"]) or []),
                categories=list(_json(member["urgent_categories"]) or []),
            ),
        )
    return {opinion_id: first[root] for opinion_id, root in roots.items() if root in first}


def _to_schema(
    row: dict[str, Any],
    related: dict[str, Any] | None = None,
    copies: int = 0,
    urgent_copy: UrgentCopy | None = None,
) -> ReviewOpinion:
    related = related or {}
    alternatives = _json(row["language_alternatives"]) or []
    # Reviewers read the normalised text (no bidi overrides or control characters) with
    # personal data redacted, in every processing status; the original is for admins
    # (read_original).
    shown = stored(row)
    return ReviewOpinion(
        id=row["id"],
        receipt_code=row["receipt_code"],
        text=shown.shown,
        text_redacted=shown.redacted_text is not None,
        pii_kinds=shown.pii_kinds,
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
        assignee=row.get("assignee_email"),
        urgent=bool(row["urgent"]),
        urgent_reasons=list(_json(row["urgent_reasons"]) or []),
        urgent_categories=list(_json(row.get("urgent_categories")) or []),
        relevance=row["relevance"],
        relevance_note=row["relevance_note"],
        theme=row["theme"],
        duplicate_of=row["duplicate_of"],
        copies=copies,
        group_urgent=bool(row["group_urgent"]),
        urgent_copy=urgent_copy,
        original_encoding=row.get("original_encoding"),
        submitted_at=row["submitted_at"],
        processed_at=row["processed_at"],
        updated_at=row["updated_at"],
        has_contact_email=bool(row["contact_email"]),
        topics=related.get("topics", []),
        translations=related.get("translations", []),
        steps=related.get("steps", []),
        notes=related.get("notes", []),
        history=related.get("history", []),
    )


async def _topics_and_translations(ids: list[int]) -> dict[int, dict[str, Any]]:
    related: dict[int, dict[str, Any]] = defaultdict(lambda: {"topics": [], "translations": []})
    if not ids:
        return related
    for row in (
        await OpinionTopic.select(
            OpinionTopic.opinion, OpinionTopic.slug, OpinionTopic.score, OpinionTopic.source
        )
        .where(OpinionTopic.opinion.is_in(ids))
        .order_by(OpinionTopic.score, ascending=False)
    ):
        related[row["opinion"]]["topics"].append(
            TopicOut(slug=row["slug"], score=round(row["score"], 4), source=row["source"])
        )
    for row in await Translation.select(
        Translation.opinion, Translation.target, Translation.text, Translation.model,
        Translation.engine, Translation.route, Translation.score, Translation.warnings,
    ).where(Translation.opinion.is_in(ids)).order_by(Translation.target):  # fmt: skip
        related[row["opinion"]]["translations"].append(
            TranslationOut(
                target=row["target"],
                text=row["text"],
                model=row["model"],
                engine=row["engine"],
                route=list(_json(row["route"]) or []),
                score=row["score"],
                warnings=list(_json(row["warnings"]) or []),
            )
        )
    return related


async def list_opinions(filters: OpinionFilters, page: int, per_page: int) -> ReviewPage:
    page = min(max(page, 1), MAX_PAGE)
    per_page = min(max(per_page, 1), MAX_PER_PAGE)
    query = Opinion.select(*OPINION_COLUMNS)
    count_query = Opinion.count()
    for condition in await _conditions(filters):
        query = query.where(condition)
        count_query = count_query.where(condition)
    if filters.sort == "urgent":
        query = query.order_by(Opinion.group_urgent, ascending=False).order_by(
            Opinion.submitted_at, ascending=False
        )
    elif filters.sort == "oldest":
        query = query.order_by(Opinion.submitted_at)
    elif filters.sort == "language":
        query = query.order_by(Opinion.language).order_by(Opinion.submitted_at, ascending=False)
    else:
        query = query.order_by(Opinion.submitted_at, ascending=False)
    rows = (
        await query.order_by(Opinion.id, ascending=filters.sort == "oldest")
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    total = await count_query
    ids = [row["id"] for row in rows]
    related = await _topics_and_translations(ids)
    copies = await _copies(ids)
    urgent_copies = await _urgent_copies(rows)
    return ReviewPage(
        items=[
            _to_schema(
                row, related.get(row["id"]), copies.get(row["id"], 0), urgent_copies.get(row["id"])
            )
            for row in rows
        ],
        total=total,
        page=page,
        per_page=per_page,
    )


async def opinion_ids(filters: OpinionFilters, limit: int = 100_000) -> list[int]:
    query = Opinion.select(Opinion.id)
    for condition in await _conditions(filters):
        query = query.where(condition)
    return [row["id"] for row in await query.order_by(Opinion.id).limit(limit)]


async def get_opinion(opinion_id: int) -> ReviewOpinion | None:
    row = await Opinion.select(*OPINION_COLUMNS).where(Opinion.id == opinion_id).first()
    if row is None:
        return None
    related: dict[str, Any] = dict((await _topics_and_translations([opinion_id]))[opinion_id])
    related["steps"] = [
        StepOutcome(**{**step, "detail": _json(step["detail"]) or {}})
        for step in await PipelineStep.select(
            PipelineStep.step,
            PipelineStep.outcome,
            PipelineStep.message,
            PipelineStep.updated_at,
            PipelineStep.detail,
        )
        .where(PipelineStep.opinion == opinion_id)
        .order_by(PipelineStep.id)
    ]
    related["notes"] = [
        NoteOut(
            id=note["id"],
            text=note["text"],
            author=note["account.email"],
            created_at=note["created_at"],
        )
        for note in await Note.select(Note.id, Note.text, Note.account.email, Note.created_at)
        .where(Note.opinion == opinion_id)
        .order_by(Note.created_at)
    ]
    related["history"] = [
        HistoryEntry(
            action=entry["action"],
            actor=entry["account.email"],
            before=_json(entry["before"]) or {},
            after=_json(entry["after"]) or {},
            at=entry["created_at"],
        )
        for entry in await AuditEntry.select(
            AuditEntry.action, AuditEntry.account.email, AuditEntry.before, AuditEntry.after,
            AuditEntry.created_at,
        )
        .where((AuditEntry.object_type == "opinion") & (AuditEntry.object_id == str(opinion_id)))
        .order_by(AuditEntry.created_at)
    ]  # fmt: skip
    return _to_schema(
        row,
        related,
        (await _copies([opinion_id])).get(opinion_id, 0),
        (await _urgent_copies([row])).get(opinion_id),
    )


async def audit(
    user: CurrentUser | None,
    action: str,
    object_type: str,
    object_id: object,
    before: dict,
    after: dict,
) -> None:
    await AuditEntry.insert(
        AuditEntry(
            account=user.id if user else None,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            before=before,
            after=after,
            created_at=datetime.now(UTC),
        )
    )


async def correct_language(opinion_id: int, language: str, reviewer: CurrentUser) -> ReviewOpinion:
    """Store a reviewer's language as a label (it wins over the detector) and audit it."""
    language = _language_code(language)
    if not _LANGUAGE_CODE.match(language):
        raise ReviewError("language", _LANGUAGE_ERROR)
    before = await Opinion.select(Opinion.language).where(Opinion.id == opinion_id).first()
    if before is None:
        raise LookupError(opinion_id)
    now = datetime.now(UTC)
    await Label.insert(
        Label(
            opinion=opinion_id, kind="language", value=language, account=reviewer.id, created_at=now
        )
    )
    await Opinion.update(
        {Opinion.language: language, Opinion.language_needs_check: False, Opinion.updated_at: now}
    ).where(Opinion.id == opinion_id)
    await audit(
        reviewer, "opinion.language", "opinion", opinion_id,
        {"language": before["language"]}, {"language": language},
    )  # fmt: skip
    corrected = await get_opinion(opinion_id)
    assert corrected is not None
    return corrected


async def _assignee_id(email: str | None) -> int | None:
    if email in (None, ""):
        return None
    row = (
        await Account.select(Account.id, Account.role)
        .where(
            (Account.email == email.strip().lower()) & (Account.active == True)  # noqa: E712
        )
        .first()
    )
    if row is None or row["role"] not in ("reviewer", "admin"):
        raise UnknownReference("assignee", f"no reviewer with the e-mail address {email}")
    return row["id"]


async def _check_topic(slug: str) -> None:
    if not await Topic.exists().where((Topic.slug == slug) & (Topic.active == True)):  # noqa: E712
        raise UnknownReference("topic", f"no topic {slug!r}; see the topic list")


@dataclass(frozen=True)
class TriageResult:
    updated: int  # the opinions asked for
    copies: int  # their copies that followed them (status and assignee)


async def triage(
    ids: list[int],
    reviewer: CurrentUser,
    *,
    triage_status: str | None = None,
    assignee: str | None = None,
    topic: str | None = None,
    include_copies: bool = True,
) -> TriageResult:
    """Set status, assignee and/or topic on each opinion; audit each change.

    A campaign is shown as one item, so its copies follow their leader's status and assignee
    (`include_copies`); a topic is set on the opinions asked for only, since it becomes a
    training label. Everything is checked before anything is written, and the writes are one
    transaction, so a bad value or a failure half-way changes nothing.
    """
    if triage_status is None and assignee is None and topic is None:
        raise ReviewError(
            "triage_status", "nothing to change: give triage_status, assignee or topic"
        )
    if triage_status is not None and triage_status not in TRIAGE_STATUSES:
        raise ReviewError(
            "triage_status", "triage_status must be one of: " + ", ".join(TRIAGE_STATUSES)
        )
    assignee_id = await _assignee_id(assignee) if assignee is not None else None
    if topic is not None:
        await _check_topic(topic)
    if len(ids) > MAX_BULK_IDS:
        raise ReviewError("ids", f"at most {MAX_BULK_IDS:,} opinions at a time")
    columns = (
        Opinion.id, Opinion.triage_status, Opinion.assignee.email.as_alias("assignee_email")
    )  # fmt: skip
    rows = await Opinion.select(*columns).where(Opinion.id.is_in(list(ids) or [-1]))
    found = {row["id"]: row for row in rows}
    missing = [opinion_id for opinion_id in ids if opinion_id not in found]
    if missing:
        raise UnknownReference("ids", f"no opinion(s) {', '.join(map(str, missing[:10]))}")
    copies: dict[int, dict[str, Any]] = {}
    if found and include_copies and (triage_status is not None or assignee is not None):
        copy_rows = await Opinion.select(*columns, Opinion.duplicate_of).where(
            Opinion.duplicate_of.is_in(list(found))
        )
        copies = {row["id"]: row for row in copy_rows if row["id"] not in found}
    now = datetime.now(UTC)

    async def change(opinion_id: int, row: dict[str, Any], via: int | None) -> None:
        changes: dict[Any, Any] = {Opinion.updated_at: now}
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        if triage_status is not None and triage_status != row["triage_status"]:
            changes[Opinion.triage_status] = triage_status
            before["triage_status"], after["triage_status"] = row["triage_status"], triage_status
        if assignee is not None and (assignee or None) != row["assignee_email"]:
            changes[Opinion.assignee] = assignee_id
            before["assignee"], after["assignee"] = row["assignee_email"], (assignee or None)
        if len(changes) > 1:
            if via is not None:
                after["with_copy_of"] = via
            await Opinion.update(changes).where(Opinion.id == opinion_id)
            await audit(reviewer, "opinion.triage", "opinion", opinion_id, before, after)

    async with Opinion._meta.db.transaction():
        for opinion_id, row in found.items():
            await change(opinion_id, row, None)
            if topic is not None:
                await set_topic(opinion_id, topic, reviewer)
        for opinion_id, row in copies.items():
            await change(opinion_id, row, row["duplicate_of"])
    return TriageResult(updated=len(found), copies=len(copies))


async def set_topic(opinion_id: int, slug: str, reviewer: CurrentUser) -> None:
    """A person's topic replaces the model's tags and becomes a training label."""
    previous = [
        row["slug"]
        for row in await OpinionTopic.select(OpinionTopic.slug)
        .where(OpinionTopic.opinion == opinion_id)
        .order_by(OpinionTopic.score, ascending=False)
    ]
    now = datetime.now(UTC)
    await OpinionTopic.delete().where(OpinionTopic.opinion == opinion_id)
    await OpinionTopic.insert(
        OpinionTopic(
            opinion=opinion_id,
            slug=slug,
            score=1.0,
            source="person",
            account=reviewer.id,
            created_at=now,
        )
    )
    await Label.insert(
        Label(opinion=opinion_id, kind="topic", value=slug, account=reviewer.id, created_at=now)
    )
    await audit(
        reviewer, "opinion.topic", "opinion", opinion_id, {"topics": previous}, {"topics": [slug]}
    )


async def add_note(opinion_id: int, text: str, reviewer: CurrentUser) -> NoteOut:
    text = text.strip()
    if not text:
        raise ReviewError("text", "the note is empty")
    if len(text) > MAX_NOTE_LENGTH:
        raise ReviewError("text", f"a note is at most {MAX_NOTE_LENGTH} characters")
    if not await Opinion.exists().where(Opinion.id == opinion_id):
        raise LookupError(opinion_id)
    now = datetime.now(UTC)
    rows = await Note.insert(
        Note(opinion=opinion_id, account=reviewer.id, text=text, created_at=now)
    ).returning(Note.id)
    await audit(reviewer, "opinion.note", "opinion", opinion_id, {}, {"note": rows[0]["id"]})
    return NoteOut(id=rows[0]["id"], text=text, author=reviewer.email, created_at=now)


async def reviewer_emails() -> list[str]:
    rows = (
        await Account.select(Account.email)
        .where(
            Account.role.is_in(["reviewer", "admin"]) & (Account.active == True)  # noqa: E712
        )
        .order_by(Account.email)
    )
    return [row["email"] for row in rows]


async def topic_choices() -> list[dict[str, Any]]:
    return (
        await Topic.select(Topic.slug, Topic.name_ja, Topic.name_en)
        .where(
            Topic.active == True  # noqa: E712
        )
        .order_by(Topic.position)
    )


async def read_original(opinion_id: int, admin: CurrentUser) -> dict[str, Any]:
    """The text as the resident wrote it, with the contact e-mail: admins only, audited."""
    row = (
        await Opinion.select(
            Opinion.text, Opinion.contact_email, Opinion.pii_kinds, Opinion.original_encoding
        )
        .where(Opinion.id == opinion_id)
        .first()
    )
    if row is None:
        raise LookupError(opinion_id)
    await audit(
        admin,
        "opinion.read_original",
        "opinion",
        opinion_id,
        {},
        {"pii_kinds": _json(row["pii_kinds"]) or []},
    )
    return {
        "text": row["text"],
        "contact_email": row["contact_email"],
        "original_encoding": row["original_encoding"],
    }
