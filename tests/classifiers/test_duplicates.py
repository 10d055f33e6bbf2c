"""classifiers.duplicates: near-identical opinions across languages and small edits."""
# ruff: noqa: F811  (pytest fixtures imported from embedding_fixtures are parameters here)

from __future__ import annotations

import numpy as np
from embedding_fixtures import e5, e5_model_dir  # noqa: F401  (fixtures)

from classifiers.duplicates import duplicate_of, find_duplicates, shingle_similarity
from classifiers.embedding import Embedder, EmbeddingSpace
from classifiers.topics import load_taxonomy


def as_is(dim: int) -> EmbeddingSpace:
    """Synthetic vectors are already "centred": compare them as they are."""
    return EmbeddingSpace(center=np.zeros(dim, np.float32))


def unit(rows) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_shingles_ignore_case_punctuation_and_width() -> None:
    assert shingle_similarity("Please add more buses!", "please add more buses") == 1.0
    assert shingle_similarity("ＡＢＣ　ｄｅｆ", "abc def") == 1.0
    assert shingle_similarity("buses", "housing") < 0.2


def test_near_identical_vectors_form_a_group_with_the_earliest_first() -> None:
    rng = np.random.default_rng(0)
    base = rng.normal(size=16)
    other = rng.normal(size=16)
    vectors = unit([base + 0.01 * rng.normal(size=16), other, base, base + 0.02])
    result = find_duplicates(["a", "b", "c", "d"], vectors, space=as_is(16))
    assert result.duplicate_of == {"c": "a", "d": "a"}
    assert [(g.representative, g.weight) for g in result.groups] == [("a", 3)]
    assert result.weight("a") == 3 and result.weight("b") == 1 and result.weight("c") == 0


def test_small_edits_are_caught_by_shingles_even_at_a_lower_cosine() -> None:
    rng = np.random.default_rng(1)
    base = rng.normal(size=32)
    drift = base + 1.0 * rng.normal(size=32)  # cosine about 0.7: below the same-language rule
    vectors = unit([base, drift])
    assert 0.3 < float(vectors[0] @ vectors[1]) < 0.9
    texts = [
        "We need Japanese classes at night in Hamamatsu city.",
        "We need Japanese classes at night in Toyota city!!",
    ]
    assert find_duplicates([1, 2], vectors, texts, space=as_is(32)).duplicate_of == {2: 1}
    unrelated = ["We need Japanese classes at night.", "Bus fares are too high for students."]
    assert find_duplicates([1, 2], vectors, unrelated, space=as_is(32)).duplicate_of == {}


def test_short_texts_need_the_shingles_to_agree() -> None:
    vectors = unit([[1.0, 0.0], [0.99, 0.05]])
    space = as_is(2)
    assert find_duplicates([1, 2], vectors, ["Thanks!", "Help me"], space=space).duplicate_of == {}
    assert find_duplicates([1, 2], vectors, ["Thanks!", "thanks"], space=space).duplicate_of == {
        2: 1
    }
    # Across languages (scripts) a short text needs the shingles too: no link here.
    assert (
        find_duplicates([1, 2], vectors, ["Thanks!", "ありがとう"], space=space).duplicate_of == {}
    )


def test_without_a_space_a_small_batch_only_links_near_identical_vectors() -> None:
    vectors = unit([[1.0, 0.0], [0.95, 0.3], [1.0, 0.01]])
    assert find_duplicates([1, 2, 3], vectors).duplicate_of == {3: 1}


def test_chains_of_edits_end_in_one_group() -> None:
    angles = np.radians([0, 20, 40, 60])  # neighbours at cosine 0.94, ends at 0.5
    vectors = unit(np.stack([np.cos(angles), np.sin(angles)], axis=1))
    result = find_duplicates(list("wxyz"), vectors, space=as_is(2), languages=["my"] * 4)
    assert result.groups[0].members == ("w", "x", "y", "z")


def test_duplicate_of_checks_one_new_opinion_against_earlier_ones() -> None:
    earlier = unit([[1, 0, 0], [0, 1, 0]])
    space = as_is(3)
    assert duplicate_of(np.array([0.02, 1, 0]), None, ["a", "b"], earlier, space=space) == "b"
    assert duplicate_of(np.array([0, 0, 1]), None, ["a", "b"], earlier, space=space) is None
    assert duplicate_of(np.array([0, 0, 1]), None, [], np.zeros((0, 3))) is None


def test_translations_are_duplicates_and_other_opinions_are_not(e5: Embedder) -> None:
    texts = [
        "Please open more Japanese classes at night for people who work in the daytime.",
        "昼間働いている人のために、夜の日本語教室をもっと開いてください。",
        "Xin hãy mở thêm các lớp tiếng Nhật buổi tối cho những người làm việc ban ngày.",
        "Please open more Japanese classes on weekends for children.",
        "The city should translate the garbage rules into English.",
    ]
    # In production the space comes from the tagger (fitted on all opinions, per language);
    # here a global centre from the taxonomy's sentences stands in.
    examples = [text for topic in load_taxonomy().topics for text in topic.prototype_texts()]
    space = EmbeddingSpace.fit(e5.embed(examples))
    result = find_duplicates(list(range(5)), e5.embed(texts), texts, space=space)
    assert result.duplicate_of == {1: 0, 2: 0}, result
