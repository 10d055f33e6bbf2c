"""The active embedding model, and the switch to another one in progress: one `model_state` row
(ENCODER_STATE, JSON) that every worker reads (workers.intelligence) and the switch writes
(workers.encoder_switch)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from feedback.tables import ModelState

log = logging.getLogger(__name__)

ENCODER_STATE = "encoder"


@dataclass
class EncoderState:
    """The active embedding model and, during a switch, its successor and progress."""

    active: str
    target: str | None = None
    done: int = 0
    total: int = 0
    started_at: str | None = None
    # Who runs the switch, and when it last wrote progress (see LEASE_SECONDS).
    runner: str | None = None
    heartbeat: float | None = None
    # When the last switch happened: a while later the old vectors are deleted (_settle).
    switched_at: float | None = None
    # The last switch's outcome, shown by `feedback doctor`.
    message: str = ""

    def to_json(self) -> bytes:
        return json.dumps(asdict(self)).encode("utf-8")


def _default_encoder() -> str:
    from classifiers.embedding import DEFAULT_ENCODER

    return DEFAULT_ENCODER


async def encoder_state() -> EncoderState:
    row = (
        await ModelState.select(ModelState.content).where(ModelState.name == ENCODER_STATE).first()
    )
    if row is None:
        return EncoderState(active=_default_encoder())
    try:
        stored = json.loads(bytes(row["content"]).decode("utf-8"))
        return EncoderState(**stored)
    except (ValueError, TypeError):
        log.warning("model_state %r is unreadable; using %s", ENCODER_STATE, _default_encoder())
        return EncoderState(active=_default_encoder())


async def save_encoder_state(state: EncoderState) -> None:
    await ModelState.insert(
        ModelState(name=ENCODER_STATE, content=state.to_json(), updated_at=datetime.now(UTC))
    ).on_conflict(
        target=ModelState.name,
        action="DO UPDATE",
        values=[ModelState.content, ModelState.updated_at],
    )
