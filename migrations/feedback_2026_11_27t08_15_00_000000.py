"""Indexes for the inbox at 100,000+ opinions (benchmarks/dashboard.py).

- the default order (urgent first, newest first) and the region filter;
- on PostgreSQL, trigram indexes so that the inbox search (ILIKE '%...%') over originals and
  translations does not read every row. pg_trgm is a trusted extension (PostgreSQL 13+): the
  database owner may create it.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-27T08:15:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "inbox indexes"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def create_indexes():
        engine = engine_finder()
        await engine.run_ddl(
            "CREATE INDEX IF NOT EXISTS opinion_inbox_order "
            "ON opinion (urgent DESC, submitted_at DESC, id DESC);"
        )
        await engine.run_ddl("CREATE INDEX IF NOT EXISTS opinion_region ON opinion (region);")
        if engine.engine_type == "postgres":
            await engine.run_ddl("CREATE EXTENSION IF NOT EXISTS pg_trgm;")
            await engine.run_ddl(
                "CREATE INDEX IF NOT EXISTS opinion_text_trgm ON opinion USING gin (text gin_trgm_ops);"
            )
            await engine.run_ddl(
                "CREATE INDEX IF NOT EXISTS translation_text_trgm "
                "ON translation USING gin (text gin_trgm_ops);"
            )

    async def drop_indexes():
        engine = engine_finder()
        for name in ("opinion_inbox_order", "opinion_region", "opinion_text_trgm", "translation_text_trgm"):
            await engine.run_ddl(f"DROP INDEX IF EXISTS {name};")

    manager.add_raw(create_indexes)
    manager.add_raw_backwards(drop_indexes)
    return manager
