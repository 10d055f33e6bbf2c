"""Alerts for urgent opinions: an e-mail to a real SMTP server and a signed webhook to a real
HTTP receiver, both on loopback, in both deployments; retries, failures on the overview, the
audit log, and never the opinion's text."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import apps_with_settings, wait_for

from feedback.config import ConfigError, load_settings
from workers.alerts import verify_signature

# The classifier flags it today (pattern "muốn chết", and close to an urgent exemplar); in
# Vietnamese, so that the subject's language is not the interface's.
URGENT_TEXT = "Tôi muốn chết. Tôi không thể tiếp tục được nữa."
CALM_TEXT = "Please open more evening Japanese classes for people who work during the day."
CONTACT = "resident.private@example.com"
WEBHOOK_SECRET = "webhook-secret-" + "s" * 32
RECIPIENTS = ["duty-a@example.go.jp", "duty-b@example.go.jp"]
PUBLIC_URL = "https://opinions.example.go.jp"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Mailbox:
    """What a loopback SMTP server received: (envelope recipients, parsed message, when)."""

    port: int
    messages: list[tuple[list[str], email.message.EmailMessage, float]] = field(
        default_factory=list
    )
    # Answer "451 try again later" to this many messages first.
    refuse_first: int = 0
    refused: int = 0


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    from aiosmtpd.controller import Controller

    box = Mailbox(port=free_port())

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            if box.refused < box.refuse_first:
                box.refused += 1
                return "451 4.3.0 try again later"
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            box.messages.append((list(envelope.rcpt_tos), message, time.monotonic()))
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@dataclass
class Receiver:
    """What a loopback webhook receiver got: (headers, raw body, when)."""

    url: str
    requests: list[tuple[dict[str, str], bytes, float]] = field(default_factory=list)
    # Answer 500 to this many requests first.
    fail_first: int = 0
    failed: int = 0


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            if state.failed < state.fail_first:
                state.failed += 1
                self.send_response(500)
            else:
                state.requests.append((dict(self.headers.items()), body, time.monotonic()))
                self.send_response(204)
            self.end_headers()

        def log_message(self, *args):  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/urgent"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def alerting(backend, understanding_models, request, tmp_path):
    """Opens the app with alert settings; in production also a `feedback worker` with them
    (the session's worker, which has none, is stopped meanwhile). Returns the test client."""
    yield from apps_with_settings(
        backend,
        request,
        tmp_path,
        {
            **understanding_models,
            # Alerts retry after 10 × base × 2ⁿ s: 0.2, 0.4, 0.8, 1.6 s here.
            "FEEDBACK_RETRY_BASE_SECONDS": "0.01",
        },
        "worker-with-alerts.log",
    )


def _account(client, role: str) -> tuple[str, dict[str, str]]:
    from feedback.accounts.services import create_account, issue_token

    address = f"{role}@example.go.jp"
    client.blocking_portal.call(create_account, address, "correct horse 42", role)
    token = client.blocking_portal.call(issue_token, address, "tests")
    return address, {"Authorization": f"Bearer {token}"}


def _sign_in(client, address: str) -> None:
    client.get("/login")
    response = client.post(
        "/login",
        data={
            "email": address,
            "password": "correct horse 42",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    assert response.status_code in (200, 303), response.text


def _submit(client, text: str) -> tuple[dict, float]:
    response = client.post("/api/v1/opinions", json={"text": text, "contact_email": CONTACT})
    assert response.status_code == 201, response.text
    return response.json(), time.monotonic()


def _processed(client, headers, opinion_id: int) -> dict:
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()[
                "processing_status"
            ]
            == "processed"
        ),
        timeout=120,
    )
    return client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()


def _stored_categories(client, opinion_id: int) -> list[str]:
    from feedback.tables import Opinion

    row = client.blocking_portal.call(
        lambda: Opinion.select(Opinion.urgent_categories).where(Opinion.id == opinion_id).first()
    )
    value = row["urgent_categories"]
    return json.loads(value) if isinstance(value, str) else list(value)


def _audit(client, headers, action: str) -> list[dict]:
    response = client.get("/api/v1/admin/audit", params={"action": action}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_an_urgent_opinion_alerts_by_email_and_webhook_without_its_text(
    backend, alerting, mailbox, receiver
):
    client = alerting(
        {
            "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{mailbox.port}",
            "FEEDBACK_SMTP_FROM": "opinion-box@example.go.jp",
            "FEEDBACK_ALERT_EMAILS": ",".join(RECIPIENTS),
            "FEEDBACK_ALERT_WEBHOOK_URL": receiver.url,
            "FEEDBACK_ALERT_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "FEEDBACK_PUBLIC_URL": PUBLIC_URL + "/",
        }
    )
    admin, admin_headers = _account(client, "admin")
    calm, _ = _submit(client, CALM_TEXT)
    # Processed first (models loaded, worker up): the time below is the alert's own.
    assert _processed(client, admin_headers, calm["id"])["urgent"] is False
    urgent, submitted = _submit(client, URGENT_TEXT)
    wait_for(lambda: mailbox.messages and receiver.requests, timeout=120)
    email_delay = mailbox.messages[0][2] - submitted
    webhook_delay = receiver.requests[0][2] - submitted
    stamps = json.loads(receiver.requests[0][1])
    pipeline = datetime.fromisoformat(stamps["flagged_at"]) - datetime.fromisoformat(
        stamps["submitted_at"]
    )
    # Seen with `pytest -s`: the pipeline's share (until the flag is stored) and the whole.
    print(f"\n{backend.name}: submission to alert: e-mail {email_delay:.2f} s, "
          f"webhook {webhook_delay:.2f} s (flagged after {pipeline.total_seconds():.2f} s)")  # fmt: skip
    opinion = _processed(client, admin_headers, urgent["id"])
    assert opinion["urgent"] is True
    link = f"{PUBLIC_URL}/review/opinions/{urgent['id']}"

    recipients, message, _ = mailbox.messages[0]
    assert sorted(recipients) == RECIPIENTS
    assert message["From"] == "opinion-box@example.go.jp"
    # The alert names the kinds of danger the pipeline stored (where the classifier names
    # them: classifiers/urgency.py), the worst first.
    categories = _stored_categories(client, urgent["id"])
    subject = str(message["Subject"])
    if categories:
        assert subject.startswith(f"[Opinion box] Urgent opinion #{urgent['id']}: "), subject
        assert subject.endswith(" (vi)"), subject
        assert "danger_to_life" in categories and "danger to life" in subject.lower(), subject
    else:
        assert subject == f"[Opinion box] Urgent opinion #{urgent['id']} (vi)", subject
    raw = message.as_string()
    body = message.get_content()
    assert link in body and urgent["receipt_code"] in body and "Language / 言語: vi" in body
    assert all(slug in body for slug in categories)
    for private in (URGENT_TEXT, "muốn chết", CONTACT, "resident.private"):
        assert private not in raw and private not in body, private

    headers, raw_body, _ = receiver.requests[0]
    assert verify_signature(WEBHOOK_SECRET.encode(), raw_body, headers["X-Feedback-Signature"])
    assert not verify_signature(b"another secret" * 3, raw_body, headers["X-Feedback-Signature"])
    assert not verify_signature(
        WEBHOOK_SECRET.encode(), raw_body + b" ", headers["X-Feedback-Signature"]
    )
    payload = json.loads(raw_body)
    assert payload["event"] == "opinion.urgent" == headers["X-Feedback-Event"]
    assert str(payload["timestamp"]) == headers["X-Feedback-Timestamp"]
    assert payload["delivery"] == headers["X-Feedback-Delivery"]
    assert payload["opinion_id"] == urgent["id"]
    assert payload["receipt_code"] == urgent["receipt_code"]
    assert payload["link"] == link
    assert payload["language"] == "vi"
    assert [category["slug"] for category in payload["categories"]] == categories
    assert {"submitted_at", "flagged_at"} <= set(payload)
    text = raw_body.decode()
    for private in (URGENT_TEXT, "muốn chết", CONTACT):
        assert private not in text, private

    # Sent and audited once per channel, without the text.
    wait_for(lambda: len(_audit(client, admin_headers, "alert.sent")) == 2)
    sent = _audit(client, admin_headers, "alert.sent")
    assert {entry["after"]["channel"] for entry in sent} == {"email", "webhook"}
    assert {entry["object_id"] for entry in sent} == {str(urgent["id"])}
    assert URGENT_TEXT not in json.dumps(sent) and CONTACT not in json.dumps(sent)

    # The job again, through the queue and called directly: nothing more is sent. The calm
    # opinion sent nothing at all.
    queue = client.app.state.job_queue
    assert client.blocking_portal.call(queue.enqueue, "send_alerts", urgent["id"])
    assert client.blocking_portal.call(queue.enqueue, "send_alerts", calm["id"])
    from workers.alerts import send_alerts

    ctx = {"settings": client.app.state.settings, "job_try": 1}
    outcome = client.blocking_portal.call(send_alerts, ctx, urgent["id"])
    assert outcome == "email: sent; webhook: sent" or set(outcome.split("; ")) == {
        "email: sent",
        "webhook: sent",
    }
    assert client.blocking_portal.call(send_alerts, ctx, calm["id"]) == "not urgent"
    time.sleep(2)  # the queued runs, had they sent anything, would have by now
    assert len(mailbox.messages) == 1 and len(receiver.requests) == 1
    assert len(_audit(client, admin_headers, "alert.sent")) == 2

    # The overview counts them.
    _sign_in(client, admin)
    page = client.get("/review/overview?lang=en")
    assert page.status_code == 200
    assert "Alerts sent: 2" in page.text
    assert "could not be sent" not in page.text


def test_a_failing_channel_is_retried_then_failed_and_shown_on_the_overview(
    backend, alerting, receiver
):
    dead_port = free_port()  # nothing listens there
    receiver.fail_first = 2  # the webhook answers 500 twice, then takes it
    client = alerting(
        {
            "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{dead_port}",
            "FEEDBACK_ALERT_EMAILS": RECIPIENTS[0],
            "FEEDBACK_ALERT_WEBHOOK_URL": receiver.url,
            "FEEDBACK_ALERT_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "FEEDBACK_PUBLIC_URL": PUBLIC_URL,
        }
    )
    admin, admin_headers = _account(client, "admin")
    urgent, _ = _submit(client, URGENT_TEXT)

    wait_for(lambda: _audit(client, admin_headers, "alert.failed"), timeout=120)
    failed = _audit(client, admin_headers, "alert.failed")
    assert len(failed) == 1 and failed[0]["object_id"] == str(urgent["id"])
    assert failed[0]["after"]["channel"] == "email"
    assert failed[0]["after"]["attempts"] == 5
    assert "Connection refused" in failed[0]["after"]["error"]
    wait_for(lambda: _audit(client, admin_headers, "alert.sent"))
    sent = _audit(client, admin_headers, "alert.sent")
    assert [(entry["after"]["channel"], entry["after"]["attempts"]) for entry in sent] == [
        ("webhook", 3)
    ]
    assert len(receiver.requests) == 1
    assert URGENT_TEXT not in json.dumps(failed + sent)

    _sign_in(client, admin)
    page = client.get("/review/overview?lang=en").text
    assert "Alerts that could not be sent: 1" in page
    assert f'href="/review/opinions/{urgent["id"]}"' in page
    assert "Connection refused" in page
    assert "Alerts sent: 1" in page and "Alerts failed: 1" in page
    assert "送信できなかった通知: 1件" in client.get("/review/overview?lang=ja").text

    # Once a reviewer has triaged the opinion, the failure has no work left on the overview.
    response = client.patch(
        f"/api/v1/review/opinions/{urgent['id']}",
        json={"triage_status": "in_review"},
        headers=admin_headers,
    )
    assert response.status_code == 200, response.text
    assert "could not be sent" not in client.get("/review/overview?lang=en").text


def test_an_smtp_server_that_defers_gets_the_alert_on_a_retry(backend, alerting, mailbox):
    mailbox.refuse_first = 1
    client = alerting(
        {
            "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{mailbox.port}",
            "FEEDBACK_ALERT_EMAILS": RECIPIENTS[0],
            "FEEDBACK_PUBLIC_URL": PUBLIC_URL,
        }
    )
    _, admin_headers = _account(client, "admin")
    urgent, _ = _submit(client, URGENT_TEXT)
    wait_for(lambda: mailbox.messages, timeout=120)
    assert mailbox.refused == 1
    wait_for(lambda: _audit(client, admin_headers, "alert.sent"))
    [entry] = _audit(client, admin_headers, "alert.sent")
    assert (entry["after"]["channel"], entry["after"]["attempts"]) == ("email", 2)
    assert entry["object_id"] == str(urgent["id"])

    # A later copy of the same cry for help joins its group, and alerts too: it is a new
    # opinion, perhaps from another person.
    copy, _ = _submit(client, URGENT_TEXT)
    wait_for(lambda: len(mailbox.messages) == 2, timeout=120)
    assert _processed(client, admin_headers, copy["id"])["duplicate_of"] == urgent["id"]
    assert f"Urgent opinion #{copy['id']}" in str(mailbox.messages[1][1]["Subject"])


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"FEEDBACK_SMTP_URL": "http://mail.example.go.jp"}, "FEEDBACK_SMTP_URL"),
        ({"FEEDBACK_SMTP_URL": "smtp://u:p@mail.example.go.jp:25"}, "FEEDBACK_SMTP_URL"),
        ({"FEEDBACK_SMTP_URL": "smtps://mail.example.go.jp?starttls=true"}, "FEEDBACK_SMTP_URL"),
        ({"FEEDBACK_SMTP_URL": "smtp://mail.example.go.jp?starttls=maybe"}, "FEEDBACK_SMTP_URL"),
        ({"FEEDBACK_SMTP_FROM": "not an address"}, "FEEDBACK_SMTP_FROM"),
        ({"FEEDBACK_ALERT_EMAILS": "duty@example.go.jp"}, "FEEDBACK_ALERT_EMAILS"),
        (
            {"FEEDBACK_SMTP_URL": "smtp://127.0.0.1:25", "FEEDBACK_ALERT_EMAILS": "duty, x@y.jp"},
            "FEEDBACK_ALERT_EMAILS",
        ),
        (
            {"FEEDBACK_ALERT_WEBHOOK_URL": "https://hooks.example.go.jp/x"},
            "FEEDBACK_ALERT_WEBHOOK_SECRET",
        ),
        (
            {
                "FEEDBACK_ALERT_WEBHOOK_URL": "https://hooks.example.go.jp/x",
                "FEEDBACK_ALERT_WEBHOOK_SECRET": "short",
            },
            "FEEDBACK_ALERT_WEBHOOK_SECRET",
        ),
        (
            {
                "FEEDBACK_ALERT_WEBHOOK_URL": "http://hooks.example.go.jp/x",
                "FEEDBACK_ALERT_WEBHOOK_SECRET": WEBHOOK_SECRET,
                "FEEDBACK_PUBLIC_URL": PUBLIC_URL,
            },
            "FEEDBACK_ALERT_WEBHOOK_URL",
        ),
        (
            {
                "FEEDBACK_ALERT_WEBHOOK_URL": "https://hooks.example.go.jp/x",
                "FEEDBACK_ALERT_WEBHOOK_SECRET": WEBHOOK_SECRET,
            },
            "FEEDBACK_PUBLIC_URL",
        ),
        ({"FEEDBACK_PUBLIC_URL": "opinions.example.go.jp"}, "FEEDBACK_PUBLIC_URL"),
    ],
)
def test_bad_alert_settings_name_the_variable(tmp_path, env, variable):
    with pytest.raises(ConfigError, match=f"^{variable}:"):
        load_settings({"FEEDBACK_VAR_DIR": str(tmp_path), **env})


def test_alert_settings(tmp_path):
    settings = load_settings(
        {
            "FEEDBACK_VAR_DIR": str(tmp_path),
            "FEEDBACK_SMTP_URL": "smtp://duty%40example.go.jp:p%40ss%3Aword@mail.example.go.jp"
            "?starttls=true",
            "FEEDBACK_ALERT_EMAILS": " a@example.go.jp,b@example.go.jp ,",
            "FEEDBACK_PUBLIC_URL": "https://opinions.example.go.jp/",
        }
    ).alerts
    assert settings.smtp is not None
    assert (settings.smtp.host, settings.smtp.port, settings.smtp.tls) == (
        "mail.example.go.jp",
        587,
        "starttls",
    )
    assert (settings.smtp.username, settings.smtp.password) == (
        "duty@example.go.jp",
        "p@ss:word",
    )
    assert "p@ss:word" not in repr(settings)
    assert settings.emails == ("a@example.go.jp", "b@example.go.jp")
    assert settings.public_url == "https://opinions.example.go.jp"
    assert settings.channels == ("email",)
    implicit = load_settings(
        {"FEEDBACK_VAR_DIR": str(tmp_path), "FEEDBACK_SMTP_URL": "smtps://u:p@mail.example.go.jp"}
    ).alerts.smtp
    assert implicit is not None and (implicit.port, implicit.tls) == (465, "implicit")
    # Nothing configured: no channel, no alert.
    assert load_settings({"FEEDBACK_VAR_DIR": str(tmp_path)}).alerts.channels == ()
