"""Load test of the production configuration on this machine, over loopback only.

Starts PostgreSQL-backed `feedback serve` (a database of its own, recreated), one `feedback
worker` on Redis, then for --seconds sends opinions (and a status lookup for one in ten) from
--concurrency clients. Prints requests per second, p50/p99 latency and errors, then waits for
the worker and compares opinions acknowledged (201) with opinions stored and processed.

    .venv/bin/python benchmarks/load.py [--seconds 300] [--concurrency 16]
        [--admin-url postgresql://postgres@127.0.0.1:5432/postgres] [--redis redis://127.0.0.1:6379/3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from bench_db import fresh_database

REPO = Path(__file__).resolve().parent.parent
TEXTS = [
    "夜間の日本語教室を増やしてください。",
    "Please provide more information about health insurance in English.",
    "Tôi muốn có thêm thông tin về thủ tục gia hạn visa bằng tiếng Việt.",
    "ကျွန်ုပ်တို့အတွက် ဂျပန်ဘာသာ သင်တန်းများ ပိုမိုလိုအပ်ပါသည်။",
    "ខ្ញុំចង់បានព័ត៌មានបន្ថែមអំពីការធានារ៉ាប់រងសុខភាព។",
    "Gostaria de mais informações sobre a escola para meus filhos.",
    "외국인 주민을 위한 상담 창구를 늘려 주세요.",
    "Saya ingin informasi lebih lanjut tentang asuransi kesehatan.",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def client_loop(
    base: str, deadline: float, latencies: list[float], outcome: dict[str, int], codes: list[str]
):
    import httpx

    rng = random.Random()
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.monotonic() < deadline:
            text = f"{rng.choice(TEXTS)} #{uuid.uuid4().hex[:8]}"
            started = time.perf_counter()
            try:
                response = await client.post("/api/v1/opinions", json={"text": text})
            except httpx.HTTPError as error:
                outcome["errors"] += 1
                outcome[f"error {type(error).__name__}"] = (
                    outcome.get(f"error {type(error).__name__}", 0) + 1
                )
                continue
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status_code == 201:
                outcome["acknowledged"] += 1
                codes.append(response.json()["receipt_code"])
            else:
                outcome["errors"] += 1
                outcome[f"http {response.status_code}"] = (
                    outcome.get(f"http {response.status_code}", 0) + 1
                )
            if rng.random() < 0.1 and codes:
                started = time.perf_counter()
                status = await client.get(f"/api/v1/opinions/status/{rng.choice(codes)}")
                latencies.append((time.perf_counter() - started) * 1000)
                if status.status_code != 200:
                    outcome["errors"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--database", default="feedback_load")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/3")
    parser.add_argument(
        "--drain-timeout",
        type=float,
        default=300,
        help="seconds to wait for the worker after the load",
    )
    args = parser.parse_args()

    import asyncpg

    url = fresh_database(args.admin_url, args.database)
    port = free_port()
    env = {
        **os.environ,
        "FEEDBACK_DATABASE_URL": url,
        "FEEDBACK_REDIS_URL": args.redis,
        "FEEDBACK_SECRET_KEY": "load-" + "k" * 40,
        "FEEDBACK_VAR_DIR": "/tmp/feedback-load",
        "FEEDBACK_PORT": str(port),
        "FEEDBACK_QUEUE_NAME": f"load-{uuid.uuid4().hex[:6]}",
        "FEEDBACK_SUBMISSION_LIMIT": "0",
    }
    command = [sys.executable, "-m", "feedback.cli"]
    subprocess.run([*command, "db", "migrate"], env=env, check=True, capture_output=True, cwd=REPO)
    log_dir = Path("/tmp/feedback-load")
    log_dir.mkdir(exist_ok=True)
    web = subprocess.Popen(
        [*command, "serve"],
        env=env,
        cwd=REPO,
        stdout=(log_dir / "web.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    worker = subprocess.Popen(
        [*command, "worker"],
        env=env,
        cwd=REPO,
        stdout=(log_dir / "worker.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", port), 0.2):
                    break
            except OSError:
                time.sleep(0.2)
        latencies: list[float] = []
        outcome = {"acknowledged": 0, "errors": 0}
        codes: list[str] = []
        started = time.monotonic()

        async def run() -> None:
            deadline = time.monotonic() + args.seconds
            await asyncio.gather(
                *(
                    client_loop(f"http://127.0.0.1:{port}", deadline, latencies, outcome, codes)
                    for _ in range(args.concurrency)
                )
            )

        asyncio.run(run())
        elapsed = time.monotonic() - started
        latencies.sort()
        print(
            f"load: {args.seconds:.0f} s, {args.concurrency} clients, loopback, PostgreSQL + Redis + 1 worker"
        )
        print(f"requests: {len(latencies)} ({len(latencies) / elapsed:.1f}/s)")
        if latencies:
            print(
                f"latency ms: p50 {statistics.median(latencies):.1f}, p99 {latencies[int(len(latencies) * 0.99) - 1]:.1f}, "
                f"max {latencies[-1]:.1f}"
            )
        print(
            f"errors: {outcome['errors']} {dict((k, v) for k, v in outcome.items() if k not in ('acknowledged', 'errors'))}"
        )
        print(f"opinions acknowledged (201): {outcome['acknowledged']}")

        async def counts() -> tuple[int, int]:
            connection = await asyncpg.connect(url)
            stored = await connection.fetchval("SELECT count(*) FROM opinion")
            processed = await connection.fetchval(
                "SELECT count(*) FROM opinion WHERE processing_status = 'processed'"
            )
            await connection.close()
            return stored, processed

        drain_started = time.monotonic()
        stored, processed = asyncio.run(counts())
        while processed < stored and time.monotonic() - drain_started < args.drain_timeout:
            time.sleep(5)
            stored, processed = asyncio.run(counts())
        drained = time.monotonic() - drain_started
        print(
            f"opinions stored: {stored}; processed: {processed}, {drained:.0f} s after the load ended"
        )
        if processed < stored:
            print(
                f"{stored - processed} still queued or in progress when the wait ended; nothing is lost"
            )
        missing = outcome["acknowledged"] - stored
        print(f"lost (acknowledged but not stored): {max(missing, 0)}")
    finally:
        web.terminate()
        worker.terminate()
        web.wait(timeout=30)
        worker.wait(timeout=30)


if __name__ == "__main__":
    main()
