"""Enqueueing jobs: through arq over Redis in production, in-process when embedded.

Storing an opinion never depends on this: `enqueue` returns False instead of raising when
the queue is unreachable, and the sweeper picks the opinion up later.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from workers.jobs import PRIORITY_AHEAD_SECONDS, PRIORITY_JOBS, job_id

if TYPE_CHECKING:
    from arq.connections import ArqRedis

log = logging.getLogger(__name__)

# How long a web request may wait on Redis before it gives up and leaves the job to the
# sweeper: the resident's receipt must not wait on the queue.
ENQUEUE_TIMEOUT_SECONDS = 2.0


class JobQueue(Protocol):
    async def enqueue(self, function: str, *args: object) -> bool:
        """Queue `function(*args)`; True when queued (or already queued), False if unreachable."""
        ...

    async def close(self) -> None: ...


class ArqJobQueue:
    """Jobs go to Redis for `feedback worker` processes (arq) to run."""

    def __init__(self, redis_url: str, queue_name: str) -> None:
        self.redis_url = redis_url
        self.queue_name = queue_name
        self._pool: ArqRedis | None = None
        self._lock = asyncio.Lock()

    async def _get_pool(self) -> ArqRedis:
        from arq.connections import RedisSettings, create_pool

        async with self._lock:
            if self._pool is None:
                settings = RedisSettings.from_dsn(self.redis_url)
                settings.conn_timeout = 1
                settings.conn_retries = 0
                self._pool = await create_pool(
                    settings, retry=0, default_queue_name=self.queue_name
                )
            return self._pool

    async def enqueue(self, function: str, *args: object) -> bool:
        try:
            pool = await asyncio.wait_for(self._get_pool(), ENQUEUE_TIMEOUT_SECONDS)
            # arq takes jobs in the order of their score, the time they may run: a priority
            # job's lies in the past, ahead of every job queued in the last hour.
            ahead = (
                datetime.now(UTC) - timedelta(seconds=PRIORITY_AHEAD_SECONDS)
                if function in PRIORITY_JOBS
                else None
            )
            await asyncio.wait_for(
                # arq's job keys are global to the Redis database: the queue's name in the id
                # keeps two deployments (or test runs) sharing one Redis from blocking each other.
                pool.enqueue_job(
                    function,
                    *args,
                    _job_id=f"{self.queue_name}:{job_id(function, *args)}",
                    _defer_until=ahead,
                ),
                ENQUEUE_TIMEOUT_SECONDS,
            )
            return True
        except Exception as error:  # Redis down, timeout, connection reset ...
            log.warning("could not enqueue %s%r: %s; the sweeper will retry", function, args, error)
            await self._drop_pool()
            return False

    async def _drop_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            with contextlib.suppress(Exception):  # the connection is already broken
                await pool.aclose()

    async def close(self) -> None:
        await self._drop_pool()
