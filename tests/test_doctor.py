"""`feedback doctor`: one line per capability; the production image installs what it requires;
a PDF that cannot be rendered gives the organizer a readable message and the other formats."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_cli, wait_for
from test_admin import _sign_in

from feedback.doctor import APT_INSTALL, SYSTEM_PACKAGES

CAPABILITIES = (
    "database and migrations",
    "Redis and workers",
    "embedding model",
    "names from context (redaction)",
    "translation routes",
    "PDF rendering",
    "SMTP (alert e-mail)",
    "disk space under var/",
)


def _lines(output: str) -> dict[str, str]:
    """{capability: its line} from doctor's output."""
    found = {}
    for line in output.splitlines():
        match = re.match(r"^(OK|FAIL|NOTE) +([^:]+): ", line)
        if match:
            found[match.group(2)] = line
    return found


def _dockerfile_packages() -> set[str]:
    text = (REPO / "Dockerfile").read_text()
    # Join continued lines, then take the words after every `apt-get install`.
    text = text.replace("\\\n", " ")
    packages: set[str] = set()
    for command in re.findall(r"apt-get install ([^&;\n]+)", text):
        packages.update(word for word in command.split() if not word.startswith("-"))
    return packages


def test_dockerfile_installs_every_system_package_doctor_requires():
    installed = _dockerfile_packages()
    missing = [name for name, _ in SYSTEM_PACKAGES if name not in installed]
    assert not missing, f"the Dockerfile lacks {missing} (feedback.doctor.SYSTEM_PACKAGES)"


def test_dockerfile_installs_nothing_only_tests_need():
    text = (REPO / "Dockerfile").read_text()
    for test_only in ("chromium", "playwright", ".[dev]", "pytest", "aiosmtpd"):
        assert test_only not in text, test_only
    assert {name for name, _ in SYSTEM_PACKAGES} >= _dockerfile_packages()


@pytest.fixture
def embedded_env(tmp_path: Path, sqlite_template: Path, understanding_models) -> dict[str, str]:
    database = tmp_path / "feedback.db"
    shutil.copy(sqlite_template, database)
    env = {
        "FEEDBACK_VAR_DIR": str(tmp_path),
        "FEEDBACK_DATABASE_URL": f"sqlite:///{database}",
        **understanding_models,
    }
    for name in ("FEEDBACK_REDIS_URL", "FEEDBACK_SMTP_URL", "FEEDBACK_ALERT_EMAILS"):
        env[name] = ""
    return env


def test_doctor_reports_every_capability_and_passes_without_translation_models(embedded_env):
    result = run_cli(["doctor"], embedded_env)
    lines = _lines(result.stdout)
    assert set(lines) == set(CAPABILITIES), result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    # The tiny test models serve a few routes: the rest are reported, not a failure...
    assert lines["translation routes"].startswith("NOTE"), lines["translation routes"]
    assert "routes missing" in lines["translation routes"]
    # ... unless asked to be strict.
    strict = run_cli(["doctor", "--strict-translation"], embedded_env)
    assert strict.returncode == 1 and "FAIL translation routes" in strict.stdout
    for name in (
        "database and migrations",
        "embedding model",
        "names from context (redaction)",
        "PDF rendering",
    ):
        assert lines[name].startswith("OK"), lines[name]
    for script in ("Japanese", "Myanmar", "Khmer", "Thai", "Devanagari", "Sinhala", "Korean"):
        assert f"{script}: Noto" in lines["PDF rendering"], lines["PDF rendering"]


def test_doctor_fails_on_pending_migrations_and_says_how_to_fix(tmp_path):
    env = {
        "FEEDBACK_VAR_DIR": str(tmp_path),
        "FEEDBACK_DATABASE_URL": f"sqlite:///{tmp_path}/new.db",
        "FEEDBACK_MODELS_DIR": str(tmp_path / "models"),
        "FEEDBACK_REDIS_URL": "",
        "FEEDBACK_SMTP_URL": "",
        "FEEDBACK_ALERT_EMAILS": "",
    }
    result = run_cli(["doctor"], env)
    lines = _lines(result.stdout)
    assert result.returncode == 1
    assert "migration(s) pending" in lines["database and migrations"]
    assert "fix: run `feedback db migrate`" in lines["database and migrations"]
    assert "fix: run `feedback models install`" in lines["embedding model"]
    assert lines["names from context (redaction)"].startswith("NOTE")
    assert "database and migrations" in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_doctor_reports_unreachable_redis_and_smtp(embedded_env):
    closed_port = _free_port()
    env = {
        **embedded_env,
        "FEEDBACK_REDIS_URL": f"redis://127.0.0.1:{closed_port}/6",
        "FEEDBACK_SECRET_KEY": "k" * 40,
        "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{closed_port}",
        "FEEDBACK_ALERT_EMAILS": "duty@example.go.jp",
        "FEEDBACK_PUBLIC_URL": "https://opinions.example.go.jp",
    }
    result = run_cli(["doctor"], env)
    lines = _lines(result.stdout)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL Redis and workers: Redis is unreachable" in lines["Redis and workers"]
    assert lines["SMTP (alert e-mail)"].startswith("FAIL")
    assert "FEEDBACK_SMTP_URL" in lines["SMTP (alert e-mail)"]


# WeasyPrint loads Pango with cffi's dlopen on its first import, under several names, and has
# no switch for where to look on Linux (WEASYPRINT_DLL_DIRECTORIES is for Windows). So the
# child refuses every name with "pango" in it, as the dynamic loader does where the library is
# not installed (python:3.11-slim without libpango-1.0-0), then runs the real `feedback doctor`.
NO_PANGO = """
import sys, cffi
real_dlopen = cffi.FFI.dlopen
def dlopen(self, name, *args, **kwargs):
    if name and "pango" in str(name):
        raise OSError(f"cannot load library '{name}': {name}: cannot open shared object file")
    return real_dlopen(self, name, *args, **kwargs)
cffi.FFI.dlopen = dlopen
from feedback.cli import main
main(["doctor"])
"""


def test_pdf_line_fails_with_its_fix_when_pango_cannot_be_loaded(embedded_env):
    result = subprocess.run(
        [sys.executable, "-c", NO_PANGO],
        env={**os.environ, **embedded_env},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    lines = _lines(result.stdout)
    assert result.returncode == 1, result.stdout + result.stderr
    pdf = lines["PDF rendering"]
    assert pdf.startswith("FAIL PDF rendering: PDF rendering is not available"), pdf
    assert "pango" in pdf
    assert f"fix: {APT_INSTALL}" in pdf
    assert "libpango-1.0-0" in pdf and "fonts-noto-cjk" in pdf
    assert "Traceback" not in result.stdout + result.stderr
    # The rest of the report is still there.
    assert set(lines) == set(CAPABILITIES)
    assert lines["database and migrations"].startswith("OK")


# In the web process WeasyPrint may be imported already, so the loader cannot be broken the
# way the subprocess above does it; a None in sys.modules makes `from weasyprint import HTML`
# fail inside the real loader (feedback.doctor.load_weasyprint_html), as a missing Pango does.
# Embedded only: the production backend renders in a separate worker process.
@pytest.mark.parametrize("backend", ["embedded"], indirect=True)
def test_export_screen_offers_other_formats_when_the_pdf_cannot_be_rendered(
    client, make_account, monkeypatch
):
    from feedback.exports.services import PDF_UNAVAILABLE_MESSAGE

    monkeypatch.setitem(sys.modules, "weasyprint", None)
    email, token = make_account("organizer")
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/api/v1/opinions", json={"text": "夜間の日本語教室を増やしてください。"})
    csrf = _sign_in(client, email)
    started = client.post(
        "/review/exports/",
        data={"kind": "pack", "format": "pack-pdf", "since": "2020-01-01", "quotes": "4",
              "_csrf_token": csrf},
        follow_redirects=False,
    )  # fmt: skip
    assert started.status_code == 303, started.text
    page_path = started.headers["location"]
    job_id = int(page_path.rsplit("/", 1)[1])

    def finished() -> bool:
        status = client.get(f"/api/v1/exports/{job_id}", headers=headers).json()["status"]
        return status in ("done", "failed")

    wait_for(finished)
    status = client.get(f"/api/v1/exports/{job_id}", headers=headers).json()
    assert status["status"] == "failed"
    assert status["error"] == PDF_UNAVAILABLE_MESSAGE
    page = client.get(page_path, headers={"Accept-Language": "en"}).text
    assert "cannot make PDF files" in page and "Traceback" not in page
    assert "PdfUnavailable" not in page and "ImportError" not in page
    for format_name in ("pack-html", "pack-md", "pack-xlsx"):
        assert f'name="format" value="{format_name}"' in page, page
    assert 'name="since" value="2020-01-01"' in page and 'name="quotes" value="4"' in page
    # The first alternative works, with the same options.
    again = client.post(
        "/review/exports/",
        data={"kind": "pack", "format": "pack-html", "since": "2020-01-01", "quotes": "4",
              "_csrf_token": csrf},
        follow_redirects=False,
    )  # fmt: skip
    html_job = int(again.headers["location"].rsplit("/", 1)[1])
    wait_for(
        lambda: (
            client.get(f"/api/v1/exports/{html_job}", headers=headers).json()["status"]
            in ("done", "failed")
        )
    )
    done = client.get(f"/api/v1/exports/{html_job}", headers=headers).json()
    assert done["status"] == "done", done
    assert "日本語教室" in client.get(done["download"], headers=headers).text


def test_admin_page_shows_the_same_report(client, make_account):
    email, _ = make_account("admin")
    _sign_in(client, email)
    page = client.get("/admin").text
    for name in CAPABILITIES:
        assert f'data-check="{name}"' in page, name
    assert 'data-check="PDF rendering" data-state="OK"' in page
    organizer, _ = make_account("organizer")
    client.cookies.clear()
    _sign_in(client, organizer)
    assert client.get("/admin", follow_redirects=False).status_code in (302, 303, 401, 403)


def test_doctor_sees_the_production_worker(production_env, production_worker):
    """PostgreSQL migrated, Redis answering, and the session's worker seen (arq's
    health-check key, written by every worker each minute)."""
    wait_for(
        lambda: "a worker was seen recently" in run_cli(["doctor"], production_env).stdout,
        timeout=60,
        interval=2,
    )
    lines = _lines(run_cli(["doctor"], production_env).stdout)
    database = lines["database and migrations"]
    assert database.startswith("OK") and "PostgreSQL reachable" in database, database
    assert lines["Redis and workers"].startswith("OK")


def test_smtp_line_connects_and_says_ehlo_without_sending(embedded_env):
    from aiosmtpd.controller import Controller

    received: list[object] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            received.append(envelope)
            return "250 OK"

    port = _free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        env = {
            **embedded_env,
            "FEEDBACK_SMTP_URL": f"smtp://127.0.0.1:{port}",
            "FEEDBACK_ALERT_EMAILS": "duty@example.go.jp",
            "FEEDBACK_PUBLIC_URL": "https://opinions.example.go.jp",
        }
        result = run_cli(["doctor"], env)
    finally:
        controller.stop()
    line = _lines(result.stdout)["SMTP (alert e-mail)"]
    assert line.startswith(f"OK   SMTP (alert e-mail): 127.0.0.1:{port} answers EHLO"), line
    assert "nothing sent" in line and not received
    assert result.returncode == 0, result.stdout + result.stderr


NO_PANGO_EXPORT = NO_PANGO.replace(
    'main(["doctor"])', 'main(["export", "--format", "pack-pdf", "-o", sys.argv[1]])'
)


def test_cli_pdf_export_without_pango_says_why_and_what_else(embedded_env, tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", NO_PANGO_EXPORT, str(tmp_path / "pack.pdf")],
        env={**os.environ, **embedded_env},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert "libpango-1.0-0" in result.stderr and "pack-html" in result.stderr
    assert not (tmp_path / "pack.pdf").exists()
