"""Small SVG charts drawn on the server: no script, no CDN, readable by screen readers
(each chart has a text alternative and each bar a title)."""

from __future__ import annotations

import unicodedata
from html import escape

FONT_SIZE = 12
# Room for labels, in pixels: a longer label is cut with an ellipsis (its bar's title and
# the chart's text alternative keep it whole).
LABEL_WIDTH_MIN, LABEL_WIDTH_MAX = 40, 220


def text_width(text: str, font_size: int = FONT_SIZE) -> float:
    """About how wide `text` is drawn: wide (CJK) characters take a full em, others ~0.6."""
    return sum(
        font_size if unicodedata.east_asian_width(char) in "WF" else 0.6 * font_size
        for char in text
    )


def _fit(label: str, room: float) -> str:
    if text_width(label) <= room:
        return label
    while label and text_width(label + "…") > room:
        label = label[:-1]
    return label + "…"


def bar_chart(
    items: list[tuple[str, int]], title: str, width: int = 420, bar_height: int = 18
) -> str:
    """Horizontal bars, one per (label, count), largest first as given."""
    if not items:
        return ""
    longest = max(text_width(label) for label, _ in items)
    label_width = int(min(max(longest + 10, LABEL_WIDTH_MIN), LABEL_WIDTH_MAX))
    peak = max(count for _, count in items) or 1
    height = bar_height * len(items) + 4
    rows = []
    for index, (label, count) in enumerate(items):
        y = index * bar_height + 2
        length = max(1.0, (width - label_width - 50) * count / peak)
        rows.append(
            f'<text x="{label_width - 6}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" font-size="{FONT_SIZE}">{escape(_fit(label, label_width - 8))}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height - 4}" fill="#0b5cad">'
            f"<title>{escape(label)}: {count}</title></rect>"
            f'<text x="{label_width + length + 4:.1f}" y="{y + bar_height * 0.7:.1f}" font-size="{FONT_SIZE}">{count}</text>'
        )
    summary = "; ".join(f"{label}: {count}" for label, count in items)
    return (
        f'<svg class="chart" role="img" aria-label="{escape(title)}: {escape(summary)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>'
    )


def column_chart(
    items: list[tuple[str, int]],
    title: str,
    width: int = 640,
    height: int = 160,
    peak_label: str = "max %(count)s",
) -> str:
    """Vertical bars over time (label = a date), with the first and last date written below;
    `peak_label` (translated by the caller) names the tallest bar's count."""
    if not items:
        return ""
    peak = max(count for _, count in items) or 1
    plot_height = height - 24
    step = width / len(items)
    bars = []
    for index, (label, count) in enumerate(items):
        bar = max(1.0, (plot_height - 14) * count / peak)
        bars.append(
            f'<rect x="{index * step + 1:.1f}" y="{plot_height - bar:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{bar:.1f}" fill="#0b5cad"><title>{escape(label)}: {count}</title></rect>'
        )
    bars.append(f'<text x="0" y="{height - 6}" font-size="11">{escape(items[0][0])}</text>')
    bars.append(
        f'<text x="{width}" y="{height - 6}" font-size="11" text-anchor="end">{escape(items[-1][0])}</text>'
    )
    bars.append(
        f'<text x="{width}" y="11" font-size="11" text-anchor="end">{escape(peak_label % {"count": peak})}</text>'
    )
    summary = "; ".join(f"{label}: {count}" for label, count in items)
    return (
        f'<svg class="chart" role="img" aria-label="{escape(title)}: {escape(summary)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>'
    )
