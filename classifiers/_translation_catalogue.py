"""The translation catalogue: which model serves which language pair, and where its files live.

Reads `data/translation_models.yaml` (or an operator's own YAML/JSON file), answers which
routes exist for a (source, target) pair and whether a model's files are present.
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

    def path(self, models_dir: Path | str) -> Path:
        return Path(models_dir) / self.folder

    def ct2_path(self, models_dir: Path | str) -> Path:
        return self.path(models_dir) / CT2_SUBFOLDER


@dataclass(frozen=True)
class Route:
    """A way from source to target: one model (direct) or two through English (pivot)."""

    languages: tuple[str, ...]
    models: tuple[ModelEntry, ...]

    @property
    def is_pivot(self) -> bool:
        return len(self.models) > 1


@dataclass(frozen=True)
class Catalogue:
    models: tuple[ModelEntry, ...]
    families: Mapping[str, FamilyNaming]
    aliases: Mapping[str, str] = field(default_factory=dict)
    source_path: Path | None = None

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
        """Every route for the pair, best first: direct models, then pivots through English."""
        source, target = self.canonical(source), self.canonical(target)
        found = [
            Route((source, target), (m,)) for m in self.models if self.serves(m, source, target)
        ]
        if PIVOT_LANGUAGE not in (source, target):
            first_hops = [m for m in self.models if self.serves(m, source, PIVOT_LANGUAGE)]
            second_hops = [m for m in self.models if self.serves(m, PIVOT_LANGUAGE, target)]
            found += [
                Route((source, PIVOT_LANGUAGE, target), (first, second))
                for first in first_hops
                for second in second_hops
            ]
        return found


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
    entries = tuple(_entry(i, spec) for i, spec in enumerate(raw.get("models") or []))
    names = [e.name for e in entries]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise CatalogueError(f"models: duplicate names {sorted(duplicates)}")
    return Catalogue(entries, families, aliases, source_path)


def _languages(where: str, value: Any) -> frozenset[str] | None:
    if value == "all":
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable) or not value:
        raise CatalogueError(f"{where}: expected a list of language codes or `all`")
    return frozenset(str(code).lower() for code in value)


def _entry(index: int, spec: Mapping[str, Any]) -> ModelEntry:
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
    )
