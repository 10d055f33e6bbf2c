"""Is a Latin-script text a romanization: Nepali, Hindi, Urdu or Japanese typed in Latin
letters, or Vietnamese without its diacritics?

Residents type on phones without their keyboard ("malai japan ma kaam garna dherai garo
chha", "nihongo no kurasu wo fuyashite kudasai"). The bundled language models were trained
on each language in its own script, so they call such text Indonesian, Tagalog or English,
often confidently. A small character n-gram model (naive Bayes over hashed 1- to 4-grams)
trained on romanized and native Latin-script text tells the two apart; `classifiers.language`
asks it only about Latin-script text of a few words. See docs/adr/0001-language-id.md.

The model file (`data/langid/romanized.npz`) is built by `data/langid/build_romanized.py`
from SIB-200 and NTREX-128 sentences, none of them in the language-id development set.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib.resources import files

import numpy as np

# The classes the model knows; the first ones are romanizations (BCP 47 script subtag),
# "vi-ascii" is Vietnamese without diacritics, the rest are languages written in Latin.
ROMANIZED = ("ne-Latn", "hi-Latn", "ur-Latn", "ja-Latn", "vi-ascii")
NATIVE = ("en", "es", "fr", "id", "pt", "tl", "tr", "vi", "ms", "other")
# The languages of the "other" class: other European languages written in Latin letters.
OTHER_LATIN = (
    "ca", "cs", "da", "de", "fi", "hu", "is", "it", "lt", "lv", "nb", "nl", "pl", "ro",
    "sh", "sk", "sl", "sv",
)  # fmt: skip
CLASSES = ROMANIZED + NATIVE

BUCKETS_BITS = 17
MAX_N = 4
_MAX_CHARS = 400
_PRIME = 1_000_003


@dataclass(frozen=True)
class RomanizedGuess:
    """The most likely class and its posterior among the model's classes."""

    label: str
    probability: float
    ranked: tuple[tuple[str, float], ...]
    # The posterior that the text is a romanization at all, and the likeliest one.
    romanized_probability: float
    romanized_label: str

    @property
    def romanized(self) -> bool:
        return self.label in ROMANIZED


def ngram_buckets(text: str) -> np.ndarray:
    """Hashed character 1..MAX_N-grams of the lower-cased text, words padded with spaces."""
    padded = " " + " ".join(text[:_MAX_CHARS].lower().split()) + " "
    codes = np.frombuffer(padded.encode("utf-8"), dtype=np.uint8).astype(np.uint64)
    mask = np.uint64((1 << BUCKETS_BITS) - 1)
    buckets = []
    rolling = np.zeros(len(codes), dtype=np.uint64)
    for n in range(1, MAX_N + 1):
        if len(codes) < n:
            break
        # rolling[i] = hash of codes[i : i + n]
        rolling = rolling[: len(codes) - n + 1] * np.uint64(_PRIME) + codes[n - 1 :]
        buckets.append((rolling * np.uint64(n * 2654435761)) >> np.uint64(13) & mask)
    return np.concatenate(buckets) if buckets else np.zeros(0, dtype=np.uint64)


class RomanizedModel:
    """Per-class log-probabilities of each bucket (float16), and the classes."""

    def __init__(self, log_probs: np.ndarray, classes: tuple[str, ...]) -> None:
        self.log_probs = log_probs
        self.classes = classes

    @classmethod
    def load(cls) -> RomanizedModel:
        path = files("classifiers") / "data" / "langid" / "romanized.npz"
        with path.open("rb") as handle, np.load(handle) as archive:
            log_probs = archive["log_probs"].astype(np.float32)
            classes = tuple(str(c) for c in archive["classes"])
        return cls(log_probs, classes)

    def scores(self, text: str) -> np.ndarray:
        buckets = ngram_buckets(text)
        if not len(buckets):
            return np.zeros(len(self.classes))
        # Mean log-probability per n-gram: long texts do not become absurdly certain.
        return self.log_probs[buckets.astype(np.intp)].mean(axis=0)

    def guess(self, text: str, sharpness: float) -> RomanizedGuess:
        scores = self.scores(text) * sharpness
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        order = np.argsort(-probs)
        ranked = tuple((self.classes[i], float(probs[i])) for i in order[:4])
        romanized = [i for i, label in enumerate(self.classes) if label in ROMANIZED]
        best = max(romanized, key=lambda i: probs[i])
        return RomanizedGuess(
            ranked[0][0],
            ranked[0][1],
            ranked,
            float(probs[romanized].sum()),
            self.classes[best],
        )


_model: RomanizedModel | None = None
_lock = threading.Lock()


def model() -> RomanizedModel:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = RomanizedModel.load()
    return _model
