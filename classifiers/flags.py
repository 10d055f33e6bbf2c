"""Relevance and urgency flags: which messages are policy opinions, and which need help now.

Most messages to an opinion box are not opinions on policy but personal questions that belong
at a consultation desk. `FlagModel.relevance` says "policy_opinion" or "consultation" (with
where it belongs); `FlagModel.urgency` raises "urgent" for danger to life or safety, violence,
abuse or exploitation at work, preferring recall. Both combine embedding similarity to the
multilingual exemplars in `classifiers/data/flags.yaml` with keyword lists in the main
languages, and say which evidence they used.
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

__all__ = [
    "DEFAULT_FLAGS_PATH",
    "Flag",
    "FlagModel",
    "FlagRules",
    "load_flag_rules",
]

DEFAULT_FLAGS_PATH = Path(__file__).parent / "data" / "flags.yaml"

Embed = Callable[[list[str]], np.ndarray]

POLICY = "policy_opinion"
CONSULTATION = "consultation"
URGENT = "urgent"
NOT_URGENT = "not_urgent"

# Nearest exemplars averaged per class: robust to one odd exemplar.
TOP_EXEMPLARS = 3
# Cosine margin (consultation minus policy, on centred vectors) per unit of evidence; a
# keyword counts as much as this margin.
KEYWORD_WEIGHT = 0.08
# Urgency prefers recall: a message this close to an urgent exemplar is flagged even with
# no keyword (centred cosine; unrelated opinions sit near 0).
URGENT_SIMILARITY = 0.35


@dataclass(frozen=True)
class Flag:
    kind: str  # "relevance" or "urgency"
    value: str  # "policy_opinion" | "consultation" | "urgent" | "not_urgent"
    score: float  # 0..1, how sure
    evidence: tuple[str, ...]  # human-readable reasons
    suggestion: str | None = None  # where a consultation or an urgent case belongs


@dataclass(frozen=True)
class FlagRules:
    exemplars: dict[str, tuple[str, ...]]
    keywords: dict[str, tuple[str, ...]]
    desks: dict[str, str]
    default_desk: str
    urgent_desk: str


def load_flag_rules(path: str | Path | None = None) -> FlagRules:
    path = Path(path) if path is not None else DEFAULT_FLAGS_PATH
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError(f"{path}: expected a mapping")
    exemplars: dict[str, tuple[str, ...]] = {}
    keywords: dict[str, tuple[str, ...]] = {}
    for kind in (POLICY, CONSULTATION, URGENT):
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
    )


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
    """Exemplar embeddings plus the rules; arrays only, persistable like the topic tagger."""

    rules: FlagRules
    vectors: dict[str, np.ndarray]  # kind -> (m, d) centred unit exemplar vectors
    center: np.ndarray

    @classmethod
    def build(cls, embed: Embed, rules: FlagRules | None = None) -> FlagModel:
        rules = rules or load_flag_rules()
        kinds = list(rules.exemplars)
        texts = [text for kind in kinds for text in rules.exemplars[kind]]
        vectors = _unit(embed(texts))
        center = vectors.mean(axis=0)
        vectors = _unit(vectors - center)
        by_kind: dict[str, np.ndarray] = {}
        start = 0
        for kind in kinds:
            count = len(rules.exemplars[kind])
            by_kind[kind] = vectors[start : start + count]
            start += count
        return cls(rules=rules, vectors=by_kind, center=center.astype(np.float32))

    def _similarity(self, embedding: np.ndarray, kind: str) -> tuple[float, int]:
        point = _unit(_unit(embedding) - self.center)[0]
        similarities = self.vectors[kind] @ point
        top = np.sort(similarities)[-TOP_EXEMPLARS:]
        return float(top.mean()), int(np.argmax(similarities))

    def relevance(self, text: str, embedding: np.ndarray, topic: str | None = None) -> Flag:
        """Policy opinion or personal consultation; for a consultation, where it belongs."""
        policy, policy_best = self._similarity(embedding, POLICY)
        consult, consult_best = self._similarity(embedding, CONSULTATION)
        policy_words = _keyword_hits(text, self.rules.keywords[POLICY])
        consult_words = _keyword_hits(text, self.rules.keywords[CONSULTATION])
        question = "?" in text or "？" in text
        margin = (
            consult
            - policy
            + KEYWORD_WEIGHT * (min(len(consult_words), 3) - min(len(policy_words), 3))
            + (KEYWORD_WEIGHT / 2 if question else 0.0)
        )
        probability = float(1 / (1 + np.exp(-margin / 0.05)))
        evidence = []
        nearest = (
            self.rules.exemplars[CONSULTATION][consult_best]
            if margin > 0
            else self.rules.exemplars[POLICY][policy_best]
        )
        evidence.append(f"closest example: {nearest!r}")
        if consult_words:
            evidence.append("question/personal words: " + ", ".join(consult_words))
        if policy_words:
            evidence.append("proposal words: " + ", ".join(policy_words))
        if question:
            evidence.append("asks a question")
        if margin > 0:
            desk = self.rules.desks.get(topic or "", self.rules.default_desk)
            return Flag("relevance", CONSULTATION, round(probability, 3), tuple(evidence), desk)
        return Flag("relevance", POLICY, round(1 - probability, 3), tuple(evidence))

    def urgency(self, text: str, embedding: np.ndarray) -> Flag:
        """Urgent when danger, violence, abuse or exploitation is likely; errs towards yes."""
        similarity, best = self._similarity(embedding, URGENT)
        words = _keyword_hits(text, self.rules.keywords[URGENT])
        evidence = []
        if words:
            evidence.append("danger words: " + ", ".join(words))
        if similarity >= URGENT_SIMILARITY:
            evidence.append(
                f"close to {self.rules.exemplars[URGENT][best]!r} (similarity {similarity:.2f})"
            )
        score = min(1.0, max(0.0, similarity / (2 * URGENT_SIMILARITY)) + 0.3 * len(words))
        if evidence:
            return Flag("urgency", URGENT, round(score, 3), tuple(evidence), self.rules.urgent_desk)
        return Flag("urgency", NOT_URGENT, round(1 - score, 3), ("no danger words or likeness",))

    def flags(self, text: str, embedding: np.ndarray, topic: str | None = None) -> list[Flag]:
        return [self.relevance(text, embedding, topic), self.urgency(text, embedding)]

    # ------------------------------------------------------------- persistence

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        rules: dict[str, Any] = {
            "exemplars": {k: list(v) for k, v in self.rules.exemplars.items()},
            "keywords": {k: list(v) for k, v in self.rules.keywords.items()},
            "desks": self.rules.desks,
            "default_desk": self.rules.default_desk,
            "urgent_desk": self.rules.urgent_desk,
        }
        arrays: dict[str, Any] = {
            "rules": np.frombuffer(json.dumps(rules).encode("utf-8"), dtype=np.uint8),
            "center": self.center,
        }
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
            )
            vectors = {
                name.removeprefix("vectors_"): arrays[name]
                for name in arrays.files
                if name.startswith("vectors_")
            }
            return cls(rules=rules, vectors=vectors, center=arrays["center"])
