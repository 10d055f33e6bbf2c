"""Piccolo app configuration: the tables and where their migrations live."""

from __future__ import annotations

from pathlib import Path

from piccolo.conf.apps import AppConfig

from feedback.tables import ALL_TABLES

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

APP_CONFIG = AppConfig(
    app_name="feedback",
    migrations_folder_path=str(MIGRATIONS_DIR),
    table_classes=list(ALL_TABLES),
    migration_dependencies=[],
    commands=[],
)
