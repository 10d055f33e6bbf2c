"""Themes: opinions that ask for the same thing, grouped continuously and across languages.

On arrival, `assign(embedding, topic, themes)` puts an opinion into the nearest theme of its
topic when it is close enough (else it stays unthemed until the next regroup). A periodic job
calls `regroup(embeddings, previous_assignment, ...)`: it clusters without being told how many
themes there are, keeps theme ids stable across regroups (by overlap with the previous
assignment) and keeps what reviewers pinned. A theme's label is its most representative
opinion (the medoid) and a few keywords. See docs/adr/0003-embeddings-topics-themes.md.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import regex

from classifiers.embedding import EmbeddingSpace

__all__ = [
    "ASSIGN_THRESHOLD",
    "MERGE_THRESHOLD",
    "EmbeddingSpace",
    "Regrouping",
    "Theme",
    "assign",
    "follow_merges",
    "keywords_for",
    "regroup",
]

OpinionId = Hashable
ThemeId = int

# Cosine distances on centred vectors (see EmbeddingSpace). Chosen on the SIB-200 and Pol.is
# development sets as a whole; the ADR has the sweep.
MERGE_THRESHOLD = 0.72  # average-linkage distance under which groups merge into one theme
ASSIGN_THRESHOLD = 0.45  # cosine to a theme centroid for a new opinion to join it
MIN_THEME_SIZE = 3  # smaller groups stay unthemed: a theme is something several people say
# Above this many opinions per topic, cluster k-means micro-centroids instead of opinions:
# average linkage is quadratic in memory and time.
DIRECT_LIMIT = 2_500
MICRO_CLUSTERS = 1_000
MICRO_ROUNDS = 8
# A new cluster inherits a previous theme's id when this share of it came from that theme.
MIN_OVERLAP = 0.3


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


@dataclass
class Theme:
    """One theme: its members' centroid (in the space's coordinates) and its label."""

    id: ThemeId
    topic: str | None
    centroid: np.ndarray
    size: int
    medoid: OpinionId | None = None
    keywords: list[str] = field(default_factory=list)
    name: str | None = None  # a reviewer's name for it; kept across regroups


@dataclass
class Regrouping:
    assignment: dict[OpinionId, ThemeId | None]
    themes: list[Theme]
    space: EmbeddingSpace

    def theme(self, theme_id: ThemeId) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)


# --------------------------------------------------------------------------- assign


def follow_merges(
    theme_id: ThemeId | None, merged_into: Mapping[ThemeId, ThemeId]
) -> ThemeId | None:
    """The theme that `theme_id` now stands for: itself, or where reviewers merged it (merges
    of merges followed; a cycle, which no merge makes, stops where it closes)."""
    seen: set[ThemeId] = set()
    while theme_id is not None and theme_id in merged_into and theme_id not in seen:
        seen.add(theme_id)
        theme_id = merged_into[theme_id]
    return theme_id


def assign(
    embedding: np.ndarray,
    topic: str | None,
    themes: Sequence[Theme],
    *,
    space: EmbeddingSpace | None = None,
    language: str | None = None,
    threshold: float = ASSIGN_THRESHOLD,
) -> ThemeId | None:
    """The id of the nearest theme of `topic` if its centroid is close enough, else None.

    `space` must be the one the themes were built in (Regrouping.space); without it the raw
    embedding is compared, which only suits themes built without centring.
    """
    candidates = [theme for theme in themes if theme.topic == topic]
    if not candidates:
        return None
    if space is not None:
        point = space.transform(embedding, [language])[0]
    else:
        point = _normalise_rows(np.atleast_2d(embedding))[0]
    centroids = np.stack([theme.centroid for theme in candidates])
    similarities = centroids @ point
    best = int(np.argmax(similarities))
    return candidates[best].id if similarities[best] >= threshold else None


# --------------------------------------------------------------------------- clustering


def _average_linkage(points: np.ndarray, threshold: float) -> np.ndarray:
    """Cluster labels from average-linkage cosine clustering cut at `threshold`."""
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(points) == 1:
        return np.zeros(1, dtype=int)
    tree = linkage(points, method="average", metric="cosine")
    return fcluster(tree, t=threshold, criterion="distance") - 1


def _spherical_kmeans(
    points: np.ndarray, k: int, seed: int, rounds: int = MICRO_ROUNDS
) -> tuple[np.ndarray, np.ndarray]:
    """Plain Lloyd iterations on unit vectors (cosine), from a random sample of points.

    Only used to summarise many opinions into tight micro-clusters, so a cheap start is
    enough; scikit-learn's k-means++ start alone costs a minute at 100,000 x 1,000.
    """
    rng = np.random.default_rng(seed)
    centroids = points[rng.choice(len(points), size=k, replace=False)].copy()
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(rounds):
        for start in range(0, len(points), 8192):
            labels[start : start + 8192] = np.argmax(
                points[start : start + 8192] @ centroids.T, axis=1
            )
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, points)
        filled = np.bincount(labels, minlength=k) > 0
        centroids[filled] = _normalise_rows(sums[filled])
    return labels, centroids


def _cluster(points: np.ndarray, threshold: float, seed: int) -> np.ndarray:
    """Labels for unit vectors; the number of clusters follows from the threshold."""
    if len(points) <= DIRECT_LIMIT:
        return _average_linkage(points, threshold)
    micro = min(MICRO_CLUSTERS, len(points) // 4)
    micro_labels, centroids = _spherical_kmeans(points, micro, seed)
    used = np.flatnonzero(np.bincount(micro_labels, minlength=micro))
    # Micro-clusters count equally in the linkage (scipy has no weights); with a thousand
    # of them each is a small, tight group, so the cut barely differs from a full linkage.
    merged = _average_linkage(centroids[used], threshold)
    lookup = np.full(micro, -1)
    lookup[used] = merged
    return lookup[micro_labels]


# --------------------------------------------------------------------------- labels

# Letters with their combining marks, so that Devanagari, Bengali or Sinhala words stay whole.
_TOKEN = regex.compile(r"[\p{L}\p{M}]+")
_ASCII_WORD = regex.compile(r"[a-z]+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HAN_RUN = regex.compile(r"\p{Han}+")
# Japanese content words: kanji compounds and katakana words (hiragana is mostly grammar).
_JAPANESE_WORD = regex.compile(r"\p{Han}{2,}|[\p{Katakana}ー]{2,}")
# Chinese grammatical characters: a character bigram with one of them straddles two words.
_CHINESE_GRAMMAR = frozenset("的了我你他她们是在有不没和就都也很把被给跟太吗呢吧啊着过这那")
# Scripts written without spaces between words: a "token" is a phrase, no use as a keyword
# (their English translation, when there is one, gives the theme's keywords).
_UNSPACED = regex.compile(r"[\p{Thai}\p{Myanmar}\p{Khmer}\p{Lao}]")
# Korean writes particles onto the word (수업을, 수업이: "class"); predicates end in a polite
# ending (늘려 주세요, 부족합니다) and are no keyword.
_HANGUL = regex.compile(r"\p{Hangul}")
_KOREAN_PARTICLE = regex.compile(
    r"(?:에서는|에서|에게|으로|까지|부터|하고|처럼|보다|은|는|이|가|을|를|에|의|도|로|와|과|만)$"
)
_KOREAN_PREDICATE = regex.compile(
    r"(?:니다|세요|어요|아요|해요|워요|어서|아서|지만|는데|했다|하다|한다)$"
)


def stopwords_for(languages: Iterable[str | None]) -> frozenset[str]:
    """Function words of English and of `languages` (stopwords-iso lists, MIT)."""
    import stopwordsiso

    codes = {"en"} | {code.split("-")[0] for code in languages if code}
    return frozenset(stopwordsiso.stopwords(sorted(c for c in codes if stopwordsiso.has_lang(c))))


def _terms(text: str, stopwords: frozenset[str] = frozenset()) -> list[str]:
    """Words, less function words; Japanese kanji compounds and katakana words; Chinese
    character bigrams. Nothing from scripts written without spaces (Thai, Burmese, Khmer)."""
    text = text.lower()
    if text.isascii():  # most English translations: plain words, no script to look at
        return [
            token
            for token in _ASCII_WORD.findall(text)
            if len(token) >= 2 and token not in stopwords
        ]
    japanese = _KANA.search(text) is not None
    terms: list[str] = []
    for token in _TOKEN.findall(text):
        if token.isascii():
            if len(token) >= 2 and token not in stopwords:
                terms.append(token)
            continue
        if _UNSPACED.search(token):
            continue
        if _HANGUL.search(token):
            if _KOREAN_PREDICATE.search(token):
                continue
            stem = _KOREAN_PARTICLE.sub("", token)
            token = stem if len(stem) >= 2 else token
        if _CJK.search(token):
            if japanese:
                parts = _JAPANESE_WORD.findall(token)
            else:
                parts = [
                    run[i : i + 2]
                    for run in _HAN_RUN.findall(token)
                    for i in range(len(run) - 1)
                    if not _CHINESE_GRAMMAR.intersection(run[i : i + 2])
                ]
            terms += [part for part in parts if part not in stopwords]
        elif len(token) >= 2 and token not in stopwords:
            terms.append(token)
    return terms


def keywords_for(
    groups: Mapping[ThemeId, Sequence[str]],
    *,
    top: int = 5,
    background: Sequence[str] = (),
    languages: Iterable[str | None] = (),
) -> dict[ThemeId, list[str]]:
    """Per group, the terms most specific to it: class-based TF-IDF, where a term's weight
    falls with its frequency in all the texts (the groups' and `background`, e.g. the
    unthemed opinions) rather than with the number of groups it appears in, which says
    little when there are few groups. Terms a group uses twice or more come first; function
    words of English and `languages` never count."""
    stopwords = stopwords_for(languages)
    counts = {
        theme_id: Counter(t for text in texts for t in _terms(text, stopwords))
        for theme_id, texts in groups.items()
    }
    frequency: Counter[str] = Counter()
    for counter in counts.values():
        frequency.update(counter)
    for text in background:
        frequency.update(_terms(text, stopwords))
    average = sum(frequency.values()) / max(len(counts), 1)
    keywords: dict[ThemeId, list[str]] = {}
    for theme_id, counter in counts.items():
        total = sum(counter.values()) or 1
        scored = sorted(
            (
                (count >= 2, count / total * math.log(1 + average / frequency[term]), term)
                for term, count in counter.items()
            ),
            reverse=True,
        )
        keywords[theme_id] = [term for _, _, term in scored[:top]]
    return keywords


# --------------------------------------------------------------------------- regroup


def regroup(
    embeddings: np.ndarray,
    previous_assignment: Mapping[OpinionId, ThemeId | None] | None = None,
    *,
    ids: Sequence[OpinionId] | None = None,
    topics: Sequence[str | None] | None = None,
    languages: Sequence[str | None] | None = None,
    texts: Sequence[str] | None = None,
    pinned: Mapping[OpinionId, ThemeId] | None = None,
    names: Mapping[ThemeId, str] | None = None,
    threshold: float = MERGE_THRESHOLD,
    min_size: int = MIN_THEME_SIZE,
    by_topic: bool = False,
    next_id: ThemeId | None = None,
    background: np.ndarray | None = None,
    offsets: Mapping[str, np.ndarray] | None = None,
    seed: int = 0,
) -> Regrouping:
    """Cluster all opinions into themes, within each topic; returns assignment and themes.

    - `ids[i]` names row i (default: the row number); `previous_assignment` maps ids to the
      theme ids of the last regroup; a new cluster takes the id of the previous theme it
      overlaps most (each old id used once), else a fresh id from `next_id` (default: one
      above every id seen).
    - `pinned` (id -> theme id): reviewer-pinned memberships, kept whatever the clustering
      says; `names` (theme id -> name): reviewer names, kept with the id.
    - `languages` (detected language per row) centres each language on its own mean;
      `texts` (ideally in one language, e.g. the English translations) give the keywords.
    - `background` (`embedding.background_of` the taxonomy's topic texts) steadies the
      centring while there are few opinions: without it, a dozen opinions on three
      subjects are centred on themselves and may form no theme at all.
    - `offsets` (`Embedder.language_offsets()`) centre a language with few opinions on the
      opinions' content plus its offset, so that its opinions do not form a theme of their
      own because they share a language.
    - Groups smaller than `min_size` stay unthemed (None).
    - By default opinions cluster across topics and a theme's topic is its members' most
      common one: translations tagged differently still land in one theme (SIB-200: 0.999
      of translations share a theme, against 0.89 when clustering within tagged topics).
      `by_topic=True` clusters each topic separately.
    """
    points_raw = np.asarray(embeddings, dtype=np.float32)
    n = len(points_raw)
    ids = list(ids) if ids is not None else list(range(n))
    if len(ids) != n:
        raise ValueError("ids and embeddings differ in length")
    topics = list(topics) if topics is not None else [None] * n
    previous = dict(previous_assignment or {})
    pinned = dict(pinned or {})
    names = dict(names or {})
    space = EmbeddingSpace.fit(points_raw, languages, background=background, offsets=offsets)
    points = space.transform(points_raw, languages) if n else points_raw

    # 1. Cluster each topic's unpinned opinions.
    labels = np.full(n, -1, dtype=np.int64)
    next_label = 0
    groups: dict[str | None, list[int]] = defaultdict(list)
    for row, topic in enumerate(topics):
        if ids[row] not in pinned:
            groups[topic if by_topic else None].append(row)
    for rows in groups.values():
        rows_array = np.asarray(rows)
        local = _cluster(points[rows_array], threshold, seed)
        sizes = np.bincount(local)
        keep = sizes[local] >= min_size
        labels[rows_array[keep]] = local[keep] + next_label
        next_label += int(local.max()) + 1 if len(local) else 0

    # 2. Name clusters: reuse previous ids by overlap (largest overlaps first).
    seen_ids = [t for t in previous.values() if t is not None] + list(pinned.values())
    fresh = next_id if next_id is not None else (max(seen_ids, default=0) + 1)
    clusters: dict[int, list[int]] = defaultdict(list)
    for row, raw_label in enumerate(labels.tolist()):
        if raw_label >= 0:
            clusters[raw_label].append(row)
    candidates: list[tuple[int, int, int, ThemeId]] = []
    for label, rows in clusters.items():
        overlap = Counter(previous.get(ids[row]) for row in rows)
        overlap.pop(None, None)
        for old_id, count in overlap.items():
            if old_id is not None and count / len(rows) >= MIN_OVERLAP:
                candidates.append((count, -label, label, old_id))
    candidates.sort(reverse=True)
    theme_of_label: dict[int, ThemeId] = {}
    taken: set[ThemeId] = set()
    for _, _, label, old_id in candidates:
        if label in theme_of_label or old_id in taken:
            continue
        theme_of_label[label] = old_id
        taken.add(old_id)
    # Fresh ids never reuse an old one: a dissolved theme's id stays retired.
    taken |= set(seen_ids)
    for label in sorted(clusters):
        if label not in theme_of_label:
            while fresh in taken:
                fresh += 1
            theme_of_label[label] = fresh
            taken.add(fresh)

    assignment: dict[OpinionId, ThemeId | None] = {opinion_id: None for opinion_id in ids}
    members: dict[ThemeId, list[int]] = defaultdict(list)
    for label, rows in clusters.items():
        for row in rows:
            assignment[ids[row]] = theme_of_label[label]
            members[theme_of_label[label]].append(row)
    for row, opinion_id in enumerate(ids):
        if opinion_id in pinned:
            assignment[opinion_id] = pinned[opinion_id]
            members[pinned[opinion_id]].append(row)

    # 3. Describe each theme: centroid, medoid, keywords, topic, reviewer name.
    keywords: dict[ThemeId, list[str]] = {}
    if texts is not None:
        themed = {row for rows in members.values() for row in rows}
        keywords = keywords_for(
            {theme_id: [texts[row] for row in rows] for theme_id, rows in members.items()},
            background=[text for row, text in enumerate(texts) if row not in themed],
            languages=set(languages or ()),
        )
    themes: list[Theme] = []
    for theme_id, rows in sorted(members.items(), key=lambda item: -len(item[1])):
        member_points = points[rows]
        centroid = _normalise_rows(member_points.mean(axis=0))
        medoid_row = rows[int(np.argmax(member_points @ centroid))]
        topic_counts = Counter(topics[row] for row in rows)
        themes.append(
            Theme(
                id=theme_id,
                topic=topic_counts.most_common(1)[0][0],
                centroid=centroid,
                size=len(rows),
                medoid=ids[medoid_row],
                keywords=keywords.get(theme_id, []),
                name=names.get(theme_id),
            )
        )
    return Regrouping(assignment=assignment, themes=themes, space=space)
