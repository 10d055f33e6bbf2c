"""The whole journey in a real browser (Debian's Chromium driven by Playwright):

a resident submits in Burmese, a reviewer signs in, finds it, corrects its topic, sets it
`forwarded`, and an organizer downloads the hearing pack. Screenshots of each step are kept in
test-artifacts/browser/.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SLACK

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "browser"
CHROMIUM = os.environ.get("FEEDBACK_TEST_CHROMIUM", "/usr/bin/chromium")
# The flags the workplace's notes give for headless Chromium on a machine without a network.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
# Every script the dashboard must render: the inbox screenshot shows them side by side.
SCRIPTS = [
    "夜間の日本語教室を増やしてください。",
    "希望增加夜间日语课程。",
    "야간 일본어 수업을 늘려 주세요.",
    "ខ្ញុំចង់បានថ្នាក់ភាសាជប៉ុនពេលល្ងាច។",
    "කරුණාකර සවස ජපන් භාෂා පන්ති වැඩි කරන්න.",
    "กรุณาเพิ่มชั้นเรียนภาษาญี่ปุ่นตอนเย็น",
    "कृपया साँझको जापानी भाषा कक्षा थप्नुहोस्।",
    "Оройн япон хэлний ангийг нэмэгдүүлнэ үү.",
]
BURMESE = "ကျွန်ုပ်တို့ အလုပ်သမားများအတွက် ညနေပိုင်း ဂျပန်ဘာသာ သင်တန်းများ ပိုမိုလိုအပ်ပါသည်။"
PASSWORD = "correct horse 42"


def _require_browser() -> None:
    problem = None
    if not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} is not installed (apt-get install chromium)"
    else:
        try:
            import playwright  # noqa: F401
        except ImportError:
            problem = "playwright is not installed (pip install -e '.[dev]')"
    if problem:
        if os.environ.get("FEEDBACK_TEST_REQUIRE_BROWSER") == "1":
            pytest.fail(problem)
        pytest.skip(problem)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cli(env, *args, input_text=None):
    result = subprocess.run(
        [sys.executable, "-m", "feedback.cli", *args],
        env=env,
        input=input_text,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def server(tmp_path, tiny_translation):
    _require_browser()
    port = _free_port()
    env = {
        **os.environ,
        "FEEDBACK_VAR_DIR": str(tmp_path),
        "FEEDBACK_PORT": str(port),
        "FEEDBACK_SWEEP_AFTER_SECONDS": "1",
        **tiny_translation,
    }
    _cli(env, "db", "migrate")
    _cli(
        env,
        "users",
        "create",
        "reviewer@example.go.jp",
        "--role",
        "reviewer",
        "--password-stdin",
        input_text=PASSWORD + "\n",
    )
    _cli(
        env,
        "users",
        "create",
        "organizer@example.go.jp",
        "--role",
        "organizer",
        "--password-stdin",
        input_text=PASSWORD + "\n",
    )
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "feedback.cli", "serve"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=REPO,
    )
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

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/login?lang=ja")
    page.get_by_label("メールアドレス").fill(email)
    page.get_by_label("パスワード").fill(PASSWORD)
    page.locator("form.login-form button[type=submit]").click()


def test_resident_reviewer_and_organizer_journey(server, browser, tmp_path):
    import httpx

    for text in SCRIPTS:
        assert httpx.post(f"{server}/api/v1/opinions", json={"text": text}).status_code == 201

    # 1. A resident writes in Burmese on a phone-sized screen.
    resident = browser.new_page(viewport={"width": 390, "height": 844})
    resident.goto(f"{server}/?lang=my")
    assert resident.locator("html").get_attribute("lang") == "my"
    resident.locator("#field-text").fill(BURMESE)
    resident.locator("#field-region").select_option("JP-23")
    resident.locator("#field-consent").check()
    _shot(resident, "01-resident-form-burmese")
    resident.locator("form.opinion-form button[type=submit]").click()
    code = resident.locator(".receipt-code strong").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    _shot(resident, "02-resident-receipt")

    # 2. A reviewer signs in and finds it in the inbox, once the worker has processed it.
    reviewer = browser.new_page(viewport={"width": 1280, "height": 900})
    _sign_in(reviewer, server, "reviewer@example.go.jp")
    deadline = time.monotonic() + 60 * SLACK
    while True:
        reviewer.goto(f"{server}/review?language=my&status=processed")
        if reviewer.locator("td.excerpt a[lang=my]").count() >= 1:
            break
        assert time.monotonic() < deadline, "the opinion was not processed within a minute"
        time.sleep(1)
    _shot(reviewer, "03-reviewer-inbox-burmese")
    reviewer.goto(f"{server}/review")
    for text in SCRIPTS:
        assert reviewer.get_by_text(text[:8], exact=False).count() >= 1
    _shot(reviewer, "03b-reviewer-inbox-every-script")
    reviewer.locator("td.excerpt a[lang=my]").first.click()
    assert BURMESE in reviewer.locator(".original-text").inner_text()
    assert reviewer.locator(".original-text").get_attribute("lang") == "my"

    # 3. Corrects the topic and sets the opinion `forwarded`.
    reviewer.locator("#triage-topic").select_option("education")
    reviewer.locator("#triage-status").select_option("forwarded")
    reviewer.locator("form.triage-form button[type=submit]").click()
    facts = reviewer.locator("#triage-title + dl").inner_text()
    # In the reviewer's language (Japanese here): names, not the stored codes.
    assert "担当部署へ回付済み" in facts and "教育・日本語学習" in facts
    assert "forwarded" not in facts and "education" not in facts
    _shot(reviewer, "04-reviewer-opinion-forwarded")

    # The resident sees the new status with the receipt code.
    resident.goto(f"{server}/status?code={code}&lang=my")
    _shot(resident, "05-resident-status")

    # 4. An organizer makes and downloads the hearing pack.
    organizer = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    _sign_in(organizer, server, "organizer@example.go.jp")
    organizer.goto(f"{server}/review/exports")
    organizer.locator("#pack-format").select_option("pack-pdf")
    organizer.locator("form.export-form button.primary").click()
    try:
        organizer.wait_for_selector("a.button[download]", timeout=60_000 * SLACK)
    finally:
        _shot(organizer, "06-organizer-pack")
    with organizer.expect_download() as download_info:
        organizer.locator("a.button[download]").click()
    download = download_info.value
    target = ARTIFACTS / "hearing-pack.pdf"
    download.save_as(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert download.suggested_filename.startswith("hearing-pack-")
    shutil.copy(target, tmp_path / "pack.pdf")
