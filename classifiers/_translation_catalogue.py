"""The translation catalogue: which model serves which language pair, and where its files live.

Reads `data/translation_models.yaml` (or an operator's own YAML/JSON file), answers which
routes exist for a (source, target) pair, best first by the models' published figures, and
whether a model's files are present. Also the ready-made sets (`recommended`, `open`) and which
licences must be accepted by name before a model is fetched.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CATALOGUE_PATH = Path(__file__).parent / "data" / "translation_models.yaml"

# The pivot language: the one every family translates from and into best.
PIVOT_LANGUAGE = "en"

FAMILIES = ("marian", "m2m100", "nllb")
ENGINES = ("transformers", "ctranslate2")
COMPUTE_TYPES = ("int8", "float32")

# Licences that allow any use, commercial included, with attribution (and share-alike for
# CC BY-SA). Any other licence (CC BY-NC 4.0 of NLLB-200, ...) must be accepted by name.
OPEN_LICENCES = frozenset({"mit", "apache-2.0", "cc-by-4.0", "cc-by-sa-4.0"})
# The set name whose members must all carry an open licence.
OPEN_SET = "open"

# Subfolder of a model folder that holds its CTranslate2 conversion.
CT2_SUBFOLDER = "ctranslate2"

# Files without which a family's tokenizer cannot load (any one set of alternatives suffices).
_TOKENIZER_FILES: dict[str, tuple[tuple[str, ...], ...]] = {
    "marian": (("source.spm",), ("target.spm",), ("vocab.json",)),
    "m2m100": (("sentencepiece.bpe.model",), ("vocab.json",)),
    "nllb": (("tokenizer.json", "sentencepiece.bpe.model"),),
}
_WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin")


class CatalogueError(ValueError):
    """The catalogue file is malformed. The message names the entry and the field."""


@dataclass(frozen=True)
class FamilyNaming:
    """How a model family names languages: app code -> family code -> language token."""

    codes: Mapping[str, str] = field(default_factory=dict)
    # e.g. "__{code}__" (M2M100) or "{code}" (NLLB); empty for Marian (per-model tokens)
    language_token: str = ""


@dataclass(frozen=True)
class PublishedScore:
    """A published quality figure: chrF (0-100) of a model on a pair, on a named test set."""

    source: str
    target: str
    chrf: float
    test_set: str
    # where the figure was read, e.g. "External-MT-leaderboard/scores/eng-jpn/flores200-devtest/
    # chrf-scores.txt" (the catalogue's `score_sources` say which repository that is)
    reference: str
    note: str = ""

    @property
    def pair(self) -> str:
        return f"{self.source}-{self.target}"

    def describe(self) -> str:
        """`chrF 38.5 (flores200-devtest)`, what `feedback models list` prints."""
        return f"chrF {self.chrf:.1f} ({self.test_set})"


@dataclass(frozen=True)
class ModelSet:
    """A ready-made selection of catalogue models, fetched together (`--set NAME`)."""

    name: str
    models: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class ModelEntry:
    """One catalogue line: a model, its family, its engine and the pairs it serves."""

    name: str
    hf_id: str
    folder: str
    family: str
    engine: str = "ctranslate2"
    compute_type: str = "int8"
    licence: str = ""
    # None means "every language the family knows"
    sources: frozenset[str] | None = None
    targets: frozenset[str] | None = None
    target_tokens: Mapping[str, str] = field(default_factory=dict)
    max_input_tokens: int | None = None
    parameters: int | None = None
    revision: str | None = None
    published: tuple[PublishedScore, ...] = ()

    @property
    def licence_is_open(self) -> bool:
        return self.licence.lower() in OPEN_LICENCES

    def figure(self, source: str, target: str) -> PublishedScore | None:
        """The published figure for the pair (app codes, already canonical), if any."""
        for score in self.published:
            if score.source == source and score.target == target:
                return score
        base = (source.split("-")[0], target.split("-")[0])
        for score in self.published:
            if (score.source, score.target) == base:
                return score
        return None

    def path(self, models_dir: Path | str) -> Path:
        return Path(models_dir) / self.folder

    def ct2_path(self, models_dir: Path | str) -> Path:
        return self.path(models_dir) / CT2_SUBFOLDER


@dataclass(frozen=True)
class Route:
    """A way from source to target: one model (direct) or two through English (pivot)."""

    languages: tuple[str, ...]
    models: tuple[ModelEntry, ...]
    # Each hop's published figure (None where the model has none for that hop).
    figures: tuple[PublishedScore | None, ...] = ()

    @property
    def is_pivot(self) -> bool:
        return len(self.models) > 1

    @property
    def estimate(self) -> float | None:
        """The route's expected chrF: the direct model's published figure; for a pivot the
        product of its hops' figures / 100 (errors compound), None when a hop has none."""
        if not self.figures or any(f is None for f in self.figures):
            return None
        value = 100.0
        for figure in self.figures:
            assert figure is not None
            value = value * figure.chrf / 100.0
        return value


@dataclass(frozen=True)
class Catalogue:
    models: tuple[ModelEntry, ...]
    families: Mapping[str, FamilyNaming]
    aliases: Mapping[str, str] = field(default_factory=dict)
    source_path: Path | None = None
    sets: Mapping[str, ModelSet] = field(default_factory=dict)
    score_sources: Mapping[str, str] = field(default_factory=dict)

    def model_set(self, name: str) -> list[ModelEntry]:
        """The entries of ready-made set `name`; KeyError naming the known sets."""
        if name not in self.sets:
            known = ", ".join(self.sets) or "none"
            raise KeyError(f"no model set named {name!r} in the catalogue (known: {known})")
        return [self.entry(model) for model in self.sets[name].models]

    def restricted(self, names: Iterable[str]) -> Catalogue:
        """The same catalogue with only the named models (e.g. one set's), in catalogue order."""
        keep = set(names)
        return Catalogue(
            tuple(m for m in self.models if m.name in keep),
            self.families,
            self.aliases,
            self.source_path,
            {k: v for k, v in self.sets.items() if set(v.models) <= keep},
            self.score_sources,
        )

    def licence_of(self, model_id: str) -> str | None:
        """The licence of a model, by catalogue name or Hugging Face id (None if unknown)."""
        for model in self.models:
            if model_id in (model.name, model.hf_id):
                return model.licence or None
        return None

    def entry(self, name: str) -> ModelEntry:
        for model in self.models:
            if model.name == name or model.hf_id == name:
                return model
        known = ", ".join(m.name for m in self.models)
        raise KeyError(f"no model named {name!r} in the catalogue (known: {known})")

    def canonical(self, code: str) -> str:
        """Map a caller's language code onto the catalogue's spelling (`fil` -> `tl`, ...)."""
        code = code.strip().lower().replace("_", "-")
        return self.aliases.get(code, code)

    def family_code(self, model: ModelEntry, code: str) -> str | None:
        """The family's name for app language `code`, or None when it does not know it."""
        codes = self.families[model.family].codes
        code = self.canonical(code)
        if code in codes:
            return codes[code]
        base = code.split("-")[0]
        return codes.get(base)

    def serves(self, model: ModelEntry, source: str, target: str) -> bool:
        return self._covers(model, model.sources, source) and self._covers(
            model, model.targets, target
        )

    def _covers(self, model: ModelEntry, languages: frozenset[str] | None, code: str) -> bool:
        code = self.canonical(code)
        if languages is None:
            return self.family_code(model, code) is not None
        return code in languages or code.split("-")[0] in languages

    def routes(self, source: str, target: str) -> list[Route]:
        """Every route for the pair, best first.

        Routes with a published figure (a pivot's is the product of its hops', see
        `Route.estimate`) come first, highest first; then direct routes without one, then
        pivots without one, in catalogue order. So a pivot beats a direct model only where
        the published figures say it should.
        """
        source, target = self.canonical(source), self.canonical(target)
        found = [
            Route((source, target), (m,), (m.figure(source, target),))
            for m in self.models
            if self.serves(m, source, target)
        ]
        if PIVOT_LANGUAGE not in (source, target):
            first_hops = [m for m in self.models if self.serves(m, source, PIVOT_LANGUAGE)]
            second_hops = [m for m in self.models if self.serves(m, PIVOT_LANGUAGE, target)]
            found += [
                Route(
                    (source, PIVOT_LANGUAGE, target),
                    (first, second),
                    (first.figure(source, PIVOT_LANGUAGE), second.figure(PIVOT_LANGUAGE, target)),
                )
                for first in first_hops
                for second in second_hops
                # one multilingual model for both hops is never better than its direct route
                if first is not second
            ]

        def rank(indexed: tuple[int, Route]) -> tuple[int, float, int]:
            index, route = indexed
            estimate = route.estimate
            if estimate is not None:
                return (0, -estimate, index)
            return (2 if route.is_pivot else 1, 0.0, index)

        return [route for _, route in sorted(enumerate(found), key=rank)]


def model_files_problem(model: ModelEntry, models_dir: Path | str) -> str | None:
    """Why `model` cannot be loaded from `models_dir`, or None when its files are all there."""
    folder = model.path(models_dir)
    if not folder.is_dir():
        return f"model folder {folder} missing"
    for alternatives in _TOKENIZER_FILES[model.family]:
        if not any((folder / name).is_file() for name in alternatives):
            return f"model folder {folder} has no {' or '.join(alternatives)} (tokenizer)"
    if model.engine == "ctranslate2":
        ct2 = model.ct2_path(models_dir)
        if not (ct2 / "model.bin").is_file():
            return (
                f"model folder {folder} has no CTranslate2 conversion ({ct2}/model.bin); "
                f"run `feedback models install {folder} {model.name}`"
            )
    else:
        if not (folder / "config.json").is_file():
            return f"model folder {folder} has no config.json"
        if not any((folder / name).is_file() for name in _WEIGHT_FILES):
            return f"model folder {folder} has no weights ({' or '.join(_WEIGHT_FILES)})"
    return None


def load_catalogue(path: Path | str | None = None) -> Catalogue:
    """Read a catalogue from YAML or JSON (default: the one shipped with the package)."""
    path = Path(path) if path is not None else DEFAULT_CATALOGUE_PATH
    text = path.read_text(encoding="utf-8")
    raw = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return catalogue_from_dict(raw or {}, source_path=path)


def catalogue_from_dict(raw: Mapping[str, Any], source_path: Path | None = None) -> Catalogue:
    families = {name: FamilyNaming() for name in FAMILIES}
    for name, spec in (raw.get("families") or {}).items():
        if name not in FAMILIES:
            raise CatalogueError(f"families.{name}: unknown family; use one of {FAMILIES}")
        spec = spec or {}
        families[name] = FamilyNaming(
            codes={str(k).lower(): str(v) for k, v in (spec.get("codes") or {}).items()},
            language_token=str(spec.get("language_token") or ""),
        )
    aliases = {str(k).lower(): str(v).lower() for k, v in (raw.get("aliases") or {}).items()}
    entries = tuple(_entry(i, spec, aliases) for i, spec in enumerate(raw.get("models") or []))
    names = [e.name for e in entries]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise CatalogueError(f"models: duplicate names {sorted(duplicates)}")
    sets = _sets(raw.get("sets") or {}, {e.name: e for e in entries})
    score_sources = {str(k): str(v) for k, v in (raw.get("score_sources") or {}).items()}
    return Catalogue(entries, families, aliases, source_path, sets, score_sources)


def _sets(raw: Mapping[str, Any], entries: Mapping[str, ModelEntry]) -> dict[str, ModelSet]:
    sets: dict[str, ModelSet] = {}
    for name, spec in raw.items():
        where = f"sets.{name}"
        members = (spec or {}).get("models") if isinstance(spec, Mapping) else None
        if not isinstance(members, list) or not members:
            raise CatalogueError(f"{where}.models: expected a list of catalogue model names")
        for member in members:
            if member not in entries:
                raise CatalogueError(f"{where}.models: {member!r} is not a model in this catalogue")
            if name == OPEN_SET and not entries[member].licence_is_open:
                raise CatalogueError(
                    f"{where}.models: {member} is {entries[member].licence or 'unlicensed'}; "
                    f"the open set takes only {', '.join(sorted(OPEN_LICENCES))}"
                )
        sets[str(name)] = ModelSet(
            str(name), tuple(str(m) for m in members), str(spec.get("description") or "").strip()
        )
    return sets


def _published(where: str, value: Any, aliases: Mapping[str, str]) -> tuple[PublishedScore, ...]:
    if value in (None, []):
        return ()
    if not isinstance(value, list):
        raise CatalogueError(f"{where}: expected a list of figures")
    scores = []
    for index, item in enumerate(value):
        here = f"{where}[{index}]"
        if not isinstance(item, Mapping):
            raise CatalogueError(f"{here}: expected pair, chrf, test_set and source")
        pair = str(item.get("pair") or "")
        if pair.count("-") < 1:
            raise CatalogueError(f"{here}.pair: expected SOURCE-TARGET such as en-ja")
        source, target = pair.rsplit("-", 1) if pair.count("-") > 1 else pair.split("-")
        chrf = item.get("chrf")
        if not isinstance(chrf, int | float) or not 0 <= chrf <= 100:
            raise CatalogueError(f"{here}.chrf: expected a number from 0 to 100")
        if not item.get("test_set") or not item.get("source"):
            raise CatalogueError(f"{here}: a figure needs its test_set and its source")
        scores.append(
            PublishedScore(
                source=aliases.get(source.lower(), source.lower()),
                target=aliases.get(target.lower(), target.lower()),
                chrf=float(chrf),
                test_set=str(item["test_set"]),
                reference=str(item["source"]),
                note=str(item.get("note") or ""),
            )
        )
    return tuple(scores)


def _languages(where: str, value: Any) -> frozenset[str] | None:
    if value == "all":
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable) or not value:
        raise CatalogueError(f"{where}: expected a list of language codes or `all`")
    return frozenset(str(code).lower() for code in value)


def _entry(index: int, spec: Mapping[str, Any], aliases: Mapping[str, str]) -> ModelEntry:
    where = f"models[{index}]"
    if not isinstance(spec, Mapping) or not spec.get("name"):
        raise CatalogueError(f"{where}: each model needs a name")
    where = f"models[{index}] ({spec['name']})"
    family = spec.get("family")
    if family not in FAMILIES:
        raise CatalogueError(f"{where}.family: {family!r} is not one of {FAMILIES}")
    engine = spec.get("engine", "ctranslate2")
    if engine not in ENGINES:
        raise CatalogueError(f"{where}.engine: {engine!r} is not one of {ENGINES}")
    compute_type = spec.get("compute_type", "int8")
    if compute_type not in COMPUTE_TYPES:
        raise CatalogueError(
            f"{where}.compute_type: {compute_type!r} is not one of {COMPUTE_TYPES}"
        )
    max_input = spec.get("max_input_tokens")
    if max_input is not None and (not isinstance(max_input, int) or max_input < 4):
        raise CatalogueError(f"{where}.max_input_tokens: expected a whole number >= 4")
    parameters = spec.get("parameters")
    if parameters is not None and (not isinstance(parameters, int) or parameters < 1):
        raise CatalogueError(f"{where}.parameters: expected a whole number")
    name = str(spec["name"])
    return ModelEntry(
        name=name,
        hf_id=str(spec.get("hf_id") or name),
        folder=str(spec.get("folder") or name),
        family=family,
        engine=engine,
        compute_type=compute_type,
        licence=str(spec.get("licence") or ""),
        sources=_languages(f"{where}.sources", spec.get("sources", "all")),
        targets=_languages(f"{where}.targets", spec.get("targets", "all")),
        target_tokens={
            str(k).lower(): str(v) for k, v in (spec.get("target_tokens") or {}).items()
        },
        max_input_tokens=max_input,
        parameters=parameters,
        revision=str(spec["revision"]) if spec.get("revision") else None,
        published=_published(f"{where}.published", spec.get("published"), aliases),
    )
