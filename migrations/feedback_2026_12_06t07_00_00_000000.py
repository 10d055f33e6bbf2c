"""Replies to residents (issue 16): the reply, one delivery per recipient opinion, the
administrators' versions of the reply templates and the one-stop consultation centres.

The unique and lookup indexes come in the next migration (raw SQL runs before add_table)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.base import OnDelete, OnUpdate
from piccolo.columns.column_types import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    Serial,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.columns.indexes import IndexMethod
from piccolo.table import Table


def _id_column() -> Serial:
    return Serial(
        null=False,
        primary_key=True,
        unique=False,
        index=False,
        index_method=IndexMethod.btree,
        choices=None,
        db_column_name="id",
        secret=False,
    )


class Opinion(Table, tablename="opinion", schema=None):
    id = _id_column()


class Account(Table, tablename="account", schema=None):
    id = _id_column()


class Reply(Table, tablename="reply", schema=None):
    id = _id_column()


ID = "2026-12-06T07:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "replies to residents"


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


def _reference(table, null: bool, on_delete=OnDelete.cascade):
    return _params(
        references=table,
        on_delete=on_delete,
        on_update=OnUpdate.cascade,
        target_column=None,
        null=null,
        **({"default": None} if null else {}),
    )


def _now():
    return _params(default=TimestamptzNow())


def _maybe_time():
    return _params(default=None, null=True)


TABLES = {
    ("Reply", "reply"): [
        ("opinion", "ForeignKey", ForeignKey, _reference(Opinion, True)),
        ("scope", "Varchar", Varchar, _params(length=16, default="opinion")),
        ("theme", "Integer", Integer, _params(default=None, null=True)),
        ("template", "Varchar", Varchar, _params(length=64, default=None, null=True)),
        ("text", "Text", Text, _params(default="")),
        ("source_language", "Varchar", Varchar, _params(length=16, default="ja")),
        ("send_email", "Boolean", Boolean, _params(default=True)),
        ("recipients", "Integer", Integer, _params(default=0)),
        ("account", "ForeignKey", ForeignKey, _reference(Account, True, OnDelete.set_null)),
        ("created_at", "Timestamptz", Timestamptz, _now()),
    ],
    ("ReplyDelivery", "reply_delivery"): [
        ("reply", "ForeignKey", ForeignKey, _reference(Reply, False)),
        ("opinion", "ForeignKey", ForeignKey, _reference(Opinion, False)),
        ("language", "Varchar", Varchar, _params(length=16, default="")),
        ("status", "Varchar", Varchar, _params(length=16, default="preparing")),
        ("text", "Text", Text, _params(default="")),
        ("original", "Text", Text, _params(default="")),
        ("original_language", "Varchar", Varchar, _params(length=16, default="ja")),
        ("method", "Varchar", Varchar, _params(length=16, default="template")),
        ("model", "Varchar", Varchar, _params(length=200, default="")),
        ("notice", "Text", Text, _params(default="")),
        ("email_status", "Varchar", Varchar, _params(length=16, default="none")),
        ("email_attempts", "Integer", Integer, _params(default=0)),
        ("email_error", "Text", Text, _params(default=None, null=True)),
        ("created_at", "Timestamptz", Timestamptz, _now()),
        ("published_at", "Timestamptz", Timestamptz, _maybe_time()),
        ("sent_at", "Timestamptz", Timestamptz, _maybe_time()),
    ],
    ("ReplyTemplateEdit", "reply_template_edit"): [
        ("slug", "Varchar", Varchar, _params(length=64, default="", unique=True)),
        ("content", "JSON", JSON, _params(default="{}")),
        ("account", "ForeignKey", ForeignKey, _reference(Account, True, OnDelete.set_null)),
        ("updated_at", "Timestamptz", Timestamptz, _now()),
    ],
    ("ConsultationCentre", "consultation_centre"): [
        ("prefecture", "Varchar", Varchar, _params(length=8, default="", unique=True)),
        ("name", "Text", Text, _params(default="")),
        ("telephone", "Varchar", Varchar, _params(length=64, default="")),
        ("web_address", "Varchar", Varchar, _params(length=300, default="")),
        ("hours", "Text", Text, _params(default="")),
        ("languages", "Text", Text, _params(default="")),
        ("account", "ForeignKey", ForeignKey, _reference(Account, True, OnDelete.set_null)),
        ("updated_at", "Timestamptz", Timestamptz, _now()),
    ],
}


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)
    for (class_name, tablename), columns in TABLES.items():
        manager.add_table(class_name=class_name, tablename=tablename, schema=None, columns=None)
        for name, column_class_name, column_class, params in columns:
            manager.add_column(
                table_class_name=class_name,
                tablename=tablename,
                column_name=name,
                db_column_name=name,
                column_class_name=column_class_name,
                column_class=column_class,
                params=params,
                schema=None,
            )
    return manager
