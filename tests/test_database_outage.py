"""PostgreSQL restarted under the running app: 503 with Retry-After while it is down (no stack
traces), and service again afterwards without restarting the app.

Runs a PostgreSQL cluster of its own on a free port (initdb as the postgres user), so the
machine's database stays untouched.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from conftest import TEST_SECRET, run_cli, skip_or_fail_production, wait_for

BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_postgres(*command: str) -> None:
    subprocess.run(
        ["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True, timeout=60
    )


@pytest.fixture
def private_postgres(tmp_path):
    skip_or_fail_production()
    if not BIN or shutil.which("runuser") is None or os.geteuid() != 0:
        pytest.skip("needs PostgreSQL's server binaries and root (to run them as postgres)")
    # pytest's own temporary folders are private to root; postgres needs one it can enter.
    folder = Path(tempfile.mkdtemp(prefix="feedback-pg-"))
    os.chmod(folder, 0o755)
    shutil.chown(folder, "postgres")
    data = folder / "data"
    _as_postgres(f"{BIN[-1]}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres")
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"

    def start() -> None:
        _as_postgres(
            f"{BIN[-1]}/pg_ctl",
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(folder / "log"),
            "start",
        )

    def stop() -> None:
        _as_postgres(f"{BIN[-1]}/pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")

    start()
    yield f"postgresql://postgres@127.0.0.1:{port}/postgres", start, stop
    with contextlib.suppress(subprocess.CalledProcessError):
        stop()
    shutil.rmtree(folder, ignore_errors=True)


def test_web_answers_503_while_postgres_is_down_and_recovers(private_postgres, tmp_path):
    from litestar.testing import TestClient

    from feedback.app import create_app
    from feedback.config import load_settings

    url, start, stop = private_postgres
    env = {
        "FEEDBACK_DATABASE_URL": url,
        "FEEDBACK_SECRET_KEY": TEST_SECRET,
        "FEEDBACK_VAR_DIR": str(tmp_path),
    }
    assert run_cli(["db", "migrate"], env).returncode == 0
    with TestClient(create_app(load_settings(env)), raise_server_exceptions=False) as client:
        assert (
            client.post("/api/v1/opinions", json={"text": "before the outage"}).status_code == 201
        )
        stop()
        for _ in range(3):
            response = client.post("/api/v1/opinions", json={"text": "during the outage"})
            assert response.status_code == 503, response.text
            assert response.headers["retry-after"]
            assert "Traceback" not in response.text and "asyncpg" not in response.text
        status = client.get("/api/v1/opinions/status/ABCD-EFGH")
        assert status.status_code == 503
        start()
        wait_for(
            lambda: (
                client.post("/api/v1/opinions", json={"text": "after the outage"}).status_code
                == 201
            ),
            timeout=30,
        )
        time.sleep(0.5)
