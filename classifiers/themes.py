"""Themes: opinions that ask for the same thing, grouped continuously and across languages.

On arrival, `assign(embedding, topic, themes)` puts an opinion into the nearest theme of its
topic when it is close enough (else it stays unthemed until the next regroup). A periodic job
calls `regroup(embeddings, previous_assignment, ...)`: it clusters without being told how many
themes there are, keeps theme ids stable across regroups (by overlap with the previous
assignment) and keeps what reviewers pinned. A theme's label is its most representative
opinion (the medoid) and a few keywords. See docs/adr/0003-embeddings-topics-themes.md.

Two levels: `regroup` first splits the opinions into a few coarse groups (one screen of
them; their number chosen from the data by evidence accumulation over many k-means runs,
see `coarse_groups`), then clusters each group into fine themes, so every theme lies in one
group. Group ids, like theme ids, carry over from the previous regroup by overlap.
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
    "Group",
    "MERGE_THRESHOLD",
    "EmbeddingSpace",
    "Regrouping",
    "Theme",
    "assign",
    "coarse_groups",
    "follow_merges",
    "keywords_for",
    "regroup",
]

OpinionId = Hashable
ThemeId = int
GroupId = int

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

# Coarse groups (see coarse_groups and the ADR's "Two levels" section). The base partitions
# are k-means runs with k drawn from the range a reviewer can read on one screen; the final
# number of groups is where the co-association tree has its longest-lived level, at most
# MOST_GROUPS. Up to COARSE_DIRECT_LIMIT opinions the co-association is between opinions
# (36 MB at the limit), beyond it between the micro-clusters of `_cluster`.
# 200 votes, as Fred and Jain's experiments: on the German Pol.is set, across 5 seeds, NMI
# 0.289-0.315 with 40 runs, 0.312-0.324 with 200 (the vote settles as runs are added).
COARSE_RUNS = 200
COARSE_K_RANGE = (5, 30)
MOST_GROUPS = 30
COARSE_DIRECT_LIMIT = 3_000
COARSE_ROUNDS = 10
# Under this many opinions there is one group: they cannot make more themes than one screen
# holds (MOST_GROUPS entries of MIN_THEME_SIZE opinions), so sections would only split them.
MIN_GROUPED = MIN_THEME_SIZE * MOST_GROUPS


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
    group: GroupId | None = None  # the coarse group it lies in


@dataclass
class Group:
    """One coarse group: a few of them fit on one screen, each holding fine themes."""

    id: GroupId
    centroid: np.ndarray
    size: int  # opinions in it, themed or not
    themes: list[ThemeId] = field(default_factory=list)
    medoid: OpinionId | None = None
    keywords: list[str] = field(default_factory=list)
    name: str | None = None  # a reviewer's name for it; kept across regroups


@dataclass
class Regrouping:
    assignment: dict[OpinionId, ThemeId | None]
    themes: list[Theme]
    space: EmbeddingSpace
    # Every opinion's coarse group (unthemed ones too: an outlier still has a nearest subject).
    group_assignment: dict[OpinionId, GroupId | None] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)

    def theme(self, theme_id: ThemeId) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def group(self, group_id: GroupId) -> Group:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)


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


def _label_sums(
    labels: np.ndarray, points: np.ndarray, k: int, weights: np.ndarray | None = None
) -> np.ndarray:
    """Per label, the (weighted) sum of its rows: a sparse product, many times faster than
    np.add.at."""
    from scipy.sparse import csr_matrix

    values = np.ones(len(labels), np.float32) if weights is None else weights.astype(np.float32)
    indicator = csr_matrix((values, (labels, np.arange(len(labels)))), shape=(k, len(labels)))
    return np.asarray(indicator @ points, dtype=np.float32)


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
        sums = _label_sums(labels, points, k)
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


def _weighted_spherical_kmeans(
    points: np.ndarray, weights: np.ndarray, k: int, rng: np.random.Generator
) -> np.ndarray:
    """Labels of Lloyd iterations on unit vectors whose rows count `weights` times, started
    from rows drawn in proportion to their weight (a micro-cluster of 100 opinions is more
    likely a start than one of 2)."""
    starts = rng.choice(len(points), size=k, replace=False, p=weights / weights.sum())
    centroids = points[starts].copy()
    for _ in range(COARSE_ROUNDS):
        labels = np.argmax(points @ centroids.T, axis=1)
        sums = _label_sums(labels, points, k, weights)
        filled = np.bincount(labels, minlength=k) > 0
        centroids[filled] = _normalise_rows(sums[filled])
    return np.argmax(points @ centroids.T, axis=1)


def coarse_groups(
    points: np.ndarray,
    weights: np.ndarray | None = None,
    *,
    seed: int = 0,
    runs: int = COARSE_RUNS,
    k_range: tuple[int, int] = COARSE_K_RANGE,
    most: int = MOST_GROUPS,
) -> np.ndarray:
    """Coarse group labels (0, 1, ...) for unit vectors, the number of groups chosen from
    the data: evidence accumulation (Fred and Jain, 2005).

    `runs` k-means partitions, each with k drawn from `k_range`, vote on which rows belong
    together (the co-association: the share of runs that put two rows in one cluster); the
    rows are then clustered by average linkage on 1 - co-association, and the tree is cut
    at its longest-lived level (the widest gap between merge heights) of 2 to `most`
    groups. One k-means run, even told the right k, depends on its start (on the German
    Pol.is set, NMI 0.23 to 0.31 across starts with k = 5); the vote of many does not.
    `weights` (e.g. micro-cluster sizes) count a row that many times.
    """
    points = np.asarray(points, dtype=np.float32)
    m = len(points)
    weights = np.ones(m, dtype=np.float64) if weights is None else np.asarray(weights, np.float64)
    # Fred and Jain draw k up to about the square root of the rows: finer partitions vote
    # for little more than nearest neighbours. Capped by the range (one screen).
    high = min(k_range[1], int(math.sqrt(m)), m - 1)
    low = min(k_range[0], max(2, high // 2))
    if high < 2:
        return np.zeros(m, dtype=np.int64)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from threadpoolctl import threadpool_limits  # scikit-learn's own dependency

    rng = np.random.default_rng(seed)
    votes = []
    # The runs multiply small matrices: BLAS threads only wait on each other (on a busy
    # machine, 20 times slower than one thread).
    with threadpool_limits(limits=1, user_api="blas"):
        for _ in range(runs):
            k = int(rng.integers(low, high + 1))
            labels = _weighted_spherical_kmeans(points, weights, k, rng)
            one_hot = np.zeros((m, k), dtype=np.float32)
            one_hot[np.arange(m), labels] = 1.0
            votes.append(one_hot)
    stacked = np.hstack(votes)
    distance = 1.0 - (stacked @ stacked.T) / runs
    del stacked, votes
    np.fill_diagonal(distance, 0.0)
    np.clip(distance, 0.0, 1.0, out=distance)
    tree = linkage(squareform(distance, checks=False), method="average")
    heights = tree[:, 2]
    # With j groups the tree stands between merge m - j - 1 and merge m - j.
    candidates = range(2, min(most, m - 1) + 1)
    chosen = max(candidates, key=lambda j: heights[m - j] - heights[m - j - 1])
    cut = (heights[m - chosen] + heights[m - chosen - 1]) / 2
    return fcluster(tree, t=cut, criterion="distance") - 1


def _micro(points: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Micro-cluster of each row and the micro-clusters' centroids (empty ones dropped)."""
    micro = min(MICRO_CLUSTERS, len(points) // 4)
    labels, centroids = _spherical_kmeans(points, micro, seed)
    used = np.flatnonzero(np.bincount(labels, minlength=micro))
    lookup = np.full(micro, -1)
    lookup[used] = np.arange(len(used))
    return lookup[labels], centroids[used]


def _coarse_labels(
    points: np.ndarray, seed: int
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray] | None]:
    """Every row's coarse group (see coarse_groups): on the rows themselves up to
    COARSE_DIRECT_LIMIT, else on their micro-clusters weighted by size; and those
    micro-clusters (each row's, their centroids) when there are some, for the fine level."""
    if len(points) < MIN_GROUPED:
        return np.zeros(len(points), dtype=np.int64), None
    micro = None
    if len(points) <= COARSE_DIRECT_LIMIT:
        labels = coarse_groups(points, seed=seed)
    else:
        micro = _micro(points, seed)
        micro_labels, centroids = micro
        sizes = np.bincount(micro_labels, minlength=len(centroids))
        labels = coarse_groups(centroids, sizes, seed=seed)[micro_labels]
    return _absorb_small_groups(points, labels), micro


def _cluster_micro(micro_labels: np.ndarray, centroids: np.ndarray, threshold: float) -> np.ndarray:
    """`_cluster` for rows already summarised by micro-clusters (those of the coarse level):
    the linkage of the micro-clusters they fall in. One micro k-means serves both levels."""
    used, local_units = np.unique(micro_labels, return_inverse=True)
    return _average_linkage(centroids[used], threshold)[local_units]


def _absorb_small_groups(points: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """A few outliers are merged last by the tree and may come out as groups of their own:
    groups under MIN_THEME_SIZE rows join the nearest other group (by centroid)."""
    sizes = np.bincount(labels)
    large = np.flatnonzero(sizes >= MIN_THEME_SIZE)
    if len(large) == 0 or len(large) == len(sizes[sizes > 0]):
        return labels
    centroids = _normalise_rows(_label_sums(labels, points, len(sizes))[large])
    small_rows = np.flatnonzero(sizes[labels] < MIN_THEME_SIZE)
    labels = labels.copy()
    labels[small_rows] = large[np.argmax(points[small_rows] @ centroids.T, axis=1)]
    return labels


def _stable_ids(
    clusters: Mapping[int, Sequence[int]],
    ids: Sequence[OpinionId],
    previous: Mapping[OpinionId, int | None],
    seen_ids: Iterable[int],
    next_id: int | None,
) -> dict[int, int]:
    """An id for each cluster label: the previous id it overlaps most (largest overlaps
    first, each old id used once, from MIN_OVERLAP of the cluster on), else a fresh one
    above every id seen (a dissolved cluster's id stays retired)."""
    seen = set(seen_ids)
    fresh = next_id if next_id is not None else (max(seen, default=0) + 1)
    candidates: list[tuple[int, int, int, int]] = []
    for label, rows in clusters.items():
        overlap = Counter(previous.get(ids[row]) for row in rows)
        overlap.pop(None, None)
        for old_id, count in overlap.items():
            if old_id is not None and count / len(rows) >= MIN_OVERLAP:
                candidates.append((count, -label, label, old_id))
    candidates.sort(reverse=True)
    id_of_label: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, label, old_id in candidates:
        if label in id_of_label or old_id in taken:
            continue
        id_of_label[label] = old_id
        taken.add(old_id)
    taken |= seen
    for label in sorted(clusters):
        if label not in id_of_label:
            while fresh in taken:
                fresh += 1
            id_of_label[label] = fresh
            taken.add(fresh)
    return id_of_label


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
    previous_groups: Mapping[OpinionId, GroupId | None] | None = None,
    group_names: Mapping[GroupId, str] | None = None,
    next_group_id: GroupId | None = None,
    attach: bool = True,
    attach_threshold: float | None = None,
) -> Regrouping:
    """Cluster all opinions into coarse groups and, within each, fine themes; returns
    the assignments, the themes and the groups.

    - `ids[i]` names row i (default: the row number); `previous_assignment` maps ids to the
      theme ids of the last regroup; a new cluster takes the id of the previous theme it
      overlaps most (each old id used once), else a fresh id from `next_id` (default: one
      above every id seen). `previous_groups`, `group_names` and `next_group_id` do the
      same for the coarse groups.
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
    - Groups of the fine clustering smaller than `min_size` are left over. With `attach`, a
      leftover joins the nearest theme of its group when that theme describes it better
      than the group as a whole does (its cosine to the theme's centroid is at least its
      cosine to the group's, and more than between random directions), or, given
      `attach_threshold`, when that cosine reaches it.
      The others, the true outliers, stay unthemed (None); they keep a coarse group.
      Under MIN_GROUPED opinions (one group) leftovers stay unthemed.
    - By default opinions cluster across topics and a theme's topic is its members' most
      common one: translations tagged differently still land in one theme (SIB-200: 0.999
      of translations share a theme, against 0.89 when clustering within tagged topics).
      `by_topic=True` clusters each topic separately (within each coarse group).
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

    # 1. Coarse groups over every opinion (pinned ones too: they count in the subjects).
    coarse, micro = _coarse_labels(points, seed) if n else (np.zeros(0, dtype=np.int64), None)

    # 2. Fine themes: cluster each group's (and topic's) unpinned opinions.
    labels = np.full(n, -1, dtype=np.int64)
    next_label = 0
    cells: dict[tuple[int, str | None], list[int]] = defaultdict(list)
    for row, topic in enumerate(topics):
        if ids[row] not in pinned:
            cells[(int(coarse[row]), topic if by_topic else None)].append(row)
    for rows in cells.values():
        rows_array = np.asarray(rows)
        if micro is not None and len(rows) > DIRECT_LIMIT:
            local = _cluster_micro(micro[0][rows_array], micro[1], threshold)
        else:
            local = _cluster(points[rows_array], threshold, seed)
        sizes = np.bincount(local)
        keep = sizes[local] >= min_size
        # Below MIN_GROUPED the one group is everything, and "better than the group" means
        # better than the average opinion, which any theme leaning its way is (a few
        # opinions on forms joined a bus theme): leftovers stay as they were, unthemed.
        if attach and n >= MIN_GROUPED and keep.any() and not keep.all():
            local, keep = _attach(points[rows_array], local, keep, attach_threshold)
        labels[rows_array[keep]] = local[keep] + next_label
        next_label += int(local.max()) + 1 if len(local) else 0

    # 3. Name clusters: reuse previous ids by overlap (largest overlaps first).
    seen_ids = [t for t in previous.values() if t is not None] + list(pinned.values())
    clusters: dict[int, list[int]] = defaultdict(list)
    for row, raw_label in enumerate(labels.tolist()):
        if raw_label >= 0:
            clusters[raw_label].append(row)
    theme_of_label = _stable_ids(clusters, ids, previous, seen_ids, next_id)

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

    # 4. Each theme lies in one group: its members' most common one (pins may bring
    # members from elsewhere); a themed opinion's group is its theme's.
    group_label_of_theme = {
        theme_id: Counter(int(coarse[row]) for row in rows).most_common(1)[0][0]
        for theme_id, rows in members.items()
    }
    group_rows: dict[int, list[int]] = defaultdict(list)
    for row, opinion_id in enumerate(ids):
        theme_id = assignment[opinion_id]
        label = group_label_of_theme[theme_id] if theme_id is not None else int(coarse[row])
        group_rows[label].append(row)
    previous_group = dict(previous_groups or {})
    group_of_label = _stable_ids(
        group_rows,
        ids,
        previous_group,
        [g for g in previous_group.values() if g is not None],
        next_group_id,
    )
    group_assignment: dict[OpinionId, GroupId | None] = {}
    for label, rows in group_rows.items():
        for row in rows:
            group_assignment[ids[row]] = group_of_label[label]

    # 5. Describe each theme and group: centroid, medoid, keywords, topic, reviewer name.
    keywords: dict[ThemeId, list[str]] = {}
    group_keywords: dict[int, list[str]] = {}
    if texts is not None:
        themed = {row for rows in members.values() for row in rows}
        language_set = set(languages or ())
        keywords = keywords_for(
            {theme_id: [texts[row] for row in rows] for theme_id, rows in members.items()},
            background=[text for row, text in enumerate(texts) if row not in themed],
            languages=language_set,
        )
        group_keywords = keywords_for(
            {label: [texts[row] for row in rows] for label, rows in group_rows.items()},
            languages=language_set,
        )
    themes: list[Theme] = []
    for theme_id, rows in sorted(members.items(), key=lambda item: -len(item[1])):
        centroid, medoid_row = _centre_of(points, rows)
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
                group=group_of_label[group_label_of_theme[theme_id]],
            )
        )
    group_names = dict(group_names or {})
    groups: list[Group] = []
    for label, rows in sorted(group_rows.items(), key=lambda item: -len(item[1])):
        group_id = group_of_label[label]
        centroid, medoid_row = _centre_of(points, rows)
        groups.append(
            Group(
                id=group_id,
                centroid=centroid,
                size=len(rows),
                themes=[theme.id for theme in themes if theme.group == group_id],
                medoid=ids[medoid_row],
                keywords=group_keywords.get(label, []),
                name=group_names.get(group_id),
            )
        )
    return Regrouping(
        assignment=assignment,
        themes=themes,
        space=space,
        group_assignment=group_assignment,
        groups=groups,
    )


def _centre_of(points: np.ndarray, rows: Sequence[int]) -> tuple[np.ndarray, int]:
    """The unit mean of `rows` and the row nearest it (the medoid a label quotes)."""
    member_points = points[list(rows)]
    centroid = _normalise_rows(member_points.mean(axis=0))
    return centroid, rows[int(np.argmax(member_points @ centroid))]


def _attach(
    points: np.ndarray, local: np.ndarray, keep: np.ndarray, threshold: float | None
) -> tuple[np.ndarray, np.ndarray]:
    """Leftovers of the fine clustering (groups under the minimum size) join the nearest
    theme when it describes them better than their whole group does: their cosine to its
    centroid is at least their cosine to the group's centroid, and more than chance (with
    `threshold`: at least that). Centroids are the themes' before any leftover joins.

    On the German Pol.is set, an absolute 0.45 (the arrival rule) left 35% of the opinions
    unthemed, the relative rule 4%: a proposal that is closer to a theme than to the
    average of its group is not an outlier."""
    local = local.copy()
    keep = keep.copy()
    kept_labels = np.unique(local[keep])
    sums = _label_sums(local[keep], points[keep], int(local.max()) + 1)
    centroids = _normalise_rows(sums[kept_labels])
    leftovers = np.flatnonzero(~keep)
    similarities = points[leftovers] @ centroids.T
    best = np.argmax(similarities, axis=1)
    nearest = similarities[np.arange(len(leftovers)), best]
    if threshold is None:
        group_centroid = _normalise_rows(points.mean(axis=0))
        # ... and more than chance: three standard deviations of the cosine between random
        # directions (an opinion unlike any other is no nearer a theme than that).
        chance = 3 / math.sqrt(points.shape[1])
        close = (nearest >= points[leftovers] @ group_centroid) & (nearest >= chance)
    else:
        close = nearest >= threshold
    local[leftovers[close]] = kept_labels[best[close]]
    keep[leftovers[close]] = True
    return local, keep
