"""arq's WorkerSettings: what `feedback worker` (or `arq workers.settings.WorkerSettings`) runs.

Every number is here, with why it has that value.
"""

from __future__ import annotations

import logging
from typing import Any

from arq import cron
from arq.connections import RedisSettings

from feedback.config import load_settings
from feedback.db import close_database, open_database
from workers.jobs import HEALTH_CHECK_INTERVAL_SECONDS, MAX_TRIES
from workers.queue import ArqJobQueue
from workers.registry import TASKS, periodic_jobs, worker_context

log = logging.getLogger(__name__)


async def startup(ctx: dict[str, Any]) -> None:
    settings = load_settings()
    # The same context as the embedded runner's (settings, retry base, the worker's state).
    ctx.update(worker_context(settings))
    ctx["engine"] = await open_database(settings)
    ctx["job_queue"] = ArqJobQueue(
        settings.redis_url or "redis://127.0.0.1:6379", settings.queue_name
    )
    log.info("worker ready: database %s", "SQLite" if settings.is_sqlite else "PostgreSQL")


async def shutdown(ctx: dict[str, Any]) -> None:
    await ctx["job_queue"].close()
    await close_database(ctx["engine"])


def _redis_settings() -> RedisSettings:
    settings = load_settings()
    redis = RedisSettings.from_dsn(settings.redis_url or "redis://127.0.0.1:6379")
    # Keep trying for a minute when Redis is restarting rather than exiting at once.
    redis.conn_retries = 30
    redis.conn_retry_delay = 2
    return redis


class WorkerSettings:
    # The jobs and the periodic ones are listed once, in workers/registry.py, for both runners.
    functions = list(TASKS.values())
    # Periodic jobs: arq gives each run a unique id so one worker runs it. No timeout of their
    # own: arq keeps a job "in progress" for the longest timeout of any function plus 10 s,
    # and that is how long a dead worker's jobs wait for another worker.
    cron_jobs = [
        cron(job.function, run_at_startup=job.run_at_startup, **job.arq_cron)  # type: ignore[arg-type]
        for job in periodic_jobs(load_settings())
    ]
    on_startup = startup
    on_shutdown = shutdown
    queue_name = load_settings().queue_name
    redis_settings = _redis_settings()
    # arq starts at most max_jobs new jobs per poll, so throughput is capped near
    # max_jobs / poll_delay: 4 jobs every 0.5 s (arq's defaults) measured 8 opinions/s under
    # benchmarks/load.py. Jobs spend most of their time awaiting the database or the translation
    # batcher (inference runs in threads), so 16 in flight keep two cores busy and give the
    # batcher company, and a 0.1 s poll costs Redis little.
    max_jobs = 16
    poll_delay = 0.1
    job_timeout = load_settings().job_timeout_seconds
    max_tries = MAX_TRIES
    # arq writes "<queue>:health-check" this often (its default is an hour); `feedback doctor`
    # reads it to say whether a worker was seen in the last minute.
    health_check_interval = HEALTH_CHECK_INTERVAL_SECONDS
    # Results are not read back; keeping none frees the job id so a later sweep can re-enqueue.
    keep_result = 0
    # Long-running model jobs must not be retried by a second worker while the first runs:
    # arq marks a job in progress for job_timeout plus this margin.
    expires_extra_ms = 86_400_000
