"""Checks that say "check with a translator": signs that a machine translation is wrong.

Low-resource pairs (Burmese, Khmer, Mongolian) sometimes produce fluent nonsense. These
checks need no reference and work for any model:

- `wrong_language`: our own language identification says the output is not in the target
  language (a model that copied its input, answered in English, or drifted);
- `loop`: the output repeats itself (a phrase many times in a row, or mostly repeated n-grams)
  while the input does not;
- `length_ratio`: output/input length, counted in script-aware units, is far outside what
  professional translations of that pair show (a dropped half, an invented paragraph);
- `low_score`: the model's own mean token log-probability is under a threshold.

`check_translation` returns the codes that fired, in that order. The ratio table comes from
NTREX-128 (benchmarks/translation_warnings.py writes it and measures every check); the
choices are in docs/adr/0002-translation-engine.md, "Warnings".
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import regex

from classifiers import language as language_id

WRONG_LANGUAGE = "wrong_language"
LOOP = "loop"
LENGTH_RATIO = "length_ratio"
LOW_SCORE = "low_score"
WARNING_CODES = (WRONG_LANGUAGE, LOOP, LENGTH_RATIO, LOW_SCORE)

# A mean token log-probability under this is a model guessing: exp(-2.0) ~ 0.14, i.e. on
# average the model gave its own greedy choice about one chance in seven. The settings
# (FEEDBACK_TRANSLATION_MIN_SCORE) override it; calibrate it per model where a reference set
# exists (benchmarks/mt_quality.py).
DEFAULT_MIN_SCORE = -2.0

LENGTH_RATIOS_PATH = Path(__file__).parent / "data" / "translation_length_ratios.json"

# Language identification needs some text: under this many units the output is not judged.
_MIN_UNITS_FOR_LANGUAGE = 8
# ... and a guess this sure. The target is passed as the hint, so a borderline output leans
# towards "fine"; only a clear other language fires.
_WRONG_LANGUAGE_CONFIDENCE = 0.6
# Length ratios of single sentences vary much more for short ones: under this many input
# units the ratio is not judged.
_MIN_UNITS_FOR_RATIO = 20

# Loops. A tandem repeat: one n-gram (n <= 8 units) at least this many times in a row,
# covering at least _LOOP_MIN_SPAN units ("very very very" in a faithful translation covers 3).
_LOOP_MIN_REPEATS = 4
_LOOP_MIN_SPAN = 8
_LOOP_MAX_N = 8
# Or most of the text is repeated n-grams (a model cycling through a few phrases): the share of
# n-gram occurrences that repeat an earlier one, over at least _DISTINCT_MIN_NGRAMS n-grams,
# and this much above the input's own share (a resident may repeat themselves).
_REPEATED_SHARE = 0.5
_REPEATED_SHARE_OVER_INPUT = 0.3
_DISTINCT_MIN_NGRAMS = 16
_WORD_NGRAM = 3
_GRAPHEME_NGRAM = 5
# A loop inside one "word" of a spaced script ("lelelelele"): a piece of up to 4 letters
# repeated at least 6 times in a row. Units cannot see it; the letters can.
_LETTER_LOOP = regex.compile(r"(\p{L}{1,4}?)\1{5,}")

# Placeholders of redacted personal data ("[PHONE]") are English words in any language.
_PLACEHOLDER = regex.compile(r"\[[A-Z][A-Z ]*\]")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# Scripts written without spaces between words: their unit is the grapheme cluster.
_UNSPACED = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}\p{Tibetan}]"
)
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class RatioBounds:
    """Expected output/input unit ratio for one language pair, and the bounds outside which
    a translation is an outlier."""

    median: float
    low: float
    high: float


def units(text: str) -> list[str]:
    """The text's units for counting and repetition: words (lower case) in spaced scripts,
    grapheme clusters (a consonant with its marks) in scripts without spaces. Punctuation,
    spaces and redaction placeholders are not units."""
    found: list[str] = []
    for word in _WORD.findall(_PLACEHOLDER.sub(" ", text)):
        if _UNSPACED.search(word):
            found.extend(_GRAPHEME.findall(word))
        else:
            found.append(word.casefold())
    return found


def length_units(text: str) -> int:
    """Script-aware length: grapheme clusters of letters and digits (no spaces, punctuation
    or placeholders), so that a Burmese syllable's stacked marks count once."""
    text = _PLACEHOLDER.sub(" ", text)
    return sum(len(_GRAPHEME.findall(word)) for word in _WORD.findall(text))


def _longest_tandem(sequence: list[str]) -> tuple[int, int]:
    """(repeats, span) of the longest run of one n-gram repeated back to back."""
    best = (1, 0)
    size = len(sequence)
    for n in range(1, _LOOP_MAX_N + 1):
        start = 0
        while start + 2 * n <= size:
            repeats = 1
            while (
                start + (repeats + 1) * n <= size
                and sequence[start + repeats * n : start + (repeats + 1) * n]
                == sequence[start : start + n]
            ):
                repeats += 1
            if repeats > 1 and repeats * n > best[1]:
                best = (repeats, repeats * n)
            start += max(1, (repeats - 1) * n) if repeats > 1 else 1
    return best


def _repeated_share(sequence: list[str], n: int) -> tuple[float, int]:
    """Share of n-gram occurrences that repeat an earlier one, and the number of n-grams."""
    grams = [tuple(sequence[i : i + n]) for i in range(len(sequence) - n + 1)]
    if not grams:
        return 0.0, 0
    counts = Counter(grams)
    repeated = sum(count - 1 for count in counts.values())
    return repeated / len(grams), len(grams)


def _ngram_size(sequence: list[str], text: str) -> int:
    return _GRAPHEME_NGRAM if _UNSPACED.search(text) else _WORD_NGRAM


def loops(output: str, source: str = "") -> bool:
    """Does `output` repeat itself in a way `source` does not?"""
    if _LETTER_LOOP.search(output) and not _LETTER_LOOP.search(source):
        return True
    out_units = units(output)
    repeats, span = _longest_tandem(out_units)
    if repeats >= _LOOP_MIN_REPEATS and span >= _LOOP_MIN_SPAN:
        src_repeats, _ = _longest_tandem(units(source)) if source else (1, 0)
        if src_repeats < _LOOP_MIN_REPEATS:
            return True
    share, count = _repeated_share(out_units, _ngram_size(out_units, output))
    if count >= _DISTINCT_MIN_NGRAMS and share >= _REPEATED_SHARE:
        source_units = units(source)
        source_share, _ = _repeated_share(source_units, _ngram_size(source_units, source))
        if share - source_share >= _REPEATED_SHARE_OVER_INPUT:
            return True
    return False


def wrong_language(output: str, target: str) -> bool:
    """Is `output` clearly in another language than `target`?"""
    text = _PLACEHOLDER.sub(" ", output)
    if length_units(text) < _MIN_UNITS_FOR_LANGUAGE:
        return False
    guess = language_id.detect(text, hint=target)
    if guess.language == language_id.UNDETERMINED:
        return False
    if _base(guess.language) == _base(target):
        return False
    return guess.confidence >= _WRONG_LANGUAGE_CONFIDENCE


def _base(code: str) -> str:
    return code.split("-")[0].lower()


@functools.cache
def length_ratio_table(path: Path = LENGTH_RATIOS_PATH) -> dict[tuple[str, str], RatioBounds]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        (pair["source"], pair["target"]): RatioBounds(pair["median"], pair["low"], pair["high"])
        for pair in data["pairs"]
    }


def ratio_bounds(source: str, target: str) -> RatioBounds | None:
    """The pair's bounds; None for a pair the table lacks (its length is not judged)."""
    return length_ratio_table().get((_base(source), _base(target)))


def length_outlier(source_text: str, output: str, source: str, target: str) -> bool:
    bounds = ratio_bounds(source, target)
    source_units = length_units(source_text)
    if bounds is None or source_units < _MIN_UNITS_FOR_RATIO:
        return False
    ratio = length_units(output) / source_units
    return not bounds.low <= ratio <= bounds.high


def low_score(score: float | None, min_score: float | None) -> bool:
    if score is None or min_score is None or math.isnan(score):
        return False
    return score < min_score


def check_translation(
    source_text: str,
    output: str,
    source: str,
    target: str,
    score: float | None = None,
    min_score: float | None = DEFAULT_MIN_SCORE,
) -> tuple[str, ...]:
    """The warning codes for one translation of `source_text` (in `source`) into `target`."""
    if not output.strip():
        return ()
    codes: list[str] = []
    if wrong_language(output, target):
        codes.append(WRONG_LANGUAGE)
    if loops(output, source_text):
        codes.append(LOOP)
    if length_outlier(source_text, output, source, target):
        codes.append(LENGTH_RATIO)
    if low_score(score, min_score):
        codes.append(LOW_SCORE)
    return tuple(codes)
