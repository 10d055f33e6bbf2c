"""Relevance and urgency flags: which messages are policy opinions, and which need help now.

Most messages to an opinion box are not opinions on policy but personal questions that belong
at a consultation desk. `FlagModel.relevance` says "policy_opinion" or "consultation" (with
where it belongs); `FlagModel.urgency` raises "urgent" with its categories (danger to life, violence, sexual
abuse, a child at risk, labour exploitation, stalking) through `classifiers.urgency`, and
says where to turn. Relevance combines embedding similarity to the multilingual exemplars in
`classifiers/data/flags.yaml` with keyword lists in the main languages; an urgent message is
always a consultation. Both say which evidence they used.
"""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from classifiers.heads import LinearHead
from classifiers.urgency import UrgencyModel

__all__ = [
    "DEFAULT_FLAGS_PATH",
    "Flag",
    "FlagModel",
    "FlagRules",
    "load_flag_rules",
]

DEFAULT_FLAGS_PATH = Path(__file__).parent / "data" / "flags.yaml"
# The team's policy-opinion and consultation exemplars in 16 languages: the relevance head's
# training set (with the rule file's own exemplars).
RELEVANCE_EXEMPLARS_PATH = Path(__file__).parent / "data" / "relevance_exemplars.yaml"

Embed = Callable[[list[str]], np.ndarray]

POLICY = "policy_opinion"
CONSULTATION = "consultation"
URGENT = "urgent"
NOT_URGENT = "not_urgent"

# Nearest exemplars averaged per class: robust to one odd exemplar.
TOP_EXEMPLARS = 3
# The relevance head: its inverse regularisation, and the probability of "consultation" above
# which a message is one; chosen on the development set (docs/adr/0006-urgency.md).
RELEVANCE_C = 10.0
RELEVANCE_THRESHOLD = 0.5


@dataclass(frozen=True)
class Flag:
    kind: str  # "relevance" or "urgency"
    value: str  # "policy_opinion" | "consultation" | "urgent" | "not_urgent"
    score: float  # 0..1, how sure
    evidence: tuple[str, ...]  # human-readable reasons
    suggestion: str | None = None  # where a consultation or an urgent case belongs
    categories: tuple[str, ...] = ()  # urgency: classifiers.urgency.CATEGORIES, worst first


@dataclass(frozen=True)
class FlagRules:
    exemplars: dict[str, tuple[str, ...]]
    keywords: dict[str, tuple[str, ...]]
    desks: dict[str, str]
    default_desk: str
    urgent_desk: str
    urgent_desks: dict[str, str]  # urgency category -> where to turn now


def load_flag_rules(path: str | Path | None = None) -> FlagRules:
    path = Path(path) if path is not None else DEFAULT_FLAGS_PATH
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError(f"{path}: expected a mapping")
    exemplars: dict[str, tuple[str, ...]] = {}
    keywords: dict[str, tuple[str, ...]] = {}
    for kind in (POLICY, CONSULTATION):
        section = document.get(kind)
        if not isinstance(section, dict) or not section.get("exemplars"):
            raise ValueError(f"{path}: '{kind}' needs a list of exemplars")
        exemplars[kind] = tuple(str(text) for text in section["exemplars"])
        keywords[kind] = tuple(_normalise(str(word)) for word in section.get("keywords") or [])
    return FlagRules(
        exemplars=exemplars,
        keywords=keywords,
        desks={str(k): str(v) for k, v in (document.get("desks") or {}).items()},
        default_desk=str(document.get("default_desk", "")),
        urgent_desk=str(document.get("urgent_desk", "")),
        urgent_desks={str(k): str(v) for k, v in (document.get("urgent_desks") or {}).items()},
    )


def load_relevance_exemplars(
    rules: FlagRules, path: str | Path | None = None
) -> tuple[list[str], list[str]]:
    """(texts, labels) for the relevance head: the team's file plus the rule file's examples."""
    path = Path(path) if path is not None else RELEVANCE_EXEMPLARS_PATH
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts: list[str] = []
    labels: list[str] = []
    for kind in (POLICY, CONSULTATION):
        entries = [str(entry["text"]) for entry in (document.get(kind) or [])]
        entries += list(rules.exemplars[kind])
        if not entries:
            raise ValueError(f"{path}: no {kind} exemplars")
        texts += entries
        labels += [kind] * len(entries)
    return texts, labels


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _unit(matrix: np.ndarray) -> np.ndarray:
    matrix = np.atleast_2d(np.asarray(matrix, dtype=np.float32))
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def _keyword_hits(text: str, keywords: Sequence[str]) -> list[str]:
    normalised = _normalise(text)
    hits = []
    for word in keywords:
        if not word:
            continue
        # Latin-script keywords must match whole words ("kill" not in "skills").
        if word.isascii():
            padded = f" {normalised} "
            found = any(
                f"{left}{word}{right}" in padded
                for left in (" ", "'", '"', "(")
                for right in (" ", ".", ",", "!", "?", "'", '"', ")")
            )
        else:
            found = word in normalised
        if found:
            hits.append(word)
    return hits


@dataclass
class FlagModel:
    """Exemplar embeddings plus the rules; arrays only, persistable like the topic tagger.

    Without an embedding model (`vectors` empty) relevance is not judged, and urgency comes
    from the patterns alone.
    """

    rules: FlagRules
    vectors: dict[str, np.ndarray]  # kind -> (m, d) centred unit exemplar vectors
    center: np.ndarray
    urgency_model: UrgencyModel
    relevance_head: LinearHead | None = None

    @classmethod
    def build(
        cls,
        embed: Embed | None,
        rules: FlagRules | None = None,
        *,
        embed_corpus: Callable[[str, list[str]], np.ndarray] | None = None,
    ) -> FlagModel:
        """`embed_corpus(name, texts)`, when given, embeds fixed exemplar sets through a
        cache (`Embedder.embed_corpus`); `embed` is used otherwise."""
        rules = rules or load_flag_rules()
        if embed is None:
            return cls(rules, {}, np.zeros(0, dtype=np.float32), UrgencyModel.build(None))

        def embed_fixed(name: str) -> Embed:
            if embed_corpus is None:
                return embed
            return lambda texts: embed_corpus(name, texts)

        kinds = list(rules.exemplars)
        texts = [text for kind in kinds for text in rules.exemplars[kind]]
        vectors = _unit(embed_fixed("flag_exemplars")(texts))
        center = vectors.mean(axis=0)
        vectors = _unit(vectors - center)
        by_kind: dict[str, np.ndarray] = {}
        start = 0
        for kind in kinds:
            count = len(rules.exemplars[kind])
            by_kind[kind] = vectors[start : start + count]
            start += count
        urgency_model = UrgencyModel.build(embed_fixed("urgency_exemplars"))
        relevance_texts, relevance_labels = load_relevance_exemplars(rules)
        relevance_head = LinearHead.fit(
            embed_fixed("relevance_exemplars")(relevance_texts), relevance_labels, c=RELEVANCE_C
        )
        return cls(rules, by_kind, center.astype(np.float32), urgency_model, relevance_head)

    def _similarity(self, embedding: np.ndarray, kind: str) -> tuple[float, int]:
        point = _unit(_unit(embedding) - self.center)[0]
        similarities = self.vectors[kind] @ point
        top = np.sort(similarities)[-TOP_EXEMPLARS:]
        return float(top.mean()), int(np.argmax(similarities))

    def relevance(
        self,
        text: str,
        embedding: np.ndarray,
        topic: str | None = None,
        urgency: Flag | None = None,
    ) -> Flag:
        """Policy opinion or personal consultation; for a consultation, where it belongs.

        A message that is urgent describes the writer's own situation: a consultation, even
        without a question ("my husband beats me" is not a policy opinion).
        """
        if urgency is not None and urgency.value == URGENT:
            return Flag(
                "relevance",
                CONSULTATION,
                1.0,
                ("urgent: " + ", ".join(urgency.categories),),
                urgency.suggestion,
            )
        _, policy_best = self._similarity(embedding, POLICY)
        _, consult_best = self._similarity(embedding, CONSULTATION)
        policy_words = _keyword_hits(text, self.rules.keywords[POLICY])
        consult_words = _keyword_hits(text, self.rules.keywords[CONSULTATION])
        question = "?" in text or "？" in text
        if self.relevance_head is None:
            raise ValueError("relevance needs the relevance head (FlagModel.build with embed)")
        probability = float(
            self.relevance_head.probability(np.atleast_2d(embedding), CONSULTATION)[0]
        )
        consultation = probability > RELEVANCE_THRESHOLD
        evidence = [f"consultation likelihood {probability:.2f}"]
        nearest = (
            self.rules.exemplars[CONSULTATION][consult_best]
            if consultation
            else self.rules.exemplars[POLICY][policy_best]
        )
        evidence.append(f"closest example: {nearest!r}")
        if consult_words:
            evidence.append("question/personal words: " + ", ".join(consult_words))
        if policy_words:
            evidence.append("proposal words: " + ", ".join(policy_words))
        if question:
            evidence.append("asks a question")
        if consultation:
            desk = self.rules.desks.get(topic or "", self.rules.default_desk)
            return Flag("relevance", CONSULTATION, round(probability, 3), tuple(evidence), desk)
        return Flag("relevance", POLICY, round(1 - probability, 3), tuple(evidence))

    def urgency(
        self,
        text: str,
        embedding: np.ndarray | None = None,
        translations: Sequence[str] = (),
    ) -> Flag:
        """Urgent, with its categories, evidence and where to turn; errs towards yes.

        `translations`: machine translations of `text`, searched by the patterns too."""
        found = self.urgency_model.classify(
            text, embedding if self.vectors else None, translations=translations
        )
        if not found.urgent:
            return Flag("urgency", NOT_URGENT, round(1 - found.score, 3), found.evidence)
        desks = [
            self.rules.urgent_desks[category]
            for category in found.categories
            if category in self.rules.urgent_desks
        ]
        suggestion = "; ".join(dict.fromkeys(desks)) or self.rules.urgent_desk
        return Flag("urgency", URGENT, found.score, found.evidence, suggestion, found.categories)

    def flags(
        self,
        text: str,
        embedding: np.ndarray | None,
        topic: str | None = None,
        translations: Sequence[str] = (),
    ) -> list[Flag]:
        """Urgency always; relevance only with an embedding (and a model to compare with)."""
        urgency = self.urgency(text, embedding, translations)
        if embedding is None or self.relevance_head is None:
            return [urgency]
        return [self.relevance(text, embedding, topic, urgency), urgency]

    # ------------------------------------------------------------- persistence

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        rules: dict[str, Any] = {
            "exemplars": {k: list(v) for k, v in self.rules.exemplars.items()},
            "keywords": {k: list(v) for k, v in self.rules.keywords.items()},
            "desks": self.rules.desks,
            "default_desk": self.rules.default_desk,
            "urgent_desk": self.rules.urgent_desk,
            "urgent_desks": self.rules.urgent_desks,
        }
        arrays: dict[str, Any] = {
            "rules": np.frombuffer(json.dumps(rules).encode("utf-8"), dtype=np.uint8),
            "center": self.center,
            "urgency": np.frombuffer(self.urgency_model.to_bytes(), dtype=np.uint8),
        }
        if self.relevance_head is not None:
            arrays["relevance"] = np.frombuffer(self.relevance_head.to_bytes(), dtype=np.uint8)
        arrays.update({f"vectors_{kind}": vectors for kind, vectors in self.vectors.items()})
        np.savez_compressed(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, image: bytes) -> FlagModel:
        with np.load(io.BytesIO(image), allow_pickle=False) as arrays:
            raw = json.loads(arrays["rules"].tobytes().decode("utf-8"))
            rules = FlagRules(
                exemplars={k: tuple(v) for k, v in raw["exemplars"].items()},
                keywords={k: tuple(v) for k, v in raw["keywords"].items()},
                desks=raw["desks"],
                default_desk=raw["default_desk"],
                urgent_desk=raw["urgent_desk"],
                urgent_desks=raw.get("urgent_desks", {}),
            )
            vectors = {
                name.removeprefix("vectors_"): arrays[name]
                for name in arrays.files
                if name.startswith("vectors_")
            }
            urgency = UrgencyModel.from_bytes(arrays["urgency"].tobytes())
            relevance = arrays["relevance"].tobytes() if "relevance" in arrays.files else b""
            return cls(
                rules=rules,
                vectors=vectors,
                center=arrays["center"],
                urgency_model=urgency,
                relevance_head=LinearHead.from_bytes(relevance) if relevance else None,
            )
