"""Every job the workers run, by name, and when the periodic ones run: the one list that arq's
`WorkerSettings` and the embedded mode's in-process runner both read.

The web side never imports this module at load time: it enqueues jobs by name
(`workers.jobs`), and only `feedback.app`'s lifespan asks for the embedded runner when no Redis
is configured. That keeps the web package and the task code from importing each other in a
loop (`tests/test_import_graph.py` checks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workers.alerts import send_alerts, sweep_alerts
from workers.encoder_switch import reembed_opinions
from workers.jobs import (
    PROCESS_OPINION,
    REEMBED_OPINIONS,
    REGROUP_THEMES,
    RUN_EXPORT,
    SEND_ALERTS,
    SWEEP_ALERTS,
    SWEEP_RECEIVED,
    WORKER_STATE,
)
from workers.pipeline import (
    process_opinion,
    purge_contacts,
    regroup_themes,
    run_export,
    sweep_received,
)
from workers.replies import (
    PREPARE_REPLY,
    SEND_REPLY_EMAILS,
    SWEEP_REPLIES,
    prepare_reply,
    send_reply_emails,
    sweep_replies,
)
from workers.runner import TaskFunction

if TYPE_CHECKING:
    from feedback.config import Settings
    from workers.runner import InProcessRunner

PURGE_CONTACTS = "purge_contacts"

# Jobs that are queued (by the web, the pipeline or a sweeper) and run once per id.
TASKS: dict[str, TaskFunction] = {
    PROCESS_OPINION: process_opinion,
    RUN_EXPORT: run_export,
    REGROUP_THEMES: regroup_themes,
    REEMBED_OPINIONS: reembed_opinions,
    SEND_ALERTS: send_alerts,
    PREPARE_REPLY: prepare_reply,
    SEND_REPLY_EMAILS: send_reply_emails,
}


@dataclass(frozen=True)
class Periodic:
    """A periodic job: arq runs it when `arq_cron` (arq's `cron` arguments) says; the embedded
    runner every `embedded_every_seconds`, the first time at start."""

    name: str
    function: TaskFunction
    embedded_every_seconds: float
    arq_cron: dict[str, Any]
    run_at_startup: bool = False


def periodic_jobs(settings: Settings) -> list[Periodic]:
    return [
        # Opinions whose job was lost: twice a minute, and at worker start.
        Periodic(SWEEP_RECEIVED, sweep_received, 10.0, {"second": {0, 30}}, True),
        # Alerts whose job was lost (Redis down when the pipeline queued it): twice a minute.
        Periodic(SWEEP_ALERTS, sweep_alerts, 10.0, {"second": {15, 45}}, True),
        # Replies whose job was lost, and e-mails that waited through every try while the
        # mail relay was down: twice a minute.
        Periodic(SWEEP_REPLIES, sweep_replies, 10.0, {"second": {20, 50}}, True),
        # Retention: contact e-mails past FEEDBACK_CONTACT_RETENTION_DAYS, nightly at 03:17
        # UTC in production; hourly in embedded mode (a laptop is rarely up at 03:17).
        Periodic(
            PURGE_CONTACTS, purge_contacts, 3600.0, {"hour": {3}, "minute": {17}, "second": {0}}
        ),
        # Themes and the topic tagger are relearned every ten minutes (100,000 opinions: < 1 min).
        Periodic(
            REGROUP_THEMES,
            regroup_themes,
            settings.regroup_every_seconds,
            {"minute": set(range(5, 60, 10)), "second": {0}},
        ),
        # An encoder switch carries on (one small read when there is none): every few seconds.
        Periodic(REEMBED_OPINIONS, reembed_opinions, 3.0, {"second": set(range(3, 60, 10))}, True),
    ]


def worker_context(settings: Settings) -> dict[str, Any]:
    """What every job finds in its `ctx`, in both runners."""
    return {
        "settings": settings,
        "language_check_threshold": settings.language_check_threshold,
        "sweep_after_seconds": settings.sweep_after_seconds,
        "retry_base_seconds": settings.retry_base_seconds,
        "job_timeout_seconds": settings.job_timeout_seconds,
        # What lasts as long as the worker: both runners give each job a copy of the context.
        WORKER_STATE: {},
    }


def embedded_runner(settings: Settings) -> InProcessRunner:
    """The embedded mode's queue: the same jobs, run in the web process."""
    from workers.runner import InProcessRunner

    schedule = periodic_jobs(settings)
    functions = dict(TASKS)
    functions.update({job.name: job.function for job in schedule})
    return InProcessRunner(
        functions,
        ctx=worker_context(settings),
        sweep_function=SWEEP_RECEIVED,
        periodic=[
            (job.name, job.embedded_every_seconds) for job in schedule if job.name != SWEEP_RECEIVED
        ],
    )
