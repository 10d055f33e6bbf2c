"""Zawgyi-encoded Burmese: detecting it and converting it to Unicode before anything reads it.

Much Burmese is still typed with the Zawgyi font, which reuses the Myanmar code points in
another order and with other meanings: in a Unicode font it looks broken, and language
identification, redaction and translation models all misread it. `to_unicode(text)` converts
a Zawgyi text to Unicode and leaves every other text exactly as it is.

Detection is Google's `myanmartools` (Apache-2.0): a Markov model over code point pairs that
gives the probability that a text is Zawgyi. Conversion is `python-myanmar`'s syllable-table
converter (MIT); Zawgyi is a frozen legacy encoding, so its tables need no upkeep, and
`benchmarks/zawgyi.py` measures it on a professional Zawgyi text (ADR 0002, "Zawgyi").
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Any

# Google's recommendation for myanmartools: above 0.95 the text is Zawgyi, below 0.05 it is
# Unicode, in between it is too short or too mixed to tell. We convert only above the upper
# bound: a Unicode text must never be altered, and one left in Zawgyi is still stored whole.
ZAWGYI_THRESHOLD = 0.95
# After conversion the text must read as Unicode (the lower bound); otherwise the converter
# did not understand it and the text is kept as typed rather than half-converted.
UNICODE_THRESHOLD = 0.05
ZAWGYI = "zawgyi"

_MYANMAR_BLOCK = (0x1000, 0x109F)


@dataclass(frozen=True)
class EncodingCheck:
    """The text to use, and whether it was converted from Zawgyi (`converted_from`)."""

    text: str
    # "zawgyi" when `text` is a conversion; None when `text` is the input unchanged.
    converted_from: str | None
    # The detector's probability that the input was Zawgyi; None when it has no Burmese.
    zawgyi_probability: float | None


_detector: Any = None
_lock = threading.Lock()


def _get_detector() -> Any:
    global _detector
    with _lock:
        if _detector is None:
            from myanmartools import ZawgyiDetector

            _detector = ZawgyiDetector()
        return _detector


def has_burmese(text: str) -> bool:
    start, end = _MYANMAR_BLOCK
    return any(start <= ord(char) <= end for char in text)


def zawgyi_probability(text: str) -> float | None:
    """The probability that the Burmese in `text` is Zawgyi; None when it holds no Burmese."""
    if not has_burmese(text):
        return None
    probability = float(_get_detector().get_zawgyi_probability(text))
    # myanmartools answers -inf for text with nothing it can score
    return min(1.0, probability) if math.isfinite(probability) else None


# The two aa vowel signs (tall ါ, round ာ). Zawgyi and Unicode share them; which one a word
# takes is spelling, so a conversion keeps the one typed. python-myanmar's tables rewrite some
# (ဂါ -> ဂာ, ဓာ -> ဓါ); Zawgyi U+105A is tall aa + asat (ါ်).
_TALL_AA, _ROUND_AA, _ZAWGYI_TALL_AA_ASAT = "\u102b", "\u102c", "\u105a"


def _aa_signs(text: str, zawgyi: bool) -> list[str]:
    signs = []
    for char in text:
        if char in (_TALL_AA, _ROUND_AA):
            signs.append(char)
        elif zawgyi and char == _ZAWGYI_TALL_AA_ASAT:
            signs.append(_TALL_AA)
    return signs


def _keep_typed_aa(typed: str, converted: str) -> str:
    """`converted` with each aa sign as in `typed` (conversion reorders syllable parts, never
    the aa signs among themselves); unchanged if their number differs."""
    wanted = _aa_signs(typed, zawgyi=True)
    if len(wanted) != len(_aa_signs(converted, zawgyi=False)):
        return converted
    signs = iter(wanted)
    return "".join(next(signs) if char in (_TALL_AA, _ROUND_AA) else char for char in converted)


def convert_zawgyi(text: str) -> str:
    """`text` read as Zawgyi, written in Unicode (whether or not it was Zawgyi: see to_unicode)."""
    from myanmar import converter

    return _keep_typed_aa(text, str(converter.convert(text, ZAWGYI, "unicode")))


def to_unicode(text: str) -> EncodingCheck:
    """`text` in Unicode: converted when the detector is sure it is Zawgyi, else unchanged.

    The whole text is judged at once: short Burmese phrases are often valid in both encodings
    and a line alone gives the detector too little to go on.
    """
    probability = zawgyi_probability(text)
    if probability is None or probability <= ZAWGYI_THRESHOLD:
        return EncodingCheck(text, None, probability)
    converted = convert_zawgyi(text)
    after = zawgyi_probability(converted)
    if converted == text or (after is not None and after >= UNICODE_THRESHOLD):
        return EncodingCheck(text, None, probability)
    return EncodingCheck(converted, ZAWGYI, probability)
