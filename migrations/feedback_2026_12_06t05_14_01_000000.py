"""One alert per (opinion, channel): a job that runs twice sends once.

A unique index rather than a table constraint, as for pipeline_step: SQLite cannot add one.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-06T05:14:01:000000"
VERSION = "1.38.0"
DESCRIPTION = "unique alert per opinion and channel"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def create_index():
        await engine_finder().run_ddl(
            "CREATE UNIQUE INDEX IF NOT EXISTS alert_opinion_channel ON alert (opinion, channel);"
        )

    async def drop_index():
        await engine_finder().run_ddl("DROP INDEX IF EXISTS alert_opinion_channel;")

    manager.add_raw(create_index)
    manager.add_raw_backwards(drop_index)
    return manager
