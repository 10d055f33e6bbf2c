"""Piccolo's configuration module (PICCOLO_CONF=feedback.piccolo_conf): the engine comes from
FEEDBACK_DATABASE_URL, so `piccolo migrations ...` and `feedback db migrate` see one database."""

from piccolo.conf.apps import AppRegistry

from feedback.db import engine_from_settings

DB = engine_from_settings()

APP_REGISTRY = AppRegistry(apps=["feedback.piccolo_app"])
