"""The learned name tagger beside the rules (issue 21, round 2), through the public API.

Own example strings, written for these tests (not from any benchmark split).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from classifiers import name_tagger
from classifiers.name_context import find_names
from classifiers.privacy import find_pii


def test_weights_are_shipped_and_small() -> None:
    assert name_tagger.WEIGHTS.exists()
    assert name_tagger.WEIGHTS.stat().st_size < 2_000_000


def test_tagger_spans_are_whole_tokens_of_the_text(tagger_on: None) -> None:
    text = "Yesterday my coworker Roberto Duarte shouted at me again."
    for start, end in name_tagger.find(text, []):
        assert text[start:end].strip() == text[start:end]
        assert start == 0 or not text[start - 1].isalnum()
        assert end == len(text) or not text[end].isalnum()


@pytest.fixture
def tagger_on() -> Iterator[None]:
    name_tagger.ENABLED = True
    try:
        yield
    finally:
        name_tagger.ENABLED = False


def test_names_found_with_the_tagger_on(tagger_on: None) -> None:
    text = "My name is Roberto Duarte and I work in Hamamatsu."
    assert (text.index("Roberto"), text.index(" and")) in find_names(text)
    assert [s.text for s in find_pii(text) if s.kind == "name"] == ["Roberto Duarte"]


def test_public_names_and_plain_text_stay_with_the_tagger_on(tagger_on: None) -> None:
    for text in (
        "I went to Shinjuku Station yesterday and the staff at Tokyo City Hall were kind.",
        "Prime Minister Ishiba should listen to foreign residents.",
        "The rent in Osaka went up again this year.",
    ):
        assert [s for s in find_pii(text) if s.kind == "name"] == [], text


def test_off_by_default_it_adds_nothing() -> None:
    assert name_tagger.ENABLED is False
    assert name_tagger.find("My friend Ana Lima lives here.", []) == []
