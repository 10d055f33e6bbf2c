"""The interface languages of the public form and the dashboard, and gettext catalogues.

Catalogues are `feedback/locale/<code>/LC_MESSAGES/messages.po` (msgids in English), compiled in
memory at start-up, so there is no build step and no binary file in the repository.
Update them with `make messages` (pybabel extract + update).
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@dataclass(frozen=True)
class InterfaceLanguage:
    code: str  # what ?lang= and the language menu use; also the catalogue folder
    native_name: str
    html_lang: str  # BCP 47 for the lang attribute
    content_language: str  # ISO 639-1 of text a resident writes in this interface: the hint
    direction: str = "ltr"


LANGUAGES: tuple[InterfaceLanguage, ...] = (
    InterfaceLanguage("ja", "日本語", "ja", "ja"),
    InterfaceLanguage("ja-easy", "やさしい にほんご", "ja", "ja"),
    InterfaceLanguage("en", "English", "en", "en"),
    InterfaceLanguage("zh-Hans", "简体中文", "zh-Hans", "zh"),
    InterfaceLanguage("zh-Hant", "繁體中文", "zh-Hant", "zh"),
    InterfaceLanguage("ko", "한국어", "ko", "ko"),
    InterfaceLanguage("vi", "Tiếng Việt", "vi", "vi"),
    InterfaceLanguage("ne", "नेपाली", "ne", "ne"),
    InterfaceLanguage("id", "Bahasa Indonesia", "id", "id"),
    InterfaceLanguage("tl", "Filipino", "fil", "tl"),
    InterfaceLanguage("th", "ไทย", "th", "th"),
    InterfaceLanguage("pt", "Português", "pt", "pt"),
    InterfaceLanguage("es", "Español", "es", "es"),
    InterfaceLanguage("my", "မြန်မာဘာသာ", "my", "my"),
    InterfaceLanguage("km", "ភាសាខ្មែរ", "km", "km"),
    InterfaceLanguage("mn", "Монгол хэл", "mn", "mn"),
    InterfaceLanguage("tr", "Türkçe", "tr", "tr"),
    InterfaceLanguage("uk", "Українська", "uk", "uk"),
)
BY_CODE: dict[str, InterfaceLanguage] = {language.code: language for language in LANGUAGES}
DEFAULT = "ja"
# Dashboard languages: reviewers work in Japanese or English.
DASHBOARD_CODES = ("ja", "en")

# The languages residents write most (DESIGN.md and the language-id issue), in the order the
# dashboard lists them; `feedback models check` reports a translation route for each.
RESIDENT_LANGUAGES: tuple[str, ...] = (
    "ja", "en", "zh", "ko", "vi", "ne", "id", "tl", "th", "pt", "es",
    "my", "km", "mn", "si", "uk", "tr", "ru", "bn", "ur", "hi", "fr",
)  # fmt: skip
# Other languages the detector names often enough to offer as corrections.
OTHER_DETECTED_LANGUAGES: tuple[str, ...] = (
    "ms",
    "ar",
    "fa",
    "de",
    "it",
    "nl",
    "pl",
    "sw",
    "he",
    "ka",
)
# Romanizations the detector reports (classifiers.romanized): the language, typed in Latin
# letters. Reviewers confirm them; no translation model is fed them.
ROMANIZED_LANGUAGES: tuple[str, ...] = ("ne-Latn", "hi-Latn", "ur-Latn", "ja-Latn")


def romanized_name(code: str, display: str) -> str:
    """ "ne-Latn" -> "Nepali (Latin letters)" / "ネパール語（ラテン文字）" in `display`."""
    from babel import Locale

    base = code.split("-")[0]
    locale = Locale.parse(display)
    name = Locale.parse(base).get_display_name(display) or base
    script = locale.scripts.get("Latn", "Latin")
    if display == "en":
        script = "Latin letters"
    return f"{name}（{script}）" if display in ("ja", "zh", "ko") else f"{name} ({script})"


# Accept-Language tags that do not match a code by their first subtag.
_ALIASES = {
    "zh": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-hans": "zh-Hans",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
    "zh-hant": "zh-Hant",
    "fil": "tl",
    "khk": "mn",
}


def match(tag: str | None) -> str | None:
    """The interface code for a language tag ('pt-BR' -> 'pt', 'zh-TW' -> 'zh-Hant'), or None."""
    if not tag:
        return None
    tag = tag.strip()
    if tag in BY_CODE:
        return tag
    lowered = tag.lower().replace("_", "-")
    for candidate in (lowered, "-".join(lowered.split("-")[:2]), lowered.split("-")[0]):
        if candidate in _ALIASES:
            return _ALIASES[candidate]
        for code in BY_CODE:
            if code.lower() == candidate:
                return code
    return None


def negotiate(accept_language: str | None, allowed: tuple[str, ...] | None = None) -> str | None:
    """The best interface language for an Accept-Language header, by quality value."""
    if not accept_language:
        return None
    weighted: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        pieces = part.strip().split(";")
        quality = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0 and pieces[0]:
            weighted.append((-quality, position, pieces[0]))
    for _, _, tag in sorted(weighted):
        code = match(tag)
        if code and (allowed is None or code in allowed):
            return code
    return None


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The compiled catalogue for `code`; English (the msgids) when there is none."""
    po_file = LOCALE_DIR / code / "LC_MESSAGES" / "messages.po"
    if not po_file.exists():
        return gettext.NullTranslations()
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=None)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def gettext_for(code: str):
    return translations(code).gettext


@cache
def language_names(display: str = "en") -> dict[str, str]:
    """Code -> name (in `display`) for the languages reviewers can set, plus "und"."""
    from babel import Locale

    names: dict[str, str] = {}
    for code in (*RESIDENT_LANGUAGES, *OTHER_DETECTED_LANGUAGES):
        try:
            names[code] = Locale.parse(code).get_display_name(display) or code
        except Exception:  # noqa: BLE001 - Babel lacks a few languages
            names[code] = code
    for code in ROMANIZED_LANGUAGES:
        names[code] = romanized_name(code, display)
    names["und"] = "undetermined"
    return names
