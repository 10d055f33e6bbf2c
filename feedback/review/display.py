"""What the review pages show for the codes the pipeline and the tables store: statuses, steps
and their notes, relevance, flags, urgency categories, personal-data kinds, roles, language
names, topic names, history entries and theme titles, in the reviewer's interface language.

The tables keep codes (`processed`, `in_review`, `housing`, `policy_opinion`) so that filters,
the API and exports stay stable; a Japanese-reading reviewer must never meet them. Every label
is an English msgid translated through the gettext catalogues (`N_` marks them for
`make messages`), so English pages read naturally and Japanese ones come from the catalogue.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from feedback import i18n


def N_(text: str) -> str:
    """Marks a string for the catalogues (`pybabel extract -k N_`); translated where shown."""
    return text


PROCESSING_STATUS_LABELS = {
    "received": N_("Waiting to be processed"),
    "processing": N_("Being processed"),
    "processed": N_("Processing done"),
    "failed": N_("Processing failed"),
}
TRIAGE_STATUS_LABELS = {
    "new": N_("Not yet handled"),
    "in_review": N_("In review"),
    "forwarded": N_("Forwarded to the office in charge"),
    "answered": N_("Answered"),
    "closed": N_("Closed"),
    "spam": N_("Spam"),
}
EXPORT_STATUS_LABELS = {
    "queued": N_("Waiting"),
    "running": N_("Being prepared"),
    "done": N_("Ready"),
    "failed": N_("Failed"),
}
# The checks that say "check with a translator" (classifiers/translation_quality.py).
TRANSLATION_WARNING_LABELS = {
    "wrong_language": N_("not in the target language"),
    "loop": N_("repeats itself"),
    "length_ratio": N_("length far from the original's"),
    "low_score": N_("the model was unsure"),
}
STEP_LABELS = {
    "language": N_("Language identification"),
    "privacy": N_("Personal data"),
    "translation": N_("Machine translation"),
    "topics": N_("Topic tagging"),
    "flags": N_("Relevance and urgency"),
    "themes": N_("Duplicates and theme"),
}
OUTCOME_LABELS = {
    "done": N_("Done"),
    "skipped": N_("Skipped"),
    "failed": N_("Failed"),
}
RELEVANCE_LABELS = {
    "policy": N_("Policy opinion"),
    "consultation": N_("Consultation or procedure question"),
    # classifiers.flags' values, as the flags step stores them
    "policy_opinion": N_("Policy opinion"),
}
URGENCY_LABELS = {"urgent": N_("Urgent"), "not_urgent": N_("Not urgent")}
PII_KIND_LABELS = {
    "email": N_("e-mail address"),
    "phone": N_("phone number"),
    "residence_card": N_("residence card number"),
    "my_number": N_("My Number"),
    "passport": N_("passport number"),
    "postal_code": N_("postal code"),
    "address": N_("address"),
    "url": N_("web address"),
    "birth_date": N_("date of birth"),
    "name": N_("personal name"),
    "messaging_id": N_("messaging app ID"),
    "social_profile": N_("social media profile"),
}
ROLE_LABELS = {
    "reviewer": N_("Reviewer"),
    "organizer": N_("Hearing organizer"),
    "admin": N_("Administrator"),
}
SOURCE_LABELS = {
    "web": N_("web form"),
    "api": N_("API"),
    "import": N_("import"),
}
TOPIC_SOURCE_LABELS = {"model": N_("tagged by the model"), "person": N_("set by a reviewer")}
HISTORY_ACTION_LABELS = {
    "opinion.triage": N_("Triage changed"),
    "opinion.topic": N_("Topic set"),
    "opinion.language": N_("Language corrected"),
    "opinion.note": N_("Note added"),
    "opinion.read_original": N_("Original text read"),
    "theme.move": N_("Moved to a theme"),
    "theme.split": N_("Split off into a new theme"),
}
HISTORY_FIELD_LABELS = {
    "triage_status": N_("Status"),
    "assignee": N_("Assignee"),
    "topics": N_("Topics"),
    "language": N_("Language"),
    "theme": N_("Theme"),
    "note": N_("Note"),
    "with_copy_of": N_("as a copy of"),
    "pii_kinds": N_("Personal data"),
}

# Short names that Babel's CLDR data lacks or gives in a form reviewers do not use.
_LANGUAGE_NAME_OVERRIDES = {
    "ja": {"und": "判定できず", "tl": "フィリピノ語（タガログ語）"},
    "en": {"und": "undetermined", "tl": "Filipino (Tagalog)"},
}


def _display_language(lang: str) -> str:
    """The language labels are drawn from: Japanese for both Japanese interfaces."""
    return "ja" if lang.startswith("ja") else lang.split("-")[0]


@cache
def language_names(lang: str) -> dict[str, str]:
    """Code -> language name in the interface language, for every code reviewers can set."""
    from babel import Locale

    display = _display_language(lang)
    names: dict[str, str] = {}
    for code in (*i18n.RESIDENT_LANGUAGES, *i18n.OTHER_DETECTED_LANGUAGES):
        try:
            names[code] = Locale.parse(code).get_display_name(display) or code
        except Exception:  # noqa: BLE001 - Babel lacks a few languages
            names[code] = code
    names.update(_LANGUAGE_NAME_OVERRIDES.get(display, _LANGUAGE_NAME_OVERRIDES["en"]))
    return names


def language_name(code: str | None, lang: str) -> str:
    """One language's name; a code with a script ("ne-Latn": Nepali typed in Latin letters)
    is named with its script; a code Babel does not know is shown as it is (an ISO code,
    not a slug of ours)."""
    if not code:
        return "–"
    names = language_names(lang)
    if code in names:
        return names[code]
    from babel import Locale

    display = _display_language(lang)
    base, _, script = code.partition("-")
    try:
        name = names.get(base) or Locale.parse(base).get_display_name(display) or base
        if script:
            script_name = Locale.parse(display).scripts.get(script.title(), script)
            name += f"（{script_name}）" if display == "ja" else f" ({script_name})"
        return name
    except Exception:  # noqa: BLE001 - Babel lacks a few languages
        return code


@cache
def _catalogue_licences(catalogue_path: str | None) -> dict[str, str]:
    """hf_id and name -> licence, from the translation catalogue the workers use."""
    from classifiers._translation_catalogue import load_catalogue

    try:
        catalogue = load_catalogue(Path(catalogue_path) if catalogue_path else None)
    except (OSError, ValueError, KeyError):
        return {}
    licences: dict[str, str] = {}
    for entry in catalogue.models:
        if entry.licence:
            licences[entry.hf_id] = entry.licence
            licences[entry.name] = entry.licence
    return licences


def model_licences(model: str, catalogue_path: str | None) -> list[str]:
    """The licences of the models a stored translation names ("a > b" for a pivot)."""
    licences = _catalogue_licences(catalogue_path)
    found = [licences.get(part.strip(), "") for part in model.split(">")]
    return list(dict.fromkeys(licence for licence in found if licence))


# --------------------------------------------------------------------------- step notes

_ROUTE_DONE = re.compile(
    r"^(?P<route>[a-z-]+(?: -> [a-z-]+)+) \((?P<model>.*), (?P<engine>[^,]*)\)$"
)
_NO_MODEL = re.compile(
    r"^no translation model for (?P<source>[a-z-]+) -> (?P<target>[a-z-]+)(?: \((?P<why>.*)\))?$"
)
_UNDETERMINED = re.compile(r"^language undetermined: no translation into (?P<target>[a-z-]+)$")
_URGENT_HIT = re.compile(
    r"^(?P<category>[a-z_]+): (?P<span>'.*'|\".*\")(?P<translated> \(in the translation\))?$"
)
_URGENT_LIKE = re.compile(r"^(?P<category>[a-z_]+): like the urgent examples \((?P<p>[0-9.]+)\)$")
_CALM_LIKE = re.compile(r"^but like the calm examples \(urgency (?P<p>[0-9.]+)\)$")
_LIKELIHOOD = re.compile(r"^consultation likelihood (?P<p>[0-9.]+)$")
_CLOSEST = re.compile(r"^closest example: (?P<text>.*)$")
_WORDS = re.compile(r"^(?P<kind>question/personal words|proposal words): (?P<words>.*)$")


def _unquote(span: str) -> str:
    try:
        value = json.loads('"' + span[1:-1].replace('"', '\\"') + '"') if span[0] == "'" else None
    except ValueError:
        value = None
    return value if isinstance(value, str) else span[1:-1]


@dataclass
class Vocabulary:
    """Labels in one interface language; `topics` maps slugs to names in that language."""

    lang: str
    topics: Mapping[str, str] = field(default_factory=dict)
    catalogue_path: str | None = None

    def __post_init__(self) -> None:
        self._: Callable[[str], str] = i18n.gettext_for(self.lang)
        self.display = _display_language(self.lang)

    # Plain codes -------------------------------------------------------------------

    def _label(self, labels: Mapping[str, str], value: str | None) -> str:
        if value in (None, ""):
            return "–"
        return self._(labels[value]) if value in labels else str(value)

    def processing_status(self, value: str | None) -> str:
        return self._label(PROCESSING_STATUS_LABELS, value)

    def triage_status(self, value: str | None) -> str:
        return self._label(TRIAGE_STATUS_LABELS, value)

    def status(self, value: str | None) -> str:
        """A value of the inbox's status filter: a processing or a triage status."""
        if value in PROCESSING_STATUS_LABELS:
            return self.processing_status(value)
        return self.triage_status(value)

    def translation_warnings(self, codes: Iterable[str]) -> str:
        """Why a translation should be checked, in the interface language ("; " between)."""
        return "; ".join(self._label(TRANSLATION_WARNING_LABELS, code) for code in codes)

    def export_status(self, value: str | None) -> str:
        return self._label(EXPORT_STATUS_LABELS, value)

    def step(self, value: str | None) -> str:
        return self._label(STEP_LABELS, value)

    def outcome(self, value: str | None) -> str:
        return self._label(OUTCOME_LABELS, value)

    def relevance(self, value: str | None) -> str:
        return self._label(RELEVANCE_LABELS, value)

    def urgency(self, value: str | None) -> str:
        return self._label(URGENCY_LABELS, value)

    def role(self, value: str | None) -> str:
        return self._label(ROLE_LABELS, value)

    def source(self, value: str | None) -> str:
        return self._label(SOURCE_LABELS, value)

    def topic_source(self, value: str | None) -> str:
        return self._label(TOPIC_SOURCE_LABELS, value)

    def pii_kind(self, value: str) -> str:
        return self._label(PII_KIND_LABELS, value)

    def pii_kinds(self, values: Iterable[str]) -> str:
        return self.separator().join(self.pii_kind(value) for value in values)

    def separator(self) -> str:
        return "、" if self.display == "ja" else ", "

    def colon(self) -> str:
        return "：" if self.display == "ja" else ": "

    def parenthesised(self, text: str) -> str:
        return f"（{text}）" if self.display == "ja" else f" ({text})"

    def language(self, code: str | None) -> str:
        return language_name(code, self.lang)

    def language_choices(self, current: str | None = None) -> list[tuple[str, str]]:
        """(code, name) for a language menu, by name; `current` is kept when it is another
        code (a romanization such as ne-Latn, say)."""
        choices = sorted(language_names(self.lang).items(), key=lambda item: item[1])
        if current and current not in dict(choices):
            choices.append((current, self.language(current)))
        return choices

    def topic(self, slug: str | None) -> str:
        if not slug:
            return "–"
        return self.topics.get(slug) or self._("Other topic (%(name)s)") % {"name": slug}

    def urgency_category(self, slug: str) -> str:
        return _urgency_names(self.display).get(slug, slug)

    def licences(self, model: str) -> list[str]:
        """The licences of the models behind a translation, as a reader writes them
        ("CC BY-NC 4.0 (non-commercial use only)"), from the catalogue's SPDX identifiers."""
        return [self.licence(spdx) for spdx in model_licences(model, self.catalogue_path)]

    def licence(self, spdx: str) -> str:
        parts = spdx.split("-")
        if len(parts) >= 3 and parts[0].upper() == "CC":
            # CC-BY-NC-4.0 -> CC BY-NC 4.0, as Creative Commons writes its licences
            text = f"CC {'-'.join(parts[1:-1])} {parts[-1]}"
            if "NC" in (part.upper() for part in parts):
                text += self.parenthesised(self._("non-commercial use only"))
            return text
        return spdx

    # Evidence and notes ------------------------------------------------------------

    def urgent_reason(self, reason: str) -> Markup:
        """One piece of urgency evidence ("violence: 'hits me'") in the interface language; the
        resident's words it quotes are marked as theirs (HTML, escaped)."""
        found = _URGENT_HIT.match(reason)
        if found:
            text = Markup("{}{}{}").format(
                self.urgency_category(found["category"]),
                self.colon(),
                self._quote(_unquote(found["span"])),
            )
            return text + (self._(" (in the machine translation)") if found["translated"] else "")
        found = _URGENT_LIKE.match(reason)
        if found:
            return Markup.escape(
                self._("%(category)s: close to the urgent examples (%(score)s)")
                % {"category": self.urgency_category(found["category"]), "score": found["p"]}
            )
        found = _CALM_LIKE.match(reason)
        if found:
            return Markup.escape(
                self._("but close to the calm examples (urgency %(score)s)") % {"score": found["p"]}
            )
        return Markup.escape(reason)

    def relevance_note(self, note: str | None) -> Markup:
        """The stored note on a consultation: the desk it belongs to (classifiers/data/
        flags.yaml, English; Japanese from its `*_ja` entries) or the evidence."""
        if not note:
            return Markup("")
        if self.display == "ja":
            translated = note
            for english, japanese in _desks_in_japanese():
                translated = translated.replace(english, japanese)
            if translated != note:
                return Markup.escape(translated.replace("; ", "／"))
        parts = [self.relevance_evidence(part) for part in note.split("; ")]
        return Markup("／" if self.display == "ja" else "; ").join(parts)

    def relevance_evidence(self, evidence: str) -> Markup:
        found = _LIKELIHOOD.match(evidence)
        if found:
            return Markup.escape(
                self._("likelihood of a consultation %(score)s") % {"score": found["p"]}
            )
        found = _CLOSEST.match(evidence)
        if found:
            return Markup.escape(self._("closest example: %(text)s")) % {
                "text": self._quote(found["text"].strip("'\""))
            }
        found = _WORDS.match(evidence)
        if found:
            label = (
                self._("words of a question or a personal matter")
                if found["kind"].startswith("question")
                else self._("words of a proposal")
            )
            return Markup("{}{}<span data-user-content>{}</span>").format(
                label, self.colon(), found["words"]
            )
        if evidence == "asks a question":
            return Markup.escape(self._("asks a question"))
        return Markup.escape(evidence)

    def _quote(self, text: str) -> Markup:
        """Words quoted from a text (the resident's, or an example's), marked as such."""
        opening, closing = ("「", "」") if self.display == "ja" else ("“", "”")
        return Markup("{}<span data-user-content>{}</span>{}").format(opening, text, closing)

    def step_note(self, step: Any) -> str:
        """What one pipeline step found or why it was skipped, from its stored detail (the
        stored message is English, written for logs and the API)."""
        name = _get(step, "step")
        outcome = _get(step, "outcome")
        message = _get(step, "message") or ""
        detail = _json(_get(step, "detail")) or {}
        if outcome == "failed":
            return self._(
                "The step failed; the opinion is retried. Technical detail: %(error)s"
            ) % {"error": message}
        if outcome == "skipped" and message.startswith("no embedding model"):
            return self._("Not done: no embedding model is installed (see `feedback doctor`).")
        if name == "language":
            if not detail.get("language"):
                return ""
            return self._("%(language)s (confidence %(confidence)s)") % {
                "language": self.language(detail["language"]),
                "confidence": f"{float(detail.get('confidence') or 0):.2f}",
            }
        if name == "privacy":
            kinds = detail.get("kinds") or []
            if not kinds:
                return self._("No personal data found.")
            return self._("Hidden: %(kinds)s.") % {"kinds": self.pii_kinds(kinds)}
        if name == "translation":
            return self.translation_note(detail, message)
        if name == "topics":
            topics = detail.get("topics") or []
            if not topics:
                return self._("No topic fits well enough.")
            return self.separator().join(
                f"{self.topic(item.get('slug'))} {float(item.get('score') or 0):.2f}"
                for item in topics
            )
        if name == "flags":
            return self.flags_note(detail)
        if name == "themes":
            parts = []
            if detail.get("duplicate_of"):
                parts.append(self._("duplicate of #%(id)s") % {"id": detail["duplicate_of"]})
            if detail.get("theme"):
                parts.append(self._("theme #%(id)s") % {"id": detail["theme"]})
            else:
                parts.append(self._("no theme until the next regroup"))
            return self.separator().join(parts)
        return message

    def translation_skip(self, reason: str) -> str:
        found = _NO_MODEL.match(reason)
        if found:
            text = self._("No translation model for %(source)s into %(target)s.") % {
                "source": self.language(found["source"]),
                "target": self.language(found["target"]),
            }
            if found["why"] and "not installed" in found["why"]:
                text += " " + self._(
                    "The model is in the catalogue but not installed (see `feedback models list`)."
                )
            return text
        found = _UNDETERMINED.match(reason)
        if found:
            return self._(
                "The language could not be determined, so it was not translated into %(target)s."
            ) % {"target": self.language(found["target"])}
        return reason

    def translation_note(self, detail: Mapping[str, Any], message: str = "") -> str:
        parts: list[str] = []
        for done in detail.get("translated") or []:
            found = _ROUTE_DONE.match(str(done))
            if found:
                route = " → ".join(self.language(code) for code in found["route"].split(" -> "))
                parts.append(self._("translated %(route)s") % {"route": route})
            else:
                parts.append(str(done))
        skipped = detail.get("skipped")
        if skipped is None and message:
            skipped = [part for part in message.split("; ") if part]
        parts += [self.translation_skip(str(reason)) for reason in skipped or []]
        return self.separator().join(parts)

    def flags_note(self, detail: Mapping[str, Any]) -> str:
        parts = []
        urgency = detail.get("urgency") or {}
        if urgency:
            text = self._("Urgency: %(value)s") % {"value": self.urgency(urgency.get("value"))}
            categories = [self.urgency_category(c) for c in urgency.get("categories") or []]
            if categories:
                text += self.parenthesised(self.separator().join(categories))
            parts.append(text)
        relevance = detail.get("relevance") or {}
        if relevance:
            parts.append(
                self._("Relevance: %(value)s") % {"value": self.relevance(relevance.get("value"))}
            )
        else:
            parts.append(self._("Relevance: not judged (no embedding model)"))
        return "; ".join(parts) if self.display != "ja" else "。".join(parts) + "。"

    # History -----------------------------------------------------------------------

    def history_action(self, action: str) -> str:
        return self._label(HISTORY_ACTION_LABELS, action)

    def history_value(self, name: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "–"
        if name == "triage_status":
            return self.triage_status(str(value))
        if name == "language":
            return self.language(str(value))
        if name == "topics":
            return self.separator().join(self.topic(slug) for slug in value)
        if name == "theme" or name == "with_copy_of" or name == "note":
            return f"#{value}"
        if name == "pii_kinds":
            return self.pii_kinds(value)
        return str(value)

    def history_changes(self, before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
        """Each field an entry changed, as "Status: Not yet handled → In review"."""
        parts = []
        for name in dict.fromkeys([*before, *after]):
            label = self._(HISTORY_FIELD_LABELS[name]) if name in HISTORY_FIELD_LABELS else name
            if name in before:
                change = f"{self.history_value(name, before[name])} → "
                change += self.history_value(name, after.get(name))
            else:
                change = self.history_value(name, after[name])
            parts.append(f"{label}{self.colon()}{change}")
        return self.separator().join(parts)


def _get(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


@cache
def _desks_in_japanese() -> list[tuple[str, str]]:
    """(English desk, Japanese desk) from classifiers/data/flags.yaml, longest first (an
    urgent note joins several desks)."""
    import yaml

    from classifiers.flags import DEFAULT_FLAGS_PATH

    document = yaml.safe_load(DEFAULT_FLAGS_PATH.read_text(encoding="utf-8")) or {}
    pairs: dict[str, str] = {}
    for name in ("desks", "urgent_desks"):
        english, japanese = document.get(name) or {}, document.get(f"{name}_ja") or {}
        pairs.update({str(english[key]): str(japanese[key]) for key in english if key in japanese})
    for name in ("default_desk", "urgent_desk"):
        if document.get(name) and document.get(f"{name}_ja"):
            pairs[str(document[name])] = str(document[f"{name}_ja"])
    return sorted(pairs.items(), key=lambda pair: -len(pair[0]))


@cache
def _urgency_names(language: str) -> dict[str, str]:
    from classifiers.urgency import category_names

    return category_names("ja" if language == "ja" else "en")


async def vocabulary(lang: str, catalogue_path: Path | str | None = None) -> Vocabulary:
    """A vocabulary with every topic's name (inactive ones too: old opinions keep them)."""
    from feedback.tables import Topic

    rows = await Topic.select(Topic.slug, Topic.name_ja, Topic.name_en)
    display = _display_language(lang)
    return Vocabulary(
        lang,
        topics={row["slug"]: row["name_ja"] if display == "ja" else row["name_en"] for row in rows},
        catalogue_path=str(catalogue_path) if catalogue_path else None,
    )


# --------------------------------------------------------------------------- theme titles

_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
TITLE_LIMIT = 120


def shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def keywords_in(
    language: str, keywords: Iterable[str], untranslated_languages: Iterable[str]
) -> list[str]:
    """The keywords that are written in `language` ("ja" or "en").

    The regroup takes a theme's keywords from its members' English translations, and from the
    originals of members without one (`untranslated_languages`: their languages), so the
    keywords may mix languages. Japanese: words with kana, or of Chinese characters unless a
    Chinese member gave its original words. English: plain ASCII words, when every member
    without an English translation is English itself."""
    untranslated = set(untranslated_languages)
    kept = []
    for keyword in keywords:
        if language == "ja":
            if _KANA.search(keyword) or (
                _HAN.search(keyword) and not any(code.startswith("zh") for code in untranslated)
            ):
                kept.append(keyword)
        elif language == "en" and keyword.isascii() and untranslated <= {"en"}:
            kept.append(keyword)
    return kept


def fallback_title(language: str, topic_name: str | None, keywords: list[str]) -> str:
    """A title made of the topic's name and keywords in `language`, for a theme whose
    representative has no translation into it."""
    _ = i18n.gettext_for(language)
    if topic_name and keywords:
        return _("%(topic)s: %(keywords)s") % {
            "topic": topic_name,
            "keywords": ("、" if language == "ja" else ", ").join(keywords[:3]),
        }
    if topic_name:
        return _("Opinions on %(topic)s") % {"topic": topic_name}
    if keywords:
        return _("Opinions about %(keywords)s") % {
            "keywords": ("、" if language == "ja" else ", ").join(keywords[:3])
        }
    return _("Opinions not yet given a topic")


def automatic_title(
    language: str,
    *,
    representative_language: str | None,
    representative_text: str | None,
    translation: str | None,
    topic_name: str | None,
    keywords: list[str],
    untranslated_languages: Iterable[str],
) -> tuple[str, str]:
    """(title in `language`, where it comes from: "original", "translation" or "topic").

    The representative's own text when it is in `language`, its machine translation into
    `language` when there is one, else the topic's name and the keywords written in
    `language`: never a sentence in another language presented as the title."""
    if representative_text and representative_language == language:
        return shorten(representative_text), "original"
    if translation:
        return shorten(translation), "translation"
    return shorten(
        fallback_title(
            language, topic_name, keywords_in(language, keywords, untranslated_languages)
        )
    ), "topic"


def looks_written_in(language: str, text: str) -> bool:
    """Whether a stored title could be in `language` by its script (Japanese: kana or
    Chinese characters; English: Latin letters only). Used for titles from before the
    titles were made in the interface language."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    if language == "ja":
        return bool(_KANA.search(text) or _HAN.search(text))
    if language == "en":
        return all("LATIN" in unicodedata.name(char, "") and char.isascii() for char in letters)
    return True


async def for_request(request: Any, lang: str) -> Vocabulary:
    """The vocabulary for a page: topic names, and the catalogue the workers translate with
    (for the models' licences)."""
    settings = getattr(request.app.state, "settings", None)
    return await vocabulary(lang, getattr(settings, "translation_catalogue", None))
