"""Embedding models that `feedback models fetch NAME` brings from the model hub.

The `encoders:` section of the model catalogue (classifiers/data/translation_models.yaml; an
operator's FEEDBACK_TRANSLATION_CATALOGUE may add or replace entries) names each model's
repository, licence, size, prefix and pooling. A fetched folder is checked against the hub's
sizes and checksums (as translation models are), described with `feedback_encoder.json` and
moved into place; `feedback reprocess --embeddings --model NAME` then switches to it.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from classifiers._translation_catalogue import OPEN_LICENCES, CatalogueError

DEFAULT_CATALOGUE_PATH = Path(__file__).parent / "data" / "translation_models.yaml"


@dataclass(frozen=True)
class EncoderEntry:
    """One embedding model of the catalogue."""

    name: str  # the folder under the models folder: the model id stored with each vector
    hf_id: str
    licence: str
    prefix: str
    pooling: str
    parameters: int | None = None
    # As published (the folder's config.json decides at run time).
    dimension: int | None = None
    revision: str | None = None
    description: str = ""

    @property
    def licence_is_open(self) -> bool:
        return self.licence.lower() in OPEN_LICENCES

    def path(self, models_dir: Path | str) -> Path:
        return Path(models_dir) / self.name


@dataclass(frozen=True)
class FetchedEncoder:
    name: str
    folder: Path
    seconds: float


def _read(path: Path) -> Mapping[str, Any]:
    text = path.read_text(encoding="utf-8")
    raw = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return raw if isinstance(raw, Mapping) else {}


def _entry(index: int, spec: Any) -> EncoderEntry:
    from classifiers.embedding import POOLINGS

    if not isinstance(spec, Mapping) or not spec.get("name") or not spec.get("hf_id"):
        raise CatalogueError(f"encoders[{index}]: each encoder needs a name and an hf_id")
    where = f"encoders[{index}] ({spec['name']})"
    pooling = str(spec.get("pooling", "mean"))
    if pooling not in POOLINGS:
        raise CatalogueError(f"{where}.pooling: {pooling!r} is not one of {POOLINGS}")
    for number in ("parameters", "dimension"):
        value = spec.get(number)
        if value is not None and (not isinstance(value, int) or value < 1):
            raise CatalogueError(f"{where}.{number}: expected a whole number")
    return EncoderEntry(
        name=str(spec["name"]),
        hf_id=str(spec["hf_id"]),
        licence=str(spec.get("licence") or ""),
        prefix=str(spec.get("prefix") or ""),
        pooling=pooling,
        parameters=spec.get("parameters"),
        dimension=spec.get("dimension"),
        revision=str(spec["revision"]) if spec.get("revision") else None,
        description=" ".join(str(spec.get("description") or "").split()),
    )


def load_encoders(path: Path | str | None = None) -> dict[str, EncoderEntry]:
    """The shipped catalogue's encoders, with those of `path` (an operator's catalogue) added
    or replacing them by name."""
    entries: dict[str, EncoderEntry] = {}
    paths = [DEFAULT_CATALOGUE_PATH]
    if path is not None and Path(path).resolve() != DEFAULT_CATALOGUE_PATH.resolve():
        paths.append(Path(path))
    for source in paths:
        for index, spec in enumerate(_read(source).get("encoders") or []):
            entry = _entry(index, spec)
            entries[entry.name] = entry
    return entries


def fetch_encoders(
    entries: Sequence[EncoderEntry], models_dir: Path | str, *, force: bool = False
) -> list[FetchedEncoder]:
    """Download each encoder (HF_ENDPOINT, default huggingface.co), verify every file against
    the hub's sizes and checksums, describe it (feedback_encoder.json), cache its language
    offsets, and move it into place. An encoder already usable is skipped unless `force`."""
    from classifiers._translation_tools import (
        HUB_PROBE_TIMEOUT_S,
        FetchUnavailable,
        _offline_setting,
        _reachable,
        hub_endpoint,
    )
    from classifiers.embedding import embedding_model_status

    models_dir = Path(models_dir)
    todo = [e for e in entries if force or not embedding_model_status(models_dir, name=e.name)[0]]
    if not todo:
        return []
    names = " ".join(e.name for e in todo)
    advice = (
        f"on a machine that reaches the hub run `feedback models fetch {names}` and copy the "
        "folders into the models folder"
    )
    variable = _offline_setting()
    if variable:
        raise FetchUnavailable(f"{variable} is set, so nothing is downloaded; {advice}")
    hub = hub_endpoint()
    problem = _reachable(hub, HUB_PROBE_TIMEOUT_S)
    if problem:
        raise FetchUnavailable(f"cannot reach the model hub {hub}: {problem}; {advice}")
    models_dir.mkdir(parents=True, exist_ok=True)
    return [_fetch_one(entry, models_dir, hub) for entry in todo]


def _fetch_one(entry: EncoderEntry, models_dir: Path, hub: str) -> FetchedEncoder:
    from classifiers._translation_tools import (
        FETCH_MANIFEST,
        STAGING_PREFIX,
        _swap_into_place,
        download_checked,
    )
    from classifiers.embedding import _forget, get_embedder, write_encoder_file

    started = time.perf_counter()
    staging = models_dir / f"{STAGING_PREFIX}{entry.name}"
    sha, checked = download_checked(entry.hf_id, entry.revision, hub, staging)
    shutil.rmtree(staging / ".cache", ignore_errors=True)  # the client's bookkeeping
    write_encoder_file(staging, prefix=entry.prefix, pooling=entry.pooling)
    (staging / FETCH_MANIFEST).write_text(
        json.dumps(
            {
                "name": entry.name,
                "hf_id": entry.hf_id,
                "revision": sha,
                "licence": entry.licence,
                "hub": hub,
                "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "files": checked,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    destination = entry.path(models_dir)
    _swap_into_place(staging, destination)
    _forget(destination)
    # Each language's offset, cached in the folder (a few seconds to a minute, once).
    get_embedder(destination).language_offsets()
    return FetchedEncoder(entry.name, destination, time.perf_counter() - started)
