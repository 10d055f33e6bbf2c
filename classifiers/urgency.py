"""Urgency: which messages are cries for help, of what kind, and why.

Two signals, either of which raises the flag (recall first: a missed cry for help is the
worst failure of an opinion box):

1. **Patterns** (`data/urgency.yaml`): per category and language, regular expressions that
   describe a situation (an agent, an act, a victim), not bare topic words: "my boss keeps my
   passport" is urgent, "passport" is not. Sentence-scoped *calm* patterns drop a hit in the
   same sentence (idioms such as 死ぬほど忙しい, "dying to see", news and statistics). They need no
   model, so an opinion is flagged even when the embedding model is missing, and they run on
   the machine translations too when there are some.
2. **An embedding head** (`data/urgency_exemplars.yaml`): a logistic regression on the
   multilingual embedding, trained on the team's own urgent and calm exemplars in 16
   languages; it catches what the patterns do not phrase (suicidal thoughts without the word,
   confinement described in a language with few patterns).

The category comes from the patterns that fired, else from the head. See
docs/adr/0006-urgency.md for the figures (`benchmarks/flags.py`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import regex
import yaml

from classifiers.heads import LinearHead

__all__ = [
    "CATEGORIES",
    "DEFAULT_EXEMPLARS_PATH",
    "DEFAULT_PATTERNS_PATH",
    "Urgency",
    "UrgencyLexicon",
    "UrgencyModel",
    "category_names",
    "load_lexicon",
]

DATA = Path(__file__).parent / "data"
DEFAULT_PATTERNS_PATH = DATA / "urgency.yaml"
DEFAULT_EXEMPLARS_PATH = DATA / "urgency_exemplars.yaml"

# Ordered from the most to the least life-threatening: the first category of a flag is the
# one an alert names.
CATEGORIES = (
    "danger_to_life",
    "violence",
    "sexual_abuse",
    "child_at_risk",
    "labour_exploitation",
    "stalking",
)

# Sentence ends in the scripts the box receives (Latin, CJK, Devanagari, Burmese, Khmer, Thai
# has none: a Thai sentence ends at a space run or a line break).
_SENTENCE_END = regex.compile(r"[.!?。！？\n;；।॥။၊។៕]+|\s{2,}")

Embed = Callable[[list[str]], np.ndarray]


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True)
class Hit:
    category: str
    language: str  # the language of the pattern that matched
    span: str  # the words that matched, as the evidence a reviewer reads


@dataclass(frozen=True)
class Urgency:
    urgent: bool
    categories: tuple[str, ...]  # most life-threatening first
    score: float  # 0..1: the head's probability, or 1 for a pattern hit
    evidence: tuple[str, ...]
    hits: tuple[Hit, ...] = field(default=())


@dataclass(frozen=True)
class UrgencyLexicon:
    """Compiled patterns: one alternation per (category, language), and the calm ones."""

    names: dict[str, dict[str, str]]  # category -> {"en": ..., "ja": ...}
    patterns: dict[str, list[tuple[str, regex.Pattern[str]]]]  # category -> [(lang, regex)]
    calm: list[tuple[str, regex.Pattern[str]]]

    def hits(self, text: str) -> list[Hit]:
        """Pattern hits in `text`, less those in a sentence where a calm pattern matches."""
        normalised = _normalise(text)
        if not normalised.strip():
            return []
        bounds = [match.end() for match in _SENTENCE_END.finditer(normalised)]

        def sentence_of(position: int) -> int:
            low, high = 0, len(bounds)
            while low < high:  # the first sentence end after `position`
                middle = (low + high) // 2
                if bounds[middle] <= position:
                    low = middle + 1
                else:
                    high = middle
            return low

        calm_sentences = {
            sentence_of(match.start())
            for _, pattern in self.calm
            for match in pattern.finditer(normalised)
        }
        found: list[Hit] = []
        for category in CATEGORIES:
            for language, pattern in self.patterns.get(category, []):
                for match in pattern.finditer(normalised):
                    if match.end() == match.start():
                        continue
                    if sentence_of(match.start()) in calm_sentences:
                        continue
                    found.append(Hit(category, language, match.group(0).strip()))
                    break  # one piece of evidence per (category, language) is enough
        return found


def _compile(source: str, where: str) -> regex.Pattern[str]:
    try:
        return regex.compile(source, regex.V1)
    except regex.error as error:
        raise ValueError(f"{where}: {error}") from None


def load_lexicon(path: str | Path | None = None) -> UrgencyLexicon:
    """Read and compile the pattern file (once per process and file); a bad pattern fails
    with its place in the file."""
    return _load_lexicon(Path(path) if path is not None else DEFAULT_PATTERNS_PATH)


@cache
def _read(path: Path) -> dict[str, Any]:
    """The parsed pattern file (libyaml's parser where installed: 20 times faster here)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (safe)
    if not isinstance(document, dict) or not isinstance(document.get("categories"), dict):
        raise ValueError(f"{path}: expected a mapping with 'categories'")
    return document


@cache
def _load_lexicon(path: Path) -> UrgencyLexicon:
    document = _read(path)
    names: dict[str, dict[str, str]] = {}
    patterns: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
    for category, section in document["categories"].items():
        if category not in CATEGORIES:
            raise ValueError(f"{path}: unknown category {category!r}; known: {CATEGORIES}")
        names[category] = {str(k): str(v) for k, v in (section.get("name") or {}).items()}
        compiled = []
        for language, sources in (section.get("patterns") or {}).items():
            sources = [str(source) for source in sources or [] if str(source).strip()]
            if not sources:
                continue
            for index, source in enumerate(sources):  # check each alone: a clear message
                _compile(source, f"{path}: {category}.{language}[{index}]")
            joined = "|".join(f"(?:{source})" for source in sources)
            compiled.append((str(language), _compile(joined, f"{path}: {category}.{language}")))
        patterns[category] = compiled
    calm = []
    for language, sources in (document.get("calm") or {}).items():
        sources = [str(source) for source in sources or [] if str(source).strip()]
        if sources:
            for index, source in enumerate(sources):
                _compile(source, f"{path}: calm.{language}[{index}]")
            joined = "|".join(f"(?:{source})" for source in sources)
            calm.append((str(language), _compile(joined, f"{path}: calm.{language}")))
    return UrgencyLexicon(names=names, patterns=patterns, calm=calm)


def category_names(language: str = "en") -> dict[str, str]:
    """Each category's display name in `language` ("en" or "ja"), the slug where none.
    Reads the pattern file without compiling it: cheap enough for a web page."""
    sections = _read(DEFAULT_PATTERNS_PATH)["categories"]
    names = {
        category: {
            str(k): str(v) for k, v in ((sections.get(category) or {}).get("name") or {}).items()
        }
        for category in CATEGORIES
    }
    return {
        category: names[category].get(language) or names[category].get("en") or category
        for category in CATEGORIES
    }


# ---------------------------------------------------------------- the embedding head


def load_exemplars(path: str | Path | None = None) -> tuple[list[str], list[str]]:
    """(texts, labels): a category slug for urgent exemplars, "calm" for the others."""
    path = Path(path) if path is not None else DEFAULT_EXEMPLARS_PATH
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts: list[str] = []
    labels: list[str] = []
    for category, entries in (document.get("urgent") or {}).items():
        if category not in CATEGORIES:
            raise ValueError(f"{path}: unknown category {category!r}")
        for entry in entries or []:
            texts.append(str(entry["text"]))
            labels.append(category)
    for entry in document.get("calm") or []:
        texts.append(str(entry["text"]))
        labels.append("calm")
    if not texts:
        raise ValueError(f"{path}: no exemplars")
    return texts, labels


def exemplars_digest(path: str | Path | None = None) -> str:
    path = Path(path) if path is not None else DEFAULT_EXEMPLARS_PATH
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The head's inverse regularisation and its thresholds, chosen together on the development set
# (docs/adr/0006-urgency.md; the held-out set never tuned them). The head alone flags from
# HEAD_THRESHOLD; a pattern hit flags unless the head finds the message plainly calm (below
# PATTERN_THRESHOLD): idioms and news the calm patterns do not know.
HEAD_C = 10.0
HEAD_THRESHOLD = 0.5
PATTERN_THRESHOLD = 0.2


@dataclass
class UrgencyModel:
    """Patterns plus, when an embedding model is there, the head."""

    lexicon: UrgencyLexicon
    head: LinearHead | None = None
    threshold: float = HEAD_THRESHOLD
    pattern_threshold: float = PATTERN_THRESHOLD

    @classmethod
    def build(
        cls,
        embed: Embed | None = None,
        *,
        patterns: str | Path | None = None,
        exemplars: str | Path | None = None,
    ) -> UrgencyModel:
        lexicon = load_lexicon(patterns)
        if embed is None:
            return cls(lexicon)
        texts, labels = load_exemplars(exemplars)
        return cls(lexicon, LinearHead.fit(embed(texts), labels, c=HEAD_C))

    def classify(
        self,
        text: str,
        embedding: np.ndarray | None = None,
        *,
        translations: Sequence[str] = (),
    ) -> Urgency:
        """`translations`: machine translations of `text` (e.g. into English and Japanese),
        searched by the patterns too; their hits are marked as such in the evidence.
        Without an embedding (or a head) the patterns decide alone."""
        hits = self.lexicon.hits(text)
        translated = [hit for other in translations if other for hit in self.lexicon.hits(other)]
        evidence = [f"{hit.category}: {hit.span!r}" for hit in hits]
        evidence += [f"{hit.category}: {hit.span!r} (in the translation)" for hit in translated]
        evidence = list(dict.fromkeys(evidence))  # two languages' patterns on the same words
        pattern_categories = {hit.category for hit in [*hits, *translated]}
        if self.head is None or embedding is None:
            ordered = tuple(c for c in CATEGORIES if c in pattern_categories)
            if ordered:
                return Urgency(True, ordered, 1.0, tuple(evidence), tuple(hits))
            return Urgency(False, (), 0.0, ("no danger pattern",))
        classes = self.head.classes
        row = self.head.probabilities(np.atleast_2d(embedding))[0]
        probability = float(1.0 - row[classes.index("calm")])
        best = max(
            (name for name in classes if name != "calm"), key=lambda name: row[classes.index(name)]
        )
        categories: set[str] = set()
        if pattern_categories and probability >= self.pattern_threshold:
            categories |= pattern_categories
        if probability >= self.threshold:
            categories.add(best)
            evidence.append(f"{best}: like the urgent examples ({probability:.2f})")
        ordered = tuple(c for c in CATEGORIES if c in categories)
        if ordered:
            return Urgency(True, ordered, round(probability, 3), tuple(evidence), tuple(hits))
        if pattern_categories:
            evidence.append(f"but like the calm examples (urgency {probability:.2f})")
            return Urgency(False, (), round(probability, 3), tuple(evidence))
        return Urgency(False, (), round(probability, 3), ("no danger pattern or likeness",))

    def to_bytes(self) -> bytes:
        return self.head.to_bytes() if self.head is not None else b""

    @classmethod
    def from_bytes(cls, image: bytes, patterns: str | Path | None = None) -> UrgencyModel:
        head = LinearHead.from_bytes(image) if image else None
        return cls(load_lexicon(patterns), head)
