"""Reviewers triage: status, assignee, topic, bulk actions, notes, and every change audited."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest


@pytest.fixture
def topic(client):
    """A topic of the default taxonomy, which `feedback db migrate` loads."""
    from feedback.tables import Topic

    assert client.blocking_portal.call(lambda: Topic.exists().where(Topic.slug == "housing").run())
    return "housing"


def _submit(client, text):
    return client.post("/api/v1/opinions", json={"text": text}).json()["id"]


def test_triage_one_opinion_and_see_its_history(client, make_account, topic):
    reviewer, token = make_account("reviewer")
    headers = {"Authorization": f"Bearer {token}"}
    opinion_id = _submit(client, "Landlords refuse foreigners.")
    response = client.patch(
        f"/api/v1/review/opinions/{opinion_id}",
        json={"triage_status": "in_review", "assignee": reviewer, "topic": topic},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["triage_status"] == "in_review"
    assert body["assignee"] == reviewer
    assert body["topics"] == [{"slug": "housing", "score": 1.0, "source": "person"}]
    actions = [entry["action"] for entry in body["history"]]
    assert actions == ["opinion.triage", "opinion.topic"]
    assert body["history"][0]["before"] == {"triage_status": "new", "assignee": None}
    assert body["history"][0]["actor"] == reviewer
    # The resident sees the new status with the receipt code.
    code = body["receipt_code"]
    assert client.get(f"/api/v1/opinions/status/{code}").json()["status"] == "in_review"


def test_bad_triage_values_change_nothing(client, reviewer_headers):
    opinion_id = _submit(client, "Please help.")
    # 400: the request breaks the schema; 409: it names a reviewer or topic that does not exist.
    for body, field, status in [
        ({"triage_status": "done"}, "triage_status", 400),
        ({"assignee": "nobody@example.com"}, "assignee", 409),
        ({"topic": "no-such-topic"}, "topic", 409),
        ({}, "triage_status", 400),
        ({"include_copies": False}, "triage_status", 400),
    ]:
        response = client.patch(
            f"/api/v1/review/opinions/{opinion_id}", json=body, headers=reviewer_headers
        )
        assert response.status_code == status, body
        assert response.json()["extra"]["field"] == field
    opinion = client.get(f"/api/v1/review/opinions/{opinion_id}", headers=reviewer_headers).json()
    assert opinion["triage_status"] == "new" and opinion["history"] == []
    missing = client.patch(
        "/api/v1/review/opinions/999999", json={"triage_status": "closed"}, headers=reviewer_headers
    )
    assert missing.status_code == 404


def test_bulk_triage_is_all_or_nothing(client, reviewer_headers):
    ids = [_submit(client, f"Opinion {n}") for n in range(3)]
    refused = client.post(
        "/api/v1/review/opinions/bulk",
        json={"ids": [*ids, 999999], "triage_status": "closed"},
        headers=reviewer_headers,
    )
    # 409: well-formed, but it names an opinion that does not exist.
    assert refused.status_code == 409
    assert refused.json()["extra"]["field"] == "ids"
    listing = client.get(
        "/api/v1/review/opinions", params={"status": "closed"}, headers=reviewer_headers
    ).json()
    assert listing["total"] == 0
    done = client.post(
        "/api/v1/review/opinions/bulk",
        json={"ids": ids, "triage_status": "spam"},
        headers=reviewer_headers,
    )
    assert done.json() == {"updated": 3, "copies": 0}
    listing = client.get(
        "/api/v1/review/opinions", params={"status": "spam"}, headers=reviewer_headers
    ).json()
    assert sorted(item["id"] for item in listing["items"]) == sorted(ids)


def test_notes_are_internal(client, reviewer_headers):
    opinion_id = _submit(client, "Where can I renew my card?")
    note = client.post(
        f"/api/v1/review/opinions/{opinion_id}/notes",
        json={"text": "Forward to the immigration information centre."},
        headers=reviewer_headers,
    )
    assert note.status_code == 201
    assert (
        client.post(
            f"/api/v1/review/opinions/{opinion_id}/notes",
            json={"text": "  "},
            headers=reviewer_headers,
        ).status_code
        == 400
    )
    opinion = client.get(f"/api/v1/review/opinions/{opinion_id}", headers=reviewer_headers).json()
    assert [n["text"] for n in opinion["notes"]] == [
        "Forward to the immigration information centre."
    ]
    code = opinion["receipt_code"]
    assert "immigration" not in client.get(f"/api/v1/opinions/status/{code}").text


def test_search_and_filters(client, reviewer_headers):
    first = _submit(client, "The bus timetable is only in Japanese.")
    _submit(client, "More nursery places please.")
    found = client.get(
        "/api/v1/review/opinions", params={"q": "TIMETABLE"}, headers=reviewer_headers
    ).json()
    assert [item["id"] for item in found["items"]] == [first]
    percent = client.get(
        "/api/v1/review/opinions", params={"q": "%"}, headers=reviewer_headers
    ).json()
    assert percent["total"] == 0
    today = datetime.now(UTC).date().isoformat()
    dated = client.get(
        "/api/v1/review/opinions", params={"since": today, "until": today}, headers=reviewer_headers
    ).json()
    assert dated["total"] == 2
    for bad in ({"region": "Tokyo"}, {"sort": "random"}, {"urgent": "perhaps"}, {"relevance": "x"}):
        assert (
            client.get("/api/v1/review/opinions", params=bad, headers=reviewer_headers).status_code
            == 400
        )


def test_dashboard_forms_triage_and_notes(client, make_account, topic):
    email, _ = make_account("reviewer")
    opinion_id = _submit(client, "Rent deposits are too high for foreigners.")
    client.get("/login")
    client.post(
        "/login",
        data={
            "email": email,
            "password": "correct horse 42",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    token = client.cookies.get("csrftoken")
    response = client.post(
        f"/review/opinions/{opinion_id}/triage",
        data={
            "triage_status": "forwarded",
            "assignee": email,
            "topic": topic,
            "_csrf_token": token,
        },
    )
    assert response.status_code == 200
    page = client.get(f"/review/opinions/{opinion_id}").text
    assert "forwarded" in page and "housing" in page
    client.post(
        f"/review/opinions/{opinion_id}/notes",
        data={"text": "Called the city.", "_csrf_token": token},
    )
    assert "Called the city." in client.get(f"/review/opinions/{opinion_id}").text
    second = _submit(client, "Second one")
    client.post(
        "/review/bulk",
        data={
            "ids": [str(opinion_id), str(second)],
            "triage_status": "closed",
            "_csrf_token": token,
        },
    )
    inbox = client.get("/review", params={"status": "closed"}).text
    assert inbox.count('name="ids"') == 2


def test_organizer_cannot_triage(client, make_account):
    _, token = make_account("organizer")
    opinion_id = _submit(client, "hello")
    response = client.patch(
        f"/api/v1/review/opinions/{opinion_id}",
        json={"triage_status": "closed"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 403


def test_search_treats_percent_and_underscore_literally(client, reviewer_headers):
    literal = _submit(client, "Fees rose 50% this year")
    _submit(client, "Fees rose 50 yen this year")
    found = client.get(
        "/api/v1/review/opinions", params={"q": "50%"}, headers=reviewer_headers
    ).json()
    assert [item["id"] for item in found["items"]] == [literal]
    assert (
        client.get("/api/v1/review/opinions", params={"q": "_"}, headers=reviewer_headers).json()[
            "total"
        ]
        == 0
    )
