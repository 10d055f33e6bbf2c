"""The embedded mode's queue: the same task functions, run by asyncio tasks in the web process.

Behaves like the arq worker where it matters: one job per id at a time, retries with the same
backoff (`arq.Retry`), a job timeout, and the sweeper on a timer.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from arq import Retry

from workers.jobs import JOB_TIMEOUT_SECONDS, MAX_TRIES, PRIORITY_JOBS, job_id

log = logging.getLogger(__name__)

TaskFunction = Callable[..., Awaitable[Any]]
Job = tuple[str, tuple[object, ...], int]  # function, arguments, try number


class InProcessRunner:
    """A JobQueue whose jobs run in this process."""

    def __init__(
        self,
        functions: dict[str, TaskFunction],
        ctx: dict[str, Any] | None = None,
        concurrency: int = 2,
        sweep_every_seconds: float = 10.0,
        sweep_function: str | None = None,
        periodic: list[tuple[str, float]] | None = None,
    ) -> None:
        self.functions = functions
        self.ctx = dict(ctx or {})
        self.ctx["job_queue"] = self
        self.concurrency = concurrency
        self.sweep_every_seconds = sweep_every_seconds
        # (function, every seconds): the embedded counterpart of arq's cron jobs.
        self.periodic = list(periodic or [])
        if sweep_function:
            self.periodic.insert(0, (sweep_function, sweep_every_seconds))
        # (0 for a priority job else 1, arrival order, job): alerts go ahead of a backlog.
        self._queue: asyncio.PriorityQueue[tuple[int, int, Job]] = asyncio.PriorityQueue()
        self._arrival = itertools.count()
        self._pending: set[str] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._timers: set[asyncio.TimerHandle] = set()
        self._running = 0

    async def start(self) -> None:
        for number in range(self.concurrency):
            self._tasks.append(asyncio.create_task(self._consume(), name=f"runner-{number}"))
        for function, every in self.periodic:
            self._tasks.append(asyncio.create_task(self._every(function, every), name=function))

    async def close(self) -> None:
        for timer in self._timers:
            timer.cancel()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    async def enqueue(self, function: str, *args: object) -> bool:
        if function not in self.functions:
            raise KeyError(f"unknown job {function!r}")
        key = job_id(function, *args)
        if key in self._pending:
            return True
        self._pending.add(key)
        self._put((function, args, 1))
        return True

    def _put(self, job: Job) -> None:
        rank = 0 if job[0] in PRIORITY_JOBS else 1
        self._queue.put_nowait((rank, next(self._arrival), job))

    @property
    def idle(self) -> bool:
        """No job queued, running or waiting for a retry."""
        return not self._pending and self._running == 0

    async def join(self, timeout: float = 60.0) -> None:
        """Wait until every job (retries included) has finished. For tests and benchmarks."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not self.idle:
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"jobs still pending after {timeout}s: {sorted(self._pending)}")
            await asyncio.sleep(0.02)

    async def _consume(self) -> None:
        while True:
            _, _, (function, args, job_try) = await self._queue.get()
            self._running += 1
            try:
                await self._run(function, args, job_try)
            finally:
                self._running -= 1

    async def _run(self, function: str, args: tuple[object, ...], job_try: int) -> None:
        key = job_id(function, *args)
        ctx = {**self.ctx, "job_try": job_try, "job_id": key}
        try:
            timeout = float(self.ctx.get("job_timeout_seconds", JOB_TIMEOUT_SECONDS))
            await asyncio.wait_for(self.functions[function](ctx, *args), timeout)
        except Retry as retry:
            if job_try < MAX_TRIES:
                delay = (retry.defer_score or 0) / 1000
                self._schedule(delay, (function, args, job_try + 1))
                return
            log.error("job %s gave up after %d tries", key, job_try)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("job %s failed", key)
            if job_try < MAX_TRIES:
                self._schedule(float(2**job_try), (function, args, job_try + 1))
                return
        self._pending.discard(key)

    def _schedule(self, delay: float, item: Job) -> None:
        loop = asyncio.get_running_loop()

        def put() -> None:
            self._timers.discard(timer)
            self._put(item)

        timer = loop.call_later(delay, put)
        self._timers.add(timer)

    async def _every(self, function: str, seconds: float) -> None:
        while True:
            try:
                await self.functions[function](dict(self.ctx))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s failed; trying again in %ss", function, seconds)
            await asyncio.sleep(seconds)
