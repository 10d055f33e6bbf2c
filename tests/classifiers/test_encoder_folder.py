"""The encoder is a property of its model folder (issue 18): dimension from config.json, prefix
and pooling from feedback_encoder.json, sentence-transformers' files, or e5's convention."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tiny_encoder import build_tiny_bert

from classifiers.embedding import (
    ENCODER_FILE,
    Embedder,
    EmbeddingSpace,
    EmbeddingUnavailable,
    embedding_model_status,
    encoder_spec,
    language_offsets_from,
)
from classifiers.encoder_catalogue import load_encoders
from classifiers.topics import TopicTagger, load_taxonomy


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(
        tmp_path_factory.mktemp("encoders") / "tiny-bert",
        hidden=32,
        describe={"prefix": "query: ", "pooling": "mean"},
    )


def test_the_folder_gives_dimension_prefix_and_pooling(tiny_folder: Path) -> None:
    spec = encoder_spec(tiny_folder)
    assert (spec.name, spec.dim, spec.prefix, spec.pooling, spec.source) == (
        "tiny-bert",
        32,
        "query: ",
        "mean",
        ENCODER_FILE,
    )
    assert embedding_model_status(tiny_folder.parent, name="tiny-bert")[0]


def test_sentence_transformers_files_and_the_e5_convention(tmp_path: Path) -> None:
    folder = build_tiny_bert(tmp_path / "st", hidden=24, seed=1)
    assert encoder_spec(folder).prefix == "query: "  # nothing described: e5's convention
    (folder / "1_Pooling").mkdir()
    (folder / "1_Pooling" / "config.json").write_text(
        json.dumps({"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False})
    )
    spec = encoder_spec(folder)
    assert (spec.dim, spec.pooling, spec.prefix) == (24, "cls", "")
    (folder / "config_sentence_transformers.json").write_text(
        json.dumps({"prompts": {"query": "query: ", "passage": "passage: "}})
    )
    assert encoder_spec(folder).prefix == "query: "
    (folder / ENCODER_FILE).write_text(json.dumps({"prefix": "", "pooling": "max"}))
    with pytest.raises(EmbeddingUnavailable, match="pooling"):
        encoder_spec(folder)


def test_vectors_have_the_folders_dimension_and_pooling(tiny_folder: Path, tmp_path) -> None:
    embedder = Embedder(tiny_folder)
    assert embedder.engine == "transformers" and embedder.dim == 32
    texts = ["夜の日本語教室を増やしてください。", "", "The bus comes twice a day. " * 40]
    vectors = embedder.embed(texts)  # the last is longer than the model's 128 positions
    assert vectors.shape == (3, 32) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert embedder.embed([]).shape == (0, 32)
    # The same weights pooled on the first token give other vectors.
    cls = build_tiny_bert(tmp_path / "cls", hidden=32, describe={"prefix": "", "pooling": "cls"})
    assert not np.allclose(Embedder(cls).embed(texts[:1]), vectors[:1], atol=1e-3)


def test_topics_and_language_offsets_follow_the_dimension(tiny_folder: Path) -> None:
    embedder = Embedder(tiny_folder)
    taxonomy = load_taxonomy(None)
    offsets = language_offsets_from(
        {code: embedder.embed([f"{code} sentence {i}" for i in range(3)]) for code in ("en", "ja")}
    )
    assert all(offset.shape == (32,) for offset in offsets.values())
    tagger = TopicTagger.zero_shot(taxonomy, embedder.embed, offsets=offsets)
    scores = tagger.tag(embedder.embed(["Please add evening Japanese classes."])[0], "en")
    assert scores and all(score.slug in taxonomy.slugs for score in scores)
    space = EmbeddingSpace.fit(embedder.embed(["a", "b", "c"]), ["en", "en", "ja"])
    assert space.transform(embedder.embed(["d"]), ["en"]).shape == (1, 32)


def test_the_catalogue_names_larger_encoders() -> None:
    encoders = load_encoders()
    assert {"multilingual-e5-base", "multilingual-e5-large", "bge-m3"} <= set(encoders)
    assert encoders["bge-m3"].pooling == "cls" and encoders["bge-m3"].prefix == ""
    assert encoders["multilingual-e5-large"].prefix == "query: "
    assert all(entry.licence_is_open for entry in encoders.values())


def test_analyze_groups_with_the_encoder_it_is_given(tiny_folder: Path) -> None:
    from workers.batch_analysis import understand

    texts = [
        "Please open more evening Japanese classes.",
        "夜の日本語教室を増やしてください。",
        "The bus to the city office comes only twice a day.",
        "市役所へのバスが少ないです。",
    ]
    records = [
        {"id": i, "text": text, "language": "ja" if i % 2 else "en"} for i, text in enumerate(texts)
    ]
    understand(records, tiny_folder.parent, {"topics", "themes"}, encoder="tiny-bert")
    assert all(record["topics"] for record in records)
    assert all("theme" in record for record in records)
