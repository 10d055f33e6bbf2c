"""The contextual name finder (classifiers.name_finder): token states from both engines, spans
from scores, its ties to the encoder, and, with the real encoder and the shipped weights, names
in phrasings the rules do not know."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from tiny_encoder import build_tiny_bert

from classifiers.embedding import Embedder, export_onnx
from classifiers.name_context import find_names
from classifiers.name_finder import (
    WEIGHTS,
    FinderWeights,
    NameFinder,
    official_in_role,
    spans_from_scores,
    with_neighbours,
)
from feedback.redaction import for_storage


def offsets(text: str, pieces: list[str]) -> np.ndarray:
    out, cursor = [], 0
    for piece in pieces:
        start = text.index(piece, cursor)
        out.append((start, start + len(piece)))
        cursor = start + len(piece)
    return np.array(out)


def test_pieces_of_a_word_take_the_whole_word_and_neighbours_join() -> None:
    text = "yesterday Ramesh Adhikari told me"
    toks = offsets(text, ["yesterday", "Ram", "esh", "Adhi", "kari", "told", "me"])
    scores = np.array([-5.0, 3.0, -1.0, 2.5, -0.5, -4.0, -6.0])
    assert spans_from_scores(text, toks, scores, 1.0) == [(10, 25)]


def test_a_found_name_takes_in_its_neighbours_just_under_the_threshold() -> None:
    text = "kemarin Budi Santoso bilang"
    toks = offsets(text, ["kemarin", "Budi", "Santo", "so", "bilang"])
    # "Budi" (within the margin) joins the confident "Santoso"; "kemarin" is too far under.
    scores = np.array([-6.0, -1.5, 3.0, 0.5, -9.0])
    assert spans_from_scores(text, toks, scores, 1.0) == [(8, 20)]
    # Nothing is found from neighbours alone.
    assert spans_from_scores(text, toks, np.array([-6.0, -1.5, 0.5, 0.5, -9.0]), 1.0) == []


def test_scripts_without_spaces_keep_the_tokens_extent() -> None:
    text = "田中さんが来ました"
    toks = offsets(text, ["田", "中", "さんが", "来ました"])
    scores = np.array([4.0, 3.0, -2.0, -5.0])
    assert spans_from_scores(text, toks, scores, 0.0) == [(0, 2)]


def test_no_letters_officials_and_the_news_register_are_left_out() -> None:
    text = "Dear Vice President Alckmin, 1234"
    toks = offsets(text, ["Dear", "Vice", "President", "Alckmin", ",", "1234"])
    scores = np.array([-3.0, -1.0, -1.0, 5.0, 2.0, 3.0])
    assert spans_from_scores(text, toks, scores, 0.0) == []
    assert official_in_role("テレビで鈴木北海道知事の発言を聞いた", (4, 6))
    assert official_in_role("o ministro Ueno disse", (11, 15))
    assert not official_in_role("my friend Maria said", (10, 15))
    news = "a man named Tom hit him"
    toks = offsets(news, ["a", "man", "named", "Tom", "hit", "him"])
    assert spans_from_scores(news, toks, np.array([-1, -1, -1, 5.0, -1, -1]), 0.0) == []


def test_officials_with_the_rest_of_their_name_and_offices_alone_stay() -> None:
    # The part found may be the family name, with the given name between it and the office.
    text = "I wrote to Mie Governor Akiko Tsuchida and to the Mayor of Kuwana"
    assert official_in_role(text, (text.index("Tsuchida"), text.index(" and")))
    assert official_in_role(text, (text.index("Mayor"), text.index(" of Kuwana")))
    assert official_in_role("WHO Director-General Tedros said", (21, 27))
    # A private person keeps being found.
    text = "my landlord Akiko Tsuchida raised the rent"
    assert not official_in_role(text, (text.index("Tsuchida"), text.index(" raised")))


def test_a_piece_of_a_katakana_word_takes_the_whole_word() -> None:
    text = "ティワリさんが来た"
    toks = offsets(text, ["ティ", "ワリ", "さんが", "来た"])
    assert spans_from_scores(text, toks, np.array([3.0, -4.0, -5.0, -5.0]), 0.0) == [(0, 4)]
    # The middle dot divides: only the word found goes.
    text = "ニホンゴ・チャンネル"
    toks = offsets(text, ["ニホ", "ンゴ", "・", "チャンネル"])
    assert spans_from_scores(text, toks, np.array([-4.0, 2.0, -5.0, -5.0]), 0.0) == [(0, 4)]


def test_weights_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    weights = FinderWeights(
        encoder="enc",
        dim=4,
        layers=(1, 2),
        mean=rng.normal(size=8).astype(np.float32),
        scale=np.ones(8, np.float32),
        dense=(
            (rng.normal(size=(8, 3)).astype(np.float32), np.zeros(3, np.float32)),
            (rng.normal(size=(3, 1)).astype(np.float32), np.zeros(1, np.float32)),
        ),
        threshold=1.5,
    )
    weights.save(tmp_path / "w.npz")
    loaded = FinderWeights.load(tmp_path / "w.npz")
    assert (loaded.encoder, loaded.dim, loaded.layers, loaded.threshold) == ("enc", 4, (1, 2), 1.5)
    states = rng.normal(size=(5, 8)).astype(np.float32)
    assert np.allclose(loaded.scores(states), weights.scores(states), atol=1e-2)


def test_a_token_is_read_with_its_neighbours(tmp_path: Path) -> None:
    states = np.array([[1.0, 0.0], [0.0, 2.0], [4.0, 0.0]], np.float32)
    features = with_neighbours(states)
    # Own states, then the mean of the tokens before and after (the token itself at an end).
    assert features.tolist() == [
        [1.0, 0.0, 0.5, 1.0],
        [0.0, 2.0, 2.5, 0.0],
        [4.0, 0.0, 2.0, 1.0],
    ]
    assert with_neighbours(np.zeros((0, 2), np.float32)).shape == (0, 4)
    # A head that reads only the neighbours' first state: the middle token scores from the
    # tokens around it, and the flag survives saving.
    weights = FinderWeights(
        encoder="enc",
        dim=2,
        layers=(1,),
        mean=np.zeros(4, np.float32),
        scale=np.ones(4, np.float32),
        dense=((np.array([[0.0], [0.0], [1.0], [0.0]], np.float32), np.zeros(1, np.float32)),),
        threshold=0.0,
        context=True,
    )
    assert weights.scores(states).tolist() == [0.5, 2.5, 2.0]
    weights.save(tmp_path / "c.npz")
    loaded = FinderWeights.load(tmp_path / "c.npz")
    assert loaded.context and np.allclose(loaded.scores(states), [0.5, 2.5, 2.0], atol=1e-2)
    # Weights written before the flag existed read each token alone.
    with np.load(tmp_path / "c.npz") as stored:
        arrays = {key: stored[key] for key in stored.files if key != "context"}
    arrays["mean"], arrays["scale"] = np.zeros(2), np.ones(2)
    arrays["w0"] = np.array([[1.0], [0.0]])
    np.savez(tmp_path / "old.npz", **arrays)
    old = FinderWeights.load(tmp_path / "old.npz")
    assert not old.context and old.scores(states).tolist() == [1.0, 0.0, 4.0]


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory) -> Path:
    folder = build_tiny_bert(tmp_path_factory.mktemp("tiny") / "tiny-bert", hidden=32)
    export_onnx(folder)
    return folder


def test_both_engines_give_the_same_token_states(tiny_folder: Path) -> None:
    texts = ["my friend maria said no", "", "a b"]
    onnx = Embedder(tiny_folder, engine="onnx").token_states(texts, (1, 2))
    reference = Embedder(tiny_folder, engine="transformers").token_states(texts, (1, 2))
    for a, b, text in zip(onnx, reference, texts, strict=True):
        assert np.array_equal(a.offsets, b.offsets)
        assert a.states.shape == (len(a.offsets), 64)
        assert np.allclose(a.states, b.states, atol=1e-4)
        assert "".join(text[s:e] for s, e in a.offsets) == text.replace(" ", "")


@pytest.mark.parametrize("engine", ["onnx", "transformers"])
def test_embedding_after_token_states_is_the_same_vector(tiny_folder: Path, engine: str) -> None:
    # The worker reads a text's token states (name finder), then embeds the stored text: the
    # vector made on the way must be the one `embed` alone gives, and other texts unaffected.
    texts = ["my friend maria said no", "", "rosa and juan"]
    alone = Embedder(tiny_folder, engine=engine).embed([*texts, "not read before"])
    embedder = Embedder(tiny_folder, engine=engine)
    embedder.token_states(texts, (1, 2))
    after = embedder.embed([*texts, "not read before"])
    assert after.shape == alone.shape
    assert np.allclose(after, alone, atol=1e-5)


def test_the_finder_is_tied_to_its_encoder(tiny_folder: Path) -> None:
    embedder = Embedder(tiny_folder, engine="onnx")
    shipped = NameFinder(embedder)
    assert not shipped.available
    assert "multilingual-e5-small" in shipped.reason and "tiny-bert" in shipped.reason
    assert shipped.find("my friend maria said no") == []
    # Weights built for this encoder, which call every token a name above 0.
    everything = FinderWeights(
        encoder=embedder.name,
        dim=embedder.dim,
        layers=(2,),
        mean=np.zeros(32, np.float32),
        scale=np.ones(32, np.float32),
        dense=((np.zeros((32, 1), np.float32), np.ones(1, np.float32)),),
        threshold=0.0,
    )
    finder = NameFinder(embedder, everything)
    assert finder.available
    assert finder.find("maria said no") == [(0, 13)]


shipped_encoder = pytest.mark.skipif(not WEIGHTS.exists(), reason="no shipped weights")


@pytest.fixture(scope="module")
def e5(understanding_models) -> Embedder:
    return Embedder(Path(understanding_models["FEEDBACK_MODELS_DIR"]) / "multilingual-e5-small")


@shipped_encoder
def test_names_in_phrasings_the_rules_do_not_know(e5: Embedder) -> None:
    finder = NameFinder(e5)
    assert finder.available, finder.reason
    for text, name in (
        ("The landlord gave Priya only two days to move out.", "Priya"),
        ("Kemarin Budi Santoso bilang sewa rumah naik lagi.", "Budi Santoso"),
    ):
        assert find_names(text) == []
        found = finder.find(text)
        assert [text[a:b] for a, b in found] == [name]
        stored = for_storage(text, finder.find)
        assert name not in stored.shown and "[NAME]" in stored.shown
        assert stored.pii_kinds == ["name"]
    # Public offices, places and ordinary sentences stay.
    for clean in (
        "Prime Minister Ishiba said the rules for foreign workers will change next year.",
        "The city office in Hamamatsu is closed on Sundays, so I cannot go there.",
        "Please make the Japanese classes at night, many of us work until six.",
    ):
        assert finder.find(clean) == [], clean
