"""Reply templates as data: the shipped file (data/templates.yaml), administrators' versions
over it, the prefectures' one-stop consultation centres, and rendering one in a language.

No database here: the services read the administrators' rows and pass them in.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from feedback import i18n, regions

DATA_DIR = Path(__file__).resolve().parent / "data"
TEMPLATES_FILE = DATA_DIR / "templates.yaml"
CENTRES_FILE = DATA_DIR / "consultation_centres.yaml"

PLACEHOLDERS = ("desk_name", "telephone", "web_address", "hours", "languages_served", "prefecture")
DESK_FIELDS = ("telephone", "web_address", "hours", "languages_served")
CENTRE_FIELDS = ("name", "telephone", "web_address", "hours", "languages")
# Longest body an administrator may save, per language (a reply is a few sentences).
MAX_BODY_CHARS = 2000
MAX_FIELD_CHARS = 300


class TemplateError(ValueError):
    """An administrator's edit that cannot be used; `field` names the part."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Desk:
    name: dict[str, str]  # "ja", "en"
    telephone: str = ""
    web_address: str = ""
    hours: str = ""
    languages_served: str = ""
    verified: bool = False


@dataclass(frozen=True)
class ReplyTemplate:
    slug: str
    topics: tuple[str, ...]
    desk: Desk
    body: dict[str, str]  # interface language code -> text with placeholders
    uses_directory: bool = False
    edited: bool = False

    def name(self, language: str) -> str:
        return self.desk.name.get("ja" if language.startswith("ja") else "en", self.slug)


@dataclass(frozen=True)
class Centre:
    prefecture: str
    name: str = ""
    telephone: str = ""
    web_address: str = ""
    hours: str = ""
    languages: str = ""

    @property
    def filled(self) -> bool:
        return bool(self.name.strip())


@dataclass(frozen=True)
class Rendered:
    """A template in one language: the text a resident reads."""

    language: str
    text: str
    contact_lines: list[str] = field(default_factory=list)


@cache
def _shipped() -> dict[str, Any]:
    return yaml.safe_load(TEMPLATES_FILE.read_text(encoding="utf-8"))


@cache
def shipped_centres() -> dict[str, Centre]:
    raw = yaml.safe_load(CENTRES_FILE.read_text(encoding="utf-8"))["centres"] or {}
    return {
        code: Centre(
            code, **{name: str((raw.get(code) or {}).get(name) or "") for name in CENTRE_FIELDS}
        )
        for code in regions.BY_CODE
    }


def labels(language: str) -> dict[str, str]:
    table = _shipped()["labels"]
    return table.get(language) or table["en"]


def _template(raw: dict[str, Any], edit: dict[str, Any] | None) -> ReplyTemplate:
    desk_raw = dict(raw["desk"])
    body = dict(raw["body"])
    if edit:
        for name in ("name_ja", "name_en"):
            if edit.get(name):
                desk_raw["name"] = {**desk_raw["name"], name[-2:]: edit[name]}
        for name in DESK_FIELDS:
            if name in edit:
                desk_raw[name] = edit[name]
        if "verified" in edit:
            desk_raw["verified"] = bool(edit["verified"])
        body.update({code: text for code, text in (edit.get("body") or {}).items() if text})
    return ReplyTemplate(
        slug=raw["slug"],
        topics=tuple(raw.get("topics") or ()),
        desk=Desk(
            name=dict(desk_raw["name"]),
            verified=bool(desk_raw.get("verified")),
            **{name: str(desk_raw.get(name) or "") for name in DESK_FIELDS},
        ),
        body=body,
        uses_directory=bool(raw.get("uses_directory")),
        edited=bool(edit),
    )


def all_templates(edits: dict[str, dict[str, Any]] | None = None) -> list[ReplyTemplate]:
    """Every template, each with its administrators' version applied."""
    edits = edits or {}
    return [_template(raw, edits.get(raw["slug"])) for raw in _shipped()["templates"]]


def slugs() -> list[str]:
    return [raw["slug"] for raw in _shipped()["templates"]]


def for_topic(topic: str | None, edits: dict[str, dict[str, Any]] | None = None) -> str | None:
    """The template whose desk the relevance flag names for this topic, if any."""
    for template in all_templates(edits):
        if topic and topic in template.topics:
            return template.slug
    return None


def check_edit(slug: str, edit: dict[str, Any]) -> dict[str, Any]:
    """An administrator's version, cleaned; TemplateError for what cannot be saved."""
    if slug not in slugs():
        raise TemplateError(
            "slug", f"no reply template {slug!r}; the templates are: {', '.join(slugs())}"
        )
    clean: dict[str, Any] = {}
    for name in ("name_ja", "name_en", *DESK_FIELDS):
        if name in edit and edit[name] is not None:
            value = str(edit[name]).strip()
            if len(value) > MAX_FIELD_CHARS:
                raise TemplateError(name, f"{name} is longer than {MAX_FIELD_CHARS} characters")
            clean[name] = value
    if "verified" in edit and edit["verified"] is not None:
        clean["verified"] = bool(edit["verified"])
    body: dict[str, str] = {}
    for code, text in (edit.get("body") or {}).items():
        if code not in i18n.BY_CODE:
            raise TemplateError(
                f"body.{code}", f"{code!r} is not an interface language ({', '.join(i18n.BY_CODE)})"
            )
        text = str(text or "").strip()
        if not text:
            continue  # an empty box keeps the shipped text
        if len(text) > MAX_BODY_CHARS:
            raise TemplateError(
                f"body.{code}", f"the {code} text is longer than {MAX_BODY_CHARS} characters"
            )
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        except ValueError:
            raise TemplateError(
                f"body.{code}", f"the {code} text has an unmatched {{ or }}; write {{{{ for a brace"
            ) from None
        unknown = sorted(names - set(PLACEHOLDERS))
        if unknown:
            raise TemplateError(
                f"body.{code}",
                f"unknown placeholder {{{unknown[0]}}} in the {code} text; use "
                + ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
            )
        body[code] = text
    if body:
        clean["body"] = body
    return clean


def check_centre(prefecture: str, values: dict[str, Any]) -> Centre:
    if prefecture not in regions.BY_CODE:
        raise TemplateError(
            "prefecture", f"{prefecture!r} is not a prefecture code (JP-01 .. JP-47)"
        )
    clean: dict[str, str] = {}
    for name in CENTRE_FIELDS:
        value = str(values.get(name) or "").strip()
        if len(value) > MAX_FIELD_CHARS:
            raise TemplateError(name, f"{name} is longer than {MAX_FIELD_CHARS} characters")
        clean[name] = value
    if clean["web_address"] and not clean["web_address"].startswith(("https://", "http://")):
        raise TemplateError("web_address", "the web address must start with https:// or http://")
    return Centre(prefecture, **clean)


def _prefecture_name(code: str | None, language: str) -> str:
    prefecture = regions.BY_CODE.get(code or "")
    if prefecture is None:
        return labels(language).get("your_prefecture", "") or (
            "お住まいの都道府県" if language.startswith("ja") else "your prefecture"
        )
    return (
        prefecture.name_ja
        if language.startswith("ja")
        else f"{prefecture.name_en} ({prefecture.name_ja})"
    )


def render(
    template: ReplyTemplate,
    language: str,
    region: str | None = None,
    centre: Centre | None = None,
) -> Rendered:
    """The template in `language` (an interface code; English when it has none), with the
    desk's details, or for the one-stop template the resident's prefecture's centre."""
    language = language if language in template.body else "en"
    desk_name = template.name(language)
    contact = {name: getattr(template.desk, name) for name in DESK_FIELDS}
    if template.uses_directory and centre is not None and centre.filled:
        desk_name = centre.name
        contact = {
            "telephone": centre.telephone,
            "web_address": centre.web_address,
            "hours": centre.hours,
            "languages_served": centre.languages,
        }
    values = {"desk_name": desk_name, "prefecture": _prefecture_name(region, language), **contact}
    body = template.body[language].format(**values)
    label = labels(language)
    lines = [f"{label[name]}: {value}" for name, value in contact.items() if value]
    text = "\n".join([body, "", desk_name, *lines, "", label["closing"]])
    return Rendered(language=language, text=text, contact_lines=lines)


def as_dict(value: Any) -> dict[str, Any]:
    """A JSON column's value (SQLite hands JSON back as text)."""
    import json

    if isinstance(value, str):
        value = json.loads(value or "{}")
    return dict(value or {})
