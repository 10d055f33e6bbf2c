"""Alerts go ahead of a backlog: in the in-process runner and in arq's Redis queue."""

from __future__ import annotations

import asyncio
import uuid

from conftest import REDIS_URL, skip_or_fail_production

from workers.jobs import PROCESS_OPINION, SEND_ALERTS
from workers.queue import ArqJobQueue
from workers.runner import InProcessRunner


async def test_in_process_runner_runs_an_alert_before_the_backlog() -> None:
    order: list[str] = []
    release = asyncio.Event()

    async def process(ctx, opinion_id: int) -> None:
        if opinion_id == 0:
            await release.wait()  # the one running while the backlog builds up
        order.append(f"process {opinion_id}")

    async def alert(ctx, opinion_id: int) -> None:
        order.append(f"alert {opinion_id}")

    runner = InProcessRunner({PROCESS_OPINION: process, SEND_ALERTS: alert}, concurrency=1)
    await runner.start()
    try:
        for opinion_id in range(6):
            await runner.enqueue(PROCESS_OPINION, opinion_id)
        await asyncio.sleep(0.05)
        await runner.enqueue(SEND_ALERTS, 99)
        release.set()
        await runner.join(timeout=10)
    finally:
        await runner.close()
    assert order[:2] == ["process 0", "alert 99"], order
    assert order[2:] == [f"process {n}" for n in range(1, 6)]


async def test_arq_queue_puts_an_alert_ahead_of_queued_opinions() -> None:
    skip_or_fail_production()
    assert REDIS_URL
    name = f"feedback-test-priority:{uuid.uuid4().hex[:8]}"
    queue = ArqJobQueue(REDIS_URL, name)
    try:
        for opinion_id in range(5):
            assert await queue.enqueue(PROCESS_OPINION, opinion_id)
        assert await queue.enqueue(SEND_ALERTS, 7)
        pool = await queue._get_pool()
        first = await pool.zrange(name, 0, 0)
        assert first and first[0].decode().endswith(f"{SEND_ALERTS}:7"), first
    finally:
        pool = await queue._get_pool()
        keys = [name, *[key async for key in pool.scan_iter(match=f"arq:job:{name}:*")]]
        await pool.delete(*keys)
        await queue.close()
