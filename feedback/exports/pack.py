"""Hearing packs: per theme, its titles, how many raised it, in which languages and regions,
the trend, and representative opinions in the original, in Japanese and in English.

Quotes are always the redacted text: a pack is handed out at public hearings.
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from feedback import regions
from feedback.redaction import shown_text
from feedback.review.services import ReviewError, _parse_time
from feedback.tables import Opinion, OpinionTopic, Theme, ThemeGroup, Topic, Translation

DEFAULT_QUOTES = 3
MAX_QUOTES = 20

# classifiers.translation_quality's warning codes, in both languages of the pack.
CHECK_WITH_TRANSLATOR = ("翻訳者に確認してください", "check with a translator")
WARNING_LABELS: dict[str, tuple[str, str]] = {
    "wrong_language": ("訳文が目的の言語ではない", "output not in the target language"),
    "loop": ("同じ語句の繰り返し", "repeats itself"),
    "length_ratio": ("原文と長さが大きく異なる", "length far from the original's"),
    "low_score": ("翻訳モデルの確信度が低い", "the model was unsure"),
}


def warning_labels(codes: list[str]) -> tuple[str, str]:
    """(Japanese, English) text of a translation's warnings: "" when there are none."""
    if not codes:
        return "", ""
    ja = "、".join(WARNING_LABELS.get(code, (code, code))[0] for code in codes)
    en = "; ".join(WARNING_LABELS.get(code, (code, code))[1] for code in codes)
    return f"{CHECK_WITH_TRANSLATOR[0]}: {ja}", f"{CHECK_WITH_TRANSLATOR[1]}: {en}"


@dataclass
class Quote:
    opinion_id: int
    language: str | None
    original: str
    japanese: str | None
    english: str | None
    models: list[str]
    weight: int = 1
    # warning codes of the machine translations (classifiers.translation_quality)
    japanese_warnings: list[str] = field(default_factory=list)
    english_warnings: list[str] = field(default_factory=list)

    @property
    def japanese_check(self) -> tuple[str, str]:
        return warning_labels(self.japanese_warnings)

    @property
    def english_check(self) -> tuple[str, str]:
        return warning_labels(self.english_warnings)


@dataclass
class PackTheme:
    key: str
    title_ja: str
    title_en: str
    count: int
    weight: int
    languages: list[tuple[str, int]]
    regions: list[tuple[str, int]]
    trend: list[tuple[str, int]]
    keywords: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # The coarse group the theme lies in (None: not yet grouped, or no theme at all): the
    # pack prints each group's heading over its themes.
    group: int | None = None
    group_title_ja: str = ""
    group_title_en: str = ""

    def starts_group(self, before: PackTheme | None) -> bool:
        """Whether a group heading goes above this theme (`before`: the theme printed
        before it)."""
        return self.group is not None and (before is None or before.group != self.group)


@dataclass
class HearingPack:
    since: date | None
    until: date | None
    topics: list[str]
    generated_at: datetime
    total: int
    themes: list[PackTheme]


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _parse_options(
    options: dict[str, Any],
) -> tuple[datetime | None, datetime | None, list[str], list[int], int]:
    since = _parse_time("since", str(options["since"])) if options.get("since") else None
    until = (
        _parse_time("until", str(options["until"]), end_of_day=True)
        if options.get("until")
        else None
    )
    topics = options.get("topics") or []
    if isinstance(topics, str):
        topics = [item for item in topics.split(",") if item]
    themes_raw = options.get("themes") or []
    if isinstance(themes_raw, str):
        themes_raw = [item for item in themes_raw.split(",") if item]
    try:
        themes = [int(item) for item in themes_raw]
    except ValueError:
        raise ReviewError("themes", "themes must be theme numbers") from None
    try:
        quotes = int(options.get("quotes") or DEFAULT_QUOTES)
    except ValueError:
        raise ReviewError("quotes", "quotes must be a number") from None
    if not 1 <= quotes <= MAX_QUOTES:
        raise ReviewError("quotes", f"quotes must be between 1 and {MAX_QUOTES}")
    return since, until, list(topics), themes, quotes


def validate_pack_options(options: dict[str, Any]) -> dict[str, Any]:
    known = {"since", "until", "topics", "themes", "quotes"}
    unknown = sorted(set(options) - known)
    if unknown:
        raise ReviewError("filters", f"unknown pack option(s): {', '.join(unknown)}")
    _parse_options(options)
    return {key: value for key, value in options.items() if value not in (None, "", [])}


def _week(moment: datetime) -> str:
    monday = moment.date() - timedelta(days=moment.weekday())
    return monday.isoformat()


async def build_pack(options: dict[str, Any]) -> HearingPack:
    since, until, topics, theme_ids, quotes_per_theme = _parse_options(options)
    query = Opinion.select(
        Opinion.id, Opinion.text, Opinion.normalised_text, Opinion.redacted_text, Opinion.language, Opinion.region,
        Opinion.submitted_at, Opinion.theme, Opinion.duplicate_of,
    ).where(Opinion.triage_status != "spam")  # fmt: skip
    if since:
        query = query.where(Opinion.submitted_at >= since)
    if until:
        query = query.where(Opinion.submitted_at < until)
    if topics:
        query = query.where(
            Opinion.id.is_in(
                OpinionTopic.select(OpinionTopic.opinion).where(OpinionTopic.slug.is_in(topics))
            )
        )
    if theme_ids:
        query = query.where(Opinion.theme.is_in(theme_ids))
    opinions = await query.order_by(Opinion.submitted_at, ascending=False)
    ids = [row["id"] for row in opinions]

    top_topic: dict[int, str] = {}
    if ids:
        for row in (
            await OpinionTopic.select(OpinionTopic.opinion, OpinionTopic.slug)
            .where(OpinionTopic.opinion.is_in(ids))
            .order_by(OpinionTopic.score)
        ):
            top_topic[row["opinion"]] = row["slug"]  # the highest score is written last
    topic_names = {
        row["slug"]: (row["name_ja"], row["name_en"])
        for row in await Topic.select(Topic.slug, Topic.name_ja, Topic.name_en)
    }
    theme_rows = {
        row["id"]: row
        for row in await Theme.select(
            Theme.id, Theme.title_ja, Theme.title_en, Theme.keywords, Theme.representative,
            Theme.theme_group,
        ).where(Theme.id.is_in(sorted({row["theme"] for row in opinions if row["theme"]}) or [-1]))
    }  # fmt: skip
    group_rows = {
        row["id"]: row
        for row in await ThemeGroup.select(
            ThemeGroup.id, ThemeGroup.title_ja, ThemeGroup.title_en
        ).where(
            ThemeGroup.id.is_in(
                sorted({t["theme_group"] for t in theme_rows.values() if t["theme_group"]}) or [-1]
            )
        )
    }

    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in opinions:
        if row["theme"] in theme_rows:
            groups[f"theme:{row['theme']}"].append(row)
        else:
            groups[f"topic:{top_topic.get(row['id'], 'other')}"].append(row)

    translations: dict[int, dict[str, dict[str, Any]]] = defaultdict(dict)
    quoted_ids = [
        row["id"] for members in groups.values() for row in members[: quotes_per_theme * 4]
    ]
    if quoted_ids:
        for item in await Translation.select(
            Translation.opinion,
            Translation.target,
            Translation.text,
            Translation.model,
            Translation.warnings,
        ).where(Translation.opinion.is_in(quoted_ids)):
            translations[item["opinion"]][item["target"]] = item

    themes: list[PackTheme] = []
    for key, members in groups.items():
        kind, _, ident = key.partition(":")
        if kind == "theme":
            theme = theme_rows[int(ident)]
            title_ja, title_en = theme["title_ja"], theme["title_en"]
            keywords = list(_json(theme["keywords"]) or [])
            representative = theme["representative"]
            group = group_rows.get(theme["theme_group"])
        else:
            group = None
            name_ja, name_en = topic_names.get(ident, (ident, ident))
            title_ja, title_en = (
                f"{name_ja}(テーマ未分類)",
                f"{name_en} (not yet grouped into themes)",
            )
            keywords, representative = [], None
        weight = len(members)
        originals = [row for row in members if not row["duplicate_of"]]
        themes.append(
            PackTheme(
                key=key,
                title_ja=title_ja,
                title_en=title_en,
                count=len(originals),
                weight=weight,
                languages=Counter(row["language"] or "und" for row in members).most_common(),
                regions=[
                    (regions.label(code) or "–", n)
                    for code, n in Counter(row["region"] for row in members).most_common()
                ],
                trend=sorted(Counter(_week(row["submitted_at"]) for row in members).items()),
                keywords=keywords,
                quotes=_pick_quotes(
                    originals, representative, quotes_per_theme, translations, members
                ),
                group=group["id"] if group else None,
                group_title_ja=(group["title_ja"] or group["title_en"]) if group else "",
                group_title_en=(group["title_en"] or group["title_ja"]) if group else "",
            )
        )
    # Group by group (the heaviest first), each group's themes heaviest first; themes in no
    # group, and the opinions in no theme, after them.
    group_weight: Counter[int] = Counter()
    for entry in themes:
        if entry.group is not None:
            group_weight[entry.group] += entry.weight
    themes.sort(
        key=lambda entry: (
            entry.group is None,
            -group_weight[entry.group] if entry.group is not None else 0,
            entry.group or 0,
            -entry.weight,
            entry.title_en,
        )
    )
    return HearingPack(
        since=since.date() if since else None,
        until=(until - timedelta(days=1)).date() if until else None,
        topics=topics,
        generated_at=datetime.now(UTC),
        total=len(opinions),
        themes=themes,
    )


def _pick_quotes(
    originals: list[dict[str, Any]],
    representative: int | None,
    limit: int,
    translations: dict[int, dict[str, dict[str, Any]]],
    members: list[dict[str, Any]],
) -> list[Quote]:
    """The representative first, then one per language in turn, newest first: a pack should
    show that a theme was raised across languages."""
    weights = Counter(row["duplicate_of"] for row in members if row["duplicate_of"])
    by_language: dict[str, list[dict[str, Any]]] = defaultdict(list)
    chosen: list[dict[str, Any]] = []
    for row in originals:
        if row["id"] == representative:
            chosen.append(row)
        else:
            by_language[row["language"] or "und"].append(row)
    while len(chosen) < limit and any(by_language.values()):
        for language in sorted(by_language, key=lambda code: -len(by_language[code])):
            if by_language[language] and len(chosen) < limit:
                chosen.append(by_language[language].pop(0))
    quotes = []
    for row in chosen[:limit]:
        mt = translations.get(row["id"], {})
        text = shown_text(row)
        quotes.append(
            Quote(
                opinion_id=row["id"],
                language=row["language"],
                original=text,
                japanese=text if row["language"] == "ja" else mt.get("ja", {}).get("text"),
                english=text if row["language"] == "en" else mt.get("en", {}).get("text"),
                models=sorted({item["model"] for item in mt.values()}),
                weight=1 + weights.get(row["id"], 0),
                japanese_warnings=[]
                if row["language"] == "ja"
                else list(_json(mt.get("ja", {}).get("warnings")) or []),
                english_warnings=[]
                if row["language"] == "en"
                else list(_json(mt.get("en", {}).get("warnings")) or []),
            )
        )
    return quotes


def trend_svg(trend: list[tuple[str, int]], width: int = 240, height: int = 48) -> str:
    """A small bar chart of opinions per week, drawn on the server (no script, no CDN)."""
    if not trend:
        return ""
    peak = max(count for _, count in trend) or 1
    bar = width / len(trend)
    bars = []
    for index, (week, count) in enumerate(trend):
        bar_height = max(1.0, (height - 4) * count / peak)
        bars.append(
            f'<rect x="{index * bar + 1:.1f}" y="{height - bar_height:.1f}" width="{max(bar - 2, 1):.1f}" '
            f'height="{bar_height:.1f}" fill="#0b5cad"><title>{week}: {count}</title></rect>'
        )
    label = ", ".join(f"{week}: {count}" for week, count in trend)
    return (
        f'<svg class="trend" role="img" aria-label="{label}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>'
    )


def render_markdown(pack: HearingPack) -> str:
    lines = ["# 公聴会資料 / Hearing pack", ""]
    period = f"{pack.since or '…'} – {pack.until or '…'}"
    lines += [f"- 期間 / Period: {period}", f"- 意見数 / Opinions: {pack.total}"]
    if pack.topics:
        lines.append(f"- 分野 / Topics: {', '.join(pack.topics)}")
    lines += [
        f"- 作成 / Generated: {pack.generated_at:%Y-%m-%d %H:%M} UTC",
        "",
        "> 翻訳は機械翻訳です。原文を併記しています。 Translations are machine translations; the "
        "original text is shown with each.",
        "",
    ]
    grouped = any(theme.group is not None for theme in pack.themes)
    before: PackTheme | None = None
    group_number = 0
    for number, theme in enumerate(pack.themes, start=1):
        if theme.starts_group(before):
            group_number += 1
            lines += [
                f"## グループ {group_number}: {theme.group_title_ja}",
                "",
                f"*Group {group_number}: {theme.group_title_en}*",
                "",
            ]
        elif grouped and theme.group is None and (before is None or before.group is not None):
            lines += ["## グループ外 / Not in a group", ""]
        before = theme
        heading = "###" if grouped else "##"
        lines += [f"{heading} {number}. {theme.title_ja}", "", f"*{theme.title_en}*", ""]
        lines.append(
            f"- 件数 / Count: {theme.count} (重複を含む / with duplicates: {theme.weight})"
        )
        lines.append(
            "- 言語 / Languages: " + ", ".join(f"{code} {n}" for code, n in theme.languages)
        )
        lines.append("- 地域 / Regions: " + ", ".join(f"{name} {n}" for name, n in theme.regions))
        lines.append(
            "- 推移 / Trend (per week): " + ", ".join(f"{week} {n}" for week, n in theme.trend)
        )
        if theme.keywords:
            lines.append("- キーワード / Keywords: " + ", ".join(theme.keywords))
        lines.append("")
        for quote in theme.quotes:
            lines.append(f"> **[{quote.language or 'und'}]** {_md_quote(quote.original)}")
            if quote.japanese and quote.language != "ja":
                lines.append(f">\n> **[ja, 機械翻訳]** {_md_quote(quote.japanese)}")
                if quote.japanese_warnings:
                    lines.append(f">\n> *⚠ {' / '.join(quote.japanese_check)}*")
            if quote.english and quote.language != "en":
                lines.append(f">\n> **[en, machine translation]** {_md_quote(quote.english)}")
                if quote.english_warnings:
                    lines.append(f">\n> *⚠ {' / '.join(quote.english_check)}*")
            if quote.language not in ("ja", "en") and not (quote.japanese or quote.english):
                lines.append(">\n> *(翻訳なし / no translation available)*")
            lines.append("")
    return "\n".join(lines) + "\n"


def _md_quote(text: str) -> str:
    # Keep the quote inert: no HTML, no Markdown links or headings from a resident's text.
    escaped = text.replace("\\", "\\\\")
    for char in "<>[]`*_#|":
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("\n", " ")


def render_html(pack: HearingPack) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from feedback.paths import TEMPLATES_DIR

    environment = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR), autoescape=select_autoescape(["html"])
    )
    template = environment.get_template("exports/pack.html")
    return template.render(pack=pack, trend_svg=trend_svg)


def render_pdf(pack: HearingPack) -> bytes:
    """The pack as PDF; PdfUnavailable (a readable message) when WeasyPrint's system
    libraries are missing here: `feedback doctor` says so up front."""
    from feedback.exports.pdf import load_weasyprint_html

    html_class = load_weasyprint_html()
    return html_class(string=render_html(pack)).write_pdf()


def render_xlsx(pack: HearingPack) -> bytes:
    from openpyxl import Workbook

    from feedback.exports.formats import xlsx_sheet

    workbook = Workbook(write_only=True)
    summary = [
        {
            "theme": number,
            "title_ja": theme.title_ja,
            "title_en": theme.title_en,
            "group_ja": theme.group_title_ja,
            "group_en": theme.group_title_en,
            "count": theme.count,
            "with_duplicates": theme.weight,
            "languages": ", ".join(f"{code} {n}" for code, n in theme.languages),
            "regions": ", ".join(f"{name} {n}" for name, n in theme.regions),
            "keywords": ", ".join(theme.keywords),
        }
        for number, theme in enumerate(pack.themes, start=1)
    ]
    xlsx_sheet(workbook, "Summary", list(summary[0]) if summary else ["theme"], summary)
    for number, theme in enumerate(pack.themes, start=1):
        rows = [
            {
                "opinion": quote.opinion_id,
                "language": quote.language,
                "original": quote.original,
                "japanese (machine translation)": quote.japanese
                if quote.language != "ja"
                else quote.original,
                "english (machine translation)": quote.english
                if quote.language != "en"
                else quote.original,
                "models": ", ".join(quote.models),
                "weight": quote.weight,
                "translation warnings": " | ".join(
                    " / ".join(check)
                    for check in (quote.japanese_check, quote.english_check)
                    if check[0]
                ),
            }
            for quote in theme.quotes
        ]
        columns = ["opinion", "language", "original", "japanese (machine translation)",
                   "english (machine translation)", "models", "weight",
                   "translation warnings"]  # fmt: skip
        xlsx_sheet(
            workbook,
            f"{number} {theme.title_en}"[:31].replace("/", "-").replace(":", " "),
            columns,
            rows,
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


async def render_pack(pack: HearingPack, format: str) -> bytes:  # noqa: A002
    import asyncio

    if format == "pack-html":
        return render_html(pack).encode("utf-8")
    if format == "pack-md":
        return render_markdown(pack).encode("utf-8")
    if format == "pack-pdf":
        return await asyncio.to_thread(render_pdf, pack)
    if format == "pack-xlsx":
        return render_xlsx(pack)
    raise ReviewError("format", f"unknown pack format {format!r}")
