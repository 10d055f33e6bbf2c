"""Warnings on bad machine translations ("check with a translator"), whatever the model.

Crafted outputs go through `check_translation` and, as a model's own output, through
`Translator.translate` (the engine is made to return chosen tokens and log-probabilities).
The tiny random models produce garbage: their translations are flagged, as they should be.
"""

from __future__ import annotations

import dataclasses

import pytest
from test_translation import BURMESE, _catalogue, models_dir  # noqa: F401 (a fixture)

from classifiers import translation_quality as quality
from classifiers._translation_engines import Generated, load_model
from classifiers.translation import WARNING_CODES, Translator
from feedback.config import DEFAULT_TRANSLATION_MIN_SCORE, ConfigError, load_settings

JA = "駅の近くのバス停は夜とても暗くて、仕事の帰りに家まで歩くのが怖いです。街灯を付けてください。"
EN = (
    "The bus stop near the station is very dark at night, and I am afraid to walk home "
    "after work. Please put up street lights."
)


def test_a_faithful_translation_has_no_warning():
    assert quality.check_translation(JA, EN, "ja", "en", score=-0.4) == ()
    assert quality.check_translation(EN, JA, "en", "ja", score=-0.6) == ()


def test_output_in_another_language_is_flagged():
    # the model answered in English, or copied its input, instead of writing Japanese
    assert quality.WRONG_LANGUAGE in quality.check_translation(EN, EN, "en", "ja")
    assert quality.WRONG_LANGUAGE in quality.check_translation(BURMESE, BURMESE, "my", "en")
    assert quality.WRONG_LANGUAGE in quality.check_translation(
        JA, "Tôi muốn biết về việc gia hạn thẻ cư trú ở đây.", "ja", "en"
    )
    # too short to judge: never flagged on a few letters
    assert quality.check_translation("ありがとう", "Thanks", "ja", "ja") == ()


@pytest.mark.parametrize(
    ("source", "source_language", "output", "target"),
    [
        (JA, "ja", EN + " at night, at night, at night, at night, at night", "en"),
        (
            JA,
            "ja",
            "The government of the government of the government of the government of the city.",
            "en",
        ),
        (EN, "en", "バス停が暗いです。" + "暗いです" * 5, "ja"),
        # a model cycling through a few phrases, not back to back
        (JA, "ja", "please help the city please help us the city please help the city " * 3, "en"),
        # a loop inside one word
        (JA, "ja", "lelelelelelelelelele " + EN, "en"),
    ],
)
def test_looping_output_is_flagged(source, source_language, output, target):
    assert quality.LOOP in quality.check_translation(source, output, source_language, target)


def test_repetition_the_resident_wrote_is_not_a_loop():
    source = "水が出ない！" * 6
    output = "No water! " * 6
    assert quality.LOOP not in quality.check_translation(source, output, "ja", "en")
    assert quality.LOOP not in quality.check_translation(EN, "very very very good", "en", "en")


def test_length_outliers_for_the_pair_are_flagged():
    truncated = EN[:20]
    padded = EN + " " + EN + " " + "The city office must answer every resident within a week."
    assert quality.LENGTH_RATIO in quality.check_translation(JA, truncated, "ja", "en")
    assert quality.LENGTH_RATIO in quality.check_translation(JA, padded, "ja", "en")
    # Burmese into Japanese: Japanese needs about half the units; a third of that is too short
    burmese = BURMESE * 3
    assert quality.LENGTH_RATIO in quality.check_translation(burmese, "病院です。", "my", "ja")
    # short inputs vary too much to judge
    assert quality.LENGTH_RATIO not in quality.check_translation(
        "ありがとうございます", "Thank you very much indeed, thank you", "ja", "en"
    )


def test_ratio_table_has_bounds_around_the_median():
    for source in ("my", "km", "mn", "vi", "ne", "zh", "ko", "en"):
        bounds = quality.ratio_bounds(source, "ja")
        assert bounds is not None and bounds.low < bounds.median < bounds.high
    assert quality.ratio_bounds("xx", "ja") is None  # unknown: the length is not judged


def test_low_score_follows_the_threshold():
    assert quality.check_translation(JA, EN, "ja", "en", score=-2.5) == (quality.LOW_SCORE,)
    assert quality.check_translation(JA, EN, "ja", "en", score=-1.5) == ()
    assert quality.check_translation(JA, EN, "ja", "en", score=-1.5, min_score=-1.0) == (
        quality.LOW_SCORE,
    )
    assert quality.check_translation(JA, EN, "ja", "en", score=-9.0, min_score=None) == ()
    assert quality.check_translation(JA, EN, "ja", "en", score=None) == ()


def test_units_are_script_aware():
    assert quality.units("The BUS, the bus!") == ["the", "bus", "the", "bus"]
    assert quality.units("バス停") == ["バ", "ス", "停"]
    # a Burmese consonant with its stacked marks is one unit
    assert quality.length_units("ကျွန်") == 2
    assert quality.length_units("Call [PHONE] now") == len("Callnow")


def test_settings_threshold_defaults_to_the_classifiers_and_can_be_turned_off(tmp_path):
    def min_score(value: str | None) -> float | None:
        env = {"FEEDBACK_VAR_DIR": str(tmp_path)}
        if value is not None:
            env["FEEDBACK_TRANSLATION_MIN_SCORE"] = value
        return load_settings(env).translation_min_score

    assert DEFAULT_TRANSLATION_MIN_SCORE == quality.DEFAULT_MIN_SCORE
    assert min_score(None) == quality.DEFAULT_MIN_SCORE
    assert min_score("-1.25") == -1.25
    assert min_score("off") is None
    with pytest.raises(ConfigError, match="FEEDBACK_TRANSLATION_MIN_SCORE"):
        min_score("0.5")


# -- through the Translator, with the tiny models -----------------------------------------


def test_translations_carry_the_same_score_from_both_engines(models_dir):  # noqa: F811
    results = {
        engine: Translator(_catalogue(engine), models_dir).translate([BURMESE], "my", "ja")[0]
        for engine in ("transformers", "ctranslate2")
    }
    scores = [result.score for result in results.values()]
    assert all(score is not None and score < 0 for score in scores)
    assert abs(scores[0] - scores[1]) < 1e-3
    # random weights write garbage: it is flagged, with codes the review screen knows
    for result in results.values():
        assert result.warnings and set(result.warnings) <= set(WARNING_CODES)


def _make_the_model_write(monkeypatch, models_dir, text: str, log_prob: float):  # noqa: F811
    """The m2m model's engine returns `text` (as the model's tokens) with `log_prob` per token."""
    catalogue = _catalogue()
    model = load_model(catalogue.entry("m2m"), models_dir)
    ids = model.tokenizer(text, add_special_tokens=False)["input_ids"]

    def generate_scored(batch, prefix_id, max_new_tokens, beam_size, min_new_tokens=0):
        return [Generated(list(ids), [log_prob] * len(ids), log_prob) for _ in batch]

    monkeypatch.setattr(model.engine, "generate_scored", generate_scored)
    # a fresh cache and a generous output cap: the crafted text comes back whole
    return Translator(
        _catalogue(changes={"m2m": {"max_input_tokens": 256}}), models_dir, cache_size=0
    )


@pytest.mark.parametrize(
    ("crafted", "log_prob", "expected"),
    [
        (
            "在留カードの更新について 知りたいです。病院の受付に 英語の案内を 付けてください。",
            -0.2,
            (),
        ),
        ("The bus to the city office comes only twice a day.", -0.2, (quality.WRONG_LANGUAGE,)),
        ("市役所への " * 12, -0.2, (quality.LOOP,)),
        ("バス", -0.2, (quality.LENGTH_RATIO,)),
        (
            "在留カードの更新について 知りたいです。病院の受付に 英語の案内を 付けてください。",
            -3.5,
            (quality.LOW_SCORE,),
        ),
    ],
)
def test_crafted_model_outputs_are_flagged(monkeypatch, models_dir, crafted, log_prob, expected):  # noqa: F811
    translator = _make_the_model_write(monkeypatch, models_dir, crafted, log_prob)
    # one sentence (each sentence is translated alone), long enough to judge its length
    source = "ကျွန်တော့် ကလေးတွေ ဂျပန်စာ သင်ချင်ပါတယ် ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။"
    (result,) = translator.translate([source], "my", "ja")
    assert result.route == ("my", "ja")
    assert result.score == pytest.approx(log_prob, abs=1e-4)
    assert set(expected) <= set(result.warnings)
    if not expected:
        assert result.warnings == ()
    assert result.needs_check == bool(result.warnings)


def test_a_translation_is_a_plain_value_with_its_warnings(models_dir):  # noqa: F811
    (result,) = Translator(_catalogue(), models_dir).translate([BURMESE], "my", "my")
    assert result.score is None and result.warnings == ()
    assert dataclasses.asdict(result)["warnings"] == ()
