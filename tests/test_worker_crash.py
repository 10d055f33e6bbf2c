"""A worker killed in the middle of its jobs: the jobs run again on another worker and every
opinion ends `processed` once, with one set of results."""

from __future__ import annotations

import uuid

import pytest
from conftest import (
    WorkerProcess,
    all_opinions,
    skip_or_fail_production,
    truncate_postgres,
    wait_for,
)


@pytest.fixture
def crash_env(production_env, tmp_path):
    skip_or_fail_production()
    truncate_postgres()
    return {
        **production_env,
        # Short, so that arq hands the dead worker's jobs to another within half a minute, yet
        # long enough for 16 jobs sharing the first model load on a busy machine.
        "FEEDBACK_JOB_TIMEOUT_SECONDS": "20",
        "FEEDBACK_QUEUE_NAME": f"crash-{uuid.uuid4().hex[:6]}",
        "FEEDBACK_VAR_DIR": str(tmp_path),
    }


def test_killed_worker_jobs_are_run_again(crash_env, tmp_path):
    from litestar.testing import TestClient

    from feedback.accounts.services import create_account, issue_token
    from feedback.app import create_app
    from feedback.config import load_settings
    from feedback.tables import PipelineStep, Translation

    first = WorkerProcess(crash_env, tmp_path / "first.log")
    second = WorkerProcess(crash_env, tmp_path / "second.log")
    with TestClient(create_app(load_settings(crash_env))) as client:
        client.blocking_portal.call(
            create_account, "crash@example.go.jp", "correct horse 42", "reviewer"
        )
        headers = {
            "Authorization": "Bearer "
            + client.blocking_portal.call(issue_token, "crash@example.go.jp")
        }
        for number in range(30):
            text = f"Tôi cần thêm lớp học tiếng Nhật buổi tối, số {number}."
            assert client.post("/api/v1/opinions", json={"text": text}).status_code == 201
        first.start()
        try:
            # Kill it once it is part-way through the burst.
            wait_for(
                lambda: any(
                    o["processing_status"] == "processed" for o in all_opinions(client, headers)
                ),
                timeout=120,
            )
        finally:
            first.stop(kill=True)
        left = [o for o in all_opinions(client, headers) if o["processing_status"] != "processed"]
        assert left, "the worker finished everything before it was killed; nothing was tested"
        second.start()
        try:
            wait_for(
                lambda: (
                    {o["processing_status"] for o in all_opinions(client, headers)} == {"processed"}
                ),
                timeout=240,
            )
        except AssertionError:
            statuses = [
                (o["id"], o["processing_status"], o["processing_error"])
                for o in all_opinions(client, headers)
            ]
            left = [item for item in statuses if item[1] != "processed"]
            raise AssertionError(
                f"not processed: {left}\nsecond worker log:\n" + second.log()[-1500:]
            ) from None
        finally:
            second.stop()
        steps = client.blocking_portal.call(
            lambda: PipelineStep.select(PipelineStep.opinion, PipelineStep.step).run()
        )
        assert (
            len(steps) == len({(row["opinion"], row["step"]) for row in steps}) == 30 * 6
        )  # six steps per opinion
        translations = client.blocking_portal.call(
            lambda: Translation.select(Translation.opinion, Translation.target).run()
        )
        assert len(translations) == len({(row["opinion"], row["target"]) for row in translations})
