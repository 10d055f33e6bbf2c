"""Machine translation: catalogue, routes, pivots, splitting, caching, both engines, tools.

The models are tiny and random (tests/classifiers/tiny_models.py): their output is gibberish,
so these tests check structure (counts, order, routes, model ids, parity, cache hits).
"""

from __future__ import annotations

import copy
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from tiny_models import (
    build_tiny_m2m100,
    build_tiny_marian,
    build_tiny_nllb,
    catalogue_entry,
    train_sentencepiece,
)

from classifiers import translation
from classifiers._translation_catalogue import (
    DEFAULT_CATALOGUE_PATH,
    CatalogueError,
    catalogue_from_dict,
)
from classifiers._translation_engines import encode, language_prefix, load_model
from classifiers._translation_split import (
    fit_to_length,
    join_segments,
    split_opinion,
    split_sentences,
)
from classifiers.translation import (
    FetchUnavailable,
    InstallError,
    Translation,
    TranslationUnavailable,
    Translator,
    check_models,
    fetch,
    install,
    list_models,
    load_catalogue,
)

BURMESE = "ကျေးဇူးတင်ပါတယ်။ ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။"
BURMESE_2 = "ကျွန်တော့် ကလေးတွေ ဂျပန်စာ သင်ချင်ပါတယ်။"
KHMER = "សូមអរគុណ។ កូនរបស់ខ្ញុំត្រូវការរៀនភាសាជប៉ុន។"


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tiny models, in the transformers layout and converted to CTranslate2 (float32)."""
    root = tmp_path_factory.mktemp("models")
    spm = train_sentencepiece(tmp_path_factory.mktemp("spm"))
    build_tiny_marian(root / "mul-en", spm_model=spm, seed=1)
    build_tiny_marian(root / "en-mul", spm_model=spm, seed=2, target_tokens=(">>jpn<<", ">>kor<<"))
    build_tiny_m2m100(root / "m2m", spm_model=spm, seed=3)
    build_tiny_nllb(root / "nllb", spm_model=spm, seed=4)
    for name in ("mul-en", "en-mul", "m2m", "nllb"):
        install(root / name, name, root, _catalogue(nllb=True), compute_type="float32")
    return root


def _raw_catalogue(
    engine: str = "transformers", compute_type: str = "float32", nllb: bool = False
) -> dict:
    shipped = yaml.safe_load(DEFAULT_CATALOGUE_PATH.read_text())
    # A small input limit also caps the output (random models never stop early): fast tests.
    options = {"engine": engine, "compute_type": compute_type, "max_input_tokens": 32}
    return {
        "families": shipped["families"],
        "aliases": shipped["aliases"],
        "models": [
            catalogue_entry("mul-en", "marian", ["my", "km", "th", "zh", "ja"], ["en"], **options),
            catalogue_entry(
                "en-mul", "marian", ["en"], ["ja", "ko"], **options,
                target_tokens={"ja": ">>jpn<<", "ko": ">>kor<<"},
            ),
            catalogue_entry("m2m", "m2m100", "all", "all", **options),
            # serves the same pairs as m2m: only in the tests that ask for it
            *([catalogue_entry("nllb", "nllb", "all", "all", **options)] if nllb else []),
        ],
    }  # fmt: skip


def _catalogue(
    engine: str = "transformers",
    without: tuple[str, ...] = (),
    changes: dict[str, dict[str, Any]] | None = None,
    nllb: bool = False,
) -> translation.Catalogue:
    raw = _raw_catalogue(engine, nllb=nllb)
    raw["models"] = [m for m in raw["models"] if m["name"] not in without]
    for model in raw["models"]:
        model.update((changes or {}).get(model["name"], {}))
    return catalogue_from_dict(raw)


def _pivot_only(engine: str = "transformers") -> translation.Catalogue:
    return _catalogue(engine, without=("m2m",))


# -- catalogue and routes --------------------------------------------------------------------


def test_shipped_catalogue_names_real_models_and_family_codes():
    catalogue = load_catalogue()
    ids = {m.hf_id for m in catalogue.models}
    assert {"staka/fugumt-en-ja", "staka/fugumt-ja-en", "facebook/m2m100_1.2B"} <= ids
    assert "facebook/nllb-200-distilled-1.3B" in ids
    nllb = catalogue.entry("nllb-200-distilled-1.3B")
    assert catalogue.family_code(nllb, "my") == "mya_Mymr"
    assert catalogue.family_code(nllb, "mn") == "khk_Cyrl"
    assert catalogue.family_code(nllb, "ja") == "jpn_Jpan"
    assert catalogue.family_code(nllb, "fil") == "tgl_Latn"  # alias
    assert catalogue.family_code(catalogue.entry("m2m100_1.2B"), "km") == "km"


def test_shipped_catalogue_carries_evidence_and_no_bible_model():
    catalogue = load_catalogue()
    assert not any("opus-mt-en-jap" in m.hf_id for m in catalogue.models)
    for model in catalogue.models:
        assert model.licence and model.parameters, model.name
        assert model.published, model.name
        for score in model.published:
            assert score.test_set and score.reference.endswith("chrf-scores.txt"), model.name
            assert 0 < score.chrf <= 100
    # a general English -> Japanese model, with its published figure
    en_ja = catalogue.routes("en", "ja")[0]
    assert en_ja.models[0].hf_id == "staka/fugumt-en-ja"
    assert en_ja.figures[0] is not None and en_ja.figures[0].chrf == 38.5
    assert en_ja.figures[0].test_set == "flores200-devtest"


def test_sets_and_licences():
    catalogue = load_catalogue()
    recommended = {m.name for m in catalogue.model_set("recommended")}
    assert recommended == {"nllb-200-distilled-1.3B", "fugumt-en-ja"}
    open_set = catalogue.model_set("open")
    assert {m.name for m in open_set} == {"fugumt-en-ja", "fugumt-ja-en", "m2m100_1.2B"}
    assert all(m.licence_is_open for m in open_set)
    assert not catalogue.entry("nllb-200-distilled-1.3B").licence_is_open
    assert catalogue.licence_of("facebook/nllb-200-distilled-1.3B") == "CC-BY-NC-4.0"
    with pytest.raises(KeyError, match="known: recommended, open"):
        catalogue.model_set("best")
    raw = yaml.safe_load(DEFAULT_CATALOGUE_PATH.read_text())
    raw["sets"]["open"]["models"].append("nllb-200-distilled-1.3B")
    with pytest.raises(CatalogueError, match="nllb-200-distilled-1.3B is CC-BY-NC-4.0"):
        catalogue_from_dict(raw)


def test_routes_follow_published_figures_direct_or_pivot():
    catalogue = load_catalogue()
    best = catalogue.restricted(catalogue.sets["recommended"].models)
    # my -> ja: NLLB's direct 22.6 beats the pivot estimate 54.5 x 38.5 / 100 = 21.0
    my_ja = best.routes("my", "ja")
    assert [m.name for m in my_ja[0].models] == ["nllb-200-distilled-1.3B"]
    assert my_ja[1].is_pivot and round(my_ja[1].estimate or 0, 1) == 21.0
    # tl -> ja: the pivot (68.0 x 38.5 / 100 = 26.2) beats NLLB's direct 22.8
    tl_ja = best.routes("tl", "ja")
    assert [m.name for m in tl_ja[0].models] == ["nllb-200-distilled-1.3B", "fugumt-en-ja"]
    # a figure beats no figure: zh -> ja has no valid direct figure, so the pivot leads
    assert best.routes("zh", "ja")[0].is_pivot
    # one multilingual model is never its own pivot
    assert all(len({id(m) for m in r.models}) == len(r.models) for r in best.routes("my", "ja"))
    open_set = catalogue.restricted(catalogue.sets["open"].models)
    assert [m.name for m in open_set.routes("ja", "en")[0].models] == ["fugumt-ja-en"]
    assert [m.name for m in open_set.routes("my", "en")[0].models] == ["m2m100_1.2B"]


def test_check_names_the_missing_model_folder(tmp_path):
    check = Translator(load_catalogue(), tmp_path).check("my", "ja")
    assert not check.available
    assert check.reason == f"model folder {tmp_path / 'nllb-200-distilled-1.3B'} missing"


def test_check_says_when_no_model_serves_the_pair(tmp_path):
    catalogue = _catalogue(without=("m2m",))
    check = Translator(catalogue, tmp_path).check("ne", "ja")
    assert (check.available, check.route, check.reason) == (
        False,
        (),
        "no translation model for ne -> ja",
    )
    with pytest.raises(TranslationUnavailable, match="no translation model for ne -> ja"):
        Translator(catalogue, tmp_path).translate(["नमस्ते"], "ne", "ja")


def test_check_uses_the_first_route_whose_models_are_present(models_dir, tmp_path):
    raw = _raw_catalogue()
    raw["models"].insert(0, catalogue_entry("absent", "m2m100", "all", "all"))
    check = Translator(catalogue_from_dict(raw), models_dir).check("my", "ja")
    assert check.available and check.models == ("m2m",) and check.route == ("my", "ja")
    pivot = Translator(_pivot_only(), models_dir).check("my", "ja")
    assert pivot.available and pivot.route == ("my", "en", "ja")
    assert pivot.models == ("mul-en", "en-mul")


def test_catalogue_errors_name_the_entry_and_field():
    raw = _raw_catalogue()
    raw["models"][1]["compute_type"] = "int4"
    with pytest.raises(CatalogueError, match=r"models\[1\] \(en-mul\)\.compute_type"):
        catalogue_from_dict(raw)


def test_catalogue_loads_from_json(tmp_path):
    import json

    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(_raw_catalogue()))
    assert [m.name for m in load_catalogue(path).models] == ["mul-en", "en-mul", "m2m"]


# -- translating ----------------------------------------------------------------------------


def test_pivot_translation_records_route_models_and_engine(models_dir):
    results = Translator(_pivot_only(), models_dir).translate([BURMESE, BURMESE_2], "my", "ja")
    assert len(results) == 2
    for result in results:
        assert isinstance(result, Translation)
        assert result.route == ("my", "en", "ja")
        assert result.models == ("tiny/mul-en", "tiny/en-mul")
        assert result.model == "tiny/mul-en > tiny/en-mul"
        assert result.engine == "transformers"
        assert result.text and result.is_machine_translation
        assert result.label.startswith("machine translation (tiny/mul-en > tiny/en-mul")


def test_direct_translation_with_m2m100(models_dir):
    (result,) = Translator(_catalogue(), models_dir).translate([KHMER], "km", "ja")
    assert (result.route, result.model) == (("km", "ja"), "tiny/m2m")
    assert result.text


def test_language_aliases_and_same_language(models_dir):
    translator = Translator(_catalogue(), models_dir)
    (result,) = translator.translate(["  同じ言語です。 "], "ja", "JA")
    assert result == Translation("同じ言語です。", "", "none", ("ja",))
    assert result.label == "original text"
    assert translator.check("fil", "ja").route == ("tl", "ja")


def test_batch_sorted_by_length_keeps_input_order(models_dir):
    texts = [BURMESE, "ကျေး", BURMESE_2, "ဆေးရုံ"]
    batched = Translator(_catalogue(), models_dir, batch_size=2).translate(texts, "my", "ja")
    alone = [
        Translator(_catalogue(), models_dir, batch_size=1).translate([t], "my", "ja")[0]
        for t in texts
    ]
    assert [r.text for r in batched] == [r.text for r in alone]
    assert len({r.text for r in batched}) > 1  # the tiny model does tell inputs apart


def _spy_on_engine(monkeypatch, model):
    """The batches the translator sends to the model (it asks for tokens with their scores)."""
    calls: list[list[list[int]]] = []
    real = model.engine.generate_scored

    def generate_scored(batch, prefix_id, max_new_tokens, beam_size, min_new_tokens=0):
        calls.append([list(ids) for ids in batch])
        return real(batch, prefix_id, max_new_tokens, beam_size, min_new_tokens)

    monkeypatch.setattr(model.engine, "generate_scored", generate_scored)
    return calls


def test_burst_is_batched_and_duplicates_cost_one_translation(models_dir, monkeypatch):
    catalogue = _catalogue(changes={"m2m": {"max_input_tokens": 128}})  # no sentence cut
    translator = Translator(catalogue, models_dir, batch_size=4)
    calls = _spy_on_engine(monkeypatch, load_model(catalogue.entry("m2m"), models_dir))
    burst = [BURMESE_2] * 6 + [f"ဆေးရုံ {i}" for i in range(5)] + [BURMESE_2.replace(" ", "  ")]
    results = translator.translate(burst, "my", "ja")
    assert len(results) == len(burst)
    assert len({r.text for r in results[:6]} | {results[-1].text}) == 1
    sent = [ids for batch in calls for ids in batch]
    assert len(sent) == 6  # one for the repeated opinion, five distinct ones
    assert [len(batch) for batch in calls] == [4, 2]
    stats = translator.cache_info()
    assert (stats.misses, stats.hits) == (6, 6)  # repeats within one call count as hits
    calls.clear()
    again = translator.translate(burst, "my", "ja")
    assert calls == [] and [r.text for r in again] == [r.text for r in results]
    assert translator.cache_info().hits == 6 + 12


def test_long_opinion_is_split_to_fit_the_model_and_joined_in_order(models_dir, monkeypatch):
    catalogue = _catalogue(changes={"m2m": {"max_input_tokens": 12}})
    translator = Translator(catalogue, models_dir)
    model = load_model(catalogue.entry("m2m"), models_dir)
    calls = _spy_on_engine(monkeypatch, model)
    long_sentence = " ".join([BURMESE_2.rstrip("။")] * 6) + "။"
    opinion = f"{BURMESE}\n\n{long_sentence}"
    (result,) = translator.translate([opinion], "my", "ja")
    inputs = [ids for batch in calls for ids in batch]
    assert max(len(ids) for ids in inputs) <= 12
    assert len(inputs) > 3  # two sentences, the second cut into several pieces
    paragraphs = result.text.split("\n")
    assert len(paragraphs) == 2 and all(paragraphs)


def test_empty_and_blank_opinions(models_dir):
    results = Translator(_catalogue(), models_dir).translate(["", "  \n ", BURMESE], "my", "ja")
    assert [r.text for r in results[:2]] == ["", ""]
    assert results[2].text and all(r.route == ("my", "ja") for r in results)


def test_translate_refuses_a_bare_string(models_dir):
    with pytest.raises(TypeError):
        Translator(_catalogue(), models_dir).translate(BURMESE, "my", "ja")  # type: ignore[arg-type]


def test_models_load_once_per_process(models_dir):
    catalogue = _catalogue()
    first = load_model(catalogue.entry("m2m"), models_dir)
    Translator(catalogue, models_dir).translate([BURMESE], "my", "ja")
    Translator(catalogue, models_dir).translate([BURMESE], "my", "en")
    assert load_model(catalogue.entry("m2m"), models_dir) is first


# -- splitting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The bus is late. It comes twice a day! Why? 3.5 km.",
         ["The bus is late.", "It comes twice a day!", "Why?", "3.5 km."]),
        ("バスが少ないです。困っています！どうすれば？",
         ["バスが少ないです。", "困っています！", "どうすれば？"]),
        ("我很好。你呢？", ["我很好。", "你呢？"]),
        (BURMESE, ["ကျေးဇူးတင်ပါတယ်။", "ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။"]),
        (KHMER, ["សូមអរគុណ។", "កូនរបស់ខ្ញុំត្រូវការរៀនភាសាជប៉ុន។"]),
        ("ขอบคุณมากครับ รถเมล์มาน้อยเกินไป", ["ขอบคุณมากครับ", "รถเมล์มาน้อยเกินไป"]),
        ("「ありがとう。」と言った。", ["「ありがとう。」", "と言った。"]),
        ("मलाई थाहा छ। धन्यवाद", ["मलाई थाहा छ।", "धन्यवाद"]),
    ],
)  # fmt: skip
def test_split_sentences_across_scripts(text, sentences):
    assert split_sentences(text) == sentences


def test_fit_to_length_keeps_every_character_in_order():
    text = "one two three, four five six; seven eight nine ten eleven"
    pieces = fit_to_length(text, lambda s: len(s.split()), 3)
    assert all(len(p.split()) <= 3 for p in pieces)
    assert " ".join(pieces).split() == text.split()
    unspaced = "あいうえおかきくけこさしすせそ"
    pieces = fit_to_length(unspaced, len, 4)
    assert "".join(pieces) == unspaced and max(map(len, pieces)) <= 4


def test_join_segments_uses_the_target_languages_spacing():
    segments = split_opinion("A. B.\n\nC")
    assert join_segments(segments, ["x.", "y.", "z"], "ja") == "x.y.\nz"
    assert join_segments(segments, ["x.", "y.", "z"], "en") == "x. y.\nz"


# -- CTranslate2 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "source", "target"),
    [("m2m", "my", "ja"), ("en-mul", "en", "ja"), ("nllb", "my", "ja"), ("nllb", "ja", "en")],
)
def test_ctranslate2_float32_matches_transformers_token_for_token(models_dir, name, source, target):
    reference = load_model(_catalogue(nllb=True).entry(name), models_dir)
    fast = load_model(_catalogue("ctranslate2", nllb=True).entry(name), models_dir)
    assert (reference.engine.name, fast.engine.name) == ("transformers", "ctranslate2")
    prefix, source_code, target_id = language_prefix(
        _catalogue(nllb=True), reference.entry, reference, source, target
    )
    texts = [BURMESE, "the bus", KHMER, "a", BURMESE_2 + " the bus to the city office"]
    ids = encode(reference, texts, prefix, source_code)
    for max_new_tokens in (3, 40):
        expected = reference.engine.generate(ids, target_id, max_new_tokens, 1)
        assert fast.engine.generate(ids, target_id, max_new_tokens, 1) == expected
        assert any(expected)


@pytest.mark.parametrize("family", ["m2m", "nllb"])
def test_multilingual_models_are_told_both_languages(models_dir, family):
    """M2M100 and NLLB read the source language from the input's first token and must be
    forced to start the output with the target's (CTranslate2: a target prefix)."""
    catalogue = _catalogue("ctranslate2", nllb=True)
    model = load_model(catalogue.entry(family), models_dir)
    prefix, source_code, target_id = language_prefix(catalogue, model.entry, model, "my", "ja")
    expected_source, expected_target = (
        ("__my__", "__ja__") if family == "m2m" else ("mya_Mymr", "jpn_Jpan")
    )
    assert (prefix, source_code) == ("", "my" if family == "m2m" else "mya_Mymr")
    assert model.tokenizer.convert_ids_to_tokens(target_id) == expected_target
    ids = encode(model, [BURMESE], prefix, source_code)
    assert model.tokenizer.convert_ids_to_tokens(ids[0][0]) == expected_source
    # The engine sees the target token as the forced first output token...
    raw = model.engine.translator.translate_batch(  # type: ignore[attr-defined]
        [model.tokenizer.convert_ids_to_tokens(ids[0])],
        target_prefix=[[expected_target]],
        max_decoding_length=6,
    )
    assert raw[0].hypotheses[0][0] == expected_target
    # ... which the translation does not start with (random weights may emit language tokens
    # later on: a trained model does not).
    only = _catalogue("ctranslate2", nllb=True, without=tuple({"m2m", "nllb"} - {family}))
    (result,) = Translator(only, models_dir).translate([BURMESE], "my", "ja")
    assert result.route == ("my", "ja") and result.model == f"tiny/{family}"
    assert result.text and not result.text.startswith((expected_target, expected_source))


def test_translator_with_ctranslate2_gives_the_same_text(models_dir):
    texts = [BURMESE, BURMESE_2, KHMER]
    slow = Translator(_pivot_only("transformers"), models_dir).translate(texts, "my", "ja")
    fast = Translator(_pivot_only("ctranslate2"), models_dir).translate(texts, "my", "ja")
    assert [r.text for r in fast] == [r.text for r in slow]
    assert {r.engine for r in fast} == {"ctranslate2"}


def test_ctranslate2_int8_runs_and_agreement_can_be_measured(models_dir):
    catalogue = _catalogue("ctranslate2", changes={"m2m": {"compute_type": "int8"}})
    int8 = load_model(catalogue.entry("m2m"), models_dir)
    reference = load_model(_catalogue().entry("m2m"), models_dir)
    prefix, source_code, target_id = language_prefix(catalogue, int8.entry, int8, "my", "ja")
    ids = encode(int8, [BURMESE, BURMESE_2, KHMER], prefix, source_code)
    got = int8.engine.generate(ids, target_id, 20, 1)
    want = reference.engine.generate(ids, target_id, 20, 1)
    assert [len(row) > 0 for row in got] == [True, True, True]
    same = sum(a == b for g, w in zip(got, want, strict=True) for a, b in zip(g, w, strict=False))
    assert 0 <= same <= sum(map(len, want))


# -- operator tools --------------------------------------------------------------------------


def test_list_and_check_models(models_dir, tmp_path):
    raw = _raw_catalogue("ctranslate2")
    raw["models"].append(catalogue_entry("gone", "marian", ["en"], ["ja"]))
    catalogue = catalogue_from_dict(raw)
    listed = list_models(models_dir, catalogue)
    assert [(s.name, s.present) for s in listed] == [
        ("mul-en", True),
        ("en-mul", True),
        ("m2m", True),
        ("gone", False),
    ]
    assert listed[3].reason == f"model folder {models_dir / 'gone'} missing"
    assert listed[2].sources == ("all",) and listed[0].targets == ("en",)
    checked = check_models(models_dir, catalogue)
    assert [s.present for s in checked] == [True, True, True, False]

    broken_dir = tmp_path / "models"
    shutil.copytree(models_dir / "m2m", broken_dir / "m2m")
    (broken_dir / "m2m" / "ctranslate2" / "model.bin").write_bytes(b"not a model")
    only_m2m = catalogue_from_dict({**raw, "models": [raw["models"][2]]})
    (status,) = check_models(broken_dir, only_m2m)
    assert not status.present and "m2m" in str(status.reason)
    (listed_status,) = list_models(broken_dir, only_m2m)
    assert listed_status.present  # files are there; only `check` loads them

    shutil.rmtree(broken_dir / "m2m" / "ctranslate2")
    (status,) = list_models(broken_dir, only_m2m)
    assert "no CTranslate2 conversion" in str(status.reason)


def test_install_copies_and_converts_a_hugging_face_folder(models_dir, tmp_path):
    target_dir = tmp_path / "models"
    catalogue = _catalogue("ctranslate2")
    installed = install(models_dir / "en-mul", "en-mul", target_dir, catalogue)
    assert installed.folder == target_dir / "en-mul"
    assert (installed.ct2_folder / "model.bin").is_file()
    assert installed.compute_type == "float32"
    assert Translator(catalogue, target_dir).check("en", "ja").available


def test_install_refuses_unknown_names_and_non_model_folders(tmp_path):
    with pytest.raises(InstallError, match="no model named 'nope'"):
        install(tmp_path, "nope", tmp_path / "models")
    with pytest.raises(InstallError, match="no config.json"):
        install(tmp_path, "fugumt-ja-en", tmp_path / "models")


def test_fetch_fails_fast_when_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(FetchUnavailable, match="HF_HUB_OFFLINE is set"):
        fetch("fugumt-ja-en", tmp_path)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    # a port nobody listens on: refused at once; and a name that never resolves
    for endpoint in ("http://127.0.0.1:9", "https://hub.invalid"):
        monkeypatch.setenv("HF_ENDPOINT", endpoint)
        started = time.perf_counter()
        with pytest.raises(FetchUnavailable, match="cannot reach the model hub"):
            fetch("fugumt-ja-en", tmp_path, timeout=2.0)
        assert time.perf_counter() - started < 5


def test_catalogue_copy_is_not_shared(models_dir):
    # Translators built from one dict do not alias each other's entries.
    raw = _raw_catalogue()
    first = catalogue_from_dict(copy.deepcopy(raw))
    raw["models"][0]["sources"] = ["ko"]
    assert "my" in (first.entry("mul-en").sources or ())
