"""Switching the embedding model end to end (issue 18): `feedback models fetch` brings a tiny
BERT (32 dimensions), served by the hub emulator as intfloat/multilingual-e5-base; switching to
it from another tiny BERT (48 dimensions, first-token pooling) embeds every opinion again in the
background while the old vectors stay in use, then the pipeline, the tagger and the themes work
in the new space. Tiny models keep it fast (test_understanding covers e5-small itself); embedded
deployment only: the production worker runs the same job (workers.encoder_switch)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, run_cli, wait_for
from hub_emulator import HubEmulator

sys.path.insert(0, str(REPO / "tests" / "classifiers"))
from tiny_encoder import build_tiny_bert  # noqa: E402

NEW = "multilingual-e5-base"
OLD = "tiny-bert-48"
OPINIONS = [
    "Please open more evening Japanese classes for people who work during the day.",
    "Landlords refuse to rent apartments to foreigners; we need help finding housing.",
    "市役所への バスが 一日二回しか ありません。",
]


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubEmulator]:
    emulator = HubEmulator()
    # As on the hub: no feedback_encoder.json; the catalogue says prefix and pooling.
    emulator.add(f"intfloat/{NEW}", build_tiny_bert(tmp_path_factory.mktemp("hub") / NEW))
    emulator.start()
    yield emulator
    emulator.stop()


def _fetch(hub: HubEmulator, models: Path) -> str:
    env = {
        "HF_ENDPOINT": hub.url,
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "FEEDBACK_MODELS_DIR": str(models),
        "FEEDBACK_VAR_DIR": str(models.parent),
    }
    result = run_cli(["models", "fetch", NEW], env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def fetched(hub, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A models folder into which `feedback models fetch` brought NEW; the command's output."""
    models = tmp_path_factory.mktemp("fetched") / "models"
    return models, _fetch(hub, models)


def test_fetch_brings_an_encoder_described_by_the_catalogue(hub, fetched) -> None:
    from classifiers.embedding import ENCODER_FILE, OFFSETS_FILE, encoder_spec

    models, output = fetched
    assert "feedback reprocess --embeddings --model multilingual-e5-base" in output
    spec = encoder_spec(models / NEW)
    assert (spec.dim, spec.prefix, spec.pooling, spec.source) == (
        32,
        "query: ",
        "mean",
        ENCODER_FILE,
    )
    manifest = json.loads((models / NEW / "fetched.json").read_text())
    assert manifest["hf_id"] == f"intfloat/{NEW}" and manifest["licence"] == "MIT"
    assert (models / NEW / OFFSETS_FILE).exists()  # language offsets cached at fetch
    assert "already in" in _fetch(hub, models)


async def _vectors() -> dict[int, set[tuple[str, int]]]:
    """{opinion: {(model, dimension)}} of the stored vectors (two per opinion mid-switch)."""
    from feedback.tables import OpinionEmbedding

    rows = await OpinionEmbedding.select(
        OpinionEmbedding.opinion, OpinionEmbedding.model, OpinionEmbedding.vector
    )
    found: dict[int, set[tuple[str, int]]] = {}
    for row in rows:
        found.setdefault(row["opinion"], set()).add((row["model"], len(bytes(row["vector"])) // 4))
    return found


@pytest.mark.parametrize("backend", ["embedded"], indirect=True)
def test_switching_the_encoder(backend, fetched, tmp_path) -> None:
    """A deployment that chose a 48-dimension encoder (OLD) switches to NEW (32)."""
    from litestar.testing import TestClient

    from feedback.accounts.services import create_account, issue_token
    from feedback.app import create_app
    from feedback.db import close_database, open_database
    from feedback.doctor import check_embedding
    from workers.encoder_switch import encoder_state, reembed_opinions, request_switch
    from workers.intelligence import Intelligence

    models = tmp_path / "models"
    models.mkdir()
    os.symlink(fetched[0] / NEW, models / NEW)
    build_tiny_bert(models / OLD, hidden=48, seed=5, describe={"prefix": "", "pooling": "cls"})
    extra = {"FEEDBACK_MODELS_DIR": str(models)}
    env = {**backend.env, **extra}
    settings = backend.settings(**extra)

    def processed(client) -> bool:
        rows = client.get("/api/v1/review/opinions", params={"duplicates": "true"}, headers=auth)
        return {o["processing_status"] for o in rows.json()["items"]} == {"processed"}

    with TestClient(create_app(settings), base_url="http://testserver.local") as client:
        client.blocking_portal.call(
            create_account, "enc@example.go.jp", "correct horse 42", "admin"
        )
        auth = {
            "Authorization": "Bearer "
            + client.blocking_portal.call(issue_token, "enc@example.go.jp")
        }
        # A new deployment picks its encoder: the command waits while the app's worker switches.
        chosen = run_cli(["reprocess", "--embeddings", "--model", OLD, "--wait"], env)
        assert chosen.returncode == 0, chosen.stdout + chosen.stderr
        assert f"switched from multilingual-e5-small to {OLD}" in chosen.stdout
        for text in OPINIONS:
            client.post("/api/v1/opinions", json={"text": text})
        wait_for(lambda: processed(client), timeout=60)
        vectors = client.blocking_portal.call(_vectors)
        assert len(vectors) == 3 and all(found == {(OLD, 48)} for found in vectors.values())

    async def one_batch_then_look() -> None:
        engine = await open_database(settings)
        try:
            await request_switch(NEW)
            ctx = {"settings": settings}
            done = await reembed_opinions(ctx, batch_size=2, slice_seconds=0)
            assert done == f"2 opinions embedded with {NEW}; 1 to go"
            state = await encoder_state()
            assert (state.active, state.target, state.done, state.total) == (OLD, NEW, 2, 3)
            assert (
                "switching to multilingual-e5-base: 2 of 3"
                in check_embedding(settings, state).detail
            )
            # Until the new set is complete, the pipeline uses the old model and its vectors.
            intel = Intelligence(models_dir=str(models))
            assert await intel.ready()
            assert (intel.model, intel.embedder.dim) == (OLD, 48)
            ids, vectors, *_ = await intel.candidates()
            assert len(ids) == 3 and vectors.shape == (3, 48)
        finally:
            await close_database(engine)

    asyncio.run(one_batch_then_look())

    with TestClient(create_app(settings), base_url="http://testserver.local") as client:
        # The app's worker carries on where the batch stopped, switches and regroups.
        def switched() -> bool:
            return "regroup:" in client.blocking_portal.call(encoder_state).message

        wait_for(switched, timeout=60)
        state = client.blocking_portal.call(encoder_state)
        assert (state.active, state.target) == (NEW, None)
        assert state.message.startswith(f"switched from {OLD} to {NEW}; regroup: ")
        assert "themes over 3 opinions" in state.message
        assert check_embedding(settings, state).detail.startswith(f"{NEW} (32 dimensions")
        vectors = client.blocking_portal.call(_vectors)
        assert len(vectors) == 3 and all((NEW, 32) in found for found in vectors.values())

        # A new opinion: embedded, tagged and compared in the new space.
        new_id = client.post(
            "/api/v1/opinions", json={"text": "Garbage rules are hard to understand."}
        ).json()["id"]
        wait_for(lambda: processed(client), timeout=60)
        assert client.blocking_portal.call(_vectors)[new_id] == {(NEW, 32)}
        opinion = client.get(f"/api/v1/review/opinions/{new_id}", headers=auth).json()
        steps = {step["step"]: step["outcome"] for step in opinion["steps"]}
        assert steps["topics"] == "done" and opinion["topics"]
        queue = client.app.state.job_queue
        regrouped: list[str] = []

        def regroup() -> bool:  # the app's own periodic regroup may be running
            regrouped.append(
                client.blocking_portal.call(queue.functions["regroup_themes"], {**queue.ctx})
            )
            return not regrouped[-1].startswith("skipped")

        wait_for(regroup, timeout=60, interval=1)
        assert "themes over 4 opinions" in regrouped[-1]
