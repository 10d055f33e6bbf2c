"""Batching translations across the jobs of a burst.

Opinion jobs run concurrently; each asks for one translation. The batcher holds requests for
the same (source, target) for a few milliseconds and sends them to the model together, sorted
by length inside the translator, so a campaign burst costs a few batched calls instead of one
call per opinion. Identical texts in a batch, and texts seen before, cost nothing (the
translator's cache).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

# Requests wait at most this long for company: small against a translation's cost.
WINDOW_SECONDS = 0.05
MAX_BATCH = 32


class TranslationBatcher:
    def __init__(
        self, translator: Any, window: float = WINDOW_SECONDS, max_batch: int = MAX_BATCH
    ) -> None:
        self.translator = translator
        self.window = window
        self.max_batch = max_batch
        self._pending: dict[tuple[str, str], list[tuple[str, asyncio.Future]]] = defaultdict(list)
        self._timers: dict[tuple[str, str], asyncio.TimerHandle] = {}
        self._running: set[asyncio.Task] = set()
        self.batches = 0

    async def translate(self, text: str, source: str, target: str):
        loop = asyncio.get_running_loop()
        future: asyncio.Future = loop.create_future()
        key = (source, target)
        self._pending[key].append((text, future))
        if len(self._pending[key]) >= self.max_batch:
            self._start(key)
        elif key not in self._timers:
            self._timers[key] = loop.call_later(self.window, self._start, key)
        return await future

    def _start(self, key: tuple[str, str]) -> None:
        timer = self._timers.pop(key, None)
        if timer:
            timer.cancel()
        items = self._pending.pop(key, [])
        if items:
            task = asyncio.get_running_loop().create_task(self._run(key, items))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run(self, key: tuple[str, str], items: list[tuple[str, asyncio.Future]]) -> None:
        source, target = key
        self.batches += 1
        try:
            results = await asyncio.to_thread(
                self.translator.translate, [text for text, _ in items], source, target
            )
        except Exception as error:  # every waiting job gets the error, and retries
            for _, future in items:
                if not future.done():
                    future.set_exception(error)
            return
        for (_, future), result in zip(items, results, strict=True):
            if not future.done():
                future.set_result(result)
