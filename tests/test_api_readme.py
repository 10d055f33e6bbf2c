"""The README's JSON API table and the OpenAPI schema list the same operations (issue 22).

An integrator reads the table first and generates a client from the schema: an operation in
one and not the other misleads them either way. The table's first column names operations as
`` `METHOD /api/...` ``, several to a cell; it may shorten a path to `.../rest` after a full
one (the part before `rest`'s first segment is taken from the path before it), give two
methods as `` `GET`/`PUT /path` ``, and show an optional query (`?scope=group`,
`[?opinion_id=ID]`) or an optional last segment (`[/{JP-nn}]`, meaning both paths).
Parameter names may differ (`{id}` for the schema's `{opinion_id}`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_CODE = re.compile(r"`([^`]*)`")
_PARAMETER = re.compile(r"\{[^}]*\}")


def _table_cells() -> list[str]:
    """The first cell of every row of the table under '## JSON API'."""
    section = README.read_text(encoding="utf-8").split("\n## JSON API", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert rows, "the README's JSON API section has no table of operations"
    return [row.split(" | ", 1)[0].removeprefix("| ") for row in rows]


def _expand(path: str, previous: str | None) -> list[str]:
    path = re.sub(r"\[\?[^\]]*\]|\?.*$", "", path)  # an optional query says nothing of the path
    if path.startswith("..."):
        rest = path[3:]
        assert previous, f"{path!r} shortens a path, but no full path comes before it"
        first = "/" + rest.strip("/").split("/")[0]
        assert first in previous, f"{path!r}: {previous!r} has no {first!r} to continue from"
        path = previous[: previous.rindex(first)] + rest
    optional = re.search(r"\[(/[^\]]*)\]$", path)
    if optional:
        base = path[: optional.start()]
        return [base, base + optional.group(1)]
    return [path]


def documented_operations() -> set[tuple[str, str]]:
    operations: set[tuple[str, str]] = set()
    previous: str | None = None
    for cell in _table_cells():
        pending_methods: list[str] = []
        for code in _CODE.findall(cell):
            if code in METHODS:  # `GET`/`PUT /path`: a method that shares the next path
                pending_methods.append(code)
                continue
            method, _, path = code.partition(" ")
            assert method in METHODS and path, f"cannot read {code!r} in the README's API table"
            for full in _expand(path, previous):
                for each in (*pending_methods, method):
                    operations.add((each, _PARAMETER.sub("{}", full)))
                previous = full
            pending_methods = []
    return operations


@pytest.fixture(scope="module")
def schema_operations(tmp_path_factory, sqlite_template) -> set[tuple[str, str]]:
    import shutil

    from litestar.testing import TestClient

    from feedback.app import create_app
    from feedback.config import load_settings

    folder = tmp_path_factory.mktemp("readme-api")
    shutil.copy(sqlite_template, folder / "feedback.db")
    settings = load_settings(
        {
            "FEEDBACK_VAR_DIR": str(folder),
            "FEEDBACK_DATABASE_URL": f"sqlite:///{folder}/feedback.db",
            "FEEDBACK_MODELS_DIR": str(folder / "models"),
        }
    )
    with TestClient(create_app(settings)) as client:
        schema = client.get("/api/schema/openapi.json").json()
    return {
        (method.upper(), _PARAMETER.sub("{}", path))
        for path, item in schema["paths"].items()
        for method in item
        if method.upper() in METHODS
    }


def test_every_operation_in_the_schema_is_in_the_readme(schema_operations):
    missing = sorted(schema_operations - documented_operations())
    assert missing == [], "add these operations to the README's JSON API table"


def test_every_operation_in_the_readme_is_in_the_schema(schema_operations):
    unknown = sorted(documented_operations() - schema_operations)
    assert unknown == [], "the README's JSON API table names operations the API does not have"


def test_the_table_reader_understands_the_shorthands():
    assert _expand("/api/v1/x/{id}/replies?scope=group", None) == ["/api/v1/x/{id}/replies"]
    assert _expand(".../replies/preview", "/api/v1/x/{id}/replies") == [
        "/api/v1/x/{id}/replies/preview"
    ]
    assert _expand(".../{id}/merge", "/api/v1/themes/{id}") == ["/api/v1/themes/{id}/merge"]
    assert _expand("/api/v1/centres[/{JP-nn}]", None) == [
        "/api/v1/centres",
        "/api/v1/centres/{JP-nn}",
    ]
