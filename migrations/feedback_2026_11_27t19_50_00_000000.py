"""Drop two indexes that repeat a unique constraint's own index.

`opinion.receipt_code` and `opinion_embedding.opinion` were declared `unique=True, index=True`:
the unique constraint already has an index, and the second one cost every insert and every
non-HOT update of the opinion table (the regroup writes one per opinion) for nothing.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import ForeignKey, Varchar

ID = "2026-11-27T19:50:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "drop indexes that repeat unique constraints"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)
    manager.alter_column(
        table_class_name="Opinion",
        tablename="opinion",
        column_name="receipt_code",
        db_column_name="receipt_code",
        params={"index": False},
        old_params={"index": True},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )
    manager.alter_column(
        table_class_name="OpinionEmbedding",
        tablename="opinion_embedding",
        column_name="opinion",
        db_column_name="opinion",
        params={"index": False},
        old_params={"index": True},
        column_class=ForeignKey,
        old_column_class=ForeignKey,
        schema=None,
    )
    return manager
