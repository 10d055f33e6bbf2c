"""A learned token tagger for names of persons, used beside the rules of `classifiers.names`.

A logistic regression over hashed features of each word token (the word, its shape, script,
affixes, name-list membership, whether a rule found it, and the words within three tokens
either side), trained by `benchmarks/build_name_tagger.py` on generated texts (the privacy
benchmark's dev and held-out name templates with Faker names) and on clean sentences as
negatives. Weights: `classifiers/data/names/tagger.npz` (shipped, small). Only scripts that
separate words with spaces (Latin, Cyrillic, Hangul, Devanagari) are tagged; the scripts
written without spaces are left to the rules. Off unless `ENABLED` is set (see ADR 0004).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np

from classifiers import name_lists

WEIGHTS = Path(__file__).resolve().parent / "data" / "names" / "tagger.npz"
DIMENSION = 1 << 18
WINDOW = 3
# Off by default: trained without the unseen split it did not beat the rules there (names
# 0.9715 -> 0.9747 for 0.55 -> 0.89 false redactions per 100 clean sentences; ADR 0004).
# The build script and the tests switch it on and off; a deployment may switch it on.
ENABLED = False

Span = tuple[int, int]

# Words (letters, digits, inner apostrophes and hyphens) and single punctuation marks.
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|['’\-.](?=[^\W_]))*|[^\w\s]")
# Scripts the tagger works on: whole words are the unit there.
_TAGGED = re.compile(r"[A-Za-zÀ-ɏḀ-ỿЀ-ӿ\uac00-\ud7a3\u0900-\u097f]")


def _script(token: str) -> str:
    char = token[0]
    if char.isdigit():
        return "digit"
    if not char.isalpha():
        return "punct"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0].lower() if name else "other"


def _shape(token: str) -> str:
    out: list[str] = []
    for char in token[:6]:
        if char.isdigit():
            kind = "d"
        elif char.isupper():
            kind = "X"
        elif char.isalpha():
            kind = "x"
        else:
            kind = char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=100_000)
def _word(word: str) -> tuple[str, str, bool, bool]:
    """Lower case, shape, listed as a given name, listed as a family name."""
    folded = name_lists.fold(word)
    return word.lower(), _shape(word), name_lists.is_given(folded), name_lists.is_family(folded)


def _features(toks: list[tuple[int, int, str]], index: int, rule_hit: list[bool]) -> Iterator[str]:
    _, _, word = toks[index]
    lower, shape, given, family = _word(word)
    yield "b"
    yield "w=" + lower
    yield "sh=" + shape
    yield "sc=" + _script(word)
    yield "p2=" + lower[:2]
    yield "p3=" + lower[:3]
    yield "s2=" + lower[-2:]
    yield "s3=" + lower[-3:]
    yield f"len={min(len(word), 12)}"
    if given:
        yield "given"
    if family:
        yield "family"
    if rule_hit[index]:
        yield "rule"
        yield "rule&sh=" + shape
    start_of_sentence = index == 0 or toks[index - 1][2] in '.!?。！？:"“«(「'
    if start_of_sentence:
        yield "sos"
        yield "sos&sh=" + shape
    yield f"sh={shape}&g={given}&f={family}"
    for offset in range(-WINDOW, WINDOW + 1):
        if offset == 0:
            continue
        j = index + offset
        if 0 <= j < len(toks):
            other, other_shape, other_given, other_family = _word(toks[j][2])
            yield f"w{offset}=" + other
            yield f"sh{offset}=" + other_shape
            if abs(offset) == 1:
                yield f"w{offset}&sh=" + other + "&" + shape
                if rule_hit[j]:
                    yield f"rule{offset}"
                if other_given or other_family:
                    yield f"list{offset}"
        else:
            yield f"w{offset}=<edge>"
    if index >= 2:
        yield "w-2-1=" + toks[index - 2][2].lower() + " " + toks[index - 1][2].lower()
    if index + 2 < len(toks):
        yield "w+1+2=" + toks[index + 1][2].lower() + " " + toks[index + 2][2].lower()


@lru_cache(maxsize=200_000)
def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (DIMENSION - 1)


def _overlapping(toks: list[tuple[int, int, str]], spans: list[Span]) -> list[bool]:
    """For each token, whether one of `spans` overlaps it (one sweep: linear, not tokens x spans)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    out: list[bool] = []
    k = 0
    for a, b, _ in toks:
        while k < len(merged) and merged[k][1] <= a:
            k += 1
        out.append(k < len(merged) and merged[k][0] < b)
    return out


# A short suffix after an apostrophe or hyphen is not part of the name: "Ogawa's", "Tanaka-san".
_SUFFIX = re.compile(r"(?:['’]s|-(?:san|sama|kun|chan|sensei|shi|ssi|nim|ji))$", re.IGNORECASE)


def token_rows(
    text: str, rule_spans: list[Span]
) -> tuple[list[tuple[int, int, str]], list[list[int]]]:
    """The tokens of `text` that the tagger scores, and their hashed feature indices."""
    toks = tokens(text)
    rule_hit = _overlapping(toks, rule_spans)
    chosen: list[tuple[int, int, str]] = []
    rows: list[list[int]] = []
    for index, (a, b, word) in enumerate(toks):
        if not word[0].isalpha() or not _TAGGED.match(word):
            continue
        chosen.append((a, b, word))
        rows.append([_hash(f) for f in _features(toks, index, rule_hit)])
    return chosen, rows


@lru_cache(maxsize=1)
def _model() -> tuple[np.ndarray, float] | None:
    if not WEIGHTS.exists():
        return None
    with np.load(WEIGHTS) as data:
        return data["weights"].astype(np.float32), float(data["threshold"])


def find(text: str, rule_spans: list[Span]) -> list[Span]:
    """Spans of consecutive tokens the tagger scores as a name (none without weights)."""
    model = _model() if ENABLED else None
    if model is None or not _TAGGED.search(text):
        return []
    weights, threshold = model
    chosen, rows = token_rows(text, rule_spans)
    ruled = _overlapping(chosen, rule_spans)
    spans: list[Span] = []
    for (a, b, word), row, hit in zip(chosen, rows, ruled, strict=True):
        # Hangul words carry their particles (김민수입니다): the rules cut those; a token the
        # rules found already keeps the rules' exact span.
        if hit or "\uac00" <= word[0] <= "\ud7a3":
            continue
        if float(weights[row].sum()) < threshold:
            continue
        suffix = _SUFFIX.search(word)
        if suffix is not None:
            b -= len(suffix.group())
        if spans and text[spans[-1][1] : a].strip() == "":
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans
