"""Near-duplicate opinions and campaigns: one voice said many times counts as one item.

Two opinions are duplicates when their embeddings are nearly identical (the same message in
another language, or lightly edited), or when their character shingles mostly coincide (the
same text with small edits, names or numbers changed). `find_duplicates` groups a batch;
`duplicate_of` checks one new opinion against earlier ones. A group (a burst, a campaign) is
one item with a weight: its number of members.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from classifiers.embedding import EmbeddingSpace

__all__ = [
    "COSINE_THRESHOLD",
    "SHINGLE_THRESHOLD",
    "DuplicateGroup",
    "Duplicates",
    "duplicate_of",
    "find_duplicates",
    "matches",
    "shingle_similarity",
]

OpinionId = Hashable

# Cosines in a centred EmbeddingSpace (each language minus its mean). Raw e5 cosines cannot
# tell translations (median 0.88) from other sentences (99.9th percentile 0.88); centred per
# language, translations sit at median 0.60 and other sentences under 0.35 for 99.9% of
# pairs (SIB-200 dev, 23 languages; ADR 0003).
COSINE_THRESHOLD = 0.45
# Within one language, texts on one subject written from one template ("more Japanese
# classes at night" / "... on weekends") stay close even when centred: there the shingles
# must agree, or the cosine must be this high.
SAME_LANGUAGE_COSINE = 0.9
# A cosine this high alone is not enough for very short texts ("Thank you" in 2 languages):
# below this many characters the shingle check must agree too.
SHORT_TEXT = 20
# Jaccard similarity of character 3-gram shingles for "the same text, lightly edited".
SHINGLE_THRESHOLD = 0.6
# Lightly edited copies keep a good cosine too; this guards the shingle rule against
# templates with different content ("I live in X and I want Y").
SHINGLE_MIN_COSINE = 0.3
# Without a space (and too few opinions to fit one) only near-identical raw vectors count.
RAW_COSINE_THRESHOLD = 0.97
MIN_FOR_SPACE = 50


_SPACE = re.compile(r"\s+")


def _canonical(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return _SPACE.sub(" ", text).strip()


def _shingles(text: str, size: int = 3) -> set[str]:
    canonical = _canonical(text)
    if len(canonical) <= size:
        return {canonical} if canonical else set()
    return {canonical[i : i + size] for i in range(len(canonical) - size + 1)}


def shingle_similarity(first: str, second: str) -> float:
    """Jaccard similarity of character 3-gram shingles (punctuation, case and width ignored)."""
    a, b = _shingles(first), _shingles(second)
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / len(a | b)


_SCRIPT_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}


def _script(text: str) -> str | None:
    """The most common script among the letters (Latin, CJK, Myanmar, ...), or None."""
    counts: dict[str, int] = {}
    for ch in text[:200]:
        if ch.isalpha():
            name = unicodedata.name(ch, "").split(" ")[0]
            name = _SCRIPT_ALIASES.get(name, name)
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _is_duplicate(
    cosine: float,
    first: str | None,
    second: str | None,
    threshold: float = COSINE_THRESHOLD,
    same_language: bool | None = None,
) -> bool:
    if threshold != COSINE_THRESHOLD:  # raw vectors: only near-identical ones
        return cosine >= threshold
    if first is None or second is None:
        return cosine >= (SAME_LANGUAGE_COSINE if same_language else COSINE_THRESHOLD)
    if _canonical(first) == _canonical(second):
        return True
    shingles = shingle_similarity(first, second)
    if cosine >= SHINGLE_MIN_COSINE and shingles >= SHINGLE_THRESHOLD:
        return True
    if min(len(first), len(second)) < SHORT_TEXT:
        return False  # short texts ("Thank you") only by their shingles, checked above
    if same_language is None:
        same_language = _script(first) == _script(second)
    return cosine >= (SAME_LANGUAGE_COSINE if same_language else COSINE_THRESHOLD)


@dataclass(frozen=True)
class DuplicateGroup:
    representative: OpinionId  # the earliest member (first in the input order)
    members: tuple[OpinionId, ...]  # representative first

    @property
    def weight(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Duplicates:
    duplicate_of: dict[OpinionId, OpinionId]  # member -> representative, for non-representatives
    groups: list[DuplicateGroup]  # groups of two or more, largest first

    def weight(self, opinion_id: OpinionId) -> int:
        """How many opinions this one stands for (1 for a singleton, 0 for a duplicate)."""
        if opinion_id in self.duplicate_of:
            return 0
        for group in self.groups:
            if group.representative == opinion_id:
                return group.weight
        return 1


def _unit(matrix: np.ndarray) -> np.ndarray:
    matrix = np.atleast_2d(np.asarray(matrix, dtype=np.float32))
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def _project(
    embeddings: np.ndarray,
    languages: Sequence[str | None] | None,
    space: EmbeddingSpace | None,
) -> tuple[np.ndarray, float]:
    """Vectors to compare and the cosine threshold that goes with them."""
    if space is None and len(embeddings) >= MIN_FOR_SPACE:
        space = EmbeddingSpace.fit(embeddings, languages)
    if space is None:
        return _unit(embeddings), RAW_COSINE_THRESHOLD
    return space.transform(embeddings, languages), COSINE_THRESHOLD


def find_duplicates(
    ids: Sequence[OpinionId],
    embeddings: np.ndarray,
    texts: Sequence[str] | None = None,
    *,
    languages: Sequence[str | None] | None = None,
    space: EmbeddingSpace | None = None,
    block: int = 2048,
) -> Duplicates:
    """Group near-duplicates in a batch (ids in arrival order; the earliest represents).

    Cosines are taken in `space` (the topic tagger's or the last regroup's), or in one fitted
    on the batch when it has at least 50 opinions; `languages` are the detected languages.
    Pairs are linked by `_is_duplicate` and groups are the connected components, so a chain
    of small edits still ends in one group. Cosines are computed in blocks (memory stays
    O(block * n)); only pairs above the lower cosine bound get the shingle check.
    """
    n = len(ids)
    if n:
        points, threshold = _project(np.asarray(embeddings), languages, space)
    else:
        points, threshold = np.zeros((0, 1), np.float32), COSINE_THRESHOLD
    if texts is not None and len(texts) != n:
        raise ValueError("texts and ids differ in length")
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    lower = min(threshold, SHINGLE_MIN_COSINE) if threshold == COSINE_THRESHOLD else threshold
    for start in range(0, n, block):
        similarities = points[start : start + block] @ points.T
        rows, cols = np.nonzero(similarities >= lower)
        for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + row
            if col <= i:
                continue
            first = texts[i] if texts is not None else None
            second = texts[col] if texts is not None else None
            same = languages[i] == languages[col] if languages is not None else None
            if _is_duplicate(float(similarities[row, col]), first, second, threshold, same):
                a, b = root(i), root(col)
                if a != b:
                    parent[max(a, b)] = min(a, b)  # the earlier row stays the root
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(root(i), []).append(i)
    groups = [
        DuplicateGroup(ids[r], tuple(ids[i] for i in rows))
        for r, rows in members.items()
        if len(rows) > 1
    ]
    groups.sort(key=lambda group: -group.weight)
    duplicate_map = {
        member: group.representative for group in groups for member in group.members[1:]
    }
    return Duplicates(duplicate_of=duplicate_map, groups=groups)


def matches(
    embedding: np.ndarray,
    text: str | None,
    candidate_ids: Sequence[OpinionId],
    candidate_embeddings: np.ndarray,
    candidate_texts: Sequence[str] | None = None,
    *,
    language: str | None = None,
    candidate_languages: Sequence[str | None] | None = None,
    space: EmbeddingSpace | None = None,
    candidate_points: np.ndarray | None = None,
) -> list[OpinionId]:
    """Every candidate this opinion duplicates (or that duplicates it), most similar first.

    `candidate_points`: the candidates already transformed by `space` (a caller that keeps
    many candidates keeps them projected, so only the new opinion is projected here).
    """
    if not len(candidate_ids):
        return []
    if space is not None and candidate_points is not None:
        point = space.transform(np.atleast_2d(embedding), [language])[0]
        similarities = np.asarray(candidate_points) @ point
        threshold = COSINE_THRESHOLD
    else:
        all_embeddings = np.vstack([np.atleast_2d(embedding), np.asarray(candidate_embeddings)])
        all_languages = None
        if candidate_languages is not None or language is not None:
            all_languages = [language, *(candidate_languages or [None] * len(candidate_ids))]
        points, threshold = _project(all_embeddings, all_languages, space)
        similarities = points[1:] @ points[0]
    lower = min(threshold, SHINGLE_MIN_COSINE) if threshold == COSINE_THRESHOLD else threshold
    found: list[OpinionId] = []
    for index in np.argsort(-similarities, kind="stable"):
        cosine = float(similarities[index])
        if cosine < lower:
            break
        other = candidate_texts[index] if candidate_texts is not None else None
        same = (
            language == candidate_languages[index]
            if language is not None and candidate_languages is not None
            else None
        )
        if _is_duplicate(cosine, text, other, threshold, same):
            found.append(candidate_ids[int(index)])
    return found


def duplicate_of(
    embedding: np.ndarray,
    text: str | None,
    candidate_ids: Sequence[OpinionId],
    candidate_embeddings: np.ndarray,
    candidate_texts: Sequence[str] | None = None,
    *,
    language: str | None = None,
    candidate_languages: Sequence[str | None] | None = None,
    space: EmbeddingSpace | None = None,
) -> OpinionId | None:
    """The earlier opinion this new one duplicates (the most similar match), or None.

    Candidates are earlier opinions (say, the same topic over recent weeks); pass the
    representative of a group rather than its duplicates, and the tagger's `space`.
    """
    found = matches(
        embedding,
        text,
        candidate_ids,
        candidate_embeddings,
        candidate_texts,
        language=language,
        candidate_languages=candidate_languages,
        space=space,
    )
    return found[0] if found else None
