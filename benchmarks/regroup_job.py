"""The regroup job end to end on PostgreSQL: 100,000 opinions, as an operator runs it.

Seeds a database of its own (default: `feedback_bench_regroup` on the local server; dropped
and recreated) with the dashboard benchmark's opinions, one synthetic embedding each (300 true
themes in 15 topics, as in benchmarks/themes.py) and reviewers' topic labels, then runs
`feedback themes regroup` twice (the first groups everything, the second starts from the
themes the first wrote) and prints the wall time of each: reading, the tagger's fit, the
clustering, and writing every membership back. During a third regroup a reviewer merges two
themes; it prints how long the merge waited for the regroup's writes, and checks that the
merge stood. Last, how long the themes board takes: the API over every theme, and the page.

    .venv/bin/python benchmarks/regroup_job.py [--opinions 100000] [--labels 2000]
        [--admin-url postgresql://postgres@127.0.0.1:5432/postgres]

Needs the embedding model (`feedback models install`): the regroup embeds the taxonomy's texts.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_db import fresh_database, reviewer_client  # noqa: E402
from dashboard import TOPICS, measure, seed  # noqa: E402


async def seed_embeddings(url: str, count: int, labels: int) -> None:
    import asyncpg

    rng = np.random.default_rng(0)
    directions = rng.normal(size=(300, 384))
    truth = rng.integers(0, 300, size=count)
    points = directions[truth] + 1.2 * rng.normal(size=(count, 384))
    points = (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
    now = datetime.now(UTC)
    connection = await asyncpg.connect(url)
    await connection.copy_records_to_table(
        "opinion_embedding",
        records=[
            (number + 1, "bench/synthetic", points[number].tobytes(), now)
            for number in range(count)
        ],
        columns=["opinion", "model", "vector", "created_at"],
    )
    # Each true theme belongs to one topic; reviewers labelled some opinions with it.
    labelled = rng.choice(count, size=min(labels, count), replace=False)
    await connection.copy_records_to_table(
        "label",
        records=[
            (int(row) + 1, "topic", TOPICS[int(truth[row]) % len(TOPICS)], None, now)
            for row in labelled
        ],
        columns=["opinion", "kind", "value", "account", "created_at"],
    )
    await connection.execute("UPDATE opinion SET theme = NULL")
    await connection.execute("ANALYZE")
    await connection.close()


def regroup(env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "feedback.cli", "themes", "regroup"],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return time.perf_counter() - started, done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--opinions", type=int, default=100_000)
    parser.add_argument("--labels", type=int, default=2_000)
    parser.add_argument("--admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--database", default="feedback_bench_regroup")
    parser.add_argument("--models", default=str(REPO / "var" / "models"))
    args = parser.parse_args()

    url = fresh_database(args.admin_url, args.database)
    env = {
        **os.environ,
        "FEEDBACK_DATABASE_URL": url,
        "FEEDBACK_SECRET_KEY": "bench-" + "k" * 40,
        "FEEDBACK_VAR_DIR": "/tmp/feedback-bench",
        "FEEDBACK_MODELS_DIR": args.models,
    }
    subprocess.run(
        [sys.executable, "-m", "feedback.cli", "db", "migrate"],
        env=env,
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "feedback.cli",
            "topics",
            "import",
            "classifiers/data/taxonomy.yaml",
        ],
        env=env,
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    started = time.perf_counter()
    asyncio.run(seed(url, args.opinions))
    asyncio.run(seed_embeddings(url, args.opinions, args.labels))
    print(
        f"seeded {args.opinions:,} opinions with embeddings and {args.labels:,} topic labels"
        f" in {time.perf_counter() - started:.1f} s"
    )

    for label in ("first regroup (everything new)", "second regroup (themes kept)"):
        seconds, message = regroup(env)
        print(f"  {label}: {seconds:.1f} s wall, `feedback themes regroup` (goal <= 60)")
        print(f"    {message}")

    # A reviewer merges two themes while a third regroup runs.
    import logging

    logging.getLogger("httpx").setLevel(logging.WARNING)
    with reviewer_client(env) as (client, headers):
        board = client.get("/api/v1/review/themes", headers=headers).json()
        target, source = board[0]["id"], board[1]["id"]
        result: dict[str, float] = {}
        thread = threading.Thread(target=lambda: result.update(regroup=regroup(env)[0]))
        thread.start()
        time.sleep(4.0)  # the regroup is reading or computing by then
        started = time.perf_counter()
        merged = client.post(
            f"/api/v1/review/themes/{target}/merge", json={"source": source}, headers=headers
        )
        waited = time.perf_counter() - started
        thread.join()
        assert merged.status_code == 200, merged.text
        after = {card["id"] for card in client.get("/api/v1/review/themes", headers=headers).json()}
        print(
            f"  a merge during a third regroup ({result['regroup']:.1f} s) answered in"
            f" {waited:.2f} s; after the regroup the merged theme is"
            f" {'still merged' if source not in after else 'BACK (lost)'}"
        )
        # The board is timed with the planner's statistics up to date.
        asyncio.run(analyze(url))
        board_figures(client, headers, len(after))


def board_figures(client: Any, headers: dict[str, str], themes: int, repeat: int = 5) -> None:
    """What reviewers wait for: the themes API over every theme, and the board page (the 50
    largest)."""
    for label, path in (
        ("API  /api/v1/review/themes", "/api/v1/review/themes"),
        ("page /review/themes", "/review/themes"),
    ):
        _, median, _, slowest = measure(client, headers, label, path, {}, repeat)
        size = len(client.get(path, headers=headers).content)
        print(
            f"  themes board, {label}: median {median:.0f} ms, max {slowest:.0f} ms,"
            f" {size / 1024:.0f} KiB ({themes} themes)"
        )


async def analyze(url: str) -> None:
    """What autovacuum does once a tenth of a table's rows changed, done at once."""
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        await connection.execute("ANALYZE opinion")
    finally:
        await connection.close()


if __name__ == "__main__":
    main()
