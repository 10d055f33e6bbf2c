"""Schemathesis against the app's own OpenAPI schema: no 5xx, every response as documented.

Bounded in examples per operation (FEEDBACK_FUZZ_EXAMPLES, default 25) so it fits in CI. The
calls go to the embedded app (SQLite + in-process queue) through ASGI, authenticated as an
admin so the review and admin operations are exercised too.
"""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

EXAMPLES = int(os.environ.get("FEEDBACK_FUZZ_EXAMPLES", "25"))
CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.response_schema_conformance,
    schemathesis.checks.content_type_conformance,
]


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory, sqlite_template):
    import shutil

    from litestar.testing import TestClient

    from feedback.accounts.services import create_account, issue_token
    from feedback.app import create_app
    from feedback.config import load_settings

    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copy(sqlite_template, folder / "feedback.db")
    settings_ = load_settings(
        {
            "FEEDBACK_VAR_DIR": str(folder),
            "FEEDBACK_DATABASE_URL": f"sqlite:///{folder}/feedback.db",
            "FEEDBACK_SUBMISSION_LIMIT": "0",
            "FEEDBACK_MODELS_DIR": str(folder / "models"),
        }
    )
    app = create_app(settings_)
    with TestClient(app) as client:  # runs the lifespan: database, queue
        client.blocking_portal.call(
            create_account, "fuzz@example.go.jp", "fuzzing password", "admin"
        )
        token = client.blocking_portal.call(issue_token, "fuzz@example.go.jp")
        yield client, token


def test_api_conforms_to_its_schema(fuzz_app):
    client, token = fuzz_app
    schema = schemathesis.openapi.from_dict(client.get("/api/schema/openapi.json").json())
    failures: list[str] = []

    for operation in schema.get_all_operations():
        operation = operation.ok()
        strategy = operation.as_strategy()

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            # The same examples in every run: CI is never red by the luck of the draw.
            derandomize=True,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        @given(case=strategy)
        def check(case):
            kwargs = case.as_transport_kwargs(base_url="http://testserver.local")
            headers = {**(kwargs.get("headers") or {}), "Authorization": f"Bearer {token}"}
            response = client.request(
                kwargs["method"],
                kwargs["url"].replace("http://testserver.local", ""),
                params=kwargs.get("params"),
                headers=headers,
                content=kwargs.get("data") if isinstance(kwargs.get("data"), bytes | str) else None,
                json=kwargs.get("json"),
            )
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}"
                )
                return
            try:
                # The body of every documented response matches its schema and content type.
                case.validate_response(response, checks=CHECKS)
            except (Exception, BaseExceptionGroup) as error:  # a failure group with the details
                failures.append(
                    f"{case.method} {case.formatted_path}: {response.status_code}: {str(error)[:300]}"
                )

        check()
    assert failures == []
