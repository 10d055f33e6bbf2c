"""Counts and trends for the overview page: by topic, language, region and day."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from piccolo.query.functions.aggregate import Count

from feedback import regions
from feedback.review import display
from feedback.tables import Alert, Opinion, OpinionTopic

# The failed alerts listed by name; the heading counts them all.
FAILED_ALERTS_LISTED = 50


@dataclass(frozen=True)
class FailedAlert:
    """An alert that could not be sent, about an opinion nobody has triaged yet."""

    opinion_id: int
    channel: str  # email | webhook
    error: str
    attempts: int
    created_at: datetime


@dataclass
class Overview:
    since: date
    until: date
    total: int
    urgent: int
    by_language: list[tuple[str, int]]
    by_topic: list[tuple[str, int]]
    by_region: list[tuple[str, int]]
    by_status: list[tuple[str, int]]
    by_day: list[tuple[str, int]]
    # Alerts about the period's urgent opinions, by outcome.
    alerts_sent: int = 0
    alerts_failed: int = 0
    # Failed alerts whose opinion is still untriaged, whenever it came: somebody must act.
    failed_alerts: list[FailedAlert] = field(default_factory=list)
    failed_alerts_total: int = 0


async def alert_counts(start: datetime, end: datetime) -> dict[str, int]:
    """Alerts about the opinions submitted in [start, end), per status."""
    rows = await (
        Alert.select(Alert.status, Count(alias="count"))
        .where((Alert.opinion.submitted_at >= start) & (Alert.opinion.submitted_at < end))
        .group_by(Alert.status)
    )
    return {row["status"]: row["count"] for row in rows}


async def failed_alerts(limit: int = FAILED_ALERTS_LISTED) -> tuple[list[FailedAlert], int]:
    """The newest failed alerts about untriaged opinions, and how many there are: once a
    reviewer has triaged the opinion, somebody has read it and the alert has no work left."""
    needs_action = (Alert.status == "failed") & (Alert.opinion.triage_status == "new")
    rows = await (
        Alert.select(
            Alert.opinion, Alert.channel, Alert.last_error, Alert.attempts, Alert.created_at
        )
        .where(needs_action)
        .order_by(Alert.id, ascending=False)
        .limit(limit)
    )
    total = await Alert.count().where(needs_action)
    return [
        FailedAlert(
            opinion_id=row["opinion"],
            channel=row["channel"],
            error=row["last_error"] or "",
            attempts=row["attempts"],
            created_at=row["created_at"],
        )
        for row in rows
    ], total


async def _grouped(column: Any, start: datetime, end: datetime) -> list[tuple[Any, int]]:
    rows = await (
        Opinion.select(column, Count(alias="count"))
        .where((Opinion.submitted_at >= start) & (Opinion.submitted_at < end))
        .group_by(column)
    )
    name = column._meta.name
    return sorted(((row[name], row["count"]) for row in rows), key=lambda item: -item[1])


async def _per_day(start: datetime, end: datetime) -> Counter[str]:
    """Opinions per UTC day, counted by the database."""
    if Opinion._meta.db.engine_type == "sqlite":
        # piccolo keeps SQLite timestamps as ISO text in UTC: the day is the first ten characters.
        day = "substr(submitted_at, 1, 10)"
    else:
        day = "to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
    rows = await Opinion.raw(
        f"SELECT {day} AS day, count(*) AS count FROM opinion "
        "WHERE submitted_at >= {} AND submitted_at < {} GROUP BY 1",
        start,
        end,
    )
    return Counter({str(row["day"]): row["count"] for row in rows})


async def overview(since: date | None, until: date | None, lang: str = "ja") -> Overview:
    until = until or datetime.now(UTC).date()
    since = since or until - timedelta(days=29)
    start = datetime.combine(since, datetime.min.time(), UTC)
    end = datetime.combine(until + timedelta(days=1), datetime.min.time(), UTC)
    in_period = (Opinion.submitted_at >= start) & (Opinion.submitted_at < end)
    total = await Opinion.count().where(in_period)
    # Urgent items as the inbox shows them: a campaign with an urgent copy counts once.
    urgent = await Opinion.count().where(
        in_period & (Opinion.group_urgent == True) & Opinion.duplicate_of.is_null()  # noqa: E712
    )
    # Charts are labelled in the interface language: names, never codes.
    vocabulary = await display.vocabulary(lang)
    names = dict(vocabulary.topics)
    topic_rows = await (
        OpinionTopic.select(OpinionTopic.slug, Count(alias="count"))
        .where(
            (OpinionTopic.opinion.submitted_at >= start) & (OpinionTopic.opinion.submitted_at < end)
        )
        .group_by(OpinionTopic.slug)
    )
    by_topic = sorted(
        ((names.get(row["slug"], row["slug"]), row["count"]) for row in topic_rows),
        key=lambda item: -item[1],
    )
    by_region = [
        (
            (
                regions.BY_CODE[code].name_ja
                if lang.startswith("ja")
                else regions.BY_CODE[code].name_en
            )
            if code in regions.BY_CODE
            else "–",
            count,
        )
        for code, count in await _grouped(Opinion.region, start, end)
    ]
    days = await _per_day(start, end)
    by_day = []
    day = since
    while day <= until:
        by_day.append((day.isoformat(), days.get(day.isoformat(), 0)))
        day += timedelta(days=1)
    alerts = await alert_counts(start, end)
    failures, failures_total = await failed_alerts()
    return Overview(
        alerts_sent=alerts.get("sent", 0),
        alerts_failed=alerts.get("failed", 0),
        failed_alerts=failures,
        failed_alerts_total=failures_total,
        since=since,
        until=until,
        total=total,
        urgent=urgent,
        by_language=[
            (vocabulary.language(code), count)
            for code, count in await _grouped(Opinion.language, start, end)
        ],
        by_topic=by_topic,
        by_region=by_region,
        by_status=[
            (vocabulary.triage_status(status), count)
            for status, count in await _grouped(Opinion.triage_status, start, end)
        ],
        by_day=by_day,
    )
