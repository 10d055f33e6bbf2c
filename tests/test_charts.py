"""The overview's server-drawn charts: labels fit in the room the chart leaves them."""

from __future__ import annotations

import re

from feedback.review.charts import LABEL_WIDTH_MAX, bar_chart, text_width


def _labels(svg: str) -> list[tuple[float, str]]:
    return [
        (float(x), text)
        for x, text in re.findall(r'<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*>([^<]*)<', svg)
    ]


def test_long_labels_get_room_and_short_ones_leave_it_to_the_bars() -> None:
    long = bar_chart([("Japanese-language learning", 10), ("Housing", 6)], "By topic")
    short = bar_chart([("ja", 10), ("en", 9)], "By language")
    for svg in (long, short):
        for anchor, label in _labels(svg):
            assert text_width(label) <= anchor, (label, anchor)
    assert _labels(long)[0][1] == "Japanese-language learning"
    assert _labels(short)[0][0] < _labels(long)[0][0]


def test_wide_characters_count_double_and_overlong_labels_are_cut() -> None:
    svg = bar_chart([("日本語学習・日本語教育・生活のための日本語", 3), ("x" * 80, 1)], "By topic")
    for anchor, label in _labels(svg):
        assert text_width(label) <= anchor <= LABEL_WIDTH_MAX
    labels = [label for _, label in _labels(svg)]
    assert labels[1].endswith("…")
    # The whole label stays in the bar's title and the chart's text alternative.
    assert "x" * 80 in svg
