"""One translation per (opinion, target language).

A unique index rather than a table constraint, as for pipeline_step: SQLite cannot add one.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-27T07:20:01:000000"
VERSION = "1.38.0"
DESCRIPTION = "unique translation per target"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def create_index():
        await engine_finder().run_ddl(
            "CREATE UNIQUE INDEX IF NOT EXISTS translation_opinion_target "
            "ON translation (opinion, target);"
        )

    async def drop_index():
        await engine_finder().run_ddl("DROP INDEX IF EXISTS translation_opinion_target;")

    manager.add_raw(create_index)
    manager.add_raw_backwards(drop_index)
    return manager
