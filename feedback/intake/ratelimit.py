"""Per-client limits on submissions: in Redis in production (shared by every web process),
in memory when embedded. A limiter that cannot reach Redis lets the submission through: a
resident is never refused because our cache is down."""

from __future__ import annotations

import logging
import time
from collections import defaultdict, deque
from typing import Protocol

log = logging.getLogger(__name__)


class RateLimiter(Protocol):
    async def hit(self, key: str) -> int | None:
        """Count one request; None when allowed, else the seconds to wait."""
        ...

    async def close(self) -> None: ...


class MemoryRateLimiter:
    def __init__(self, limit: int, window_seconds: int) -> None:
        self.limit = limit
        self.window = window_seconds
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    async def hit(self, key: str) -> int | None:
        """Count one request; None when allowed, else the seconds to wait."""
        if self.limit <= 0:
            return None
        now = time.monotonic()
        hits = self._hits[key]
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return max(1, int(hits[0] + self.window - now) + 1)
        hits.append(now)
        return None

    async def close(self) -> None:
        self._hits.clear()


class RedisRateLimiter:
    """A fixed window per client in Redis (INCR + EXPIRE): cheap, shared, and self-cleaning."""

    def __init__(self, redis_url: str, limit: int, window_seconds: int, prefix: str) -> None:
        self.redis_url = redis_url
        self.limit = limit
        self.window = window_seconds
        self.prefix = prefix
        self._client = None

    def _redis(self):
        if self._client is None:
            from redis.asyncio import Redis

            self._client = Redis.from_url(
                self.redis_url, socket_connect_timeout=0.5, socket_timeout=0.5
            )
        return self._client

    async def hit(self, key: str) -> int | None:
        if self.limit <= 0:
            return None
        window = int(time.time() // self.window)
        name = f"{self.prefix}:ratelimit:{key}:{window}"
        try:
            redis = self._redis()
            count = await redis.incr(name)
            if count == 1:
                await redis.expire(name, self.window + 5)
        except Exception as error:  # Redis down: fail open, the body and length limits still hold
            log.warning("rate limiter unavailable (%s); letting the submission through", error)
            return None
        if count > self.limit:
            return int(self.window - time.time() % self.window) + 1
        return None

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
