"""A linear head on sentence embeddings, for the flags trained on the team's exemplars.

Multinomial logistic regression over centred unit vectors, stored as arrays only (no pickle),
so that it round-trips through bytes like the topic tagger.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["LinearHead"]


def _unit(matrix: np.ndarray) -> np.ndarray:
    matrix = np.atleast_2d(np.asarray(matrix, dtype=np.float32))
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


@dataclass
class LinearHead:
    classes: list[str]
    coef: np.ndarray  # (classes, d); one row for two classes, as scikit-learn gives it
    intercept: np.ndarray  # (classes,) or (1,)
    center: np.ndarray  # (d,)

    @classmethod
    def fit(cls, vectors: np.ndarray, labels: Sequence[str], *, c: float = 1.0) -> LinearHead:
        """Balanced class weights: a large class (calm messages) does not outvote a small one.
        `c` is the inverse regularisation: the exemplars are a few hundred for 384 to 1,024
        dimensions (the encoder's)."""
        from sklearn.linear_model import LogisticRegression

        units = _unit(vectors)
        center = units.mean(axis=0)
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        model.fit(_unit(units - center), list(labels))
        return cls(
            classes=[str(label) for label in model.classes_],
            coef=model.coef_.astype(np.float32),
            intercept=model.intercept_.astype(np.float32),
            center=center.astype(np.float32),
        )

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(n, classes): each row sums to 1, columns in the order of `classes`."""
        logits = _unit(_unit(vectors) - self.center) @ self.coef.T + self.intercept
        if len(self.classes) == 2 and logits.shape[1] == 1:
            second = 1.0 / (1.0 + np.exp(-logits[:, 0]))
            return np.stack([1.0 - second, second], axis=1)
        logits -= logits.max(axis=1, keepdims=True)
        weights = np.exp(logits)
        return weights / weights.sum(axis=1, keepdims=True)

    def probability(self, vectors: np.ndarray, label: str) -> np.ndarray:
        return self.probabilities(vectors)[:, self.classes.index(label)]

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            classes=np.frombuffer(json.dumps(self.classes).encode("utf-8"), dtype=np.uint8),
            coef=self.coef,
            intercept=self.intercept,
            center=self.center,
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, image: bytes) -> LinearHead:
        with np.load(io.BytesIO(image), allow_pickle=False) as arrays:
            return cls(
                classes=json.loads(arrays["classes"].tobytes().decode("utf-8")),
                coef=arrays["coef"],
                intercept=arrays["intercept"],
                center=arrays["center"],
            )
