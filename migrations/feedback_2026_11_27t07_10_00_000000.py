"""One pipeline result per (opinion, step).

A unique index rather than a table constraint: SQLite cannot ALTER TABLE ADD CONSTRAINT, and an
index enforces the same on both databases.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-27T07:10:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "unique pipeline step per opinion"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def create_index():
        await engine_finder().run_ddl(
            "CREATE UNIQUE INDEX IF NOT EXISTS pipeline_step_opinion_step "
            "ON pipeline_step (opinion, step);"
        )

    async def drop_index():
        await engine_finder().run_ddl("DROP INDEX IF EXISTS pipeline_step_opinion_step;")

    manager.add_raw(create_index)
    manager.add_raw_backwards(drop_index)
    return manager
