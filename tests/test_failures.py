"""A step that fails: the error is kept and shown, the job retried, the opinion never lost."""

from __future__ import annotations

import pytest
from conftest import wait_for

import workers.pipeline


@pytest.fixture
def embedded_only(backend):
    if backend.is_production:
        pytest.skip("the fault is injected into this process; the worker process has its own")


def _opinion(client, headers, opinion_id):
    return client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()


def test_a_transient_failure_is_retried_and_cleared(
    embedded_only, client, reviewer_headers, monkeypatch
):
    real_analyse = workers.pipeline.analyse
    calls = {"count": 0}

    def flaky(text, hint=None, names=None):
        calls["count"] += 1
        if calls["count"] < 3:
            raise RuntimeError("model not ready")
        return real_analyse(text, hint, names)

    monkeypatch.setattr(workers.pipeline, "analyse", flaky)
    created = client.post("/api/v1/opinions", json={"text": "Need more buses at night."}).json()
    wait_for(
        lambda: (
            _opinion(client, reviewer_headers, created["id"])["processing_status"] == "processed"
        )
    )
    opinion = _opinion(client, reviewer_headers, created["id"])
    assert opinion["processing_attempts"] == 3
    assert opinion["processing_error"] is None
    assert opinion["language"] == "en"


def test_a_permanent_failure_is_stored_and_shown(embedded_only, client, make_account, monkeypatch):
    def broken(text, hint=None, names=None):
        raise RuntimeError("language model file is corrupt")

    monkeypatch.setattr(workers.pipeline, "analyse", broken)
    email, token = make_account("reviewer")
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/api/v1/opinions", json={"text": "Need more buses at night."}).json()
    wait_for(lambda: _opinion(client, headers, created["id"])["processing_status"] == "failed")
    opinion = _opinion(client, headers, created["id"])
    assert opinion["processing_attempts"] == 5
    assert "language model file is corrupt" in opinion["processing_error"]
    failed = client.get(
        "/api/v1/review/opinions", params={"status": "failed"}, headers=headers
    ).json()
    assert failed["total"] == 1
    client.get("/login")
    client.post(
        "/login",
        data={
            "email": email,
            "password": "correct horse 42",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    page = client.get(f"/review/opinions/{created['id']}")
    assert "language model file is corrupt" in page.text
