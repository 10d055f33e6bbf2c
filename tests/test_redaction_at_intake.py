"""Personal data is redacted when an opinion is stored, not only when a worker processes it.

With the queue down and no worker (the production deployment's worker is stopped for these
tests), opinions wait in `received`, or stay `processing` or `failed`; whatever their status,
every screen, API, search and export shows them redacted to every role, and only the admins'
audited original view shows the text as written. Opinions stored before intake redaction
existed (no stored redaction) are redacted on the fly, and by the backfill migration.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import uuid
from datetime import UTC, datetime

import pytest
from conftest import run_cli

# A valid My Number (its check digit is right), grouped as people write it.
MY_NUMBER = "1234 5678 9018"
SECRETS = (
    "090-1234-5678",
    "8765 4321",  # of +81 90 8765 4321
    "taro.yamada@example.com",
    "taro.yamada",
    "AB12345678CD",
    MY_NUMBER,
    MY_NUMBER.replace(" ", ""),
    # issue 21's kinds: a name, messaging IDs, social profiles, a romanized address, an
    # e-mail written out, numbers grouped with spaces
    "Maria Santos",
    "Santos",
    "maria_0312",
    "wxid_ms88",
    "maria.santos.77",
    "@maria_s_jp",
    "Nishishinjuku",
    "maria.s88",
    "KL 2345 6789 MN",
    "TZ 1234567",
    "070 3456 7890",
)
# What every surface must still show of each opinion (proof that it is there, redacted).
VISIBLE = "the night bus stop is dark"


def _text(label: str) -> str:
    return (
        f"{label}: {VISIBLE} and dangerous. Call me at 090-1234-5678 or +81 90 8765 4321, "
        f"or write to taro.yamada@example.com. Residence card AB12345678CD, "
        f"My Number {MY_NUMBER}. My name is Maria Santos, my LINE ID is maria_0312, "
        f"WeChat: wxid_ms88, facebook.com/maria.santos.77, Instagram @maria_s_jp; I live at "
        f"2-8-1 Nishishinjuku, Shinjuku-ku, Tokyo. Mail maria.s88 at gmail dot com; card "
        f"KL 2345 6789 MN, passport TZ 1234567, mobile 070 3456 7890."
    )


class QueueDown:
    """A job queue whose Redis is unreachable: nothing is queued, nothing runs."""

    async def enqueue(self, function: str, *args: object) -> bool:
        return False

    async def close(self) -> None:
        return None


@pytest.fixture
def stalled(backend, request):
    """The app with the queue down and no worker anywhere: opinions stay where they are
    unless the test runs a job itself (in this process, as a worker would)."""
    from litestar.testing import TestClient

    from feedback.app import create_app

    session_worker = None
    if backend.is_production:
        session_worker = request.getfixturevalue("production_worker")
        session_worker.stop()
    try:
        with TestClient(
            create_app(backend.settings(), job_queue=QueueDown()),
            base_url="http://testserver.local",
        ) as client:
            yield client
    finally:
        if session_worker is not None:
            session_worker.start()


def _headers(client, role: str) -> dict[str, str]:
    from feedback.accounts.services import create_account, issue_token

    email = f"{role}-{uuid.uuid4().hex[:6]}@example.go.jp"
    client.blocking_portal.call(create_account, email, "correct horse 42", role)
    return {"Authorization": "Bearer " + client.blocking_portal.call(issue_token, email)}


def _submit(client, label: str) -> dict:
    response = client.post("/api/v1/opinions", json={"text": _text(label)})
    assert response.status_code == 201, response.text
    return response.json()


def _run_job(client, opinion_id: int, *, fail_on_try: int | None = None, monkeypatch=None):
    """Run the pipeline job in this process, as a worker would; with `fail_on_try`, its
    analysis fails on that try (try 1: left `processing` for a retry; the last: `failed`)."""
    import workers.pipeline
    from workers.jobs import MAX_TRIES

    ctx: dict = {"job_try": fail_on_try or 1, "retry_base_seconds": 0.05}
    if fail_on_try is not None:
        assert monkeypatch is not None

        def broken(text, hint=None, names=None):
            raise RuntimeError("language model file is corrupt")

        monkeypatch.setattr(workers.pipeline, "analyse", broken)
    try:
        client.blocking_portal.call(workers.pipeline.process_opinion, ctx, opinion_id)
    except Exception as error:  # arq.Retry: the job would be retried later
        assert fail_on_try is not None and fail_on_try < MAX_TRIES, error
    finally:
        if fail_on_try is not None:
            monkeypatch.undo()


def _insert_legacy(client, label: str, status: str) -> dict:
    """An opinion stored before intake redaction: no normalised or redacted text."""
    from feedback.tables import Opinion

    now = datetime.now(UTC)
    code = f"LG{uuid.uuid4().hex[:2].upper()}-{uuid.uuid4().hex[:4].upper()}"
    rows = _query(
        client,
        Opinion.insert(
            Opinion(
                receipt_code=code,
                text=_text(label),
                submitted_at=now,
                updated_at=now,
                processing_status=status,
            )
        ).returning(Opinion.id),
    )
    return {"id": rows[0]["id"], "receipt_code": code}


def _query(client, query):
    """Run a piccolo query on the app's event loop (its database connection)."""

    async def run():
        return await query

    return client.blocking_portal.call(run)


def _no_secret(where: str, body: str) -> None:
    for secret in SECRETS:
        assert secret not in body, f"{secret!r} shown in {where}"


def _export(client, headers, endpoint: str, format_name: str, filters: dict) -> bytes:
    from feedback.exports.services import run_job

    started = client.post(
        f"/api/v1/exports/{endpoint}",
        json={"format": format_name, "filters": filters},
        headers=headers,
    )
    assert started.status_code == 202, started.text
    job_id = started.json()["id"]
    # The queue is down: run the export job here, as a worker would.
    assert client.blocking_portal.call(run_job, job_id) == "done"
    download = client.get(f"/api/v1/exports/{job_id}/download", headers=headers)
    assert download.status_code == 200, download.text
    return download.content


def _xlsx_text(content: bytes) -> str:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(content))
    return "\n".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
        for cell in row if cell is not None
    )  # fmt: skip


def _pdf_text(content: bytes) -> str:
    """The text of a PDF, its lines joined: a name broken over two lines is found whole."""
    from pypdf import PdfReader

    assert content.startswith(b"%PDF")
    pages = PdfReader(io.BytesIO(content)).pages
    # (WeasyPrint's subset fonts map glyphs to two-byte codes: pypdf leaves a NUL between
    # the letters of the text it extracts.)
    text = " ".join(page.extract_text() or "" for page in pages).replace("\x00", "")
    return " ".join(text.split())


def _pdf_available() -> bool:
    from feedback.exports.pdf import PdfUnavailable, load_weasyprint_html

    try:
        load_weasyprint_html()
    except PdfUnavailable:
        return False
    return True


def _walk_surfaces(
    client, opinions: list[dict], headers: dict[str, dict[str, str]], searchable: int
) -> int:
    """Every surface that shows opinion text, for every role that may see it: no secret
    anywhere, and each opinion's (redacted) text shown. The search finds `searchable` of
    them (it reads stored redactions only). Returns how many bodies were read."""
    ids = [opinion["id"] for opinion in opinions]
    count = 0

    def check(where: str, body: str, shows: int | None = None) -> None:
        nonlocal count
        count += 1
        _no_secret(where, body)
        if shows is not None:
            assert body.count(VISIBLE) >= shows, f"{where} shows {body.count(VISIBLE)} opinions"

    for role, auth in headers.items():
        listing = client.get(
            "/api/v1/review/opinions",
            params={"per_page": 200, "duplicates": "true"},
            headers=auth,
        )
        assert listing.status_code == 200, listing.text
        check(f"API list ({role})", listing.text, len(ids))
        for item in listing.json()["items"]:
            assert item["text_redacted"] is True and "[EMAIL]" in item["text"], item
            assert {"email", "phone", "residence_card", "my_number", "passport", "address", "name",
                    "messaging_id", "social_profile"} <= set(item["pii_kinds"])  # fmt: skip
        for opinion_id in ids:
            detail = client.get(f"/api/v1/review/opinions/{opinion_id}", headers=auth)
            check(f"API detail {opinion_id} ({role})", detail.text, 1)
            page = client.get(f"/review/opinions/{opinion_id}?lang=en", headers=auth)
            assert page.status_code == 200
            check(f"opinion page {opinion_id} ({role})", page.text, 1)
        check(f"inbox ({role})", client.get("/review?lang=en", headers=auth).text, len(ids))
        check(
            f"inbox with copies ({role})",
            client.get("/review", params={"duplicates": "1"}, headers=auth).text,
            len(ids),
        )
        # Searching for personal data finds nothing, for every role: a search must not tell
        # which opinion holds an address or a number. The words around it are found.
        for secret in ("taro.yamada@example.com", "090-1234-5678", "AB12345678CD"):
            found = client.get("/api/v1/review/opinions", params={"q": secret}, headers=auth)
            assert found.json()["total"] == 0, (role, secret)
            # (The page repeats the query in its search box and links: no opinion is listed.)
            page = client.get("/review", params={"q": secret}, headers=auth)
            assert page.status_code == 200 and VISIBLE not in page.text, (role, secret)
        found = client.get("/api/v1/review/opinions", params={"q": VISIBLE}, headers=auth)
        assert found.json()["total"] == searchable, role
        check(f"search results ({role})", found.text, searchable)
        themes = client.get("/api/v1/review/themes", headers=auth)
        check(f"theme API ({role})", themes.text, len(ids))
        check(f"theme board ({role})", client.get("/review/themes", headers=auth).text, len(ids))
        if role == "reviewer":
            refused = client.post("/api/v1/exports/opinions", json={"format": "csv"}, headers=auth)
            assert refused.status_code == 403
            continue
        every = {"duplicates": "true"}
        content = _export(client, auth, "opinions", "csv", every).decode("utf-8-sig")
        check(f"CSV export ({role})", content, len(ids))
        rows = list(csv.DictReader(io.StringIO(content)))
        assert sorted(int(row["id"]) for row in rows) == sorted(ids)
        content = _export(client, auth, "opinions", "json", every).decode("utf-8")
        check(f"JSON export ({role})", content, len(ids))
        assert "original_text" not in json.loads(content)[0]
        content = _xlsx_text(_export(client, auth, "opinions", "xlsx", every))
        check(f"XLSX export ({role})", content, len(ids))
        for format_name in ("pack-html", "pack-md"):
            content = _export(client, auth, "packs", format_name, {"quotes": 20}).decode()
            check(f"hearing pack {format_name} ({role})", content, len(ids))
        content = _xlsx_text(_export(client, auth, "packs", "pack-xlsx", {"quotes": 20}))
        check(f"hearing pack XLSX ({role})", content)
        if _pdf_available():  # WeasyPrint's system libraries are installed (the image has them)
            content = _pdf_text(_export(client, auth, "packs", "pack-pdf", {"quotes": 20}))
            check(f"hearing pack PDF ({role})", content, 1)
    # Residents: the public status says nothing of the text.
    for opinion in opinions:
        code = opinion["receipt_code"]
        check("public status API", client.get(f"/api/v1/opinions/status/{code}").text)
        check("public status page", client.get("/status", params={"code": code}).text)
    return count


def _theme_each(client, reviewer: dict[str, str], ids: list[int]) -> None:
    """One theme per opinion (split off by a reviewer), each opinion its representative."""
    for opinion_id in ids:
        moved = client.post(
            "/api/v1/review/themes/move",
            json={"ids": [opinion_id], "theme": None, "title": f"Theme of {opinion_id}"},
            headers=reviewer,
        )
        assert moved.status_code == 200, moved.text


def test_every_status_role_and_surface_shows_the_redacted_text(
    stalled, backend, monkeypatch, tmp_path
):
    client = stalled
    headers = {role: _headers(client, role) for role in ("reviewer", "organizer", "admin")}

    # Reprocessing (`feedback reprocess` sets opinions back to `received`) keeps it redacted.
    reprocessed = _submit(client, "Reprocessing")
    _run_job(client, reprocessed["id"])
    done = run_cli(["reprocess", "--all"], backend.env)
    assert done.returncode == 0, done.stderr

    # Received: through the form, the API and `feedback import`; nothing processes them.
    client.get("/")
    form = client.post(
        "/",
        data={
            "text": _text("Form"),
            "consent": "yes",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    assert form.status_code == 200, form.text
    _submit(client, "Received")
    imported = tmp_path / "paper.jsonl"
    imported.write_text(json.dumps({"text": _text("Imported")}) + "\n", encoding="utf-8")
    done = run_cli(["import", str(imported), "--source", "paper"], backend.env)
    assert done.returncode == 0, done.stderr
    # Processing (a try failed; the job waits for its retry), failed (every try failed),
    # processed (the worker ran).
    processing = _submit(client, "Processing")
    _run_job(client, processing["id"], fail_on_try=1, monkeypatch=monkeypatch)
    failed = _submit(client, "Failed")
    from workers.jobs import MAX_TRIES

    _run_job(client, failed["id"], fail_on_try=MAX_TRIES, monkeypatch=monkeypatch)
    processed = _submit(client, "Processed")
    _run_job(client, processed["id"])
    # Stored before intake redaction existed, and never processed.
    _insert_legacy(client, "Legacy", "received")
    _insert_legacy(client, "Old", "failed")

    listing = client.get(
        "/api/v1/review/opinions",
        params={"per_page": 200, "duplicates": "true", "sort": "oldest"},
        headers=headers["reviewer"],
    ).json()["items"]
    assert len(listing) == 9
    statuses = {item["text"].split(":")[0]: item["processing_status"] for item in listing}
    assert statuses == {
        "Reprocessing": "received",
        "Form": "received",
        "Received": "received",
        "Imported": "received",
        "Processing": "processing",
        "Failed": "failed",
        "Processed": "processed",
        "Legacy": "received",
        "Old": "failed",
    }
    opinions = [{"id": item["id"], "receipt_code": item["receipt_code"]} for item in listing]
    _theme_each(client, headers["reviewer"], [item["id"] for item in listing])

    # The legacy opinions are shown redacted on the fly; the search, which reads the stored
    # redaction only, finds them once the backfill migration has run.
    assert _walk_surfaces(client, opinions, headers, searchable=len(opinions) - 2) > 100

    # Only the admins' audited original view shows the text as written.
    admin = headers["admin"]
    for opinion in opinions:
        original = client.get(f"/api/v1/review/opinions/{opinion['id']}/original", headers=admin)
        assert original.status_code == 200 and "taro.yamada@example.com" in original.text
        page = client.get(f"/review/opinions/{opinion['id']}/original", headers=admin)
        assert page.status_code == 200 and "AB12345678CD" in page.text
        for role in ("reviewer", "organizer"):
            refused = client.get(
                f"/api/v1/review/opinions/{opinion['id']}/original", headers=headers[role]
            )
            assert refused.status_code == 403
    audit = client.get(
        "/api/v1/admin/audit", params={"action": "opinion.read_original"}, headers=admin
    ).json()
    assert audit["total"] == 2 * len(opinions)


def test_a_failed_opinion_never_shows_its_original(stalled, monkeypatch):
    """The pipeline failed on every try: the stored redaction is all anyone but an admin sees."""
    from workers.jobs import MAX_TRIES

    client = stalled
    headers = {role: _headers(client, role) for role in ("reviewer", "organizer", "admin")}
    failed = _submit(client, "Failed")
    _run_job(client, failed["id"], fail_on_try=MAX_TRIES, monkeypatch=monkeypatch)
    detail = client.get(f"/api/v1/review/opinions/{failed['id']}", headers=headers["reviewer"])
    assert detail.json()["processing_status"] == "failed"
    assert "language model file is corrupt" in detail.json()["processing_error"]
    _theme_each(client, headers["reviewer"], [failed["id"]])
    _walk_surfaces(client, [failed], headers, searchable=1)


def test_the_intake_stores_what_the_worker_would(stalled, backend):
    """Same normalisation (NFC, no control or bidi-override characters) and redaction as the
    worker's analysis, in the insert itself: a worker that runs later changes nothing."""
    from feedback.tables import Opinion
    from workers.pipeline import analyse

    client = stalled
    texts = [
        _text("Plain"),
        "Cafe\u0301 \u202econtact\u202c: ０９０－１２３４－５６７８\r\nthanks",
        "夜間の日本語教室を増やしてください。",
    ]
    for text in texts:
        created = _submit_text(client, text)
        row = _query(
            client,
            Opinion.select(Opinion.normalised_text, Opinion.redacted_text, Opinion.pii_kinds)
            .where(Opinion.id == created["id"])
            .first(),
        )
        expected = analyse(text)
        kinds = row["pii_kinds"]
        assert row["normalised_text"] == expected.normalised_text
        assert row["redacted_text"] == expected.redacted_text
        assert (json.loads(kinds) if isinstance(kinds, str) else kinds) == expected.pii_kinds


def _submit_text(client, text: str) -> dict:
    response = client.post("/api/v1/opinions", json={"text": text})
    assert response.status_code == 201, response.text
    return response.json()


def test_the_migration_redacts_opinions_stored_before(stalled):
    """Opinions stored without a redaction (before this change) get one from the backfill
    migration; it is idempotent and leaves redacted opinions alone."""
    from feedback.tables import Opinion

    client = stalled
    migration = importlib.import_module("migrations.feedback_2026_12_06t06_00_00_000000")
    legacy = _insert_legacy(client, "Legacy", "received")
    fresh = _submit(client, "Fresh")
    engine = Opinion._meta.db
    assert client.blocking_portal.call(migration.backfill_redactions, engine) == 1
    assert client.blocking_portal.call(migration.backfill_redactions, engine) == 0
    rows = {
        row["id"]: row for row in _query(client, Opinion.select(Opinion.id, Opinion.redacted_text))
    }
    for opinion in (legacy, fresh):
        _no_secret("stored redaction", rows[opinion["id"]]["redacted_text"])
        assert "[MY NUMBER]" in rows[opinion["id"]]["redacted_text"]
