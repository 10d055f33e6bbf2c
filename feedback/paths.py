"""Where the web package's own files are (templates, static files).

Its own module so that anything may ask (the app, the hearing pack's renderer, which the
workers import) without importing the app and what the app imports.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"
