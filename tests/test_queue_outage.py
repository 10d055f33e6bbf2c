"""Redis stopped while opinions arrive: every submission answered, all processed when it's back.

Runs a Redis server of its own on a free port (the machine's Redis stays untouched), stops it,
submits, starts it again and lets a real worker and the sweeper catch up.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest
from conftest import (
    WorkerProcess,
    all_opinions,
    skip_or_fail_production,
    truncate_postgres,
    wait_for,
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self._answers, timeout=10)

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), 0.2):
                return True
        except OSError:
            return False

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def private_redis():
    skip_or_fail_production()
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer(_free_port())
    server.start()
    yield server
    server.stop()


def test_submissions_survive_a_redis_outage(private_redis, production_env, tmp_path):
    from litestar.testing import TestClient

    from feedback.app import create_app
    from feedback.config import load_settings

    truncate_postgres()
    env = {
        **production_env,
        "FEEDBACK_REDIS_URL": f"redis://127.0.0.1:{private_redis.port}/0",
        "FEEDBACK_QUEUE_NAME": "outage-test",
        "FEEDBACK_VAR_DIR": str(tmp_path),
    }
    worker = WorkerProcess(env, tmp_path / "worker.log")
    with TestClient(create_app(load_settings(env))) as client:
        from feedback.accounts.services import create_account, issue_token

        client.blocking_portal.call(
            create_account, "outage@example.go.jp", "correct horse 42", "reviewer"
        )
        headers = {
            "Authorization": "Bearer "
            + client.blocking_portal.call(issue_token, "outage@example.go.jp")
        }

        private_redis.stop()
        started = time.monotonic()
        for number in range(20):
            response = client.post(
                "/api/v1/opinions", json={"text": f"Redis is down, opinion {number}"}
            )
            assert response.status_code == 201, response.text
        # Each enqueue gives up quickly instead of holding the resident's request.
        assert time.monotonic() - started < 60
        assert {item["processing_status"] for item in all_opinions(client, headers)} == {"received"}

        private_redis.start()
        worker.start()
        try:
            wait_for(
                lambda: (
                    [item["processing_status"] for item in all_opinions(client, headers)]
                    == ["processed"] * 20
                ),
                timeout=90,
            )
        except AssertionError:
            raise AssertionError(
                "not all processed; worker log:\n" + worker.log()[-3000:]
            ) from None
        finally:
            worker.stop()
