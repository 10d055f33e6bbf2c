"""Language identification for opinions: which language a resident wrote in, and how sure we are.

First version: Unicode-script rules for scripts that name one language, langdetect otherwise.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

from classifiers.text import normalise

UNDETERMINED = "und"

SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    {
        "ja", "en", "zh", "ko", "vi", "ne", "id", "tl", "th", "pt", "es",
        "my", "km", "mn", "si", "uk", "tr", "ru", "bn", "ur", "hi", "fr",
    }
)  # fmt: skip


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    confidence: float
    alternatives: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "confidence": self.confidence,
            "alternatives": [
                {"language": lang, "score": score} for lang, score in self.alternatives
            ],
        }


_UND = LanguageGuess(UNDETERMINED, 0.0, ())

# Scripts used by exactly one language we care about.
_SCRIPT_LANGUAGE = {
    "MYANMAR": "my",
    "KHMER": "km",
    "SINHALA": "si",
    "THAI": "th",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
}

_lock = threading.Lock()
_langdetect_factory: Any = None


def _langdetect() -> Any:
    global _langdetect_factory
    if _langdetect_factory is None:
        with _lock:
            if _langdetect_factory is None:
                from langdetect.detector_factory import DetectorFactory, init_factory

                init_factory()
                DetectorFactory.seed = 0
                from langdetect import detector_factory

                _langdetect_factory = detector_factory._factory
    return _langdetect_factory


def _script_of(char: str) -> str | None:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    return name.split(" ", 1)[0]


def detect(text: str, hint: str | None = None) -> LanguageGuess:
    text = normalise(text or "")
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return _UND
    counts: dict[str, int] = {}
    for char in letters:
        script = _script_of(char)
        lang = _SCRIPT_LANGUAGE.get(script or "")
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    if counts:
        lang, n = max(counts.items(), key=lambda item: item[1])
        if n / len(letters) >= 0.2:
            return LanguageGuess(lang, 0.95, ())
    factory = _langdetect()
    detector = factory.create()
    detector.append(text)
    try:
        probabilities = detector.get_probabilities()
    except Exception:
        return _UND
    ranked = [(_from_langdetect(p.lang), float(p.prob)) for p in probabilities]
    if not ranked:
        return _UND
    best, score = ranked[0]
    return LanguageGuess(
        best, round(score, 4), tuple((lang, round(s, 4)) for lang, s in ranked[1:4])
    )


def _from_langdetect(code: str) -> str:
    return "zh" if code.startswith("zh") else code


def detect_batch(texts: list[str], hints: list[str | None] | None = None) -> list[LanguageGuess]:
    if hints is None:
        hints = [None] * len(texts)
    return [detect(text, hint) for text, hint in zip(texts, hints, strict=True)]
