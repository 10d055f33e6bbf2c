"""Topic tagging of opinions: multi-label scores over an editable taxonomy.

The taxonomy is data (`classifiers/data/taxonomy.yaml`, or a copy an administrator edits):
`load_taxonomy(path)` reads it. `TopicTagger.zero_shot(taxonomy, embed)` tags from the topics'
names, descriptions and examples alone (each topic's mean and its nearest texts);
`tagger.fit(embeddings, labels)` learns from reviewer labels as soon as they exist, blended per
topic with the zero-shot scores. Beside the similarities, the zero-shot tagger has a linear head
learned when it is built, from the topics' texts and the labelled opinions shipped with the
default taxonomy (`LabelledOpinions`, used only with the encoder that embedded them). Taggers
are plain numpy arrays, saved with `to_bytes()` and read back with `TopicTagger.from_bytes()`.
`shipped_defaults()` lists every default taxonomy shipped, so that a newer one reaches only the
topics no administrator edited.
See docs/adr/0003-embeddings-topics-themes.md.
"""

from __future__ import annotations

import functools
import io
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml

from classifiers.embedding import EmbeddingSpace

__all__ = [
    "DEFAULT_TAXONOMY_PATH",
    "SHIPPED_OPINIONS_PATH",
    "SHIPPED_TAXONOMIES",
    "LabelledOpinions",
    "Taxonomy",
    "TaxonomyError",
    "Topic",
    "TopicScore",
    "TopicTagger",
    "load_taxonomy",
    "shipped_defaults",
    "taxonomy_from_dict",
    "unmarked",
    "with_person_labels",
]

DEFAULT_TAXONOMY_PATH = Path(__file__).parent / "data" / "taxonomy.yaml"
# Every default taxonomy shipped before the current one, unchanged: a topic table row that
# still holds one of their texts was never edited by an administrator (see shipped_defaults).
SHIPPED_TAXONOMIES = Path(__file__).parent / "data" / "taxonomy_shipped"

# Opinions labelled by the team (the realistic set's dev split), as embeddings of the encoder
# named inside: the default head learns from them beside the topics' texts. Written by
# `benchmarks/topics.py --write-shipped-opinions`; see LabelledOpinions.
SHIPPED_OPINIONS_PATH = Path(__file__).parent / "data" / "topic_opinions.npz"

# The name under which an encoder caches its vectors of a taxonomy's texts in its model folder
# (`Embedder.embed_corpus`, keyed by the texts): a worker start, a new tagger and every regroup
# would otherwise embed the same thousand texts again.
TAXONOMY_TEXTS_CACHE = "taxonomy_texts"

Embed = Callable[[list[str]], np.ndarray]


# --------------------------------------------------------------------------- taxonomy


class TaxonomyError(ValueError):
    """A taxonomy file or table that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Topic:
    slug: str
    name: Mapping[str, str]
    description: str = ""
    examples: tuple[str, ...] = ()

    def same_text(self, other: Topic) -> bool:
        """The same names, description and examples (what an administrator can edit)."""
        return (
            self.name.get("ja", "") == other.name.get("ja", "")
            and self.name.get("en", "") == other.name.get("en", "")
            and self.description == other.description
            and list(self.examples) == list(other.examples)
        )

    def prototype_texts(self) -> list[str]:
        """The texts that describe this topic to the zero-shot tagger."""
        english = self.name.get("en", "")
        texts = [f"{english}: {self.description}" if self.description else english]
        texts += [name for lang, name in self.name.items() if lang != "en" and name]
        texts += list(self.examples)
        return [text for text in texts if text.strip()]


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[Topic, ...]

    @property
    def slugs(self) -> list[str]:
        return [topic.slug for topic in self.topics]

    def prototype_texts(self) -> tuple[list[str], np.ndarray]:
        """Every topic's descriptive texts, and the index of the topic each belongs to.

        A text in Latin letters with accents or tone marks also comes without them
        (`unmarked`): residents often type Vietnamese, Portuguese, Spanish or Tagalog on a
        phone without marks, and the encoder places "khong co viec lam" away from "không có
        việc làm"."""
        texts: list[str] = []
        owners: list[int] = []
        for index, topic in enumerate(self.topics):
            topic_texts = topic.prototype_texts()
            topic_texts += [plain for text in topic_texts if (plain := unmarked(text))]
            texts += topic_texts
            owners += [index] * len(topic_texts)
        return texts, np.asarray(owners)

    def get(self, slug: str) -> Topic:
        for topic in self.topics:
            if topic.slug == slug:
                return topic
        raise KeyError(slug)


def _as_text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise TaxonomyError(f"{where} must be text, not {type(value).__name__}")
    return value.strip()


def taxonomy_from_dict(document: Any, *, source: str = "taxonomy") -> Taxonomy:
    """Build a Taxonomy from `{"topics": [{slug, name: {ja, en}, description, examples}]}`."""
    if not isinstance(document, Mapping) or "topics" not in document:
        raise TaxonomyError(f"{source}: expected a mapping with a 'topics' list")
    entries = document["topics"]
    if not isinstance(entries, list) or not entries:
        raise TaxonomyError(f"{source}: 'topics' must be a non-empty list")
    topics: list[Topic] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        where = f"{source}: topic #{index + 1}"
        if not isinstance(entry, Mapping):
            raise TaxonomyError(f"{where} must be a mapping")
        if "slug" not in entry:
            raise TaxonomyError(f"{where} has no 'slug'")
        slug = _as_text(entry["slug"], f"{where} slug")
        where = f"{source}: topic {slug!r}"
        if not slug or not all(ch.isalnum() or ch in "-_/." for ch in slug):
            raise TaxonomyError(f"{where}: slug must be letters, digits, '-', '_', '/' or '.'")
        if slug in seen:
            raise TaxonomyError(f"{where} appears twice")
        seen.add(slug)
        name = entry.get("name")
        if isinstance(name, str):
            name = {"en": name}
        if not isinstance(name, Mapping) or not name:
            raise TaxonomyError(f"{where}: 'name' must be a mapping like {{ja: ..., en: ...}}")
        names = {str(lang): _as_text(text, f"{where} name.{lang}") for lang, text in name.items()}
        if "en" not in names and "ja" not in names:
            raise TaxonomyError(f"{where}: 'name' needs at least 'en' or 'ja'")
        description = _as_text(entry.get("description") or "", f"{where} description")
        examples = entry.get("examples") or []
        if not isinstance(examples, list):
            raise TaxonomyError(f"{where}: 'examples' must be a list of sentences")
        topics.append(
            Topic(
                slug=slug,
                name=names,
                description=description,
                examples=tuple(
                    _as_text(text, f"{where} example #{i + 1}") for i, text in enumerate(examples)
                ),
            )
        )
    return Taxonomy(tuple(topics))


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read a taxonomy from YAML or JSON (the default file when `path` is None)."""
    path = Path(path) if path is not None else DEFAULT_TAXONOMY_PATH
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TaxonomyError(f"cannot read taxonomy {path}: {error}") from error
    try:
        # YAML is a superset of JSON, but JSON's own parser gives clearer errors for .json.
        document = json.loads(raw) if path.suffix.lower() == ".json" else yaml.safe_load(raw)
    except (ValueError, yaml.YAMLError) as error:
        kind = path.suffix.lstrip(".").upper() or "YAML"
        raise TaxonomyError(f"{path} is not valid {kind}: {error}") from error
    return taxonomy_from_dict(document, source=str(path))


def shipped_defaults(folder: str | Path | None = None) -> dict[str, list[Topic]]:
    """Every version of each default topic ever shipped (the files in `SHIPPED_TAXONOMIES`
    and the current default), by slug.

    A deployment's topic table is seeded from the default file and then belongs to its
    administrators. When a newer default ships, a row that still equals one of these versions
    was never edited and may take the new text; any other row is an administrator's and is
    kept (feedback.admin.services.seed_topics).
    """
    folder = Path(folder) if folder is not None else SHIPPED_TAXONOMIES
    versions: dict[str, list[Topic]] = {}
    paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    for path in [*paths, DEFAULT_TAXONOMY_PATH]:
        for topic in load_taxonomy(path).topics:
            versions.setdefault(topic.slug, []).append(topic)
    return versions


# Latin letters whose unmarked form is not what Unicode decomposition gives.
_UNMARKED_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ı": "i", "ł": "l", "Ł": "L", "ø": "o"})


def unmarked(text: str) -> str | None:
    """`text` as typed without accents, tone marks or cedillas (Latin letters only: "Tôi
    không có thẻ" -> "Toi khong co the"; other scripts are left as they are), or None when
    that changes nothing."""
    plain = []
    for char in text.translate(_UNMARKED_LETTERS):
        if ord(char) < 0x80 or not unicodedata.name(char, "").startswith("LATIN"):
            plain.append(char)
            continue
        plain.extend(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    result = unicodedata.normalize("NFC", "".join(plain))
    return result if result != text else None


# --------------------------------------------------------------------------- tagging


@dataclass(frozen=True)
class TopicScore:
    slug: str
    score: float
    source: Literal["model", "person"] = "model"


def with_person_labels(
    scores: Sequence[TopicScore], person_slugs: Iterable[str]
) -> list[TopicScore]:
    """Reviewer labels first (score 1.0, source "person"), then the model's other topics."""
    chosen = list(dict.fromkeys(person_slugs))
    rest = [score for score in scores if score.slug not in chosen]
    return [TopicScore(slug, 1.0, "person") for slug in chosen] + rest


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


# Defaults, each chosen on SIB-200 dev averaged over all languages (never per line) and
# recorded in the ADR.
ZERO_SHOT_TEMPERATURE = 0.02  # cosine differences between topics are a few hundredths
REFINE_ROUNDS = 2  # soft k-means rounds of the prototypes over unlabelled opinions
REGULARISATION = 0.3  # inverse L2 strength of the softmax regression (taggers saved before
# the kernel head; still read)
KERNEL_C = 1.0  # the learned head: an RBF support vector machine on centred unit vectors
KERNEL_GAMMA = 1.0  # scikit-learn's "scale" for unit vectors in 384 dimensions
PAIRWISE_SLOPE = 6.0  # Platt slope turning a pair's decision value into a probability
MAX_KERNEL_LABELS = 20_000  # above this, a fixed random sample (fit time grows ~ n^2)
PRIOR_LABELS = 20.0  # a topic with this many labels weighs half learned, half zero-shot
MULTI_LABEL_RATIO = 0.5  # a second topic is reported when it has half the best one's score
MIN_SCORE = 0.15  # ... and at least this much
# Zero-shot similarity to a topic: (1 - w) x cosine to its prototype (the mean of its texts)
# + w x the mean cosine to its `EXEMPLAR_TOP` closest texts. A chapter covers unlike subjects
# (wages, passports kept by an employer, job hunting): their mean is close to none of them,
# while an opinion is close to the example that says the same thing. Chosen on the realistic
# opinions' dev split (benchmarks/topics.py; w 0.5-0.75 and 2-5 texts score alike there),
# never per line; see the ADR.
EXEMPLAR_WEIGHT = 0.75
EXEMPLAR_TOP = 3
# The zero-shot tagger's linear head (multinomial logistic regression on centred unit vectors,
# learned when the tagger is built from the topics' texts and the shipped labelled opinions):
# its probabilities weigh HEAD_SHARE against the similarities' softmax. Chosen on the
# realistic dev split by cross-validation (5 folds and leave-one-language-out: C 10-100 and
# a share of 0.5-0.9 score alike; first labels only, a reviewer's second labels as targets
# did worse), see the ADR.
HEAD_C = 30.0
HEAD_SHARE = 0.75
# Beside it, an RBF support vector machine on the same points (`KernelHead`, one-vs-one,
# coupled into probabilities): it weighs HEAD_KERNEL_SHARE against the linear head and
# similarities blended above. Chosen by leave-one-split-out cross-validation over the four
# labelled splits (each written by another writer; benchmarks/topics.py --split louo):
# 0.879 -> 0.894; C 3 and 10 alike (the margin is hard), gamma 2 worse, shares 0.3-0.7 alike.
HEAD_KERNEL_C = 3.0
HEAD_KERNEL_SHARE = 0.5
# A head is learned only from taxonomies with at least this many texts per topic on average:
# a topic described by its name and one sentence (SIB-200's) has too few to learn from.
HEAD_MIN_TEXTS = 10
# Shipped opinions are used only with the encoder that embedded them: the same dimension, and
# the mean direction of the taxonomy's texts within this cosine of the one recorded (another
# encoder's vectors are unrelated, cosine near 0; an administrator's edits to the topics, or
# another taxonomy, move it little: 0.94 for SIB-200's topics with the same encoder).
SAME_ENCODER_COSINE = 0.9


@dataclass(frozen=True)
class LabelledOpinions:
    """Opinions with the topic a reviewer chose, as embeddings: what the default head learns
    from beside the topics' texts (rows whose topic the taxonomy lacks are left out).

    Vectors belong to one encoder: `model` (its id) and `reference` (the mean direction of the
    default taxonomy's texts with it) say which. `suits(...)` is False for another encoder, and
    the head then learns from the topics' texts alone.
    """

    vectors: np.ndarray  # (n, d) unit vectors
    slugs: tuple[str, ...]  # per row, the reviewer's (first) topic
    languages: tuple[str | None, ...]  # per row
    ids: tuple[str, ...]  # per row, where it came from (e.g. the labelled set's row id)
    model: str
    reference: np.ndarray  # (d,)
    source: str = ""

    def suits(self, topic_vectors: np.ndarray, encoder: str | None = None) -> bool:
        """Whether these vectors come from the encoder that embedded `topic_vectors` (a
        taxonomy's texts): the same dimension and, roughly, the same mean direction; and the
        same model id when the caller knows it (`encoder`)."""
        if encoder is not None and encoder != self.model:
            return False
        if len(topic_vectors) == 0 or topic_vectors.shape[1] != self.vectors.shape[1]:
            return False
        direction = _normalise_rows(_normalise_rows(topic_vectors).mean(axis=0))
        return float(direction @ _normalise_rows(self.reference)) >= SAME_ENCODER_COSINE

    def without(self, ids: Iterable[str]) -> LabelledOpinions:
        """The same less some rows (a benchmark's fold)."""
        dropped = set(ids)
        keep = [row for row, name in enumerate(self.ids) if name not in dropped]
        return LabelledOpinions(
            vectors=self.vectors[keep],
            slugs=tuple(self.slugs[row] for row in keep),
            languages=tuple(self.languages[row] for row in keep),
            ids=tuple(self.ids[row] for row in keep),
            model=self.model,
            reference=self.reference,
            source=self.source,
        )

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        meta = {
            "model": self.model,
            "dimension": int(self.vectors.shape[1]),
            "source": self.source,
            "ids": list(self.ids),
            "slugs": list(self.slugs),
            "languages": list(self.languages),
        }
        np.savez_compressed(
            buffer,
            meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), np.uint8),
            vectors=self.vectors.astype(np.float16),  # half the size; cosines move < 0.001
            reference=self.reference.astype(np.float32),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, image: bytes) -> LabelledOpinions:
        with np.load(io.BytesIO(image), allow_pickle=False) as arrays:
            meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
            return cls(
                vectors=_normalise_rows(arrays["vectors"].astype(np.float32)),
                slugs=tuple(meta["slugs"]),
                languages=tuple(meta["languages"]),
                ids=tuple(meta["ids"]),
                model=str(meta["model"]),
                reference=arrays["reference"].astype(np.float32),
                source=str(meta.get("source", "")),
            )

    @classmethod
    def shipped(cls) -> LabelledOpinions | None:
        """The opinions shipped with the default taxonomy (read once per process)."""
        return _shipped_opinions()


@functools.cache
def _shipped_opinions() -> LabelledOpinions | None:
    try:
        return LabelledOpinions.from_bytes(SHIPPED_OPINIONS_PATH.read_bytes())
    except OSError:
        return None


@dataclass
class TopicTagger:
    """Scores opinions' embeddings against topics. Arrays only: safe to persist and share.

    `prototypes` (k, d): one unit vector per topic from its descriptive texts (refined by
    unlabelled opinions when given).
    `space`: the centring applied before comparing (global mean, and each language's own mean
    when known): e5 vectors share a large common direction and a per-language offset that
    otherwise drown the topical differences.
    `kernel`: the head learned from labels (None until `fit`), an RBF support vector
    machine, one-vs-one, whose pairwise decisions are coupled into probabilities.
    `weights`/`bias`: the softmax regression of taggers saved before the kernel head.
    `label_counts` (k,): labels seen per topic, for the per-topic blend.
    `exemplars` (m, d) / `exemplar_owners` (m,): every descriptive text of every topic
    (centred unit vectors) and its topic's index, for the nearest-examples part of the
    zero-shot similarity; None in taggers saved before it (prototypes alone then).
    `head_weights` (k, d) / `head_bias` (k,): the zero-shot tagger's linear head, learned when
    it is built from the topics' texts and the shipped labelled opinions (see
    `from_prototype_vectors`); its softmax weighs `head_share` against the similarities'.
    None in taggers saved before it, and for taxonomies with too few texts to learn from.
    `head_kernel`: an RBF support vector machine learned from the same points beside the
    linear head; its probabilities weigh `head_kernel_share` against the blend of the linear
    head and the similarities. None in taggers saved before it, and wherever the linear head
    is None.
    """

    slugs: list[str]
    prototypes: np.ndarray
    space: EmbeddingSpace
    temperature: float = ZERO_SHOT_TEMPERATURE
    weights: np.ndarray | None = None
    bias: np.ndarray | None = None
    label_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    kernel: KernelHead | None = None
    exemplars: np.ndarray | None = None
    exemplar_owners: np.ndarray | None = None
    exemplar_weight: float = EXEMPLAR_WEIGHT
    exemplar_top: int = EXEMPLAR_TOP
    head_weights: np.ndarray | None = None
    head_bias: np.ndarray | None = None
    head_share: float = HEAD_SHARE
    head_kernel: KernelHead | None = None
    head_kernel_share: float = HEAD_KERNEL_SHARE

    # ------------------------------------------------------------- building

    @classmethod
    def zero_shot(
        cls,
        taxonomy: Taxonomy,
        embed: Embed,
        *,
        unlabelled: np.ndarray | None = None,
        languages: Sequence[str | None] | None = None,
        offsets: Mapping[str, np.ndarray] | None = None,
        labelled: LabelledOpinions | Literal["shipped"] | None = "shipped",
        encoder: str | None = None,
    ) -> TopicTagger:
        """A tagger from the topics' texts; `unlabelled` opinions (embeddings) sharpen it.

        Each topic's prototype is the mean of its texts' embeddings. With unlabelled opinions
        (and their detected `languages`) the tagger centres each language on its mean and
        refines each prototype towards the opinions it claims (soft k-means started at the
        prototypes). Unlabelled opinions are what a deployment has from day one.
        """
        texts, owners = taxonomy.prototype_texts()
        vectors = _normalise_rows(embed(texts))
        return cls.from_prototype_vectors(
            taxonomy.slugs,
            vectors,
            owners,
            unlabelled=unlabelled,
            languages=languages,
            offsets=offsets,
            labelled=labelled,
            encoder=encoder,
        )

    @classmethod
    def from_prototype_vectors(
        cls,
        slugs: Sequence[str],
        vectors: np.ndarray,
        owners: np.ndarray,
        *,
        unlabelled: np.ndarray | None = None,
        languages: Sequence[str | None] | None = None,
        offsets: Mapping[str, np.ndarray] | None = None,
        labelled: LabelledOpinions | Literal["shipped"] | None = "shipped",
        encoder: str | None = None,
    ) -> TopicTagger:
        """As `zero_shot`, from already embedded topic texts (`owners[i]` = topic index).

        `offsets` (`Embedder.language_offsets()`) centre languages with few opinions (or
        none yet) on the opinions' content plus their offset (`EmbeddingSpace.fit`).

        The linear head (see `probabilities`) learns from the topics' texts and from
        `labelled` opinions ("shipped": `LabelledOpinions.shipped()`, the team's labelled
        opinions on the default taxonomy) when they come from the same encoder (`encoder`,
        the model id, where the caller knows it; the vectors are compared in any case) and
        only for the topics the taxonomy has. Another encoder: the topics' texts alone."""
        slugs = list(slugs)
        vectors = _normalise_rows(vectors)
        owners = np.asarray(owners)
        has_unlabelled = unlabelled is not None and len(unlabelled) > 0
        basis = unlabelled if unlabelled is not None and has_unlabelled else vectors
        space = EmbeddingSpace.fit(basis, languages if has_unlabelled else None, offsets=offsets)
        centred = space.transform(vectors)
        prototypes = np.stack(
            [
                _normalise_rows(centred[owners == index].mean(axis=0))
                if np.any(owners == index)
                else np.zeros(vectors.shape[1], np.float32)
                for index in range(len(slugs))
            ]
        )
        tagger = cls(
            slugs=slugs,
            prototypes=prototypes.astype(np.float32),
            space=space,
            label_counts=np.zeros(len(slugs), dtype=np.float32),
            exemplars=_normalise_rows(centred).astype(np.float32),
            exemplar_owners=owners.astype(np.int32),
        )
        if has_unlabelled:
            assert unlabelled is not None
            tagger.refine(unlabelled, languages)
        if labelled == "shipped":
            labelled = LabelledOpinions.shipped()
        if labelled is not None and not labelled.suits(vectors, encoder):
            labelled = None
        tagger.learn_head(labelled)
        return tagger

    def learn_head(self, labelled: LabelledOpinions | None = None) -> None:
        """Learn the linear head from the topics' texts (`exemplars`) and `labelled` opinions
        of the taxonomy's topics (vectors of the same encoder), in this tagger's space.

        Nothing is learned for taxonomies with fewer than `HEAD_MIN_TEXTS` texts per topic on
        average: a nearest-example score is all a name and one sentence allow.
        """
        from sklearn.linear_model import LogisticRegression
        from sklearn.svm import SVC
        from threadpoolctl import threadpool_limits

        self.head_weights = self.head_bias = None
        self.head_kernel = None
        if self.exemplars is None or self.exemplar_owners is None:
            return
        count = len(self.slugs)
        if count < 2 or len(self.exemplar_owners) < HEAD_MIN_TEXTS * count:
            return
        points = [self.exemplars]
        targets = [np.asarray(self.exemplar_owners)]
        if labelled is not None:
            index = {slug: i for i, slug in enumerate(self.slugs)}
            rows = [row for row, slug in enumerate(labelled.slugs) if slug in index]
            if rows:
                points.append(
                    self.space.transform(
                        labelled.vectors[rows], [labelled.languages[row] for row in rows]
                    )
                )
                targets.append(np.asarray([index[labelled.slugs[row]] for row in rows]))
        targets_all = np.concatenate(targets)
        classes = np.unique(targets_all)
        if len(classes) < 2:
            return
        model = LogisticRegression(C=HEAD_C, max_iter=3000)
        # One BLAS thread: the problem is small (a thousand vectors), and on a busy machine
        # threads contending for the cores made the fit 20 times slower (0.6 s against 13 s).
        stacked = np.vstack(points)
        # tol 0.01 (libsvm's default 0.001): fits in two thirds of the time, same figures.
        kernel = SVC(
            C=HEAD_KERNEL_C,
            kernel="rbf",
            gamma=KERNEL_GAMMA,
            decision_function_shape="ovo",
            tol=0.01,
            cache_size=500,
        )
        with threadpool_limits(1):
            model.fit(stacked, targets_all)
            kernel.fit(stacked, targets_all)
        self.head_kernel = KernelHead.from_svc(kernel, KERNEL_GAMMA, half=True)
        dimensions = self.exemplars.shape[1]
        weights = np.zeros((count, dimensions), np.float32)
        # A topic with nothing to learn from gets no share of the head's probability.
        bias = np.full(count, -1e4, np.float32)
        if len(classes) == 2:
            # scikit-learn's binary model: one row, for its second class against the first.
            weights[classes[1]], bias[classes[1]] = model.coef_[0], model.intercept_[0]
            bias[classes[0]] = 0.0
        else:
            weights[classes] = model.coef_
            bias[classes] = model.intercept_
        self.head_weights, self.head_bias = weights, bias

    def refine(
        self,
        unlabelled: np.ndarray,
        languages: Sequence[str | None] | None = None,
        rounds: int = REFINE_ROUNDS,
    ) -> None:
        """Move each prototype towards the unlabelled opinions it claims (soft k-means).

        The starting prototype stays in the mix with the weight of a quarter of an average
        topic's opinions, and at least that of its own texts (each counts as an opinion), so
        a topic never drifts far from what its description says: a few dozen opinions on one
        subject must not drag a topic described by forty examples towards them.
        """
        points = self.space.transform(unlabelled, languages)
        anchor = self.prototypes.copy()
        own_texts = (
            np.bincount(self.exemplar_owners, minlength=len(self.slugs)).astype(np.float32)
            if self.exemplar_owners is not None
            else np.zeros(len(self.slugs), np.float32)
        )
        anchor_weight = np.maximum(max(1.0, len(points) / (4 * len(self.slugs))), own_texts)[
            :, None
        ]
        for _ in range(rounds):
            responsibilities = _softmax(self.similarities(points) / self.temperature)
            moved = responsibilities.T @ points
            self.prototypes = _normalise_rows(moved + anchor_weight * anchor)

    def fit(
        self,
        embeddings: np.ndarray,
        labels: Sequence[str | Sequence[str]],
        languages: Sequence[str | None] | None = None,
        *,
        regularisation: float = KERNEL_C,
    ) -> TopicTagger:
        """Learn from reviewer labels (one slug or several per opinion); returns self.

        An RBF support vector machine over centred embeddings (scikit-learn's libsvm), at
        most `MAX_KERNEL_LABELS` of them (a fixed random sample beyond). Topics with few
        labels lean on their zero-shot prototype; see `probabilities`. `regularisation` is
        the SVM's C.
        """
        from sklearn.svm import SVC

        index = {slug: i for i, slug in enumerate(self.slugs)}
        rows: list[int] = []
        targets: list[int] = []
        sample_weight: list[float] = []
        for row, label in enumerate(labels):
            slugs = [label] if isinstance(label, str) else list(label)
            known = [slug for slug in slugs if slug in index]
            for slug in known:
                rows.append(row)
                targets.append(index[slug])
                sample_weight.append(1.0 / len(known))
        if not rows:
            raise ValueError("fit() needs at least one label from the taxonomy")
        counts = np.bincount(np.asarray(targets), minlength=len(self.slugs))
        self.label_counts = counts.astype(np.float32)
        if len(rows) > MAX_KERNEL_LABELS:
            keep = np.sort(
                np.random.default_rng(0).choice(len(rows), MAX_KERNEL_LABELS, replace=False)
            )
            rows = [rows[i] for i in keep]
            targets = [targets[i] for i in keep]
            sample_weight = [sample_weight[i] for i in keep]
        row_languages = [languages[row] for row in rows] if languages is not None else None
        points = self.space.transform(np.asarray(embeddings)[rows], row_languages)
        classes = np.unique(np.asarray(targets))
        self.weights = self.bias = None
        if len(classes) == 1:
            self.kernel = KernelHead.single(int(classes[0]), points.shape[1])
            return self
        model = SVC(
            C=regularisation, kernel="rbf", gamma=KERNEL_GAMMA, decision_function_shape="ovo"
        )
        model.fit(points, np.asarray(targets), sample_weight=np.asarray(sample_weight))
        self.kernel = KernelHead.from_svc(model, KERNEL_GAMMA)
        return self

    # ------------------------------------------------------------- scoring

    def similarities(self, points: np.ndarray) -> np.ndarray:
        """(n, k) zero-shot similarity of centred points to each topic: to its prototype,
        blended with the mean of its `EXEMPLAR_TOP` closest texts (see `EXEMPLAR_WEIGHT`)."""
        to_prototypes = points @ self.prototypes.T
        weight = self.exemplar_weight
        if self.exemplars is None or self.exemplar_owners is None or weight == 0:
            return to_prototypes
        to_exemplars = points @ self.exemplars.T
        # A topic with no more texts than `exemplar_top` keeps its prototype's cosine: its
        # nearest texts are all its texts, whose mean the prototype already is (or was,
        # before unlabelled opinions refined it: SIB-200's name-and-description topics).
        nearest = to_prototypes.copy()
        top = self.exemplar_top
        for index in range(len(self.slugs)):
            own = to_exemplars[:, self.exemplar_owners == index]
            if own.shape[1] <= top:
                continue
            nearest[:, index] = np.partition(own, own.shape[1] - top, axis=1)[:, -top:].mean(axis=1)
        return (1 - weight) * to_prototypes + weight * nearest

    def probabilities(
        self, embeddings: np.ndarray, languages: Sequence[str | None] | None = None
    ) -> np.ndarray:
        """(n, k) topic probabilities, rows summing to one."""
        points = self.space.transform(embeddings, languages)
        zero_shot = _softmax(self.similarities(points) / self.temperature)
        if self.head_weights is not None and self.head_bias is not None:
            head = _softmax(points @ self.head_weights.T + self.head_bias)
            zero_shot = self.head_share * head + (1 - self.head_share) * zero_shot
            if self.head_kernel is not None:
                kernel = self.head_kernel.probabilities(points, len(self.slugs))
                share = self.head_kernel_share
                zero_shot = share * kernel + (1 - share) * zero_shot
        if self.kernel is not None:
            learned = self.kernel.probabilities(points, len(self.slugs))
        elif self.weights is not None and self.bias is not None:
            learned = _softmax(points @ self.weights.T + self.bias)
        else:
            return zero_shot
        # Per topic: how much to trust labels over the description.
        trust = self.label_counts / (self.label_counts + PRIOR_LABELS)
        blended = trust * learned + (1 - trust) * zero_shot
        return blended / blended.sum(axis=1, keepdims=True)

    def scores(
        self, embeddings: np.ndarray, languages: Sequence[str | None] | None = None
    ) -> list[list[TopicScore]]:
        """Per opinion, its topics best first: the best always, others if close to it."""
        results: list[list[TopicScore]] = []
        for row in self.probabilities(embeddings, languages):
            order = np.argsort(-row)
            best = float(row[order[0]])
            chosen = [
                TopicScore(self.slugs[i], round(float(row[i]), 4))
                for i in order
                if i == order[0] or (row[i] >= MULTI_LABEL_RATIO * best and row[i] >= MIN_SCORE)
            ]
            results.append(chosen)
        return results

    def tag(self, embedding: np.ndarray, language: str | None = None) -> list[TopicScore]:
        """One opinion's topics, best first."""
        return self.scores(np.atleast_2d(embedding), [language])[0]

    def predict(
        self, embeddings: np.ndarray, languages: Sequence[str | None] | None = None
    ) -> list[str]:
        """The best topic per opinion."""
        probabilities = self.probabilities(embeddings, languages)
        return [self.slugs[i] for i in probabilities.argmax(axis=1)]

    # ------------------------------------------------------------- persistence

    def to_bytes(self) -> bytes:
        """An .npz image (no pickle): arrays, and the slugs and languages as JSON."""
        buffer = io.BytesIO()
        language_names = sorted(self.space.language_centers)
        meta = {"slugs": self.slugs, "languages": language_names}
        arrays: dict[str, Any] = {
            "meta": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
            "prototypes": self.prototypes,
            "center": self.space.center,
            "language_centers": np.stack(
                [self.space.language_centers[name] for name in language_names]
            )
            if language_names
            else np.zeros((0, len(self.space.center)), np.float32),
            "temperature": np.asarray(self.temperature, dtype=np.float32),
            "label_counts": self.label_counts,
        }
        if self.weights is not None and self.bias is not None:
            arrays["weights"] = self.weights
            arrays["bias"] = self.bias
        if self.kernel is not None:
            arrays.update(self.kernel.arrays())
        if self.exemplars is not None and self.exemplar_owners is not None:
            arrays["exemplars"] = self.exemplars
            arrays["exemplar_owners"] = self.exemplar_owners
            arrays["exemplar_weight"] = np.asarray(self.exemplar_weight, dtype=np.float32)
            arrays["exemplar_top"] = np.asarray(self.exemplar_top, dtype=np.int32)
        if self.head_weights is not None and self.head_bias is not None:
            arrays["head_weights"] = self.head_weights
            arrays["head_bias"] = self.head_bias
            arrays["head_share"] = np.asarray(self.head_share, dtype=np.float32)
        if self.head_kernel is not None:
            # Half precision: nearly every point is a support vector (2,400 x 384).
            arrays.update(self.head_kernel.arrays(prefix="head_kernel", half=True))
            arrays["head_kernel_share"] = np.asarray(self.head_kernel_share, dtype=np.float32)
        np.savez_compressed(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, image: bytes) -> TopicTagger:
        with np.load(io.BytesIO(image), allow_pickle=False) as arrays:
            meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
            centers = arrays["language_centers"]
            space = EmbeddingSpace(
                center=arrays["center"],
                language_centers={name: centers[i] for i, name in enumerate(meta["languages"])},
            )
            return cls(
                slugs=meta["slugs"],
                prototypes=arrays["prototypes"],
                space=space,
                temperature=float(arrays["temperature"]),
                weights=arrays.get("weights"),
                bias=arrays.get("bias"),
                label_counts=arrays["label_counts"],
                kernel=KernelHead.from_arrays(arrays),
                exemplars=arrays.get("exemplars"),
                exemplar_owners=arrays.get("exemplar_owners"),
                exemplar_weight=float(arrays["exemplar_weight"])
                if "exemplar_weight" in arrays
                else EXEMPLAR_WEIGHT,
                exemplar_top=int(arrays["exemplar_top"])
                if "exemplar_top" in arrays
                else EXEMPLAR_TOP,
                head_weights=arrays.get("head_weights"),
                head_bias=arrays.get("head_bias"),
                head_share=float(arrays["head_share"]) if "head_share" in arrays else HEAD_SHARE,
                head_kernel=KernelHead.from_arrays(arrays, prefix="head_kernel"),
                head_kernel_share=float(arrays["head_kernel_share"])
                if "head_kernel_share" in arrays
                else HEAD_KERNEL_SHARE,
            )

    def save(self, path: str | Path) -> None:
        target = Path(path)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(self.to_bytes())
        partial.replace(target)  # workers reloading never see half a file

    @classmethod
    def load(cls, path: str | Path) -> TopicTagger:
        return cls.from_bytes(Path(path).read_bytes())


@dataclass
class KernelHead:
    """A one-vs-one RBF support vector machine as plain arrays (fitted by scikit-learn's
    libsvm, evaluated here with numpy, so a saved tagger needs no pickle).

    `support_vectors` (m, d) grouped by class, `n_support[c]` of the c-th class in `classes`
    (topic indices); `dual_coef` (c - 1, m) and `intercept` (one per pair, in the order
    (0, 1), (0, 2), ..., (1, 2), ...), libsvm's layout; a pair's decision is positive for its
    first class.
    """

    support_vectors: np.ndarray
    dual_coef: np.ndarray
    intercept: np.ndarray
    n_support: np.ndarray
    classes: np.ndarray
    gamma: float = KERNEL_GAMMA

    @classmethod
    def single(cls, topic: int, dimensions: int) -> KernelHead:
        """Labels of one topic only: it gets every opinion's learned probability."""
        empty = np.zeros((0, dimensions), np.float32)
        return cls(
            support_vectors=empty,
            dual_coef=np.zeros((0, 0), np.float32),
            intercept=np.zeros(0, np.float32),
            n_support=np.zeros(1, np.int32),
            classes=np.asarray([topic], np.int32),
        )

    def __post_init__(self) -> None:
        # Precomputed once: the support vectors' squared norms, and the dual coefficients laid
        # out as one (m, pairs) matrix, so that all pairs' decisions are one product.
        self._norms = (self.support_vectors.astype(np.float32) ** 2).sum(axis=1)
        starts = np.concatenate([[0], np.cumsum(self.n_support)]).astype(int)
        count = len(self.classes)
        pairs = count * (count - 1) // 2
        coefficients = np.zeros((len(self.support_vectors), pairs), dtype=np.float32)
        pair = 0
        for i in range(count):
            rows_i = slice(starts[i], starts[i + 1])
            for j in range(i + 1, count):
                rows_j = slice(starts[j], starts[j + 1])
                coefficients[rows_i, pair] = self.dual_coef[j - 1, rows_i]
                coefficients[rows_j, pair] = self.dual_coef[i, rows_j]
                pair += 1
        self._coefficients = coefficients

    def decisions(self, points: np.ndarray) -> np.ndarray:
        """(n, pairs) decision values."""
        points = np.asarray(points, dtype=np.float32)
        distances = (
            (points * points).sum(axis=1)[:, None]
            + self._norms[None, :]
            - 2.0 * points @ self.support_vectors.T
        )
        kernel = np.exp(-self.gamma * np.maximum(distances, 0.0))
        return kernel @ self._coefficients + self.intercept

    def probabilities(self, points: np.ndarray, topics: int) -> np.ndarray:
        """(n, topics) probabilities; topics without labels get 0.

        Each pair's decision becomes P(first | first or second) by a sigmoid, and the pairs
        are coupled into one distribution by Wu, Lin and Weng's second method (what libsvm
        does for its probabilities): minimise sum over pairs of (r_ji p_i - r_ij p_j)^2 with
        the probabilities summing to one, a (c + 1)-square linear system per opinion.
        """
        result = np.zeros((len(points), topics), dtype=np.float32)
        count = len(self.classes)
        if count == 1:
            result[:, self.classes[0]] = 1.0
            return result
        pairwise = 1.0 / (1.0 + np.exp(-PAIRWISE_SLOPE * self.decisions(points)))
        wins = np.zeros((len(points), count, count), dtype=np.float64)
        pair = 0
        for i in range(count):
            for j in range(i + 1, count):
                wins[:, i, j] = pairwise[:, pair]
                wins[:, j, i] = 1.0 - pairwise[:, pair]
                pair += 1
        system = np.zeros((len(points), count + 1, count + 1), dtype=np.float64)
        # Q[i, i] = sum over j of r_ji^2; Q[i, j] = -r_ji r_ij.
        system[:, :count, :count] = -wins.transpose(0, 2, 1) * wins
        diagonal = (wins.transpose(0, 2, 1) ** 2).sum(axis=2)
        system[:, np.arange(count), np.arange(count)] = diagonal
        system[:, :count, count] = 1.0
        system[:, count, :count] = 1.0
        target = np.zeros((len(points), count + 1, 1), dtype=np.float64)
        target[:, count, 0] = 1.0
        solved = np.clip(np.linalg.solve(system, target)[:, :count, 0], 1e-6, None)
        result[:, self.classes] = solved / solved.sum(axis=1, keepdims=True)
        return result

    @classmethod
    def from_svc(cls, model: Any, gamma: float, *, half: bool = False) -> KernelHead:
        """From a fitted scikit-learn SVC (rbf kernel, `decision_function_shape="ovo"`);
        `half`: support vectors rounded to half precision, as `arrays(half=True)` saves them
        (so that a saved head scores as the one in memory)."""
        dual = np.asarray(model.dual_coef_, dtype=np.float32)
        intercept = np.asarray(model.intercept_, dtype=np.float32)
        if len(model.classes_) == 2:
            # scikit-learn flips a binary model's signs to favour its second class; every
            # pair here favours its first, as in the multi-class case.
            dual, intercept = -dual, -intercept
        vectors = np.asarray(model.support_vectors_, dtype=np.float16 if half else np.float32)
        return cls(
            support_vectors=vectors.astype(np.float32),
            dual_coef=dual,
            intercept=intercept,
            n_support=np.asarray(model.n_support_, dtype=np.int32),
            classes=np.asarray(model.classes_, dtype=np.int32),
            gamma=gamma,
        )

    def arrays(self, prefix: str = "kernel", half: bool = False) -> dict[str, np.ndarray]:
        return {
            f"{prefix}_support_vectors": self.support_vectors.astype(np.float16)
            if half
            else self.support_vectors,
            f"{prefix}_dual_coef": self.dual_coef,
            f"{prefix}_intercept": self.intercept,
            f"{prefix}_n_support": self.n_support,
            f"{prefix}_classes": self.classes,
            f"{prefix}_gamma": np.asarray(self.gamma, dtype=np.float32),
        }

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str = "kernel") -> KernelHead | None:
        if f"{prefix}_classes" not in arrays:
            return None
        return cls(
            support_vectors=arrays[f"{prefix}_support_vectors"].astype(np.float32),
            dual_coef=arrays[f"{prefix}_dual_coef"],
            intercept=arrays[f"{prefix}_intercept"],
            n_support=arrays[f"{prefix}_n_support"],
            classes=arrays[f"{prefix}_classes"],
            gamma=float(arrays[f"{prefix}_gamma"]),
        )
