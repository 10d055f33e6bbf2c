"""Submitting opinions through the JSON API, and what bad input gets back."""

from __future__ import annotations

import re

import pytest
from conftest import all_opinions

RECEIPT = re.compile(r"^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$")


def test_submission_gets_a_receipt_and_is_stored(client, reviewer_headers):
    response = client.post(
        "/api/v1/opinions",
        json={
            "text": "夜間の日本語教室を増やしてください。",
            "language": "ja",
            "region": "JP-13",
            "contact_email": "resident@example.com",
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert RECEIPT.match(body["receipt_code"])
    assert body["status"] == "received"
    stored = client.get(f"/api/v1/review/opinions/{body['id']}", headers=reviewer_headers).json()
    assert stored["text"] == "夜間の日本語教室を増やしてください。"
    assert stored["region"] == "JP-13"
    assert stored["declared_language"] == "ja"
    assert stored["has_contact_email"] is True
    assert "contact_email" not in stored


def test_receipt_codes_are_unique_and_unambiguous(client):
    codes = {
        client.post("/api/v1/opinions", json={"text": f"opinion number {n}"}).json()["receipt_code"]
        for n in range(30)
    }
    assert len(codes) == 30
    assert not any(char in code for code in codes for char in "0O1IL")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "   \n  "}, "text"),
        ({"text": "x" * 10_001}, "text"),
        ({"text": "hello\x00world"}, "text"),
        ({"text": "ok", "region": "Tokyo"}, "region"),
        ({"text": "ok", "contact_email": "not-an-address"}, "contact_email"),
        ({"text": "ok", "language": "not a language"}, "language"),
    ],
)
def test_invalid_fields_are_refused_with_a_message(client, reviewer_headers, body, field):
    response = client.post("/api/v1/opinions", json=body)
    assert response.status_code == 400
    problem = response.json()
    assert problem["extra"]["field"] == field
    assert problem["detail"]
    assert all_opinions(client, reviewer_headers) == []


def test_longest_allowed_text_is_accepted(client):
    assert client.post("/api/v1/opinions", json={"text": "あ" * 10_000}).status_code == 201


@pytest.mark.parametrize(
    ("content", "expected_status"),
    [
        (b"{not json", 400),
        (b'{"text": 5}', 400),
        (b'{"text": ["a"]}', 400),
        (b'{"comment": "no text field"}', 400),
        (b'{"text": "ok", "unexpected": 1}', 400),
        (b"[]", 400),
        (b'{"text": "' + b"a" * 1_100_000 + b'"}', 413),
    ],
)
def test_malformed_bodies_are_refused(client, reviewer_headers, content, expected_status):
    response = client.post(
        "/api/v1/opinions", content=content, headers={"content-type": "application/json"}
    )
    assert response.status_code == expected_status
    assert response.json()["detail"]
    assert all_opinions(client, reviewer_headers) == []


def test_public_status_shows_no_text_or_personal_data(client):
    receipt = client.post(
        "/api/v1/opinions",
        json={"text": "Secret details 090-1234-5678", "contact_email": "me@example.com"},
    ).json()
    response = client.get(f"/api/v1/opinions/status/{receipt['receipt_code']}")
    assert response.status_code == 200
    body = response.json()
    assert body["receipt_code"] == receipt["receipt_code"]
    assert body["status"] == "received"
    assert "Secret" not in response.text and "me@example.com" not in response.text
    # Typed in lower case and without the dash, it still matches.
    relaxed = receipt["receipt_code"].replace("-", "").lower()
    assert client.get(f"/api/v1/opinions/status/{relaxed}").status_code == 200


def test_unknown_receipt_code_is_404(client):
    assert client.get("/api/v1/opinions/status/AAAA-BBBB").status_code == 404
    assert client.get("/api/v1/opinions/status/nonsense").status_code == 404


def test_openapi_schema_documents_the_api(client):
    schema = client.get("/api/schema/openapi.json").json()
    assert "/api/v1/opinions" in schema["paths"]
    assert "/api/v1/review/opinions" in schema["paths"]
    assert "/api/v1/opinions/status/{receipt_code}" in schema["paths"]


def test_invalid_utf8_is_refused_with_a_message(client, reviewer_headers):
    response = client.post(
        "/api/v1/opinions",
        content=b'{"text": "caf\xe9 \xff\xfe"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["detail"]
    assert all_opinions(client, reviewer_headers) == []
