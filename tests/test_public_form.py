"""The resident's form: languages, accessibility basics, submission without JavaScript."""

from __future__ import annotations

import re

import pytest

from feedback.i18n import LANGUAGES


def csrf(client) -> str:
    client.get("/")
    return client.cookies.get("csrftoken")


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_form_renders_in_every_interface_language(client, language):
    response = client.get("/", params={"lang": language.code})
    assert response.status_code == 200
    assert f'<html lang="{language.html_lang}"' in response.text
    assert '<label for="field-text">' in response.text
    assert 'for="field-consent"' in response.text
    if language.code != "en":
        # The form's own text is translated: the English heading is gone.
        assert "Send your opinion</h1>" not in response.text, language.code


def test_accept_language_chooses_the_form_language(client):
    response = client.get("/", headers={"Accept-Language": "pt-BR,pt;q=0.9,en;q=0.5"})
    assert '<html lang="pt"' in response.text
    response = client.get("/", headers={"Accept-Language": "zh-TW"})
    assert '<html lang="zh-Hant"' in response.text
    response = client.get("/", headers={"Accept-Language": "de"})
    assert '<html lang="ja"' in response.text


def test_language_menu_choice_sticks(client):
    client.get("/", params={"lang": "my"})
    assert '<html lang="my"' in client.get("/").text


def test_form_submission_shows_a_receipt_and_status_page(client):
    token = csrf(client)
    response = client.post(
        "/",
        data={
            "text": "ကျွန်ုပ်တို့ ဂျပန်ဘာသာ သင်တန်းများ ပိုလိုအပ်ပါသည်။",
            "region": "JP-23",
            "consent": "yes",
            "lang": "my",
            "_csrf_token": token,
        },
    )
    assert response.status_code == 200
    code = re.search(
        r'class="receipt-code"[^>]*><strong>([A-Z0-9-]+)</strong>', response.text
    ).group(1)
    status = client.get("/status", params={"code": code, "lang": "my"})
    assert status.status_code == 200
    assert code in status.text


def test_form_without_consent_is_refused_and_keeps_the_text(client):
    token = csrf(client)
    response = client.post(
        "/", data={"text": "Please add English signs", "lang": "en", "_csrf_token": token}
    )
    assert response.status_code == 400
    assert "privacy notice" in response.text
    assert "Please add English signs" in response.text


def test_form_post_without_csrf_token_is_refused(client):
    response = client.post("/", data={"text": "hello", "consent": "yes"})
    assert response.status_code == 403


def test_honeypot_submission_is_not_stored(client, reviewer_headers):
    token = csrf(client)
    client.post(
        "/",
        data={"text": "buy now", "consent": "yes", "website": "http://spam", "_csrf_token": token},
    )
    listing = client.get("/api/v1/review/opinions", headers=reviewer_headers).json()
    assert listing["total"] == 0


def test_unknown_receipt_code_on_status_page(client):
    response = client.get("/status", params={"code": "ZZZZ-ZZZZ", "lang": "en"})
    assert response.status_code == 404
    assert "No opinion has this receipt code" in response.text


def test_security_headers_are_set(client):
    headers = client.get("/").headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
