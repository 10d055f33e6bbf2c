"""Models, loaded once per process and shared by every job in it (never per job)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from classifiers.translation_quality import DEFAULT_MIN_SCORE


@cache
def translator(
    models_dir: str, catalogue: str | None = None, min_score: float | None = DEFAULT_MIN_SCORE
):
    """The process's Translator for this models folder (models load on first use);
    `min_score` is the settings' translation_min_score (the "low_score" warning)."""
    from classifiers.translation import Translator

    return Translator(catalogue, Path(models_dir), min_score=min_score)
