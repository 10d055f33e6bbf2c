"""Translation quality warnings and Zawgyi intake (issue 15).

translation.score: the model's mean token log-probability (None for a text already in the
target language, or a row translated before scores were kept); translation.warnings: the
codes of the checks that say "check with a translator" (classifiers.translation_quality).
opinion.original_encoding: "zawgyi" when the resident typed in the Zawgyi encoding and the
stored texts are its Unicode conversion (the original stays in `text`, admins only)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import JSON, Real, Varchar
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-06T08:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "translation warnings and zawgyi intake"


def _params(**overrides):
    params = {
        "default": None,
        "null": True,
        "primary_key": False,
        "unique": False,
        "index": False,
        "index_method": IndexMethod.btree,
        "choices": None,
        "db_column_name": None,
        "secret": False,
    }
    params.update(overrides)
    return params


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)
    manager.add_column(
        table_class_name="Translation",
        tablename="translation",
        column_name="score",
        db_column_name="score",
        column_class_name="Real",
        column_class=Real,
        params=_params(),
        schema=None,
    )
    manager.add_column(
        table_class_name="Translation",
        tablename="translation",
        column_name="warnings",
        db_column_name="warnings",
        column_class_name="JSON",
        column_class=JSON,
        params=_params(default="[]", null=False),
        schema=None,
    )
    manager.add_column(
        table_class_name="Opinion",
        tablename="opinion",
        column_name="original_encoding",
        db_column_name="original_encoding",
        column_class_name="Varchar",
        column_class=Varchar,
        params=_params(length=16),
        schema=None,
    )
    return manager
