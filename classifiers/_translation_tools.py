"""Operator tools behind `feedback models list|check|install|fetch`.

Each returns plain dataclasses; the CLI prints them. Nothing here downloads at run time
except `fetch`, which first makes sure a hub is reachable and fails fast otherwise, then
downloads with the `huggingface_hub` client (progress bars, resumes a dropped connection),
checks every file against the hub's sizes and checksums, converts to CTranslate2 and moves the
finished folder into place in one rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
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


class FetchError(RuntimeError):
    """A download failed or a file did not match the hub's size or checksum."""


class LicenceNotAccepted(InstallError):
    """A model's licence restricts its use and was not accepted by name."""


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
    target = _convert(destination, compute_type)
    return InstalledModel(
        entry.name, destination, target, compute_type, time.perf_counter() - started
    )


def _convert(folder: Path, compute_type: str) -> Path:
    """Convert the Hugging Face files of `folder` into `folder/ctranslate2` (atomically)."""
    try:
        converter_class = _converter_class()
    except ImportError as error:
        raise InstallError(f"ctranslate2 is not installed: {error}") from None
    target = folder / CT2_SUBFOLDER
    # Convert beside the final place and swap, so a failed conversion leaves the old one.
    with tempfile.TemporaryDirectory(dir=folder, prefix=".ct2-") as scratch:
        converted = Path(scratch) / "model"
        try:
            converter_class(str(folder)).convert(
                str(converted), quantization=compute_type, force=True
            )
        except Exception as error:
            raise InstallError(f"CTranslate2 could not convert {folder}: {error}") from error
        if target.exists():
            shutil.rmtree(target)
        converted.rename(target)
    return target


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


# -- fetching ------------------------------------------------------------------------------

# The files a model folder needs; weights are chosen separately (safetensors over .bin).
_FETCHED_FILES = (
    "config.json",
    "generation_config.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "tokenizer.json",
    "vocab.json",
    "source.spm",
    "target.spm",
    "sentencepiece.bpe.model",
    "added_tokens.json",
)
# Written into each fetched folder: where it came from and what was checked.
FETCH_MANIFEST = "fetched.json"
# Kept between runs so that an interrupted fetch starts from the files it already has.
STAGING_PREFIX = ".fetch-"


def hub_endpoint() -> str:
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_HUB).rstrip("/")


def licences_to_accept(entries: Iterable[ModelEntry], accepted: Iterable[str]) -> list[ModelEntry]:
    """The entries whose licence is not open and was not accepted by name."""
    accepted_lower = {a.strip().lower() for a in accepted}
    return [e for e in entries if not e.licence_is_open and e.licence.lower() not in accepted_lower]


def _choose_files(siblings: Sequence[Any]) -> list[Any]:
    names = {s.rfilename: s for s in siblings}
    chosen = [names[n] for n in _FETCHED_FILES if n in names]
    safetensors = [s for n, s in names.items() if "/" not in n and n.endswith(".safetensors")]
    if safetensors:
        chosen += safetensors
        if "model.safetensors.index.json" in names:
            chosen.append(names["model.safetensors.index.json"])
    elif "pytorch_model.bin" in names:
        chosen.append(names["pytorch_model.bin"])
    return chosen


def _git_blob_sha1(path: Path) -> str:
    """Git's id of a file's content: how the hub names a small (non-LFS) file."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(f"blob {path.stat().st_size}\0".encode())
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _verify(path: Path, sibling: Any) -> dict[str, Any]:
    """Check a downloaded file against the hub's metadata; returns what was checked."""
    lfs = sibling.lfs
    expected_size = lfs.size if lfs is not None else sibling.size
    size = path.stat().st_size
    if expected_size is not None and size != expected_size:
        raise FetchError(
            f"{sibling.rfilename}: {size} bytes downloaded, the hub says {expected_size}"
        )
    if lfs is not None:
        actual = _sha256(path)
        if actual != lfs.sha256:
            raise FetchError(
                f"{sibling.rfilename}: sha256 {actual} does not match the hub's {lfs.sha256}"
            )
        return {"size": size, "sha256": actual}
    if sibling.blob_id:
        actual = _git_blob_sha1(path)
        if actual != sibling.blob_id:
            raise FetchError(
                f"{sibling.rfilename}: git blob id {actual} does not match the hub's "
                f"{sibling.blob_id}"
            )
        return {"size": size, "git_blob_sha1": actual}
    return {"size": size}


def _advice(entries: Sequence[ModelEntry]) -> str:
    names = " ".join(e.name for e in entries)
    return (
        "on a machine that reaches the hub run `feedback models fetch "
        f"{names}` (or download {', '.join(e.hf_id for e in entries)} with "
        "`hf download`), copy each folder here and run `feedback models install FOLDER NAME` "
        '(docs/models.md, "Getting the files")'
    )


def fetch_models(
    entries: Sequence[ModelEntry],
    models_dir: Path | str,
    catalogue: Catalogue | Path | str | None = None,
    *,
    accept_licences: Iterable[str] = (),
    force: bool = False,
    timeout: float = HUB_PROBE_TIMEOUT_S,
    progress: bool = True,
) -> list[InstalledModel]:
    """Download each entry from the hub (HF_ENDPOINT, default huggingface.co), verify every file
    against the hub's sizes and checksums, convert it to CTranslate2 and move it into place.

    An entry whose files are already usable is skipped unless `force`. Raises
    LicenceNotAccepted before any download when a restricted licence was not accepted,
    FetchUnavailable within `timeout` when no hub answers, FetchError when a download or a
    check fails (files already downloaded stay in `.fetch-FOLDER` and are reused next time).
    """
    cat = _catalogue(catalogue)
    models_dir = Path(models_dir)
    refused = licences_to_accept(entries, accept_licences)
    if refused:
        lines = "; ".join(f"{e.name} is {e.licence}" for e in refused)
        flags = " ".join(
            f"--accept-licence {lic}" for lic in sorted({e.licence.lower() for e in refused})
        )
        raise LicenceNotAccepted(
            f"{lines}, which restricts its use (CC BY-NC: non-commercial only). If your use is "
            f"allowed, accept it by name: {flags}; otherwise fetch the open set "
            "(`feedback models fetch --set open`)"
        )
    todo = [e for e in entries if force or model_files_problem(e, models_dir) is not None]
    if not todo:
        return []
    variable = _offline_setting()
    if variable:
        raise FetchUnavailable(f"{variable} is set, so nothing is downloaded; {_advice(todo)}")
    hub = hub_endpoint()
    problem = _reachable(hub, timeout)
    if problem:
        raise FetchUnavailable(f"cannot reach the model hub {hub}: {problem}; {_advice(todo)}")
    models_dir.mkdir(parents=True, exist_ok=True)
    return [_fetch_one(entry, models_dir, cat, hub, progress) for entry in todo]


def download_checked(
    hf_id: str, revision: str | None, hub: str, staging: Path, progress: bool = True
) -> tuple[str, dict[str, Any]]:
    """Download a model folder's files from `hub` into `staging`, each checked against the hub's
    metadata (size, LFS sha256, git blob id); returns the commit and what was checked per file.
    Files finished by an interrupted run are reused. Every failure is a FetchError that says
    what to do."""
    from huggingface_hub import HfApi, hf_hub_download
    from huggingface_hub.errors import (
        EntryNotFoundError,
        HfHubHTTPError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )
    from huggingface_hub.utils import disable_progress_bars, enable_progress_bars

    (disable_progress_bars if not progress else enable_progress_bars)()
    try:
        info = HfApi(endpoint=hub).model_info(
            hf_id, revision=revision, files_metadata=True, timeout=HUB_PROBE_TIMEOUT_S * 5
        )
        files = _choose_files(info.siblings or [])
        if not any(f.rfilename == "config.json" for f in files):
            raise FetchError(f"{hf_id} at {info.sha} has no config.json: not a model folder")
        checked: dict[str, Any] = {}
        for sibling in files:
            # The commit hash, not the branch: every file comes from the same commit, and a
            # file finished by an interrupted run is reused without asking the hub again.
            path = Path(
                hf_hub_download(
                    hf_id, sibling.rfilename, revision=info.sha, local_dir=staging, endpoint=hub
                )
            )
            try:
                checked[sibling.rfilename] = _verify(path, sibling)
            except FetchError:
                path.unlink(missing_ok=True)  # never reuse a file that failed its check
                raise
    except (RepositoryNotFoundError, RevisionNotFoundError, EntryNotFoundError) as error:
        raise FetchError(f"{hf_id}: not found on {hub} ({error.__class__.__name__})") from None
    except HfHubHTTPError as error:
        raise FetchError(
            f"{hf_id}: the hub {hub} answered {error}; run the same command again to "
            "resume (finished files are kept)"
        ) from None
    except (OSError, ConnectionError) as error:
        raise FetchError(
            f"{hf_id}: download interrupted ({error}); run the same command again to "
            f"resume (finished files are kept in {staging})"
        ) from None
    except Exception as error:  # httpx's network errors: not importable without the client
        if type(error).__module__.split(".")[0] in ("httpx", "httpx2", "httpcore"):
            raise FetchError(
                f"{hf_id}: download interrupted ({error}); run the same command again "
                f"to resume (finished files are kept in {staging})"
            ) from None
        raise
    assert info.sha is not None  # a model_info answer always names its commit
    return info.sha, checked


def _fetch_one(
    entry: ModelEntry, models_dir: Path, cat: Catalogue, hub: str, progress: bool
) -> InstalledModel:
    started = time.perf_counter()
    staging = models_dir / f"{STAGING_PREFIX}{entry.folder}"
    sha, checked = download_checked(entry.hf_id, entry.revision, hub, staging, progress)
    shutil.rmtree(staging / ".cache", ignore_errors=True)  # the client's bookkeeping
    _convert(staging, entry.compute_type)
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
                "compute_type": entry.compute_type,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    destination = entry.path(models_dir)
    _swap_into_place(staging, destination)
    return InstalledModel(
        entry.name,
        destination,
        destination / CT2_SUBFOLDER,
        entry.compute_type,
        time.perf_counter() - started,
    )


def _swap_into_place(ready: Path, destination: Path) -> None:
    """Replace `destination` by `ready` with renames: a reader sees the old folder or the new
    one, never a half-written one."""
    old = destination.with_name(f".old-{destination.name}-{os.getpid()}")
    if destination.exists():
        destination.rename(old)
    try:
        ready.rename(destination)
    except OSError:
        if old.exists():
            old.rename(destination)
        raise
    shutil.rmtree(old, ignore_errors=True)


def fetch(
    name: str,
    models_dir: Path | str,
    catalogue: Catalogue | Path | str | None = None,
    timeout: float = HUB_PROBE_TIMEOUT_S,
    accept_licences: Iterable[str] = (),
) -> InstalledModel:
    """Download catalogue entry `name` from the hub and install it (see `fetch_models`)."""
    cat = _catalogue(catalogue)
    try:
        entry = cat.entry(name)
    except KeyError as error:
        raise InstallError(str(error.args[0])) from None
    results = fetch_models(
        [entry], models_dir, cat, accept_licences=accept_licences, force=True, timeout=timeout
    )
    return results[0]
