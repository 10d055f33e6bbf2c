"""Text normalisation shared by every pipeline step."""

from __future__ import annotations

import unicodedata

# Characters kept although Unicode calls them "control": line breaks and tabs carry meaning.
_KEPT_CONTROLS = {"\n", "\t"}


def normalise(text: str) -> str:
    """Return `text` in NFC with control characters removed and line breaks unified.

    Format characters (Cc) other than newline and tab are dropped; bidirectional overrides
    (Cf, e.g. U+202E) are dropped too because they can disguise what a text says. Zero-width
    joiners (U+200D, U+200C) stay: Indic and Sinhala scripts need them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    kept: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc" and char not in _KEPT_CONTROLS:
            continue
        if category == "Cf" and char not in ("\u200c", "\u200d"):
            continue
        kept.append(char)
    return "".join(kept).strip()
