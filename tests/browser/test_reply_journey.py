"""Replies in a real browser (issue 16): a resident writes in Vietnamese on a phone with an
e-mail address; a reviewer answers with the residence-procedures template, previews it in
Vietnamese and sends it; the resident reads it in Vietnamese on /status and the SMTP server on
loopback (aiosmtpd) receives it in Vietnamese. Then the same with a free-text Japanese reply,
machine-translated by the tiny test model (disclosed). Screenshots in test-artifacts/browser/.
"""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
import time

import pytest
from conftest import SLACK
from test_journey import PASSWORD, _cli, _free_port, _require_browser, _shot, _sign_in

CONTACT = "resident.vi@example.com"
VIETNAMESE = "Tôi muốn gia hạn visa nhưng không biết phải làm thủ tục ở đâu. Xin hãy chỉ cho tôi."
RESIDENCE_VI = "Về tư cách lưu trú, thị thực và các thủ tục lưu trú"
JAPANESE_REPLY = "在留期間の更新は、地方出入国在留管理局で申請できます。"
MACHINE_NOTICE_VI = "dịch bằng máy"


@pytest.fixture
def mailbox():
    from aiosmtpd.controller import Controller

    received: list[email.message.EmailMessage] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            received.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
            return "250 OK"

    port = _free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    yield port, received
    controller.stop()


@pytest.fixture
def server(tmp_path, reply_models, mailbox):
    _require_browser()
    port = _free_port()
    env = {
        **os.environ,
        "FEEDBACK_VAR_DIR": str(tmp_path),
        "FEEDBACK_PORT": str(port),
        "FEEDBACK_SWEEP_AFTER_SECONDS": "1",
        "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{mailbox[0]}",
        **reply_models,
    }
    _cli(env, "db", "migrate")
    _cli(env, "users", "create", "reviewer@example.go.jp", "--role", "reviewer",
         "--password-stdin", input_text=PASSWORD + "\n")  # fmt: skip
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "feedback.cli", "serve"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    )  # fmt: skip
    import socket

    deadline = time.monotonic() + 60 * SLACK
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), 0.2):
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("the server did not start: " + (tmp_path / "server.log").read_text())
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright
    from test_journey import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _wait_for_email_state(page, url: str, state: str, count: int) -> None:
    deadline = time.monotonic() + 90 * SLACK
    while True:
        page.goto(url)
        if page.locator(f'[data-email-state="{state}"]').count() >= count:
            return
        assert time.monotonic() < deadline, f"no {count} e-mail(s) {state} within 90 s"
        time.sleep(1)


def _plain(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return part.get_content()


def test_a_resident_reads_the_reply_in_vietnamese_on_status_and_by_email(server, browser, mailbox):
    _, received = mailbox
    # 1. A resident writes in Vietnamese on a phone, with an e-mail address for a reply.
    resident = browser.new_page(viewport={"width": 390, "height": 844})
    resident.goto(f"{server}/?lang=vi")
    resident.locator("#field-text").fill(VIETNAMESE)
    resident.locator("#field-region").select_option("JP-13")
    resident.locator("#field-contact_email").fill(CONTACT)
    resident.locator("#field-consent").check()
    resident.locator("form.opinion-form button[type=submit]").click()
    code = resident.locator(".receipt-code strong").inner_text()
    _shot(resident, "r01-resident-receipt-vietnamese")

    # 2. A reviewer opens it once processed and answers with the residence-procedures template.
    reviewer = browser.new_page(viewport={"width": 1280, "height": 900})
    _sign_in(reviewer, server, "reviewer@example.go.jp")
    # Generous: CI machines are shared, and the first job loads the translation models.
    deadline = time.monotonic() + 180 * SLACK
    while True:
        reviewer.goto(f"{server}/review?language=vi&status=processed")
        if reviewer.locator("td.excerpt a[lang=vi]").count() >= 1:
            break
        assert time.monotonic() < deadline, "the opinion was not processed within 3 minutes"
        time.sleep(1)
    reviewer.locator("td.excerpt a[lang=vi]").first.click()
    opinion_url = reviewer.url
    reviewer.locator("#reply-template").select_option("residence-procedures")
    reviewer.locator("form.reply-form button[type=submit]").click()
    # The preview, in the resident's language, before anything is sent.
    assert RESIDENCE_VI in reviewer.locator("[data-preview]").inner_text()
    assert reviewer.locator("[data-recipients]").get_attribute("data-recipients") == "1"
    _shot(reviewer, "r02-reviewer-preview-template")
    reviewer.get_by_role("button", name="回答を送信").click()
    _wait_for_email_state(reviewer, opinion_url, "sent", 1)
    _shot(reviewer, "r03-reviewer-reply-sent")

    # 3. The resident reads it in Vietnamese on /status; the mail server has it in Vietnamese.
    resident.goto(f"{server}/status?code={code}&lang=vi")
    assert RESIDENCE_VI in resident.locator("[data-reply]").first.inner_text()
    assert resident.locator("[data-reply]").first.get_attribute("lang") == "vi"
    _shot(resident, "r04-resident-status-template-reply")
    assert len(received) == 1 and received[0]["Content-Language"] == "vi"
    assert received[0]["To"] == CONTACT and RESIDENCE_VI in _plain(received[0])

    # 4. A free-text Japanese reply, machine-translated by the tiny test model.
    reviewer.goto(opinion_url)
    reviewer.locator("input[name=kind][value=text]").check()
    reviewer.locator("#reply-text").fill(JAPANESE_REPLY)
    reviewer.locator("form.reply-form button[type=submit]").click()
    assert "en-vi" in reviewer.locator("[data-preview]").inner_text()  # which model will
    assert MACHINE_NOTICE_VI in reviewer.locator("dd .hint").first.inner_text()
    # Translated first, as a draft: the reviewer reads the Vietnamese before anyone gets it.
    reviewer.locator("button[data-draft]").click()
    deadline = time.monotonic() + 90 * SLACK
    while reviewer.locator(".reply-send-form button:not([disabled])").count() == 0:
        assert time.monotonic() < deadline, "the draft was not translated within 90 s"
        time.sleep(1)
        reviewer.goto(opinion_url)
    draft = reviewer.locator("article.reply", has=reviewer.locator("[data-reply-draft]"))
    assert MACHINE_NOTICE_VI in draft.inner_text()
    assert draft.locator("p[lang=vi]").count() == 1
    _shot(reviewer, "r05-reviewer-draft-in-vietnamese")
    assert len(received) == 1  # nothing sent yet
    reviewer.locator(".reply-send-form button").click()
    _wait_for_email_state(reviewer, opinion_url, "sent", 2)
    resident.goto(f"{server}/status?code={code}&lang=vi")
    newest = resident.locator("article.reply").last
    assert MACHINE_NOTICE_VI in newest.inner_text()
    assert JAPANESE_REPLY in newest.locator("[data-reply-original]").inner_text()
    _shot(resident, "r06-resident-status-machine-translated-reply")
    assert len(received) == 2 and received[1]["Content-Language"] == "vi"
    plain = _plain(received[1])
    assert plain.index(MACHINE_NOTICE_VI) < plain.index(JAPANESE_REPLY)
