"""One delivery per (reply, opinion): a reply job that runs twice writes each once. And the
lookups the status page and the e-mail sweeper make.

Unique indexes rather than table constraints, as for alert: SQLite cannot add one.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-06T07:00:01:000000"
VERSION = "1.38.0"
DESCRIPTION = "reply delivery indexes"

INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS reply_delivery_reply_opinion"
    " ON reply_delivery (reply, opinion);",
    "CREATE INDEX IF NOT EXISTS reply_delivery_email_status ON reply_delivery (email_status);",
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def create_indexes():
        for statement in INDEXES:
            await engine_finder().run_ddl(statement)

    async def drop_indexes():
        await engine_finder().run_ddl("DROP INDEX IF EXISTS reply_delivery_reply_opinion;")
        await engine_finder().run_ddl("DROP INDEX IF EXISTS reply_delivery_email_status;")

    manager.add_raw(create_indexes)
    manager.add_raw_backwards(drop_indexes)
    return manager
