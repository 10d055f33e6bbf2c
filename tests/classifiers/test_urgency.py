"""classifiers.urgency: the pattern file, categories, calm contexts, and the embedding head.

The texts here are written for these tests; the measured figures come from
benchmarks/flags.py on benchmarks/data/flags/.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from classifiers.flags import FlagModel
from classifiers.heads import LinearHead
from classifiers.urgency import (
    CATEGORIES,
    UrgencyModel,
    category_names,
    load_exemplars,
    load_lexicon,
)

LEXICON = load_lexicon()
PRIORITY_LANGUAGES = [
    "ja",
    "en",
    "zh",
    "ko",
    "vi",
    "ne",
    "id",
    "tl",
    "th",
    "pt",
    "es",
    "my",
    "km",
    "mn",
    "tr",
    "uk",
]


def test_every_category_has_patterns_in_every_guidebook_language() -> None:
    for category in CATEGORIES:
        languages = {language for language, _ in LEXICON.patterns[category]}
        missing = set(PRIORITY_LANGUAGES) - languages
        assert not missing, (category, sorted(missing))
    names = category_names("ja")
    assert all(names[category] != category for category in CATEGORIES)


def test_exemplars_cover_every_category_and_calm_look_alikes() -> None:
    texts, labels = load_exemplars()
    assert set(labels) == {*CATEGORIES, "calm"}
    assert len(texts) == len(labels) >= 500
    assert labels.count("calm") >= 200


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I want to die. I cannot go on anymore.", "danger_to_life"),
        ("もう死にたい。毎日つらいです。", "danger_to_life"),
        ("My husband hits me and I am scared to go home.", "violence"),
        ("社長がパスポートを預かったまま返してくれません。", "labour_exploitation"),
        (
            "Chủ công ty giữ hộ chiếu của tôi và không trả lương ba tháng nay.",
            "labour_exploitation",
        ),
        ("Kinuha ng amo ko ang pasaporte ko at ayaw ibalik.", "labour_exploitation"),
    ],
)
def test_patterns_flag_a_situation_with_its_category(text: str, category: str) -> None:
    found = UrgencyModel.build(None).classify(text)
    assert found.urgent, found
    assert category in found.categories, found
    assert found.evidence and found.hits


@pytest.mark.parametrize(
    "text",
    [
        "I need to renew my passport next month. Where do I go?",
        "パスポートの更新はどこでできますか。",
        "地震がとても怖いです。避難所はどこですか。",
        "仕事が死ぬほど忙しいです。",
        "I am dying to see my family again after three years.",
        "I read in the news that a trainee was beaten. The government should stop this.",
        "The bus to the city office should come more often.",
    ],
)
def test_look_alikes_stay_calm_without_a_model(text: str) -> None:
    found = UrgencyModel.build(None).classify(text)
    assert not found.urgent, found


def test_a_hit_in_the_translation_counts_and_says_so() -> None:
    model = UrgencyModel.build(None)
    text = "Xyzzy plugh."  # a language the patterns do not know
    assert not model.classify(text).urgent
    found = model.classify(text, translations=["I want to die. I cannot go on."])
    assert found.urgent and found.categories == ("danger_to_life",)
    assert any("translation" in line for line in found.evidence)


def test_a_bad_pattern_names_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "urgency.yaml"
    bad.write_text(
        "categories:\n  violence:\n    patterns:\n      en: ['(unclosed']\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"violence\.en\[0\]"):
        load_lexicon(bad)


def test_head_learns_categories_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    centres = {label: rng.normal(size=16) for label in [*CATEGORIES, "calm"]}
    labels = [label for label in centres for _ in range(20)]
    vectors = np.stack([centres[label] + 0.3 * rng.normal(size=16) for label in labels])
    head = LinearHead.fit(vectors, labels)
    again = LinearHead.from_bytes(head.to_bytes())
    probabilities = again.probabilities(np.stack([centres["stalking"], centres["calm"]]))
    assert again.classes[int(np.argmax(probabilities[0]))] == "stalking"
    assert again.classes[int(np.argmax(probabilities[1]))] == "calm"
    model = UrgencyModel(load_lexicon(), again)
    found = model.classify("nothing in the patterns", centres["stalking"])
    assert found.urgent and found.categories == ("stalking",)
    assert not model.classify("nothing in the patterns", centres["calm"]).urgent


def test_urgent_is_a_consultation_with_where_to_turn() -> None:
    model = FlagModel.build(None)
    flag = model.urgency("My husband hits me and I am scared to go home.")
    assert flag.value == "urgent" and "violence" in flag.categories
    assert flag.suggestion and "110" in flag.suggestion
    # Without an embedding model only urgency is judged.
    assert [f.kind for f in model.flags("My husband hits me.", None)] == ["urgency"]
    again = FlagModel.from_bytes(model.to_bytes())
    assert again.urgency("My husband hits me.") == model.urgency("My husband hits me.")
