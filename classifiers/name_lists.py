"""Given and family names of the residents' countries, shipped as data for `classifiers.names`.

The lists in `classifiers/data/names/` (one name a line) are taken from Faker's person
providers (joke2k/faker, MIT licence) for the locales of the residents' languages, in their
own scripts and, where Faker has them, romanised (ja_JP, zh_CN, zh_TW). They are evidence
that a capitalised word (or a run of another script) is a person's name where the context
alone is weak: a list of people ("Maria and Jose"), a full name in a first-person sentence,
a name called out in quoted speech. Faker is needed only to rebuild them:

    .venv/bin/python -m classifiers.name_lists
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "names"
LOCALES = [
    "ja_JP",
    "zh_CN",
    "zh_TW",
    "ko_KR",
    "vi_VN",
    "ne_NP",
    "hi_IN",
    "id_ID",
    "th_TH",
    "pt_BR",
    "pt_PT",
    "es_ES",
    "es_MX",
    "tr_TR",
    "uk_UA",
    "ru_RU",
    "en_US",
    "en_GB",
    "en_IN",
    "si_LK",
]


def fold(name: str) -> str:
    """Lower case without diacritics ("José" -> "jose", "Nguyễn" -> "nguyen")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return _load("given.txt")


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    return _load("family.txt")


def _load(file: str) -> frozenset[str]:
    words = (DATA / file).read_text(encoding="utf-8").split("\n")
    return frozenset(fold(w) for w in words if w and not w.startswith("#"))


def is_given(word: str) -> bool:
    return fold(word) in given_names()


def is_family(word: str) -> bool:
    return fold(word) in family_names()


def is_known(word: str) -> bool:
    folded = fold(word)
    return folded in given_names() or folded in family_names()


def _build() -> None:  # pragma: no cover - needs Faker (a dev dependency)
    import importlib

    given: set[str] = set()
    family: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            if attribute.startswith("_") or "name" not in attribute or "language" in attribute:
                continue
            value = getattr(provider, attribute)
            if not isinstance(value, (list, tuple, dict, set, frozenset)):
                continue
            names = {str(v) for v in value} if not isinstance(value, dict) else set(value)
            if "pairs" in attribute:
                continue
            target = family if attribute.startswith("last") else given
            if (
                attribute.startswith("first")
                or attribute.startswith("last")
                or attribute.startswith("middle")
            ):
                for name in names:
                    for part in name.split():  # "Maria José", "Ana Sofia"
                        if len(part) >= 2 or not part.isascii():
                            target.add(part)
    header = "# From Faker's person providers (joke2k/faker, MIT): {}\n".format(" ".join(LOCALES))
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "given.txt").write_text(header + "\n".join(sorted(given)) + "\n", encoding="utf-8")
    (DATA / "family.txt").write_text(header + "\n".join(sorted(family)) + "\n", encoding="utf-8")
    print(f"{len(given)} given names, {len(family)} family names")


if __name__ == "__main__":  # pragma: no cover
    _build()
