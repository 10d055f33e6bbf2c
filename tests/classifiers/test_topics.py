"""classifiers.topics and classifiers.flags: taxonomy as data, topic tagging, flags."""
# ruff: noqa: F811  (pytest fixtures imported from embedding_fixtures are parameters here)

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from embedding_fixtures import e5, e5_model_dir  # noqa: F401  (fixtures)

from classifiers.embedding import Embedder, EmbeddingSpace
from classifiers.flags import FlagModel
from classifiers.topics import (
    Taxonomy,
    TaxonomyError,
    TopicScore,
    TopicTagger,
    load_taxonomy,
    shipped_defaults,
    taxonomy_from_dict,
    unmarked,
    with_person_labels,
)

# ----------------------------------------------------------------------------- taxonomy


def test_default_taxonomy_has_the_guidebook_chapters_and_three_more() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.topics) == 15
    assert {"residence", "education", "discrimination-human-rights", "other"} <= set(taxonomy.slugs)
    for topic in taxonomy.topics:
        assert topic.name["ja"] and topic.name["en"] and topic.description
        # Within what the admin form accepts (feedback.admin.services._topic_values), so
        # an administrator can save a default topic unchanged.
        assert len(topic.description) <= 2000 and len(topic.name["ja"]) <= 200
        assert 25 <= len(topic.examples) <= 100, topic.slug
        assert len(set(topic.examples)) == len(topic.examples), topic.slug


def test_default_taxonomy_says_where_subjects_without_a_chapter_belong() -> None:
    taxonomy = load_taxonomy()
    assert "domestic violence" in taxonomy.get("discrimination-human-rights").description
    assert "passport" in taxonomy.get("employment").description
    assert "suicidal" in taxonomy.get("medical").description
    assert "lost" in taxonomy.get("residence").description
    assert "permanent residence" in taxonomy.get("residence").description


def test_every_shipped_default_validates_and_keeps_its_slugs() -> None:
    versions = shipped_defaults()
    assert set(versions) == set(load_taxonomy().slugs)
    assert all(len(texts) >= 2 for texts in versions.values())  # the first version and now
    assert versions["residence"][-1].same_text(load_taxonomy().get("residence"))
    assert not versions["residence"][0].same_text(versions["residence"][-1])


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Tôi bị mất thẻ cư trú, phải làm gì?", "Toi bi mat the cu tru, phai lam gi?"),
        ("Đăng ký", "Dang ky"),
        ("Não consigo renovar o visto, ¿qué hago?", "Nao consigo renovar o visto, ¿que hago?"),
        ("Ağır iş, maaş ödenmedi", "Agir is, maas odenmedi"),
    ],
)
def test_unmarked_is_latin_text_as_typed_without_marks(text: str, typed: str) -> None:
    assert unmarked(text) == typed


@pytest.mark.parametrize("text", ["no marks here", "在留カード", "मेरो भिसा", "비자 갱신", "Віза"])
def test_unmarked_leaves_other_scripts_and_plain_text_alone(text: str) -> None:
    assert unmarked(text) is None


def test_topic_texts_with_marks_also_describe_the_topic_without_them() -> None:
    taxonomy = taxonomy_from_dict(
        {"topics": [{"slug": "visa", "name": {"en": "Visa"}, "examples": ["Gia hạn visa", "ok"]}]}
    )
    texts, owners = taxonomy.prototype_texts()
    assert texts == ["Visa", "Gia hạn visa", "ok", "Gia han visa"]
    assert owners.tolist() == [0, 0, 0, 0]


def test_json_taxonomy_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "topics.json"
    path.write_text(
        json.dumps({"topics": [{"slug": "bus", "name": {"ja": "バス", "en": "Bus"}}]}),
        encoding="utf-8",
    )
    assert load_taxonomy(path).slugs == ["bus"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("topics: [", "not valid YAML"),
        ("- just a list", "'topics' list"),
        ("topics: []", "non-empty"),
        ("topics:\n  - name: {en: X}", "no 'slug'"),
        ("topics:\n  - {slug: a, name: {en: A}}\n  - {slug: a, name: {en: B}}", "twice"),
        ("topics:\n  - {slug: 'a b', name: {en: A}}", "slug must be"),
        ("topics:\n  - {slug: a, name: {fr: A}}", "at least 'en' or 'ja'"),
        ("topics:\n  - {slug: a, name: {en: A}, examples: hello}", "list of sentences"),
    ],
)
def test_malformed_taxonomies_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "taxonomy.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(path)


def test_missing_taxonomy_file_is_a_taxonomy_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "nope.yaml")


# ----------------------------------------------------------------------------- tagger (synthetic)

SLUGS = ["bus", "school", "visa"]


def synthetic(seed: int = 0, per_topic: int = 40, noise: float = 0.6):
    """Three topics around random directions in 32 dims, plus a shared offset (like e5)."""
    rng = np.random.default_rng(seed)
    directions = rng.normal(size=(3, 32))
    offset = rng.normal(size=32) * 3
    labels = np.repeat(np.arange(3), per_topic)
    points = directions[labels] + offset + noise * rng.normal(size=(len(labels), 32))
    descriptions = directions + offset + 0.3 * rng.normal(size=(3, 32))
    return points.astype(np.float32), [SLUGS[i] for i in labels], descriptions


def test_zero_shot_tags_from_descriptions() -> None:
    points, labels, descriptions = synthetic()
    tagger = TopicTagger.from_prototype_vectors(SLUGS, descriptions, np.arange(3))
    assert np.mean(np.array(tagger.predict(points)) == np.array(labels)) > 0.9
    scores = tagger.tag(points[0])
    assert scores[0] == TopicScore("bus", scores[0].score, "model")
    assert all(a.score >= b.score for a, b in zip(scores, scores[1:], strict=False))


def test_an_opinion_close_to_one_example_gets_its_topic_though_far_from_the_mean() -> None:
    """A chapter covers unlike subjects: 'work' has wages (e1) and passports (e2), and the
    mean of its examples lies between them; 'visa' (mostly e3) is nearer a passport opinion
    than that mean is. The nearest examples decide: the opinion is about work."""
    e1, e2, e3 = np.eye(3, 8, dtype=np.float32)
    visa = 0.75 * e2 + 0.66 * e3
    work_mean = (e1 + e2) / np.sqrt(2)
    tagger = TopicTagger(
        ["work", "visa"],
        prototypes=np.stack([work_mean, visa / np.linalg.norm(visa)]),
        space=EmbeddingSpace(np.zeros(8, np.float32)),
        exemplars=np.stack([e1, e2, visa / np.linalg.norm(visa)]),
        exemplar_owners=np.array([0, 0, 1]),
        exemplar_top=1,
    )
    opinion = e2[None, :]
    tagger.exemplar_weight = 0.0  # the former method: prototypes (means) alone
    assert tagger.predict(opinion) == ["visa"]
    tagger.exemplar_weight = 0.75
    assert tagger.predict(opinion) == ["work"]
    again = TopicTagger.from_bytes(tagger.to_bytes())
    assert (again.exemplar_weight, again.exemplar_top) == (0.75, 1)
    np.testing.assert_allclose(
        again.probabilities(opinion), tagger.probabilities(opinion), rtol=1e-5
    )
    # A tagger saved before the examples were kept scores with its prototypes, as it did.
    again.exemplars = again.exemplar_owners = None
    assert TopicTagger.from_bytes(again.to_bytes()).predict(opinion) == ["visa"]


def test_a_few_opinions_on_one_subject_do_not_drag_a_well_described_topic() -> None:
    """Each of a topic's texts anchors its prototype like an opinion: five opinions on a
    new subject (e3) that the 'school' topic claims move it, but it stays what its twenty
    texts (e2) say."""
    e1, e2, e3 = np.eye(3, 8, dtype=np.float32)
    tagger = TopicTagger(
        ["bus", "school"],
        prototypes=np.stack([e1, e2]),
        space=EmbeddingSpace(np.zeros(8, np.float32)),
        exemplars=np.vstack([np.tile(e1, (20, 1)), np.tile(e2, (20, 1))]),
        exemplar_owners=np.repeat([0, 1], 20),
    )
    opinions = np.tile(e3 + 0.3 * e2, (5, 1))
    tagger.refine(opinions)
    assert float(tagger.prototypes[1] @ e2) > 0.9
    assert float(tagger.prototypes[1] @ e3) > 0.05  # it did learn from them


def test_unlabelled_opinions_refine_a_weak_description() -> None:
    points, labels, descriptions = synthetic(noise=0.8)
    weak = descriptions + np.random.default_rng(1).normal(size=descriptions.shape) * 1.5
    plain = TopicTagger.from_prototype_vectors(SLUGS, weak, np.arange(3))
    refined = TopicTagger.from_prototype_vectors(SLUGS, weak, np.arange(3), unlabelled=points)
    gold = np.array(labels)
    assert np.mean(np.array(refined.predict(points)) == gold) >= np.mean(
        np.array(plain.predict(points)) == gold
    )


def test_fit_learns_from_labels_even_against_a_wrong_description() -> None:
    points, labels, descriptions = synthetic(seed=2)
    swapped = descriptions[[1, 0, 2]]  # "bus" described as school and vice versa
    tagger = TopicTagger.from_prototype_vectors(SLUGS, swapped, np.arange(3))
    assert np.mean(np.array(tagger.predict(points)) == np.array(labels)) < 0.5
    tagger.fit(points, labels)
    assert np.mean(np.array(tagger.predict(points)) == np.array(labels)) > 0.95


def test_fit_accepts_several_labels_and_ignores_unknown_slugs() -> None:
    points, labels, descriptions = synthetic(seed=3)
    multi = [[label, "visa"] if i % 7 == 0 else label for i, label in enumerate(labels)]
    multi[1] = ["no-such-topic", "bus"]
    tagger = TopicTagger.from_prototype_vectors(SLUGS, descriptions, np.arange(3))
    tagger.fit(points, multi)
    assert tagger.label_counts.sum() == len(labels) + sum(
        1 for i in range(len(labels)) if i % 7 == 0
    )
    with pytest.raises(ValueError, match="at least one label"):
        tagger.fit(points[:2], ["nope", ["nope"]])


def test_fit_with_a_single_labelled_topic_keeps_the_others_zero_shot() -> None:
    points, labels, descriptions = synthetic(seed=4)
    tagger = TopicTagger.from_prototype_vectors(SLUGS, descriptions, np.arange(3))
    rows = [i for i, label in enumerate(labels) if label == "bus"][:5]
    tagger.fit(points[rows], ["bus"] * len(rows))
    assert np.mean(np.array(tagger.predict(points)) == np.array(labels)) > 0.8


def test_tagger_round_trips_through_bytes_and_files(tmp_path: Path) -> None:
    points, labels, descriptions = synthetic(seed=5)
    tagger = TopicTagger.from_prototype_vectors(SLUGS, descriptions, np.arange(3)).fit(
        points, labels
    )
    again = TopicTagger.from_bytes(tagger.to_bytes())
    np.testing.assert_allclose(again.probabilities(points), tagger.probabilities(points))
    tagger.save(tmp_path / "tagger.npz")
    assert TopicTagger.load(tmp_path / "tagger.npz").slugs == SLUGS
    zero_shot = TopicTagger.from_prototype_vectors(SLUGS, descriptions, np.arange(3))
    assert TopicTagger.from_bytes(zero_shot.to_bytes()).kernel is None
    assert again.kernel is not None


@pytest.mark.parametrize("topics", [3, 2])
def test_learned_head_decides_as_a_reference_svm(topics: int) -> None:
    """The kernel head is evaluated with numpy from libsvm's arrays: its choices must be the
    ones scikit-learn's own SVC makes on the same centred points (multi-class and binary)."""
    from sklearn.svm import SVC

    from classifiers.topics import KERNEL_C, KERNEL_GAMMA

    points, labels, descriptions = synthetic(seed=6, noise=1.2)
    keep = [i for i, label in enumerate(labels) if label in SLUGS[:topics]]
    points, labels = points[keep], [labels[i] for i in keep]
    tagger = TopicTagger.from_prototype_vectors(SLUGS, descriptions, np.arange(3))
    tagger.fit(points, labels)
    assert tagger.kernel is not None and tagger.label_counts[topics:].sum() == 0
    centred = tagger.space.transform(points)
    reference = SVC(C=KERNEL_C, kernel="rbf", gamma=KERNEL_GAMMA).fit(centred, labels)
    learned = tagger.kernel.probabilities(centred, len(SLUGS))
    np.testing.assert_allclose(learned.sum(axis=1), 1.0, atol=1e-5)
    assert [SLUGS[i] for i in learned.argmax(axis=1)] == list(reference.predict(centred))


def test_taggers_saved_with_the_former_linear_head_still_load() -> None:
    points, labels, descriptions = synthetic(seed=7)
    old = TopicTagger.from_prototype_vectors(SLUGS, descriptions, np.arange(3))
    old.label_counts = np.full(3, 40, dtype=np.float32)
    old.weights = old.prototypes * 20
    old.bias = np.zeros(3, dtype=np.float32)
    again = TopicTagger.from_bytes(old.to_bytes())
    assert again.kernel is None and again.weights is not None
    np.testing.assert_allclose(again.probabilities(points), old.probabilities(points))
    assert np.mean(np.array(again.predict(points)) == np.array(labels)) > 0.9


def test_probabilities_sum_to_one_and_close_topics_are_both_reported() -> None:
    tagger = TopicTagger(
        SLUGS, prototypes=np.eye(3, 8, dtype=np.float32), space=EmbeddingSpace(np.zeros(8))
    )
    between = np.eye(1, 8, 0) + np.eye(1, 8, 1)
    probabilities = tagger.probabilities(np.vstack([between, np.eye(1, 8, 2)]))
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)
    assert {score.slug for score in tagger.tag(between)} == {"bus", "school"}
    assert [score.slug for score in tagger.tag(np.eye(1, 8, 2))] == ["visa"]


def test_person_labels_come_first() -> None:
    model = [TopicScore("bus", 0.7), TopicScore("visa", 0.2)]
    merged = with_person_labels(model, ["visa"])
    assert merged == [TopicScore("visa", 1.0, "person"), TopicScore("bus", 0.7, "model")]


# ----------------------------------------------------------------------------- with the real model

OPINIONS = {
    "education": "夜に働いている人のための日本語教室を増やしてください。",
    "residence": "Thủ tục gia hạn thẻ cư trú mất quá nhiều thời gian.",
    "housing": "Muitos proprietários não alugam apartamentos para estrangeiros.",
    "medical": "ဆေးရုံမှာ ဘာသာပြန်ပေးမယ့်သူ ရှိစေချင်ပါတယ်။",
}


@pytest.fixture(scope="module")
def default_tagger(e5: Embedder) -> TopicTagger:
    return TopicTagger.zero_shot(load_taxonomy(), e5.embed)


def test_default_taxonomy_zero_shot_on_real_opinions(e5: Embedder, default_tagger) -> None:
    predicted = default_tagger.predict(e5.embed(list(OPINIONS.values())))
    assert predicted == list(OPINIONS)


# The misses issue 19 reported, in our own words (neither the taxonomy's examples nor the
# benchmark's texts): each must land on the chapter a ministry reviewer shelves it under.
HARD_CASES = [
    (
        "discrimination-human-rights",
        "My partner slaps me when he is drunk and took my phone. I am scared at home.",
    ),
    ("discrimination-human-rights", "Chồng tôi thường xuyên đánh đập tôi, tôi không dám về nhà."),
    (
        "employment",
        "The factory owner keeps all our passports in his safe and has not paid us since spring.",
    ),
    (
        "employment",
        "Kinuha ng kumpanya ang passport namin at tatlong buwan na kaming walang sweldo.",
    ),
    ("medical", "I can't sleep, I cry every night and I don't want to live anymore."),
    ("medical", "最近ずっと死にたいと思ってしまいます。"),
    ("residence", "How many years must I live in Japan before applying for permanent residency?"),
    ("residence", "Hilang kartu zairyu saya di stasiun, harus lapor ke imigrasi di mana?"),
]


@pytest.mark.parametrize(("expected", "text"), HARD_CASES)
def test_issue_19_misses_land_on_the_right_chapter(
    e5: Embedder, default_tagger, expected: str, text: str
) -> None:
    assert default_tagger.predict(e5.embed([text]))[0] == expected


def test_taxonomy_object_builds_from_plain_dicts(e5: Embedder) -> None:
    taxonomy = Taxonomy(load_taxonomy().topics[:2])
    tagger = TopicTagger.zero_shot(taxonomy, e5.embed)
    assert tagger.slugs == taxonomy.slugs


@pytest.fixture(scope="module")
def flag_model(e5: Embedder) -> FlagModel:
    return FlagModel.build(e5.embed)


@pytest.mark.parametrize(
    ("text", "expected", "desk_word"),
    [
        ("政府は外国人のための日本語教室を増やすべきです。", "policy_opinion", None),
        ("Dapat magkaroon ng mas maraming interpreter sa mga ospital.", "policy_opinion", None),
        ("Visa của tôi hết hạn tuần sau, tôi phải làm gì?", "consultation", "Immigration"),
        ("How do I get my pension back when I leave Japan?", "consultation", "Pension"),
    ],
)
def test_relevance_separates_opinions_from_consultations(
    e5: Embedder, flag_model: FlagModel, default_tagger, text, expected, desk_word
) -> None:
    embedding = e5.embed([text])
    topic = default_tagger.predict(embedding)[0]
    flag = flag_model.relevance(text, embedding, topic)
    assert flag.value == expected, flag
    assert flag.evidence
    if desk_word:
        assert desk_word in (flag.suggestion or ""), (topic, flag)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("会社の寮に閉じ込められて、給料ももらえません。助けてください。", True),
        ("Ông chủ đánh tôi mỗi ngày và giữ hộ chiếu của tôi.", True),
        ("My husband hits me and I am scared to go home.", True),
        ("ကျွန်မ အလုပ်ရှင်က ရိုက်နှက်ပြီး ပတ်စပို့ကို သိမ်းထားတယ်။", True),
        ("The bus to the city office should come more often.", False),
        ("ゴミの分別ルールを多言語で教えてほしいです。", False),
        ("I have good skills in cooking and want a job.", False),
    ],
)
def test_urgency_flags_danger_in_several_languages(
    e5: Embedder, flag_model: FlagModel, text: str, urgent: bool
) -> None:
    flag = flag_model.urgency(text, e5.embed([text]))
    assert (flag.value == "urgent") is urgent, flag
    if urgent:
        assert flag.evidence and flag.suggestion


def test_flag_model_round_trips(e5: Embedder, flag_model: FlagModel) -> None:
    text = "My employer took my passport."
    embedding = e5.embed([text])
    again = FlagModel.from_bytes(flag_model.to_bytes())
    assert again.flags(text, embedding) == flag_model.flags(text, embedding)
