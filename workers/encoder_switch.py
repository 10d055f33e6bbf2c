"""Switching the embedding model: every opinion is embedded again in the background while the
old vectors stay in use, then every worker moves to the new model at once.

The state (workers.encoder_state) is one `model_state` row: the `active` model (the one whose
vectors topics, duplicates and themes use; DEFAULT_ENCODER when there is no row), and while a
switch runs its `target`, with progress. `feedback reprocess --embeddings --model NAME` sets
the target; the `reembed_opinions` job (queued by the command, and run periodically so that
the embedded mode and a lost job carry on) embeds in batches the opinions that have no vector
from the target, and when none is left makes the target active, deletes the old vectors and
regroups, so that the tagger, the theme space and the centroids are rebuilt in the new space.
See docs/adr/0003-embeddings-topics-themes.md, "Swapping the encoder".
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from feedback.tables import Opinion, OpinionEmbedding
from workers.encoder_state import EncoderState, encoder_state, save_encoder_state

__all__ = ["EncoderState", "encoder_state", "reembed_opinions", "request_switch"]

log = logging.getLogger(__name__)

# Opinions embedded per batch: one batch of e5-large on a CPU core is a few seconds, and
# progress is written after each.
REEMBED_BATCH = 64
# One run of the job embeds for at most this long and returns (the job timeout is 300 s);
# the next periodic run carries on where it stopped.
REEMBED_SLICE_SECONDS = 60.0
# A run whose progress is older than this is taken to be dead, and another run may take over.
LEASE_SECONDS = 120.0
# After the switch, workers that still had the old model (they look every 2 s) may store an old
# vector or two; this long after it, a run embeds those opinions too and deletes the old vectors.
SETTLE_SECONDS = 10.0
# How long the switch waits for a regroup already running (in the old space) to end.
REGROUP_WAIT_SECONDS = 180.0


async def missing_count(model: str) -> tuple[int, int]:
    """(opinions without a vector from `model`, all opinions)."""
    total = await Opinion.count()
    having = await OpinionEmbedding.count().where(OpinionEmbedding.model == model)
    return max(total - having, 0), total


async def request_switch(target: str) -> EncoderState:
    """Set `target` as the model to switch to (or, when it is already active, to complete:
    opinions without its vector get one). The job does the work."""
    state = await encoder_state()
    missing, total = await missing_count(target)
    if state.target != target:
        state.target = target
        state.started_at = datetime.now(UTC).isoformat(timespec="seconds")
        state.runner = state.heartbeat = None
    state.done, state.total = total - missing, total
    state.message = ""
    await save_encoder_state(state)
    return state


def _me() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


async def reembed_opinions(
    ctx: dict[str, Any],
    *,
    batch_size: int = REEMBED_BATCH,
    slice_seconds: float = REEMBED_SLICE_SECONDS,
) -> str:
    """Embed, batch by batch, the opinions that have no vector from the target model; when none
    is left, make it the active model. A no-op (one small read) when no switch is asked for."""
    from workers.jobs import worker_state

    # One run per worker at a time (periodic runs may overlap a long one); across workers, the
    # lease in the state.
    lock = worker_state(ctx).setdefault("reembed_lock", asyncio.Lock())
    if lock.locked():
        return "skipped: a switch is running in this worker"
    async with lock:
        return await _reembed(ctx, batch_size, slice_seconds)


async def _reembed(ctx: dict[str, Any], batch_size: int, slice_seconds: float) -> str:
    from classifiers.embedding import EmbeddingUnavailable, embedding_model_status, get_embedder

    state = await encoder_state()
    target = state.target
    now = time.time()
    if target is None:
        if state.switched_at is not None and now - state.switched_at >= SETTLE_SECONDS:
            return await _settle(ctx, state, batch_size)
        return "no encoder switch asked for"
    if (
        state.runner not in (None, _me())
        and state.heartbeat is not None
        and now - state.heartbeat < LEASE_SECONDS
    ):
        return f"skipped: {state.runner} is switching to {target}"
    models_dir = Path(ctx["settings"].models_dir)
    present, reason = embedding_model_status(models_dir, name=target)
    if not present:
        state.message = f"cannot switch to {target}: {reason}"
        await save_encoder_state(state)
        return state.message
    try:
        embedder = await asyncio.to_thread(get_embedder, models_dir / target)
    except EmbeddingUnavailable as error:
        state.message = f"cannot switch to {target}: {error}"
        await save_encoder_state(state)
        return state.message
    state.runner, state.heartbeat = _me(), now
    await save_encoder_state(state)
    started = time.monotonic()
    embedded = 0
    while batch := await _without_vector(target, batch_size):
        await _store(target, batch, await asyncio.to_thread(embedder.embed, _texts(batch)))
        embedded += len(batch)
        missing, total = await missing_count(target)
        state.done, state.total, state.heartbeat = total - missing, total, time.time()
        await save_encoder_state(state)
        if missing and time.monotonic() - started > slice_seconds:
            return f"{embedded} opinions embedded with {target}; {missing} to go"
    previous = state.active
    state = await encoder_state()  # what a concurrent `reprocess` may have changed
    if state.target != target:
        return f"{embedded} opinions embedded with {target}; the switch was redirected"
    # The switch: every worker follows within STATE_CHECK_SECONDS (workers.intelligence).
    state.active, state.target = target, None
    state.runner = state.heartbeat = None
    state.switched_at = time.time()
    state.message = (
        f"switched from {previous} to {target}"
        if previous != target
        else f"every opinion has a vector from {target}"
    )
    await save_encoder_state(state)
    log.info("encoder: %s (%d opinions)", state.message, state.total)
    if previous == target:
        return state.message
    from workers.intelligence import REGROUP_BUSY, intelligence, regroup_themes

    # The tagger, the theme space and the centroids, learned again in the new space.
    intelligence(ctx).encoder_checked_at = 0.0  # this worker follows at once
    # A regroup that began before the switch finishes in the old space: this one follows it.
    deadline = time.monotonic() + REGROUP_WAIT_SECONDS
    while (regrouped := await regroup_themes(ctx)) == REGROUP_BUSY:
        if time.monotonic() > deadline:
            regrouped += "; the periodic regroup rebuilds the themes in the new space"
            break
        await asyncio.sleep(1.0)
    state = await encoder_state()
    state.message = f"{state.message}; regroup: {regrouped}"
    await save_encoder_state(state)
    return state.message


async def _settle(ctx: dict[str, Any], state: EncoderState, batch_size: int) -> str:
    """A while after a switch, when every worker has followed: embed what a worker that still
    had the old model stored meanwhile, and delete the old vectors."""
    from classifiers.embedding import get_embedder

    model = state.active
    embedder = None
    while batch := await _without_vector(model, batch_size):
        if embedder is None:
            embedder = await asyncio.to_thread(
                get_embedder, Path(ctx["settings"].models_dir) / model
            )
        await _store(model, batch, await asyncio.to_thread(embedder.embed, _texts(batch)))
    await OpinionEmbedding.delete().where(OpinionEmbedding.model != model)
    state = await encoder_state()
    state.switched_at = None
    await save_encoder_state(state)
    return f"vectors of other models than {model} deleted"


def _texts(batch: list[dict[str, Any]]) -> list[str]:
    """What the pipeline embeds: the text with personal data hidden where there was some."""
    return [
        (row["redacted_text"] if row["redacted_text"] is not None else row["normalised_text"]) or ""
        for row in batch
    ]


async def _without_vector(model: str, limit: int) -> list[dict[str, Any]]:
    return (
        await Opinion.select(Opinion.id, Opinion.normalised_text, Opinion.redacted_text)
        .where(
            Opinion.id.not_in(
                OpinionEmbedding.select(OpinionEmbedding.opinion).where(
                    OpinionEmbedding.model == model
                )
            )
        )
        .order_by(Opinion.id)
        .limit(limit)
    )


async def _store(model: str, batch: list[dict[str, Any]], vectors: np.ndarray) -> None:
    now = datetime.now(UTC)
    opinion_ids = [row["id"] for row in batch]
    rows = [
        OpinionEmbedding(
            opinion=opinion_id,
            model=model,
            vector=np.asarray(vector, dtype=np.float32).tobytes(),
            created_at=now,
        )
        for opinion_id, vector in zip(opinion_ids, vectors, strict=True)
    ]
    # An opinion deleted meanwhile (a resident's request) has nothing to store.
    existing = {
        row["id"] for row in await Opinion.select(Opinion.id).where(Opinion.id.is_in(opinion_ids))
    }
    rows = [row for row in rows if row.opinion in existing]
    if rows:
        await OpinionEmbedding.insert(*rows).on_conflict(
            target=(OpinionEmbedding.opinion, OpinionEmbedding.model),
            action="DO UPDATE",
            values=[OpinionEmbedding.vector, OpinionEmbedding.created_at],
        )
