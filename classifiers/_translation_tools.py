"""Operator tools behind `feedback models list|check|install|fetch`.

Each returns plain dataclasses; the CLI prints them. Nothing here downloads at run time
except `fetch`, which first makes sure a hub is reachable and fails fast otherwise.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from classifiers._translation_catalogue import (
    CT2_SUBFOLDER,
    Catalogue,
    ModelEntry,
    load_catalogue,
    model_files_problem,
)

DEFAULT_HUB = "https://huggingface.co"
# How long `fetch` waits for the hub to answer before saying it cannot be reached.
HUB_PROBE_TIMEOUT_S = 3.0


class InstallError(RuntimeError):
    """`install` cannot convert the given folder; the message says why."""


class FetchUnavailable(RuntimeError):
    """No model hub can be reached from here (offline by setting, or no network)."""


@dataclass(frozen=True)
class ModelStatus:
    """A catalogue entry and whether its files are usable under the models folder."""

    name: str
    hf_id: str
    family: str
    engine: str
    compute_type: str
    licence: str
    folder: Path
    present: bool
    reason: str | None
    sources: tuple[str, ...]  # ("all",) when the model serves every language it knows
    targets: tuple[str, ...]


@dataclass(frozen=True)
class InstalledModel:
    name: str
    folder: Path
    ct2_folder: Path
    compute_type: str
    seconds: float


def _catalogue(catalogue: Catalogue | Path | str | None) -> Catalogue:
    return catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue)


def _status(entry: ModelEntry, models_dir: Path, reason: str | None) -> ModelStatus:
    return ModelStatus(
        name=entry.name,
        hf_id=entry.hf_id,
        family=entry.family,
        engine=entry.engine,
        compute_type=entry.compute_type if entry.engine == "ctranslate2" else "float32",
        licence=entry.licence,
        folder=entry.path(models_dir),
        present=reason is None,
        reason=reason,
        sources=tuple(sorted(entry.sources)) if entry.sources is not None else ("all",),
        targets=tuple(sorted(entry.targets)) if entry.targets is not None else ("all",),
    )


def list_models(
    models_dir: Path | str, catalogue: Catalogue | Path | str | None = None
) -> list[ModelStatus]:
    """Every catalogue entry, in catalogue order, with whether its files are present."""
    models_dir = Path(models_dir)
    cat = _catalogue(catalogue)
    return [_status(e, models_dir, model_files_problem(e, models_dir)) for e in cat.models]


def check_models(
    models_dir: Path | str,
    catalogue: Catalogue | Path | str | None = None,
    load: bool = True,
) -> list[ModelStatus]:
    """Like `list_models`, and with `load` also load each present model and translate a
    probe sentence, so a corrupt or mismatched folder shows up with its error as the reason."""
    from classifiers._translation_engines import (
        TranslationUnavailable,
        encode,
        language_prefix,
        load_model,
    )

    models_dir = Path(models_dir)
    cat = _catalogue(catalogue)
    statuses: list[ModelStatus] = []
    for entry in cat.models:
        reason = model_files_problem(entry, models_dir)
        if reason is None and load:
            try:
                model = load_model(entry, models_dir)
                source, target = _probe_pair(cat, entry)
                prefix, source_code, target_id = language_prefix(cat, entry, model, source, target)
                with model.lock:
                    ids = encode(model, ["Hello."], prefix, source_code)
                    model.engine.generate(ids, target_id, 8, 1)
            except TranslationUnavailable as error:
                reason = str(error)
            except Exception as error:  # any failure is the operator's to see, with its text
                reason = f"model {entry.name} failed a test translation: {error}"
        statuses.append(_status(entry, models_dir, reason))
    return statuses


def _probe_pair(catalogue: Catalogue, entry: ModelEntry) -> tuple[str, str]:
    def options(languages: frozenset[str] | None) -> list[str]:
        if languages is not None:
            return sorted(languages)
        return sorted(catalogue.families[entry.family].codes)

    sources, targets = options(entry.sources), options(entry.targets)
    source = "en" if "en" in sources else sources[0]
    preferred = [t for t in ("ja", "en") if t in targets and t != source]
    target = preferred[0] if preferred else next(t for t in targets if t != source)
    return source, target


def install(
    src_hf_folder: Path | str,
    name: str,
    models_dir: Path | str,
    catalogue: Catalogue | Path | str | None = None,
    compute_type: str | None = None,
) -> InstalledModel:
    """Put a local Hugging Face model folder in place for catalogue entry `name` and convert
    it to CTranslate2 (in FOLDER/ctranslate2, stored as `compute_type`, default the entry's).

    The source folder is copied into the models folder unless it already is that folder.
    """
    started = time.perf_counter()
    cat = _catalogue(catalogue)
    try:
        entry = cat.entry(name)
    except KeyError as error:
        raise InstallError(str(error.args[0])) from None
    source = Path(src_hf_folder)
    if not (source / "config.json").is_file():
        raise InstallError(f"{source} is not a Hugging Face model folder (no config.json)")
    compute_type = compute_type or entry.compute_type
    if compute_type not in ("int8", "float32"):
        raise InstallError(f"compute type {compute_type!r}: use int8 or float32")
    destination = entry.path(models_dir)
    if source.resolve() != destination.resolve():
        destination.mkdir(parents=True, exist_ok=True)
        for item in source.iterdir():
            if item.is_file():
                shutil.copy2(item, destination / item.name)
    try:
        converter_class = _converter_class()
    except ImportError as error:
        raise InstallError(f"ctranslate2 is not installed: {error}") from None
    target = destination / CT2_SUBFOLDER
    # Convert beside the final place and swap, so a failed conversion leaves the old one.
    with tempfile.TemporaryDirectory(dir=destination, prefix=".ct2-") as scratch:
        converted = Path(scratch) / "model"
        try:
            converter_class(str(destination)).convert(
                str(converted), quantization=compute_type, force=True
            )
        except Exception as error:
            raise InstallError(f"CTranslate2 could not convert {destination}: {error}") from error
        if target.exists():
            shutil.rmtree(target)
        converted.rename(target)
    return InstalledModel(
        entry.name, destination, target, compute_type, time.perf_counter() - started
    )


def _converter_class():
    """CTranslate2's converter, taught to see M2M100's language tokens under transformers 5.

    transformers 5's M2M100Tokenizer no longer lists `__ja__` & co. in `get_vocab()`, so the
    converter would build a vocabulary 100 tokens short of the model's and refuse it.
    """
    from ctranslate2.converters import TransformersConverter

    class Converter(TransformersConverter):
        def load_tokenizer(self, tokenizer_class, model_name_or_path, **kwargs):
            tokenizer = super().load_tokenizer(tokenizer_class, model_name_or_path, **kwargs)
            language_ids = getattr(tokenizer, "lang_token_to_id", None)
            if language_ids:
                vocabulary = tokenizer.get_vocab()
                if not set(language_ids) <= set(vocabulary):
                    vocabulary.update(language_ids)
                    tokenizer.get_vocab = lambda: dict(vocabulary)
            return tokenizer

    return Converter


def _offline_setting() -> str | None:
    for variable in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        if os.environ.get(variable, "").strip().lower() in ("1", "true", "yes", "on"):
            return variable
    return None


def _reachable(url: str, timeout: float) -> str | None:
    """None when a TCP connection to the hub opens within `timeout`, else the error.

    The probe runs in a thread because name resolution ignores socket timeouts.
    """
    parsed = urlparse(url)
    host = parsed.hostname or ""
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    outcome: list[str | None] = []

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                outcome.append(None)
        except OSError as error:
            outcome.append(str(error) or type(error).__name__)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(timeout)
    if not outcome:
        return f"no answer within {timeout:g} s"
    return outcome[0]


def fetch(
    name: str,
    models_dir: Path | str,
    catalogue: Catalogue | Path | str | None = None,
    timeout: float = HUB_PROBE_TIMEOUT_S,
) -> InstalledModel:
    """Download catalogue entry `name` from the hub and install it. Raises FetchUnavailable
    at once when offline (HF_HUB_OFFLINE) or when the hub does not answer within `timeout`."""
    cat = _catalogue(catalogue)
    try:
        entry = cat.entry(name)
    except KeyError as error:
        raise InstallError(str(error.args[0])) from None
    advice = (
        f"download {entry.hf_id} on a machine with network (docs/models.md), copy the folder "
        f"here and run `feedback models install FOLDER {entry.name}`"
    )
    variable = _offline_setting()
    if variable:
        raise FetchUnavailable(f"{variable} is set, so nothing is downloaded; {advice}")
    hub = os.environ.get("HF_ENDPOINT") or DEFAULT_HUB
    problem = _reachable(hub, timeout)
    if problem:
        raise FetchUnavailable(f"cannot reach the model hub {hub}: {problem}; {advice}")
    from huggingface_hub import snapshot_download

    destination = entry.path(models_dir)
    snapshot_download(
        repo_id=entry.hf_id,
        local_dir=destination,
        allow_patterns=[
            "*.json",
            "*.spm",
            "*.model",
            "*.safetensors",
            "*.bin",
            "*.txt",
            "README.md",
        ],
    )
    return install(destination, entry.name, models_dir, cat)
