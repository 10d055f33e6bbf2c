"""Counts and trends for the overview page: by topic, language, region and day."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from piccolo.query.functions.aggregate import Count

from feedback import regions
from feedback.tables import Opinion, OpinionTopic, Topic


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
    urgent = await Opinion.count().where(in_period & (Opinion.urgent == True))  # noqa: E712
    names = {
        row["slug"]: row["name_ja"] if lang == "ja" else row["name_en"]
        for row in await Topic.select(Topic.slug, Topic.name_ja, Topic.name_en)
    }
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
            (regions.BY_CODE[code].name_ja if lang == "ja" else regions.BY_CODE[code].name_en)
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
    return Overview(
        since=since,
        until=until,
        total=total,
        urgent=urgent,
        by_language=[
            (code or "–", count) for code, count in await _grouped(Opinion.language, start, end)
        ],
        by_topic=by_topic,
        by_region=by_region,
        by_status=await _grouped(Opinion.triage_status, start, end),
        by_day=by_day,
    )
