"""The web service and the data: litestar app, piccolo tables, templates, CLI."""
