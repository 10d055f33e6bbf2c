"""Database engines: one URL, SQLite or PostgreSQL, bound to every table of the app."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType

from feedback.config import Settings, load_settings
from feedback.tables import ALL_TABLES

os.environ.setdefault("PICCOLO_CONF", "feedback.piccolo_conf")

# Seconds a SQLite writer waits for a lock: the in-process worker and the web share the file.
SQLITE_LOCK_TIMEOUT = 30


def make_engine(settings: Settings) -> Engine:
    if settings.is_sqlite:
        path = settings.sqlite_path
        path.parent.mkdir(parents=True, exist_ok=True)
        return SQLiteEngine(path=str(path), timeout=SQLITE_LOCK_TIMEOUT)
    config: dict[str, Any] = {"dsn": settings.database_url}
    return PostgresEngine(config=config)


# Any constant: the PostgreSQL advisory lock that puts reviewers' theme edits (rename, merge,
# move, split) and the regroup job's writes one after the other.
THEME_EDITS_LOCK_KEY = 0x0DC0_7E3E


@asynccontextmanager
async def theme_edits(engine: Engine) -> AsyncIterator[None]:
    """A transaction that no other `theme_edits` overlaps.

    On PostgreSQL it holds an advisory lock until it commits; on SQLite it is an immediate
    transaction (the file's one writer). Inside a transaction already open, it joins it (and
    on PostgreSQL takes the lock there).
    """
    if isinstance(engine, PostgresEngine):
        async with engine.transaction():
            await engine.run_ddl(f"SELECT pg_advisory_xact_lock({THEME_EDITS_LOCK_KEY});")
            yield
    else:
        async with engine.transaction(transaction_type=TransactionType.immediate):
            yield


def engine_from_settings() -> Engine:
    return make_engine(load_settings())


def bind_tables(engine: Engine) -> None:
    """Point every table at `engine` (piccolo otherwise looks it up in piccolo_conf once)."""
    for table in ALL_TABLES:
        table._meta.db = engine


async def open_database(settings: Settings) -> Engine:
    """Create the engine, bind the tables and open a connection pool where there is one."""
    engine = make_engine(settings)
    bind_tables(engine)
    if isinstance(engine, PostgresEngine):
        await engine.start_connection_pool(min_size=1, max_size=10)
    else:
        # WAL lets the review screen read while the worker writes.
        await engine.run_ddl("PRAGMA journal_mode=WAL;")
    return engine


async def close_database(engine: Engine) -> None:
    if isinstance(engine, PostgresEngine):
        await engine.close_connection_pool()


async def migrate() -> None:
    """Apply every pending migration to the database named by FEEDBACK_DATABASE_URL."""
    from piccolo.apps.migrations.commands.forwards import run_forwards

    result = await run_forwards(app_name="all")
    if not result.success:
        raise RuntimeError(f"migration failed: {result.message}")


async def check_database(engine: Engine) -> None:
    """Raise if the database cannot answer a trivial query."""
    await engine.run_ddl("SELECT 1;")
