"""The theme board: themes with counts, languages, trend and representative opinions, and
reviewers' changes to them (rename, merge, move opinions, split off a new theme). Every
change is audited and kept by later regroups (names are locked, memberships pinned)."""

from __future__ import annotations

import functools
import json
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, ParamSpec, TypeVar

from piccolo.query.functions.aggregate import Count
from piccolo.query.functions.datetime import Day, Month, Year

from feedback.accounts.services import CurrentUser
from feedback.db import theme_edits
from feedback.redaction import shown_text
from feedback.review import display
from feedback.review.services import Conflict, ReviewError, UnknownReference, audit
from feedback.tables import (
    Label,
    ModelState,
    Opinion,
    OpinionTopic,
    Theme,
    ThemeGroup,
    Topic,
    Translation,
)
from workers.jobs import THEME_SPACE_STATE

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class ThemeCard:
    id: int
    title_ja: str
    title_en: str
    topic: str | None
    keywords: list[str]
    count: int
    weight: int
    languages: list[tuple[str, int]]
    trend: list[tuple[str, int]]
    representative: dict[str, Any] | None
    name_locked: bool
    examples: list[dict[str, Any]] = field(default_factory=list)
    # Per interface language, where the title comes from: "reviewer" (a name a reviewer
    # gave), "original" (the representative is in that language), "translation" (its
    # machine translation) or "topic" (the topic's name and keywords: no translation).
    title_sources: dict[str, str] = field(default_factory=dict)
    # The names reviewers gave, as given (one language may be missing).
    reviewer_titles: dict[str, str] = field(default_factory=dict)
    group: int | None = None  # the coarse group (ThemeGroup) the theme lies in

    def title(self, language: str) -> str:
        """The title in an interface language (Japanese for both Japanese interfaces)."""
        return self.title_ja if language.startswith("ja") else self.title_en


@dataclass
class GroupSection:
    """A coarse group on the board: a section heading over its themes."""

    id: int
    title_ja: str
    title_en: str
    keywords: list[str]
    themes: int  # themes in it (that match the board's filter)
    weight: int  # their opinions, duplicates included
    name_locked: bool

    def title(self, language: str) -> str:
        return self.title_ja if language.startswith("ja") else self.title_en


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


@dataclass
class ThemeBoard:
    cards: list[ThemeCard]
    total: int  # themes that match, on every page
    page: int
    per_page: int | None  # None: every theme on one page
    # Every group with a theme that matches, largest first (the board's one-screen overview);
    # the cards come group by group in this order.
    groups: list[GroupSection] = field(default_factory=list)

    def group(self, group_id: int | None) -> GroupSection | None:
        return next((group for group in self.groups if group.id == group_id), None)


async def theme_cards(
    topic: str | None = None, weeks: int = 8, *, page: int = 1, per_page: int | None = None
) -> ThemeBoard:
    """Themes, largest (by weight) first, one page of them (`per_page=None`: all).

    Counts, languages and the weekly trend are counted by the database, and only for the
    page's themes: the board reads no opinion text but the representatives' (with 100,000
    opinions in 300 themes it read every member's three texts, about 1 s a call)."""
    query = Theme.select(Theme.id, Theme.theme_group).where(
        Theme.merged_into.is_null() & (Theme.size > 0)
    )
    if topic:
        query = query.where(Theme.topic == topic)
    group_of = {row["id"]: row["theme_group"] for row in await query}
    ids = list(group_of)
    if not ids:
        return ThemeBoard(cards=[], total=0, page=page, per_page=per_page)
    # One pass over the themed opinions: per theme and language, opinions and duplicates.
    weight: Counter[int] = Counter()
    duplicates: Counter[int] = Counter()
    languages: dict[int, Counter[str]] = defaultdict(Counter)
    for row in (
        await Opinion.select(
            Opinion.theme,
            Opinion.language,
            Count(alias="n"),
            Count(Opinion.duplicate_of, alias="copies"),
        )
        .where(Opinion.theme.is_not_null())
        .group_by(Opinion.theme, Opinion.language)
    ):
        weight[row["theme"]] += row["n"]
        duplicates[row["theme"]] += row["copies"]
        languages[row["theme"]][row["language"] or "und"] += row["n"]
    # Group by group (the heaviest group first), each group's themes heaviest first; themes
    # no regroup has placed in a group yet (a reviewer just split them off) come last.
    group_weight: Counter[int] = Counter()
    group_themes: Counter[int] = Counter()
    for theme_id, group_id in group_of.items():
        if group_id is not None:
            group_weight[group_id] += weight[theme_id]
            group_themes[group_id] += 1

    def rank(theme_id: int) -> tuple[bool, int, int, int, int]:
        group_id = group_of[theme_id]
        if group_id is None:
            return (True, 0, 0, -weight[theme_id], theme_id)
        return (False, -group_weight[group_id], group_id, -weight[theme_id], theme_id)

    ranked = sorted(ids, key=rank)
    groups = await _group_sections(group_weight, group_themes)
    page = max(page, 1)
    if per_page is not None:
        per_page = max(per_page, 1)
        ranked = ranked[(page - 1) * per_page : page * per_page]
    if not ranked:
        return ThemeBoard(cards=[], total=len(ids), page=page, per_page=per_page, groups=groups)
    members = Opinion.theme.is_in(ranked)
    themes = {row["id"]: row for row in await Theme.select().where(Theme.id.is_in(ranked))}
    trends = await _weekly(members, weeks)
    representatives = {
        row["id"]: row
        for row in await Opinion.select(
            Opinion.id, Opinion.theme, Opinion.language,
            Opinion.redacted_text, Opinion.normalised_text, Opinion.text,
        ).where(Opinion.id.is_in([t["representative"] for t in themes.values() if t["representative"]] or [-1]))
    }  # fmt: skip
    # The representatives' machine translations into every language (the board shows the
    # one into the reviewer's language under the original).
    translations: dict[int, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in await Translation.select(
        Translation.opinion, Translation.target, Translation.text, Translation.model
    ).where(Translation.opinion.is_in(list(representatives) or [-1])):
        translations[row["opinion"]][row["target"]] = {"text": row["text"], "model": row["model"]}
    # The languages of members the regroup took keywords from in the original (no English
    # translation): keywords in those languages make no title in Japanese or English.
    untranslated: dict[int, set[str]] = defaultdict(set)
    for row in (
        await Opinion.select(Opinion.theme, Opinion.language)
        .where(
            members
            & Opinion.id.not_in(
                Translation.select(Translation.opinion).where(Translation.target == "en")
            )
        )
        .distinct()
    ):
        untranslated[row["theme"]].add(row["language"] or "und")
    topic_names = {
        row["slug"]: {"ja": row["name_ja"], "en": row["name_en"]}
        for row in await Topic.select(Topic.slug, Topic.name_ja, Topic.name_en)
    }
    cards = []
    for theme_id in ranked:
        theme = themes[theme_id]
        representative = representatives.get(theme["representative"])
        if representative is not None and representative["theme"] != theme_id:
            representative = None  # moved to another theme since the regroup chose it
        keywords = list(_json(theme["keywords"]) or [])
        representative_translations = (
            translations.get(representative["id"], {}) if representative else {}
        )
        titles: dict[str, tuple[str, str]] = {}
        for language in ("ja", "en"):
            given = theme[f"title_{language}"]
            if theme["name_locked"] and given and display.looks_written_in(language, given):
                titles[language] = (given, "reviewer")
                continue
            titles[language] = display.automatic_title(
                language,
                representative_language=representative["language"] if representative else None,
                representative_text=shown_text(representative) if representative else None,
                translation=(representative_translations.get(language) or {}).get("text"),
                topic_name=topic_names.get(theme["topic"] or "", {}).get(language),
                keywords=keywords,
                untranslated_languages=untranslated.get(theme_id, set()),
            )
        cards.append(
            ThemeCard(
                id=theme_id,
                title_ja=titles["ja"][0],
                title_en=titles["en"][0],
                topic=theme["topic"],
                keywords=keywords,
                count=weight[theme_id] - duplicates[theme_id],
                weight=weight[theme_id],
                languages=languages[theme_id].most_common(),
                trend=trends.get(theme_id, []),
                representative=(
                    {
                        "id": representative["id"],
                        "language": representative["language"],
                        "text": shown_text(representative),
                        "japanese": (representative_translations.get("ja") or {}).get("text"),
                        "translations": representative_translations,
                    }
                    if representative
                    else None
                ),
                name_locked=bool(theme["name_locked"]),
                title_sources={language: source for language, (_, source) in titles.items()},
                reviewer_titles={
                    language: theme[f"title_{language}"]
                    for language in ("ja", "en")
                    if theme["name_locked"] and theme[f"title_{language}"]
                },
                group=group_of[theme_id],
            )
        )
    return ThemeBoard(cards=cards, total=len(ids), page=page, per_page=per_page, groups=groups)


async def _group_sections(weight: Counter[int], themes: Counter[int]) -> list[GroupSection]:
    """The groups that hold a theme of the board, heaviest first."""
    if not weight:
        return []
    rows = await ThemeGroup.select().where(ThemeGroup.id.is_in(list(weight)))
    sections = [
        GroupSection(
            id=row["id"],
            title_ja=row["title_ja"] or row["title_en"],
            title_en=row["title_en"] or row["title_ja"],
            keywords=list(_json(row["keywords"]) or []),
            themes=themes[row["id"]],
            weight=weight[row["id"]],
            name_locked=bool(row["name_locked"]),
        )
        for row in rows
    ]
    return sorted(sections, key=lambda section: (-section.weight, section.id))


async def _weekly(condition: Any, weeks: int) -> dict[int, list[tuple[str, int]]]:
    """Per theme, (Monday of the week, opinions received) for the last `weeks` weeks, weeks
    without any left out; the first week counts from `weeks` weeks ago to the day. One
    query, counted per day by the database (the days are at most 7 x `weeks` per theme)."""
    start = datetime.now(UTC).date() - timedelta(weeks=weeks)
    since = datetime.combine(start, datetime.min.time(), UTC)
    day = (
        Year(Opinion.submitted_at, alias="y"),
        Month(Opinion.submitted_at, alias="m"),
        Day(Opinion.submitted_at, alias="d"),
    )
    rows = (
        await Opinion.select(Opinion.theme, *day, Count(alias="n"))
        .where(condition & (Opinion.submitted_at >= since))
        .group_by(Opinion.theme, *day)
    )
    weekly: dict[int, Counter[str]] = defaultdict(Counter)
    for row in rows:
        received = date(int(row["y"]), int(row["m"]), int(row["d"]))
        monday = received - timedelta(days=received.weekday())
        weekly[row["theme"]][monday.isoformat()] += row["n"]
    return {theme_id: sorted(counts.items()) for theme_id, counts in weekly.items()}


async def last_regroup() -> datetime | None:
    """When the themes were last regrouped (the regroup job's last write), if ever."""
    row = (
        await ModelState.select(ModelState.updated_at)
        .where(ModelState.name == THEME_SPACE_STATE)
        .first()
    )
    return row["updated_at"] if row else None


async def _theme(theme_id: int, field: str = "theme") -> dict[str, Any]:
    """The theme's row; `field` names where the request gave the id (for the error)."""
    row = await Theme.select().where(Theme.id == theme_id).first()
    if row is None or row["merged_into"] is not None:
        raise UnknownReference(field, f"no theme {theme_id}")
    return row


def _one_theme_edit(edit: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Run a theme edit as one transaction that no other theme edit, nor a regroup's writes,
    overlaps (`feedback.db.theme_edits`): all of it or nothing, and never undone by a regroup
    that was computing meanwhile."""

    @functools.wraps(edit)
    async def serialised(*args: P.args, **kwargs: P.kwargs) -> R:
        async with theme_edits(Theme._meta.db):
            return await edit(*args, **kwargs)

    return serialised


@_one_theme_edit
async def rename_theme(theme_id: int, title_ja: str, title_en: str, reviewer: CurrentUser) -> None:
    row = await _theme(theme_id)
    title_ja, title_en = title_ja.strip()[:200], title_en.strip()[:200]
    if not title_ja and not title_en:
        raise ReviewError("title_ja", "give the theme a title in Japanese or English")
    # A language left empty keeps an earlier reviewer's name, but not the regroup's automatic
    # title: that may be a sentence in another language, and the board makes the title of an
    # unnamed language from the representative's translation or the topic instead.
    keep = row["name_locked"]
    await Theme.update(
        {
            Theme.title_ja: title_ja or (row["title_ja"] if keep else ""),
            Theme.title_en: title_en or (row["title_en"] if keep else ""),
            Theme.name_locked: True,
        }
    ).where(Theme.id == theme_id)
    await audit(
        reviewer, "theme.rename", "theme", theme_id,
        {"title_ja": row["title_ja"], "title_en": row["title_en"]}, {"title_ja": title_ja, "title_en": title_en},
    )  # fmt: skip


@_one_theme_edit
async def rename_group(group_id: int, title_ja: str, title_en: str, reviewer: CurrentUser) -> None:
    """A reviewer names a coarse group; later regroups keep the name with the group's id."""
    row = await ThemeGroup.select().where(ThemeGroup.id == group_id).first()
    if row is None:
        raise UnknownReference("group", f"there is no group {group_id}")
    title_ja, title_en = title_ja.strip()[:200], title_en.strip()[:200]
    if not title_ja and not title_en:
        raise ReviewError("title_ja", "give the group a title in Japanese or English")
    # A language left empty keeps the title it has (the regroup's, in that language).
    await ThemeGroup.update(
        {
            ThemeGroup.title_ja: title_ja or row["title_ja"],
            ThemeGroup.title_en: title_en or row["title_en"],
            ThemeGroup.name_locked: True,
        }
    ).where(ThemeGroup.id == group_id)
    await audit(
        reviewer, "theme_group.rename", "theme_group", group_id,
        {"title_ja": row["title_ja"], "title_en": row["title_en"]}, {"title_ja": title_ja, "title_en": title_en},
    )  # fmt: skip


async def _pin(opinion_ids: list[int], theme_id: int, reviewer: CurrentUser) -> None:
    now = datetime.now(UTC)
    for opinion_id in opinion_ids:
        await Label.insert(
            Label(
                opinion=opinion_id,
                kind="theme",
                value=str(theme_id),
                account=reviewer.id,
                created_at=now,
            )
        )
    for start in range(0, len(opinion_ids), 1000):
        await Opinion.update({Opinion.theme: theme_id, Opinion.updated_at: now}).where(
            Opinion.id.is_in(opinion_ids[start : start + 1000])
        )


@_one_theme_edit
async def merge_themes(target_id: int, source_id: int, reviewer: CurrentUser) -> int:
    """Move every opinion of `source_id` into `target_id`; the source is retired."""
    await _theme(target_id)
    await _theme(source_id, "source")
    if target_id == source_id:
        raise Conflict("source", "a theme cannot be merged into itself")
    moved = [
        row["id"] for row in await Opinion.select(Opinion.id).where(Opinion.theme == source_id)
    ]
    await _pin(moved, target_id, reviewer)
    await Theme.update({Theme.merged_into: target_id, Theme.size: 0, Theme.weight: 0}).where(
        Theme.id == source_id
    )
    await Theme.update(
        {Theme.size: Theme.size + len(moved), Theme.weight: Theme.weight + len(moved)}
    ).where(Theme.id == target_id)
    await audit(
        reviewer, "theme.merge", "theme", target_id, {"source": source_id}, {"moved": len(moved)}
    )
    return len(moved)


async def _top_topic(opinion_ids: list[int]) -> str | None:
    """The topic most of these opinions carry first (a reviewer's or the tagger's): a theme
    split off without a name is titled by it until it has a translated representative."""
    best: dict[int, tuple[float, str]] = {}
    for row in await OpinionTopic.select(
        OpinionTopic.opinion, OpinionTopic.slug, OpinionTopic.score
    ).where(OpinionTopic.opinion.is_in(opinion_ids)):
        if row["opinion"] not in best or row["score"] > best[row["opinion"]][0]:
            best[row["opinion"]] = (row["score"], row["slug"])
    counts = Counter(slug for _, slug in best.values())
    return counts.most_common(1)[0][0] if counts else None


@_one_theme_edit
async def move_to_theme(
    opinion_ids: list[int], theme_id: int | None, reviewer: CurrentUser, title: str = ""
) -> int:
    """Move opinions into a theme, or (theme_id None) split them off into a new one."""
    if not opinion_ids:
        raise ReviewError("ids", "select at least one opinion")
    found = {
        row["id"]: row["theme"]
        for row in await Opinion.select(Opinion.id, Opinion.theme).where(
            Opinion.id.is_in(opinion_ids)
        )
    }
    missing = [opinion_id for opinion_id in opinion_ids if opinion_id not in found]
    if missing:
        raise UnknownReference("ids", f"no opinion(s) {', '.join(map(str, missing[:10]))}")
    now = datetime.now(UTC)
    if theme_id is None:
        highest = await Theme.select(Theme.id).order_by(Theme.id, ascending=False).first()
        theme_id = (highest["id"] if highest else 0) + 1
        await Theme.insert(
            Theme(
                id=theme_id, title_ja=title or "", title_en=title or "", size=len(opinion_ids),
                topic=await _top_topic(opinion_ids),
                weight=len(opinion_ids), name_locked=bool(title), created_at=now, updated_at=now,
                representative=opinion_ids[0],
            )
        )  # fmt: skip
        action = "theme.split"
    else:
        await _theme(theme_id)
        action = "theme.move"
    await _pin(list(opinion_ids), theme_id, reviewer)
    for opinion_id in opinion_ids:
        await audit(
            reviewer,
            action,
            "opinion",
            opinion_id,
            {"theme": found[opinion_id]},
            {"theme": theme_id},
        )
    return theme_id
