"""Exports and hearing packs: content, safety, personal data and who may."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import wait_for


def _wait_done(client, headers, job):
    wait_for(
        lambda: (
            client.get(f"/api/v1/exports/{job['id']}", headers=headers).json()["status"]
            in ("done", "failed")
        )
    )
    status = client.get(f"/api/v1/exports/{job['id']}", headers=headers).json()
    assert status["status"] == "done", status
    return client.get(status["download"], headers=headers)


@pytest.fixture
def organizer(make_account):
    _, token = make_account("organizer")
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def admin(make_account):
    _, token = make_account("admin")
    return {"Authorization": f"Bearer {token}"}


HOSTILE = '=HYPERLINK("http://evil.example","click") <script>alert(1)</script>'


def _seed(client):
    client.post(
        "/api/v1/opinions",
        json={
            "text": "日本語の授業を増やしてください。",
            "region": "JP-13",
            "contact_email": "a@example.com",
        },
    )
    client.post("/api/v1/opinions", json={"text": HOSTILE})
    client.post(
        "/api/v1/opinions",
        json={
            "text": "+81 is my country code; -5 degrees is cold",
            "contact_email": "b@example.com",
        },
    )


def test_csv_export_has_bom_neutralised_formulas_and_no_personal_data(client, organizer):
    _seed(client)
    job = client.post("/api/v1/exports/opinions", json={"format": "csv"}, headers=organizer)
    assert job.status_code == 202, job.text
    response = _wait_done(client, organizer, job.json())
    assert response.content.startswith("\ufeff".encode())
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3
    texts = {row["text"] for row in rows}
    assert "'" + HOSTILE in texts
    assert any(text.startswith("'+81") for text in texts)
    assert "日本語の授業を増やしてください。" in texts
    assert "contact_email" not in rows[0] and "a@example.com" not in response.text


def test_xlsx_export_keeps_formulas_as_text(client, organizer):
    from openpyxl import load_workbook

    _seed(client)
    job = client.post("/api/v1/exports/opinions", json={"format": "xlsx"}, headers=organizer).json()
    response = _wait_done(client, organizer, job)
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    text_column = header.index("text")
    values = [row[text_column].value for row in sheet.iter_rows(min_row=2)]
    assert "'" + HOSTILE in values
    assert all(row[text_column].data_type == "s" for row in sheet.iter_rows(min_row=2))


def test_json_export_with_filters(client, organizer):
    _seed(client)
    job = client.post(
        "/api/v1/exports/opinions",
        json={"format": "json", "filters": {"region": "JP-13"}},
        headers=organizer,
    ).json()
    records = json.loads(_wait_done(client, organizer, job).content)
    assert [record["region"] for record in records] == ["JP-13"]
    bad = client.post(
        "/api/v1/exports/opinions",
        json={"format": "json", "filters": {"colour": "red"}},
        headers=organizer,
    )
    assert bad.status_code == 400
    assert (
        client.post(
            "/api/v1/exports/opinions", json={"format": "docx"}, headers=organizer
        ).status_code
        == 400
    )


def test_personal_data_only_for_admins_and_audited(client, organizer, admin):
    _seed(client)
    refused = client.post(
        "/api/v1/exports/opinions",
        json={"format": "csv", "include_personal_data": True},
        headers=organizer,
    )
    assert refused.status_code == 403
    job = client.post(
        "/api/v1/exports/opinions",
        json={"format": "csv", "include_personal_data": True},
        headers=admin,
    ).json()
    content = _wait_done(client, admin, job).content.decode("utf-8-sig")
    assert "a@example.com" in content and "contact_email" in content
    from feedback.tables import AuditEntry

    entries = client.blocking_portal.call(
        lambda: AuditEntry.select().where(AuditEntry.action == "export.personal_data").run()
    )
    assert len(entries) == 1


def test_reviewers_and_anonymous_cannot_export(client, reviewer_headers, organizer):
    assert client.post("/api/v1/exports/opinions", json={"format": "csv"}).status_code == 401
    assert (
        client.post(
            "/api/v1/exports/opinions", json={"format": "csv"}, headers=reviewer_headers
        ).status_code
        == 403
    )
    job = client.post("/api/v1/exports/opinions", json={"format": "csv"}, headers=organizer).json()
    assert client.get(f"/api/v1/exports/{job['id']}/download").status_code == 401


def test_one_organizer_cannot_read_anothers_export(client, organizer, make_account):
    job = client.post("/api/v1/exports/opinions", json={"format": "csv"}, headers=organizer).json()
    _, other = make_account("organizer")
    assert (
        client.get(
            f"/api/v1/exports/{job['id']}", headers={"Authorization": f"Bearer {other}"}
        ).status_code
        == 404
    )


@pytest.mark.parametrize("format_name", ["pack-md", "pack-html", "pack-xlsx"])
def test_hearing_pack_formats(client, organizer, format_name):
    _seed(client)
    job = client.post(
        "/api/v1/exports/packs",
        json={"format": format_name, "filters": {"quotes": 5}},
        headers=organizer,
    )
    assert job.status_code == 202, job.text
    response = _wait_done(client, organizer, job.json())
    assert len(response.content) > 100
    if format_name == "pack-html":
        text = response.text
        assert "<script>alert(1)</script>" not in text and "&lt;script&gt;" in text
        assert "machine translation" in text
        assert "style-src 'unsafe-inline'" in response.headers["content-security-policy"]
    if format_name == "pack-md":
        assert "<script>" not in response.text and "\\<script\\>" in response.text
    for personal in ("a@example.com", "b@example.com"):
        assert personal.encode() not in response.content


def _pdf_fonts(content: bytes) -> set[str]:
    from pypdf import PdfReader

    names: set[str] = set()
    for pdf_page in PdfReader(io.BytesIO(content)).pages:
        fonts = pdf_page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            names.add(str(font.get("/BaseFont")))
            for descendant in font.get("/DescendantFonts", []) or []:
                names.add(str(descendant.get_object().get("/BaseFont")))
    return names


def test_pdf_pack_embeds_fonts_for_burmese_and_japanese(client, organizer):
    client.post("/api/v1/opinions", json={"text": "ကျွန်ုပ်တို့ ဂျပန်ဘာသာ သင်တန်းများ ပိုလိုအပ်ပါသည်။"})
    client.post("/api/v1/opinions", json={"text": "夜間の日本語教室を増やしてください。"})
    job = client.post(
        "/api/v1/exports/packs",
        json={"format": "pack-pdf", "filters": {"quotes": 5}},
        headers=organizer,
    ).json()
    response = _wait_done(client, organizer, job)
    assert response.content.startswith(b"%PDF")
    fonts = " ".join(_pdf_fonts(response.content))
    assert "Myanmar" in fonts, fonts
    assert "CJK" in fonts or "JP" in fonts, fonts
