"""classifiers.themes: continuous, cross-language theme grouping with stable ids."""

from __future__ import annotations

import time

import numpy as np

from classifiers.themes import EmbeddingSpace, Theme, assign, keywords_for, regroup


def blobs(centers: int, per_center: int, *, dim: int = 64, noise: float = 0.15, seed: int = 0):
    """Unit vectors around `centers` random directions, plus a shared offset (like e5)."""
    rng = np.random.default_rng(seed)
    directions = rng.normal(size=(centers, dim))
    directions /= np.linalg.norm(directions, axis=1, keepdims=True)
    offset = rng.normal(size=dim) / np.sqrt(dim) * 2
    labels = np.repeat(np.arange(centers), per_center)
    points = (
        directions[labels] + offset + noise * rng.normal(size=(len(labels), dim)) / np.sqrt(dim) * 4
    )
    return points.astype(np.float32), labels


def same_partition(assignment: dict, ids: list, labels: np.ndarray) -> bool:
    by_label: dict[int, set] = {}
    for opinion_id, label in zip(ids, labels, strict=True):
        by_label.setdefault(int(label), set()).add(assignment[opinion_id])
    themes = [next(iter(s)) for s in by_label.values()]
    return all(len(s) == 1 for s in by_label.values()) and len(set(themes)) == len(themes)


def test_regroup_finds_the_number_of_themes_itself() -> None:
    for centers in (3, 7):
        points, labels = blobs(centers, 25, seed=centers)
        ids = [f"o{i}" for i in range(len(points))]
        result = regroup(points, {}, ids=ids)
        assert len(result.themes) == centers
        assert same_partition(result.assignment, ids, labels)


def test_stragglers_stay_unthemed() -> None:
    points, _ = blobs(3, 20)
    lonely = np.random.default_rng(9).normal(size=(2, points.shape[1])).astype(np.float32) * 5
    result = regroup(np.vstack([points, lonely]), {})
    assert result.assignment[60] is None and result.assignment[61] is None
    assert sum(theme.size for theme in result.themes) == 60


def test_theme_ids_are_stable_across_regroups_and_new_themes_get_new_ids() -> None:
    points, labels = blobs(4, 20, seed=1)
    first = regroup(points[labels < 3], {})
    ids_before = set(first.assignment.values())
    # A regroup later: the same opinions, a few more of the old themes, and a new theme.
    ids = list(range(len(points)))
    second = regroup(points, first.assignment, ids=ids)
    for opinion_id, theme_id in first.assignment.items():
        assert second.assignment[opinion_id] == theme_id
    new_theme = {second.assignment[i] for i in ids if labels[i] == 3}
    assert len(new_theme) == 1 and not new_theme & ids_before
    assert next(iter(new_theme)) > max(ids_before)


def test_pinned_memberships_and_names_survive_a_regroup() -> None:
    points, labels = blobs(3, 20, seed=2)
    first = regroup(points, {})
    theme_of = {int(label): first.assignment[i] for i, label in enumerate(labels)}
    # A reviewer moved opinion 0 (blob 0) into blob 1's theme, and named blob 2's theme.
    pinned = {0: theme_of[1]}
    names = {theme_of[2]: "Night Japanese classes"}
    second = regroup(points, first.assignment, pinned=pinned, names=names)
    assert second.assignment[0] == theme_of[1]
    assert second.theme(theme_of[2]).name == "Night Japanese classes"
    assert second.theme(theme_of[1]).size == 21


def test_themes_stay_within_their_topic() -> None:
    points, _ = blobs(2, 20, seed=3)
    topics = ["housing", "medical"] * 20
    result = regroup(points, {}, topics=topics, by_topic=True)
    assert len(result.themes) == 4
    assert {theme.topic for theme in result.themes} == {"housing", "medical"}
    for i in range(0, 40, 2):
        assert result.assignment[i] != result.assignment[i + 1]


def test_by_default_a_theme_spans_topics_and_takes_the_most_common() -> None:
    points, labels = blobs(2, 20, seed=3)
    topics = ["housing" if i % 5 else "medical" for i in range(40)]
    result = regroup(points, {}, topics=topics)
    assert len(result.themes) == 2
    assert {theme.topic for theme in result.themes} == {"housing"}


def test_label_is_the_medoid_and_keywords() -> None:
    points, labels = blobs(2, 10, seed=4)
    texts = [
        "more night Japanese classes please" if label == 0 else "bus comes twice a day"
        for label in labels
    ]
    result = regroup(points, {}, texts=texts)
    for theme in result.themes:
        members = [i for i, t in result.assignment.items() if t == theme.id]
        assert theme.medoid in members
        expected = "japanese" if labels[members[0]] == 0 else "bus"
        assert expected in theme.keywords


def test_keywords_leave_out_function_words() -> None:
    keywords = keywords_for(
        {
            1: ["The forms in the city office are only in Japanese."] * 2,
            2: ["The bus comes only twice a day in the evening."] * 2,
            3: ["Tôi không hiểu các giấy tờ của tòa thị chính."] * 2,
        },
        languages=["en", "vi"],
    )
    assert {"forms", "office"} <= set(keywords[1]) and {"bus", "evening"} <= set(keywords[2])
    function_words = {"the", "in", "only", "are", "a", "tôi", "không", "của", "các"}
    assert not function_words & {word for words in keywords.values() for word in words}


def test_keywords_of_scripts_without_spaces() -> None:
    keywords = keywords_for(
        {
            1: ["夜間の日本語教室を増やしてください。"] * 2,
            2: ["バスが少ないです。"] * 2,
            3: ["希望增加夜间的日语课程。"] * 2,
            4: ["कृपया साँझको जापानी भाषा कक्षा थप्नुहोस्।"] * 2,
            5: ["กรุณาเพิ่มชั้นเรียนภาษาญี่ปุ่นตอนเย็น"] * 2,
            6: ["야간 일본어 수업을 늘려 주세요.", "일본어 수업이 부족합니다."],
        },
        languages=["ja", "zh", "ne", "th", "ko"],
    )
    # Japanese: kanji compounds and katakana words, not grammar in hiragana.
    assert {"日本語教室", "夜間"} <= set(keywords[1]) and "バス" in keywords[2]
    assert not {"です", "して", "ください"} & set(keywords[1] + keywords[2])
    # Chinese: character bigrams, none straddling a grammatical character.
    assert "日语" in keywords[3] and not any("的" in word for word in keywords[3])
    # Devanagari words keep their vowel signs.
    assert "जापानी" in keywords[4]
    # Thai is written without spaces between words: no keyword rather than a phrase.
    assert keywords[5] == []
    # Korean: the word without its particle (수업을, 수업이: 수업), and no predicates.
    assert keywords[6][:2] == ["일본어", "수업"] or keywords[6][:2] == ["수업", "일본어"]
    assert not {"주세요", "부족합니다", "수업을"} & set(keywords[6])


def test_assign_joins_the_nearest_theme_of_its_topic_when_close() -> None:
    points, labels = blobs(3, 20, seed=5)
    result = regroup(points, {}, topics=["bus"] * 60)
    theme_of_blob0 = result.assignment[0]
    newcomer = points[0] + 0.01
    assert assign(newcomer, "bus", result.themes, space=result.space) == theme_of_blob0
    assert assign(newcomer, "visa", result.themes, space=result.space) is None
    far = np.random.default_rng(6).normal(size=points.shape[1]).astype(np.float32) * 5
    assert assign(far, "bus", result.themes, space=result.space) is None
    assert assign(newcomer, "bus", [], space=result.space) is None


def test_assign_without_a_space_compares_raw_vectors() -> None:
    theme = Theme(id=7, topic=None, centroid=np.array([1.0, 0.0]), size=3)
    assert assign(np.array([0.9, 0.1]), None, [theme]) == 7
    assert assign(np.array([0.0, 1.0]), None, [theme]) is None


def test_language_centring_brings_translations_together() -> None:
    rng = np.random.default_rng(7)
    meanings = rng.normal(size=(30, 32))
    language_offsets = rng.normal(size=(3, 32)) * 2
    points = np.vstack([meanings + offset for offset in language_offsets])
    languages = [lang for lang in ("my", "vi", "ja") for _ in range(30)]
    space = EmbeddingSpace.fit(points, languages, min_per_language=10)
    centred = space.transform(points, languages)
    same = np.sum(centred[:30] * centred[30:60], axis=1)
    assert same.min() > 0.9


def test_regroup_of_many_opinions_uses_micro_clusters() -> None:
    points, labels = blobs(12, 500, seed=8, noise=0.1)
    started = time.perf_counter()
    result = regroup(points, {})
    assert time.perf_counter() - started < 30
    assert len(result.themes) == 12
    assert same_partition(result.assignment, list(range(len(points))), labels)


def test_empty_input() -> None:
    result = regroup(np.zeros((0, 8), np.float32), {})
    assert result.assignment == {} and result.themes == []
