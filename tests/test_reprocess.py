"""`feedback reprocess`: opinions go through the pipeline again, in both deployments."""

from __future__ import annotations

import re

from conftest import all_opinions, run_cli, wait_for

TEXTS = [
    "夜間の日本語教室を増やしてください。",
    "Xin hãy mở thêm lớp học tiếng Nhật buổi tối.",
    "외국인 주민을 위한 상담 창구를 늘려 주세요.",  # no tiny model serves Korean: skipped
]


def test_reprocess_runs_opinions_again_and_keeps_reviewer_decisions(
    backend, client, reviewer_headers
):
    for text in TEXTS:
        assert client.post("/api/v1/opinions", json={"text": text}).status_code == 201
    wait_for(
        lambda: (
            {o["processing_status"] for o in all_opinions(client, reviewer_headers)}
            == {"processed"}
        ),
        timeout=90,
    )
    opinions = all_opinions(client, reviewer_headers)
    korean = next(o for o in opinions if o["text"] == TEXTS[2])
    corrected = client.put(
        f"/api/v1/review/opinions/{korean['id']}/language",
        json={"language": "ko"},
        headers=reviewer_headers,
    )
    assert corrected.status_code in (200, 201), corrected.text
    closed = client.patch(
        f"/api/v1/review/opinions/{korean['id']}",
        json={"triage_status": "closed"},
        headers=reviewer_headers,
    )
    assert closed.status_code == 200, closed.text

    env = backend.env
    nothing = run_cli(["reprocess"], env)
    assert nothing.returncode == 2 and "--failed, --skipped or --all" in nothing.stderr
    bad = run_cli(["reprocess", "--all", "--since", "yesterday"], env)
    assert bad.returncode == 2 and "2026-11-01" in bad.stderr
    failed = run_cli(["reprocess", "--failed", "--dry-run"], env)
    assert failed.returncode == 0 and "0 opinion(s) would be processed again" in failed.stdout
    dry = run_cli(["reprocess", "--skipped", "--dry-run"], env)
    assert dry.returncode == 0 and "would be processed again" in dry.stdout
    assert {o["processing_attempts"] for o in all_opinions(client, reviewer_headers)} == {1}

    done = run_cli(["reprocess", "--all", "--since", "2000-01-01"], env)
    assert done.returncode == 0, done.stderr
    assert f"{len(TEXTS)} opinion(s) set to be processed again" in done.stdout
    wait_for(
        lambda: all(
            o["processing_status"] == "processed" and o["processing_attempts"] == 2
            for o in all_opinions(client, reviewer_headers)
        ),
        timeout=90,
    )
    again = client.get(f"/api/v1/review/opinions/{korean['id']}", headers=reviewer_headers).json()
    assert again["language"] == "ko" and again["triage_status"] == "closed"

    # --wait follows the workers until they are done, then says what came of it (the models
    # are still missing, so the skipped opinions are skipped again).
    watched = run_cli(["reprocess", "--skipped", "--wait"], env)
    assert watched.returncode == 0, watched.stderr
    summary = re.search(r"(\d+) processed, 0 failed, (\d+) with a skipped step", watched.stdout)
    assert summary and int(summary[1]) >= 1 and summary[1] == summary[2], watched.stdout
    assert {o["processing_status"] for o in all_opinions(client, reviewer_headers)} == {"processed"}
