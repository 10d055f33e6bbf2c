"""Two levels of themes (issue 18): the coarse groups (theme_group) and each theme's group
(theme.theme_group)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import JSON, Boolean, Integer, Text, Timestamptz
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-06T09:10:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "theme groups"


def _params(**params):
    return {
        "null": False,
        "primary_key": False,
        "unique": False,
        "index": False,
        "index_method": IndexMethod.btree,
        "choices": None,
        "db_column_name": None,
        "secret": False,
        **params,
    }


GROUP_COLUMNS = [
    ("title_ja", "Text", Text, _params(default="")),
    ("title_en", "Text", Text, _params(default="")),
    ("keywords", "JSON", JSON, _params(default="[]")),
    ("representative", "Integer", Integer, _params(default=None, null=True)),
    ("size", "Integer", Integer, _params(default=0)),
    ("weight", "Integer", Integer, _params(default=0)),
    ("name_locked", "Boolean", Boolean, _params(default=False)),
    ("created_at", "Timestamptz", Timestamptz, _params(default=TimestamptzNow())),
    ("updated_at", "Timestamptz", Timestamptz, _params(default=TimestamptzNow())),
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)
    manager.add_table(class_name="ThemeGroup", tablename="theme_group", schema=None, columns=None)
    for name, column_class_name, column_class, params in GROUP_COLUMNS:
        manager.add_column(
            table_class_name="ThemeGroup",
            tablename="theme_group",
            column_name=name,
            db_column_name=name,
            column_class_name=column_class_name,
            column_class=column_class,
            params=params,
            schema=None,
        )
    manager.add_column(
        table_class_name="Theme",
        tablename="theme",
        column_name="theme_group",
        db_column_name="theme_group",
        column_class_name="Integer",
        column_class=Integer,
        params=_params(default=None, null=True, index=True),
        schema=None,
    )
    return manager
