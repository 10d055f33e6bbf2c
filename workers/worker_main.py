"""`feedback worker`: the arq worker, restarted when Redis goes away and comes back."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from arq.worker import Worker

log = logging.getLogger(__name__)

# Seconds between attempts to reconnect after Redis went away.
RECONNECT_DELAY_SECONDS = 2.0


def build_worker() -> Worker:
    from workers.settings import WorkerSettings

    settings = {
        name: getattr(WorkerSettings, name)
        for name in dir(WorkerSettings)
        if not name.startswith("_")
    }
    return Worker(handle_signals=True, **settings)


async def run_forever() -> None:
    while True:
        worker = build_worker()
        try:
            await worker.async_run()
            return  # stopped by a signal
        except asyncio.CancelledError:
            raise
        except Exception as error:  # Redis connection lost, mostly
            log.warning("worker stopped: %s; reconnecting in %ss", error, RECONNECT_DELAY_SECONDS)
        finally:
            with contextlib.suppress(Exception):  # the connection is already gone
                await worker.close()
        await asyncio.sleep(RECONNECT_DELAY_SECONDS)
