"""Inbox latency with 100,000 opinions in PostgreSQL.

Seeds a database of its own (default: `feedback_bench` on the local server; it is dropped and
recreated) with opinions in 16 languages, topics, translations and triage states, then calls
the review API and the inbox page with the common filters and prints p50/p95/max per query.

    .venv/bin/python benchmarks/dashboard.py [--opinions 100000] [--repeat 30]
        [--admin-url postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_db import fresh_database, reviewer_client  # noqa: E402

LANGUAGES = [
    "ja",
    "en",
    "zh",
    "ko",
    "vi",
    "ne",
    "id",
    "tl",
    "th",
    "pt",
    "es",
    "my",
    "km",
    "mn",
    "tr",
    "uk",
]
TOPICS = [
    "residence", "municipal-procedures", "employment", "childbirth-childcare", "education", "medical",
    "pensions-welfare", "taxes", "transport", "emergencies-disasters", "housing", "daily-life",
    "discrimination-human-rights", "information-consultation", "other",
]  # fmt: skip
# A vocabulary of a realistic size: any one word appears in a few percent of opinions.
WORDS = [
    "visa",
    "renewal",
    "school",
    "hospital",
    "interpreter",
    "bus",
    "train",
    "rent",
    "deposit",
    "tax",
    "pension",
    "earthquake",
    "evacuation",
    "garbage",
    "nursery",
    "job",
    "salary",
    "overtime",
    "discrimination",
    "consultation",
    "library",
    "form",
] + [f"word{number}" for number in range(600)]
TRIAGE = ["new"] * 6 + ["in_review", "forwarded", "answered", "closed", "spam"]


async def seed(url: str, count: int) -> None:
    import asyncpg

    connection = await asyncpg.connect(url)
    rng = random.Random(7)
    now = datetime.now(UTC)
    opinions = []
    for number in range(1, count + 1):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40)))
        submitted = now - timedelta(seconds=rng.randint(0, 90 * 86400))
        language = rng.choice(LANGUAGES)
        opinions.append(
            (
                number, f"B{number:07d}", f"opinion {number}: {words}", language, f"JP-{rng.randint(1, 47):02d}",
                "web", submitted, submitted, "processed", 1, submitted, f"opinion {number}: {words}", language,
                0.95, language, False, rng.choice(TRIAGE), rng.random() < 0.02, rng.choice(["policy", "consultation"]),
                rng.randint(1, 400), "[]", "[]", "[]",
            )
        )  # fmt: skip
    columns = [
        "id", "receipt_code", "text", "declared_language", "region", "source", "submitted_at", "updated_at",
        "processing_status", "processing_attempts", "processed_at", "normalised_text", "detected_language",
        "language_confidence", "language", "language_needs_check", "triage_status", "urgent", "relevance",
        "theme", "language_alternatives", "pii_kinds", "urgent_reasons",
    ]  # fmt: skip
    await connection.copy_records_to_table("opinion", records=opinions, columns=columns)
    topics = [
        (number, rng.choice(TOPICS), rng.random(), "model", now) for number in range(1, count + 1)
    ]
    await connection.copy_records_to_table(
        "opinion_topic",
        records=topics,
        columns=["opinion", "slug", "score", "source", "created_at"],
    )
    translations = [
        (number, "ja", f"意見 {number}", "tiny/bench", "ctranslate2", '["x", "ja"]', now)
        for number in range(1, count + 1, 3)
    ]
    await connection.copy_records_to_table(
        "translation",
        records=translations,
        columns=["opinion", "target", "text", "model", "engine", "route", "created_at"],
    )
    await connection.execute("SELECT setval('opinion_id_seq', $1)", count)
    await connection.execute("ANALYZE")
    await connection.close()


def measure(
    client, headers, label: str, path: str, params: dict, repeat: int
) -> tuple[str, float, float, float]:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path, params=params, headers=headers)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (label, response.status_code, response.text[:200])
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return label, statistics.median(timings), p95, timings[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--opinions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--database", default="feedback_bench")
    args = parser.parse_args()

    url = fresh_database(args.admin_url, args.database)
    env = {
        **os.environ,
        "FEEDBACK_DATABASE_URL": url,
        "FEEDBACK_SECRET_KEY": "bench-" + "k" * 40,
        "FEEDBACK_VAR_DIR": "/tmp/feedback-bench",
    }
    import subprocess

    subprocess.run(
        [sys.executable, "-m", "feedback.cli", "db", "migrate"],
        env=env,
        check=True,
        capture_output=True,
    )
    started = time.perf_counter()
    asyncio.run(seed(url, args.opinions))
    print(f"seeded {args.opinions:,} opinions in {time.perf_counter() - started:.1f} s")

    with reviewer_client(env) as (client, headers):
        today = datetime.now(UTC).date()
        queries = [
            ("inbox, default (urgent first, newest)", {}),
            ("status=new", {"status": "new"}),
            ("language=vi", {"language": "vi"}),
            ("topic=housing", {"topic": "housing"}),
            ("urgent only", {"urgent": "1"}),
            ("region=JP-13", {"region": "JP-13"}),
            (
                "last 7 days",
                {"since": (today - timedelta(days=7)).isoformat(), "until": today.isoformat()},
            ),
            ("theme=42", {"theme": "42"}),
            ("search 'interpreter'", {"q": "interpreter"}),
            ("page 100", {"page": "100"}),
            (
                "oldest first + language + status",
                {"sort": "oldest", "language": "my", "status": "in_review"},
            ),
        ]
        results = [
            measure(client, headers, label, "/api/v1/review/opinions", params, args.repeat)
            for label, params in queries
        ]
        client.get("/login")
        client.post(
            "/login",
            data={
                "email": "bench@example.go.jp",
                "password": "bench password 1",
                "_csrf_token": client.cookies.get("csrftoken"),
            },
        )
        results.append(
            measure(client, {}, "HTML inbox page (rendered)", "/review", {}, args.repeat)
        )
        results.append(
            measure(
                client,
                {},
                "HTML inbox, topic + region",
                "/review",
                {"topic": "education", "region": "JP-23"},
                args.repeat,
            )
        )
    print(f"\n{'query':<40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for label, p50, p95, worst in results:
        print(f"{label:<40} {p50:>8.1f} {p95:>8.1f} {worst:>8.1f}")
    overall = max(p95 for _, _, p95, _ in results)
    print(f"\nworst p95: {overall:.1f} ms (goal: < 200 ms)")


if __name__ == "__main__":
    main()
