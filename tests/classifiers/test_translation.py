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
    for name in ("mul-en", "en-mul", "m2m"):
        install(root / name, name, root, _catalogue(), compute_type="float32")
    return root


def _raw_catalogue(engine: str = "transformers", compute_type: str = "float32") -> dict:
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
        ],
    }  # fmt: skip


def _catalogue(
    engine: str = "transformers",
    without: tuple[str, ...] = (),
    changes: dict[str, dict[str, Any]] | None = None,
) -> translation.Catalogue:
    raw = _raw_catalogue(engine)
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
    assert {"Helsinki-NLP/opus-mt-mul-en", "facebook/m2m100_418M"} <= ids
    assert "facebook/nllb-200-distilled-600M" in ids
    nllb = catalogue.entry("nllb-200-distilled-600M")
    assert catalogue.family_code(nllb, "my") == "mya_Mymr"
    assert catalogue.family_code(nllb, "mn") == "khk_Cyrl"
    assert catalogue.family_code(nllb, "ja") == "jpn_Jpan"
    assert catalogue.family_code(nllb, "fil") == "tgl_Latn"  # alias
    assert catalogue.family_code(catalogue.entry("m2m100_418M"), "km") == "km"
    assert catalogue.entry("opus-mt-en-mul").target_tokens["ja"] == ">>jpn<<"


def test_routes_prefer_direct_models_then_pivot_through_english():
    routes = load_catalogue().routes("my", "ja")
    assert [r.languages for r in routes][:2] == [("my", "ja"), ("my", "ja")]
    assert routes[0].models[0].name == "m2m100_418M"
    pivots = [r for r in routes if r.is_pivot]
    assert pivots and pivots[0].languages == ("my", "en", "ja")
    assert [m.name for m in pivots[0].models] == ["opus-mt-mul-en", "opus-mt-en-jap"]


def test_check_names_the_missing_model_folder(tmp_path):
    check = Translator(load_catalogue(), tmp_path).check("my", "ja")
    assert not check.available
    assert check.reason == f"model folder {tmp_path / 'm2m100_418M'} missing"


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
    calls: list[list[list[int]]] = []
    real = model.engine.generate

    def generate(batch, prefix_id, max_new_tokens, beam_size, min_new_tokens=0):
        calls.append([list(ids) for ids in batch])
        return real(batch, prefix_id, max_new_tokens, beam_size, min_new_tokens)

    monkeypatch.setattr(model.engine, "generate", generate)
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
    ("name", "source", "target"), [("m2m", "my", "ja"), ("en-mul", "en", "ja")]
)
def test_ctranslate2_float32_matches_transformers_token_for_token(models_dir, name, source, target):
    reference = load_model(_catalogue().entry(name), models_dir)
    fast = load_model(_catalogue("ctranslate2").entry(name), models_dir)
    assert (reference.engine.name, fast.engine.name) == ("transformers", "ctranslate2")
    prefix, source_code, target_id = language_prefix(
        _catalogue(), reference.entry, reference, source, target
    )
    texts = [BURMESE, "the bus", KHMER, "a", BURMESE_2 + " the bus to the city office"]
    ids = encode(reference, texts, prefix, source_code)
    for max_new_tokens in (3, 40):
        expected = reference.engine.generate(ids, target_id, max_new_tokens, 1)
        assert fast.engine.generate(ids, target_id, max_new_tokens, 1) == expected
        assert any(expected)


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
        install(tmp_path, "opus-mt-mul-en", tmp_path / "models")


def test_fetch_fails_fast_when_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(FetchUnavailable, match="HF_HUB_OFFLINE is set"):
        fetch("opus-mt-mul-en", tmp_path)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    # a port nobody listens on: refused at once; and a name that never resolves
    for endpoint in ("http://127.0.0.1:9", "https://hub.invalid"):
        monkeypatch.setenv("HF_ENDPOINT", endpoint)
        started = time.perf_counter()
        with pytest.raises(FetchUnavailable, match="cannot reach the model hub"):
            fetch("opus-mt-mul-en", tmp_path, timeout=2.0)
        assert time.perf_counter() - started < 5


def test_catalogue_copy_is_not_shared(models_dir):
    # Translators built from one dict do not alias each other's entries.
    raw = _raw_catalogue()
    first = catalogue_from_dict(copy.deepcopy(raw))
    raw["models"][0]["sources"] = ["ko"]
    assert "my" in (first.entry("mul-en").sources or ())
