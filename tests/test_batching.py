"""The translation batcher: a burst's concurrent requests reach the model as few calls."""

from __future__ import annotations

import asyncio
import threading

import pytest

from workers.batching import TranslationBatcher


class RecordingTranslator:
    """Stands in for the model: returns the text marked with the pair, and records each call."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[list[str], str, str]] = []
        self.fail = fail
        self._lock = threading.Lock()

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        with self._lock:
            self.calls.append((list(texts), source, target))
        if self.fail:
            raise RuntimeError("model file is corrupt")
        return [f"{source}>{target}:{text}" for text in texts]


def test_concurrent_requests_share_one_call_per_language_pair():
    translator = RecordingTranslator()
    batcher = TranslationBatcher(translator, window=0.05, max_batch=32)

    async def burst() -> list[str]:
        requests = [batcher.translate(f"opinion {n}", "vi", "ja") for n in range(10)]
        requests += [batcher.translate(f"opinion {n}", "vi", "en") for n in range(10)]
        requests.append(batcher.translate("другое мнение", "uk", "ja"))
        return await asyncio.gather(*requests)

    results = asyncio.run(burst())
    # Each request gets its own text's translation back, in order.
    assert results[:10] == [f"vi>ja:opinion {n}" for n in range(10)]
    assert results[10:20] == [f"vi>en:opinion {n}" for n in range(10)]
    assert results[20] == "uk>ja:другое мнение"
    assert sorted((len(texts), source, target) for texts, source, target in translator.calls) == [
        (1, "uk", "ja"),
        (10, "vi", "en"),
        (10, "vi", "ja"),
    ]
    assert batcher.batches == 3


def test_a_full_batch_goes_at_once_and_the_rest_follows():
    translator = RecordingTranslator()
    batcher = TranslationBatcher(translator, window=0.05, max_batch=4)

    async def burst() -> list[str]:
        return await asyncio.gather(*(batcher.translate(str(n), "ne", "ja") for n in range(10)))

    assert asyncio.run(burst()) == [f"ne>ja:{n}" for n in range(10)]
    assert [len(texts) for texts, _, _ in translator.calls] == [4, 4, 2]


def test_a_failed_call_reaches_every_request_in_its_batch():
    batcher = TranslationBatcher(RecordingTranslator(fail=True), window=0.01)

    async def burst() -> list[object]:
        return await asyncio.gather(
            *(batcher.translate(str(n), "th", "en") for n in range(3)), return_exceptions=True
        )

    outcomes = asyncio.run(burst())
    assert len(outcomes) == 3
    for outcome in outcomes:
        assert isinstance(outcome, RuntimeError) and "corrupt" in str(outcome)
    with pytest.raises(RuntimeError):
        asyncio.run(batcher.translate("again", "th", "en"))
