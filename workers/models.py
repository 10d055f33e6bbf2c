"""Models, loaded once per process and shared by every job in it (never per job)."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def translator(models_dir: str, catalogue: str | None = None):
    """The process's Translator for this models folder (models load on first use)."""
    from classifiers.translation import Translator

    return Translator(catalogue, Path(models_dir))
