"""A PostgreSQL database of a benchmark's own (dropped and created again at each run), and
the app on it with a reviewer signed in."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def fresh_database(admin_url: str, name: str) -> str:
    """Drop and create database `name` on the server of `admin_url`; return its URL."""
    import asyncpg

    async def recreate() -> None:
        connection = await asyncpg.connect(admin_url)
        try:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()

    asyncio.run(recreate())
    return admin_url.rsplit("/", 1)[0] + "/" + name


@contextmanager
def reviewer_client(env: dict[str, str]) -> Iterator[tuple[Any, dict[str, str]]]:
    """The app on the database of `env`, in this process, and a reviewer's headers for it.

    The queue is not under test: an unreachable Redis keeps the in-process runner out of it.
    """
    os.environ.update(env)
    from litestar.testing import TestClient

    from feedback.accounts.services import create_account, issue_token
    from feedback.app import create_app
    from feedback.config import load_settings

    settings = load_settings({**env, "FEEDBACK_REDIS_URL": "redis://127.0.0.1:1/0"})
    with TestClient(create_app(settings)) as client:
        email = "bench@example.go.jp"
        client.blocking_portal.call(create_account, email, "bench password 1", "reviewer")
        token = client.blocking_portal.call(issue_token, email)
        yield client, {"Authorization": f"Bearer {token}"}
