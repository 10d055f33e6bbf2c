"""Abuse resistance: per-client submission limits, and nothing stored for refused requests."""

from __future__ import annotations

import uuid

from litestar.testing import TestClient

from feedback.app import create_app


def test_submissions_beyond_the_limit_get_429_with_retry_after(backend):
    settings = backend.settings(
        FEEDBACK_SUBMISSION_LIMIT="3",
        FEEDBACK_SUBMISSION_WINDOW_SECONDS="600",
        FEEDBACK_QUEUE_NAME=f"abuse-{uuid.uuid4().hex[:6]}",
    )
    with TestClient(create_app(settings), base_url="http://testserver.local") as client:
        for number in range(3):
            assert (
                client.post("/api/v1/opinions", json={"text": f"opinion {number}"}).status_code
                == 201
            )
        refused = client.post("/api/v1/opinions", json={"text": "one too many"})
        assert refused.status_code == 429
        assert int(refused.headers["retry-after"]) > 0
        assert "try again" in refused.json()["detail"]
        client.get("/?lang=en")
        form = client.post(
            "/",
            data={
                "text": "from the form",
                "consent": "yes",
                "lang": "en",
                "_csrf_token": client.cookies.get("csrftoken"),
            },
        )
        assert form.status_code == 429
        assert "Too many opinions" in form.text
        from feedback.tables import Opinion

        texts = [
            row["text"]
            for row in client.blocking_portal.call(lambda: Opinion.select(Opinion.text).run())
        ]
        assert sorted(texts) == ["opinion 0", "opinion 1", "opinion 2"]
