"""Reply.state: a free-text reply may be a draft first, written in each resident's language by
the worker and shown to the reviewer only, until they send it (issue 16: a preview in the
resident's language before sending, without running a model in a web request)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Varchar
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-06T07:00:02:000000"
VERSION = "1.38.0"
DESCRIPTION = "reply drafts"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)
    manager.add_column(
        table_class_name="Reply",
        tablename="reply",
        column_name="state",
        db_column_name="state",
        column_class_name="Varchar",
        column_class=Varchar,
        params={
            "length": 16,
            "default": "sent",
            "null": False,
            "primary_key": False,
            "unique": False,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )
    return manager
