"""Job names and retry policy shared by the arq worker and the in-process runner."""

from __future__ import annotations

from typing import Any

PROCESS_OPINION = "process_opinion"
SWEEP_RECEIVED = "sweep_received"
RUN_EXPORT = "run_export"
REGROUP_THEMES = "regroup_themes"
# Switching the embedding model (workers/encoder_switch.py): queued by `feedback reprocess
# --embeddings`, and periodic so that the embedded mode and a lost job carry on.
REEMBED_OPINIONS = "reembed_opinions"
# Alerts for an urgent opinion (workers/alerts.py), and the sweep that queues lost ones again.
SEND_ALERTS = "send_alerts"
SWEEP_ALERTS = "sweep_alerts"
# Jobs that go ahead of everything already queued: an alert must not wait behind a backlog
# of thousands of opinions (arq: a score an hour in the past; the in-process runner: a
# priority queue).
PRIORITY_JOBS = frozenset({SEND_ALERTS})
# How far ahead of the queue's other jobs a priority job goes in arq (its score is its time).
PRIORITY_AHEAD_SECONDS = 3600
# The model_state row the regroup writes last: its time is when the themes were last regrouped.
THEME_SPACE_STATE = "theme_space"

# arq writes "<queue>:health-check" this often (its default is an hour); `feedback doctor`
# reads it to say whether a worker was seen in the last minute.
HEALTH_CHECK_INTERVAL_SECONDS = 60

# Attempts per job before the opinion is marked `failed` (the first run counts).
MAX_TRIES = 5
# A job that runs longer than this is cancelled and retried: the slowest step (translating a
# 10,000-character opinion on a CPU) takes well under a minute. FEEDBACK_JOB_TIMEOUT_SECONDS
# overrides it.
JOB_TIMEOUT_SECONDS = 300


def job_id(function: str, *args: object) -> str:
    """A stable id, so that the same job enqueued twice (web + sweeper) runs once."""
    return ":".join([function, *(str(arg) for arg in args)])


def retry_delay(job_try: int, base_seconds: float = 1.0) -> float:
    """Seconds before try number `job_try + 1`: 2, 4, 8, 16 (times `base_seconds`), at most
    five minutes. A model that failed to load or a database that blinked gets time to recover."""
    return float(min(base_seconds * 2**job_try, 300))


# The key, in a worker's context, of what lasts as long as the worker: its models, caches,
# locks and the translation batcher.
WORKER_STATE = "worker_state"


def worker_state(ctx: dict[str, Any]) -> dict[str, Any]:
    """What lasts as long as the worker. arq and the in-process runner give each job a copy of
    the worker's context, so an object put in the job's `ctx` is gone with the job; both put
    one dict here at start, which every copy shares. A one-off caller without it (a CLI
    command) keeps its objects in its own `ctx`."""
    state = ctx.get(WORKER_STATE)
    return state if isinstance(state, dict) else ctx


# Replies to residents (workers/replies.py): write each recipient's text in their language,
# then e-mail the ones who left an address; the sweeper queues again what a lost job left.
PREPARE_REPLY = "prepare_reply"
SEND_REPLY_EMAILS = "send_reply_emails"
SWEEP_REPLIES = "sweep_replies"
