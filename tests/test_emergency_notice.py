"""Issue 14: the box is not watched around the clock, and every public page says what to do in
an emergency, in the resident's language, with the numbers as tel: links; so does the API."""

from __future__ import annotations

import html
import re

import pytest

from feedback.i18n import LANGUAGES, gettext_for
from feedback.intake import emergency

NOTICE = (
    "This opinion box is not watched around the clock. If you or someone else is in danger now, "
    "do not wait for a reply. Call:"
)
SHORT_NOTICE = "Not for emergencies: this box is not watched around the clock."
LABELS = ("In an emergency", "Police", "Fire and ambulance", "Other help lines")
HELP_LINE_TELS = {"tel:0120279889", "tel:%238008", "tel:189", "tel:0120279338", "tel:0120279226"}


def csrf(client) -> str:
    client.get("/")
    return client.cookies.get("csrftoken")


def assert_notice(page: str, code: str) -> None:
    _ = gettext_for(code)
    text = html.unescape(page)
    notice = _(NOTICE)
    if code != "en":
        assert notice != NOTICE, f"{code}: the notice is not translated"
    assert notice in text, code
    for label in LABELS:
        assert _(label) in text, (code, label)
    assert re.search(
        r'<aside class="emergency" role="note" aria-labelledby="emergency-title">', page
    )
    assert 'href="tel:110"' in page and 'href="tel:119"' in page
    for tel in HELP_LINE_TELS:
        assert f'href="{tel}"' in page, (code, tel)
    for purpose, _lines in emergency.HELP_LINE_GROUPS:
        assert _(purpose) in text, (code, purpose)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_receipt_and_status_pages_say_what_to_do_in_an_emergency(client, language):
    token = csrf(client)
    receipt = client.post(
        "/",
        data={"text": "夜間の日本語教室を増やしてください。", "consent": "yes",
              "lang": language.code, "_csrf_token": token},
    )  # fmt: skip
    assert receipt.status_code == 200
    assert f'<html lang="{language.html_lang}"' in receipt.text
    assert_notice(receipt.text, language.code)
    code = re.search(r'class="receipt-code"[^>]*><strong>([A-Z0-9-]+)</strong>', receipt.text)[1]

    found = client.get("/status", params={"code": code, "lang": language.code})
    assert found.status_code == 200 and code in found.text
    assert_notice(found.text, language.code)
    # Before a code is typed in, and when none matches, the notice is there all the same.
    assert_notice(client.get("/status", params={"lang": language.code}).text, language.code)
    missing = client.get("/status", params={"code": "ZZZZ-ZZZZ", "lang": language.code})
    assert missing.status_code == 404
    assert_notice(missing.text, language.code)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_form_carries_the_short_notice_near_the_send_button(client, language):
    page = client.get("/", params={"lang": language.code}).text
    _ = gettext_for(language.code)
    short = _(SHORT_NOTICE)
    if language.code != "en":
        assert short != SHORT_NOTICE, language.code
    text = html.unescape(page)
    assert short in text and _("In an emergency, call:") in text
    notice = page.index('class="emergency emergency-short" role="note"')
    assert notice < page.index('<button type="submit" class="primary">')
    assert 'href="tel:110"' in page[notice:] and 'href="tel:119"' in page[notice:]


def test_the_honeypot_receipt_shows_the_notice_too(client):
    token = csrf(client)
    response = client.post(
        "/",
        data={"text": "buy now", "consent": "yes", "website": "http://spam", "lang": "vi",
              "_csrf_token": token},
    )  # fmt: skip
    assert_notice(response.text, "vi")


def test_tel_uris_are_rfc_3966():
    assert emergency.tel_uri("#8008") == "tel:%238008"
    assert emergency.tel_uri("0120-279-338") == "tel:0120279338"
    assert emergency.tel_uri("110") == "tel:110"


def check_emergency(body: dict) -> None:
    info = body["emergency"]
    assert info["watched_around_the_clock"] is False
    assert info["police"] == "110" and info["fire_and_ambulance"] == "119"
    assert "110" in info["message"] and "119" in info["message"]
    lines = {line["number"]: line for line in info["help_lines"]}
    assert set(lines) == {"0120-279-889", "#8008", "189", "0120-279-338"}
    assert lines["#8008"]["tel"] == "tel:%238008"
    assert lines["#8008"]["free"] is False  # the call to #8008 is charged
    assert lines["189"]["free"] is True and lines["189"]["around_the_clock"] is True
    assert lines["0120-279-338"]["area_number"] == "0120-279-226"
    assert lines["0120-279-338"]["area_tel"] == "tel:0120279226"
    assert lines["0120-279-338"]["area_note"] == "From Iwate, Miyagi or Fukushima"
    assert lines["189"]["area_number"] is None
    tels = {line["tel"] for line in info["help_lines"]} | {
        line["area_tel"] for line in info["help_lines"] if line["area_tel"]
    }
    assert tels == HELP_LINE_TELS


def test_the_api_carries_the_emergency_numbers(client):
    created = client.post("/api/v1/opinions", json={"text": "Please add English signs"})
    assert created.status_code == 201
    check_emergency(created.json())
    status = client.get(f"/api/v1/opinions/status/{created.json()['receipt_code']}")
    assert status.status_code == 200
    check_emergency(status.json())


def test_the_openapi_schema_documents_the_emergency_object(client):
    schema = client.get("/api/schema/openapi.json").json()
    components = schema["components"]["schemas"]
    for name in ("OpinionReceipt", "PublicStatus"):
        assert "emergency" in components[name]["properties"], name
        assert "emergency" in components[name]["required"], name
    emergency_schema = components["Emergency"]
    assert set(emergency_schema["required"]) == {
        "watched_around_the_clock", "message", "police", "fire_and_ambulance", "help_lines"
    }  # fmt: skip
    assert set(components["HelpLine"]["required"]) >= {"number", "tel", "free", "around_the_clock"}
