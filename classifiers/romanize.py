"""Plain ASCII romanizations of Devanagari, Urdu and Vietnamese, as residents type on phones.

Used to make training text for the romanized-language model (`classifiers/data/langid/`,
built by `build_romanized.py`) and the "romanized" section of `benchmarks/langid.py`. A
resident without a Nepali keyboard writes मलाई as "malai", "malaai" or "mlai" depending on
habit, so each romanizer takes a `Style`: the benchmark uses the plain one, the training
text mixes all of them, so the model learns the language, not one spelling convention.
Japanese is romanized by pykakasi where it is installed (benchmarks and the build only).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Style:
    """How one writer spells: long vowels doubled or not, final schwa kept or dropped, ..."""

    long_vowels: bool = False  # आ -> "aa" rather than "a"
    final_schwa: bool = False  # कम -> "kama" rather than "kam"
    w_for_v: bool = False  # व -> "w"
    c_for_ch: bool = False  # च -> "c" (and छ -> "ch")
    ee_oo: bool = False  # ई -> "ee", ऊ -> "oo" (Hindi habit) when long_vowels is off


PLAIN = Style()


def random_style(rng: random.Random) -> Style:
    return Style(
        long_vowels=rng.random() < 0.4,
        final_schwa=rng.random() < 0.3,
        w_for_v=rng.random() < 0.4,
        c_for_ch=rng.random() < 0.15,
        ee_oo=rng.random() < 0.4,
    )


# ------------------------------------------------------------------------------ Devanagari

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "ng",
    "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "ny",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n",
    "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m",
    "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    "ळ": "l", "क़": "q", "ख़": "kh", "ग़": "gh", "ज़": "z", "फ़": "f", "ड़": "r", "ढ़": "rh",
    "य़": "y",
}  # fmt: skip
_NUKTA = "\u093c"
_VIRAMA = "\u094d"
# Independent vowel letter -> (plain, long) spellings.
_VOWELS = {
    "अ": ("a", "a"), "आ": ("a", "aa"), "इ": ("i", "i"), "ई": ("i", "ii"),
    "उ": ("u", "u"), "ऊ": ("u", "uu"), "ऋ": ("ri", "ri"), "ए": ("e", "e"),
    "ऐ": ("ai", "ai"), "ओ": ("o", "o"), "औ": ("au", "au"), "ऑ": ("o", "o"),
}  # fmt: skip
_MATRAS = {
    "\u093e": ("a", "aa"), "\u093f": ("i", "i"), "\u0940": ("i", "ii"),
    "\u0941": ("u", "u"), "\u0942": ("u", "uu"), "\u0943": ("ri", "ri"),
    "\u0947": ("e", "e"), "\u0948": ("ai", "ai"), "\u094b": ("o", "o"),
    "\u094c": ("au", "au"), "\u0949": ("o", "o"), "\u0945": ("e", "e"),
}  # fmt: skip
_NASALS = {"\u0902": "n", "\u0901": "n", "\u0903": "h"}
_DIGITS = {chr(0x0966 + i): str(i) for i in range(10)}


def _vowel(pair: tuple[str, str], style: Style) -> str:
    plain, long = pair
    if style.long_vowels:
        return long
    if style.ee_oo and long in ("ii", "uu"):
        return "ee" if long == "ii" else "oo"
    return plain


def _consonant(letter: str, style: Style) -> str:
    sound = _CONSONANTS[letter]
    if style.w_for_v and sound == "v":
        return "w"
    if style.c_for_ch:
        if sound == "ch":
            return "c"
        if sound == "chh":
            return "ch"
    return sound


def devanagari(text: str, style: Style = PLAIN) -> str:
    """Devanagari (Hindi, Nepali, Marathi) -> ASCII, inherent vowel and all."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    chars = list(text)
    conjunct = False  # the consonant follows a virama
    vowel_in_word = False  # a one-syllable word (र, छ, न) keeps its vowel: "ra", "chha"
    i = 0
    while i < len(chars):
        char = chars[i]
        if i + 1 < len(chars) and chars[i + 1] == _NUKTA and char + _NUKTA in _CONSONANTS:
            char = char + _NUKTA
            i += 1
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if not ("\u0900" <= char <= "\u097f"):
            vowel_in_word = False
        if char in _CONSONANTS:
            out.append(_consonant(char, style))
            if nxt in _MATRAS:
                out.append(_vowel(_MATRAS[nxt], style))
                vowel_in_word = True
                i += 1
            elif nxt == _VIRAMA:
                conjunct = True
                i += 1
                i += 1
                continue
            else:
                # The inherent vowel: dropped at a word's end unless the writer keeps it.
                at_end = not nxt or not ("\u0900" <= nxt <= "\u097f") or nxt in "।॥"
                # ... and after a cluster (गर्न "garna", मित्र "mitra").
                if not at_end or style.final_schwa or not vowel_in_word or conjunct:
                    out.append("a")
                vowel_in_word = True
            conjunct = False
        elif char in _VOWELS:
            out.append(_vowel(_VOWELS[char], style))
            vowel_in_word = True
        elif char in _NASALS:
            out.append(_NASALS[char])
        elif char in _DIGITS:
            out.append(_DIGITS[char])
        elif char in "।॥":
            out.append(".")
        elif "\u0900" <= char <= "\u097f":
            pass  # signs with no sound of their own (avagraha, marks)
        else:
            out.append(char)
        i += 1
    return "".join(out)


# ----------------------------------------------------------------------------------- Urdu

_URDU = {
    "ا": "a", "آ": "aa", "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j",
    "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r",
    "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "ں": "n", "و": "o", "ہ": "h", "ه": "h", "ھ": "h", "ۂ": "h",
    "ء": "", "ی": "i", "ي": "i", "ے": "e", "ۓ": "e", "ئ": "", "ؤ": "o", "ة": "h",
    "أ": "a", "إ": "i", "ى": "a",
    "۔": ".", "،": ",", "؟": "?", "؛": ";",
}  # fmt: skip
_URDU_DIGITS = {chr(0x06F0 + i): str(i) for i in range(10)} | {
    chr(0x0660 + i): str(i) for i in range(10)
}
# Short-vowel marks (rarely written) and the shadda: zabar a, zer i, pesh u.
_URDU_MARKS = {"\u064e": "a", "\u0650": "i", "\u064f": "u", "\u0651": "", "\u0652": ""}


def urdu(text: str, style: Style = PLAIN) -> str:
    """Urdu script -> ASCII letter by letter; short vowels stay unwritten, as in the script.

    و and ی are vowels or consonants by position: a consonant at a word's start (w/v, y),
    a vowel elsewhere.
    """
    out: list[str] = []
    previous = " "
    for char in unicodedata.normalize("NFC", text):
        word_start = not ("\u0600" <= previous <= "\u06ff")
        if char == "و":
            out.append(
                ("w" if style.w_for_v else "v") if word_start else ("oo" if style.ee_oo else "o")
            )
        elif char in "یيی":
            out.append("y" if word_start else ("ee" if style.ee_oo else "i"))
        elif char in _URDU:
            sound = _URDU[char]
            if char == "آ" and not style.long_vowels:
                sound = "a"
            out.append(sound)
        elif char in _URDU_DIGITS:
            out.append(_URDU_DIGITS[char])
        elif char in _URDU_MARKS:
            out.append(_URDU_MARKS[char])
        elif "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
            pass
        else:
            out.append(char)
        previous = char
    return "".join(out)


# ----------------------------------------------------------------------------- Vietnamese


def strip_diacritics(text: str) -> str:
    """Vietnamese as typed without a Vietnamese keyboard: tones and vowel marks gone."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


# ------------------------------------------------------------------------------- Japanese


_kakasi: Any = None


def japanese(text: str, system: str = "hepburn") -> str:
    """Japanese -> romaji with pykakasi (a development dependency, GPL-3.0: benchmarks and
    the model build only; the service never imports it). `system`: hepburn, kunrei or
    passport."""
    global _kakasi
    if _kakasi is None:
        import pykakasi

        _kakasi = pykakasi.kakasi()
    parts = [item[system] for item in _kakasi.convert(text)]
    words = " ".join(part.strip() for part in parts if part.strip())
    for mark in ("。", "、", "？", "！"):
        words = words.replace(mark, {"。": ".", "、": ",", "？": "?", "！": "!"}[mark])
    return " ".join(words.split())
