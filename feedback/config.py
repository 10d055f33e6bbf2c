"""Settings read from the environment, with the embedded deployment's values as defaults.

A bad value stops start-up with a one-line message that names the variable
(`ConfigError`), never a traceback.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

# var/ holds everything the embedded mode writes: the SQLite file, the secret key, models.
DEFAULT_VAR_DIR = Path("var")


class ConfigError(Exception):
    """A setting has a value the service cannot run with. The message names the variable."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str | None
    host: str
    port: int
    secret_key: bytes
    models_dir: Path
    var_dir: Path
    queue_name: str
    # Below this detector confidence an opinion is marked "language to be checked".
    language_check_threshold: float
    # Seconds an opinion may sit in `received` before the sweeper enqueues it again.
    sweep_after_seconds: int
    # The translation catalogue (which model serves which pair); None: the bundled default.
    translation_catalogue: Path | None = None
    # Submissions per client (IP address) per window; 0 turns the limit off.
    submission_limit: int = 20
    submission_window_seconds: int = 600
    # Contact e-mails are deleted this many days after submission (feedback purge).
    contact_retention_days: int = 180
    # A job running longer is cancelled and retried; a job whose worker died is run again
    # after this (plus arq's 10 s margin).
    job_timeout_seconds: int = 300
    # Embedded mode: how often themes are regrouped (production: arq cron, every 10 minutes).
    regroup_every_seconds: float = 600.0
    # Retry n of a failed job waits base * 2**n seconds.
    retry_base_seconds: float = 1.0
    # Mark cookies Secure: set when the service is reached over HTTPS (behind a TLS proxy).
    secure_cookies: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path:
        return sqlite_path_from_url(self.database_url)

    @property
    def embedded_queue(self) -> bool:
        return self.redis_url is None

    def require_secret_key(self) -> bytes:
        if not self.secret_key:
            raise ConfigError(
                "FEEDBACK_SECRET_KEY: required with PostgreSQL (every web process must share it); "
                "generate one with `openssl rand -hex 32`"
            )
        return self.secret_key


def sqlite_path_from_url(url: str) -> Path:
    # sqlite:///relative/path.db and sqlite:////absolute/path.db, as SQLAlchemy spells them.
    rest = url[len("sqlite://") :]
    if rest.startswith("/"):
        rest = rest[1:]
    return Path(rest)


def _check_database_url(url: str) -> str:
    scheme = urlparse(url).scheme
    if scheme == "sqlite":
        if not url.startswith("sqlite:///") or url == "sqlite:///":
            raise ConfigError(
                "FEEDBACK_DATABASE_URL: a SQLite URL needs a file path, e.g. sqlite:///var/feedback.db"
            )
        return url
    if scheme in ("postgresql", "postgres"):
        if not urlparse(url).hostname and "host=" not in url:
            raise ConfigError(
                "FEEDBACK_DATABASE_URL: a PostgreSQL URL needs a host, "
                "e.g. postgresql://user@127.0.0.1:5432/feedback"
            )
        return url
    raise ConfigError(
        f"FEEDBACK_DATABASE_URL: unsupported scheme {scheme or '(none)'!r}; "
        "use sqlite:///PATH or postgresql://USER@HOST:PORT/DB"
    )


def _check_redis_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme not in ("redis", "rediss") or not parsed.hostname:
        raise ConfigError(
            "FEEDBACK_REDIS_URL: expected redis://HOST:PORT/DB (or unset for the in-process queue)"
        )
    return url


def _int(env: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}: expected a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}: {value} is outside {low}..{high}")
    return value


def _float(env: dict[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}: expected a number, got {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}: {value} is outside {low}..{high}")
    return value


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if raw == "":
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}: expected true or false, got {raw!r}")


def _secret_key(env: dict[str, str], var_dir: Path, embedded: bool) -> bytes:
    raw = env.get("FEEDBACK_SECRET_KEY")
    if raw:
        if len(raw) < 32:
            raise ConfigError(
                "FEEDBACK_SECRET_KEY: use at least 32 characters (e.g. `openssl rand -hex 32`)"
            )
        return raw.encode()
    if not embedded:
        # Workers need no key; the web refuses to start without one (see require_secret_key).
        return b""
    # Embedded mode: generate once and keep it so sessions survive a restart.
    key_file = var_dir / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip().encode()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    key_file.write_text(key + "\n")
    key_file.chmod(0o600)
    return key.encode()


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read settings from `env` (default: os.environ). Raises ConfigError on a bad value."""
    env = dict(os.environ if env is None else env)
    var_dir = Path(env.get("FEEDBACK_VAR_DIR") or DEFAULT_VAR_DIR)
    database_url = _check_database_url(
        env.get("FEEDBACK_DATABASE_URL") or f"sqlite:///{var_dir / 'feedback.db'}"
    )
    redis_raw = env.get("FEEDBACK_REDIS_URL") or None
    redis_url = _check_redis_url(redis_raw) if redis_raw else None
    host = env.get("FEEDBACK_HOST") or "127.0.0.1"
    port = _int(env, "FEEDBACK_PORT", 8000, 1, 65535)
    models_dir = Path(env.get("FEEDBACK_MODELS_DIR") or var_dir / "models")
    queue_name = env.get("FEEDBACK_QUEUE_NAME") or "feedback:queue"
    return Settings(
        database_url=database_url,
        redis_url=redis_url,
        host=host,
        port=port,
        secret_key=_secret_key(env, var_dir, embedded=database_url.startswith("sqlite")),
        models_dir=models_dir,
        var_dir=var_dir,
        queue_name=queue_name,
        language_check_threshold=_float(env, "FEEDBACK_LANGUAGE_CHECK_THRESHOLD", 0.7, 0.0, 1.0),
        sweep_after_seconds=_int(env, "FEEDBACK_SWEEP_AFTER_SECONDS", 30, 0, 86400),
        secure_cookies=_bool(env, "FEEDBACK_SECURE_COOKIES", False),
        translation_catalogue=Path(env["FEEDBACK_TRANSLATION_CATALOGUE"])
        if env.get("FEEDBACK_TRANSLATION_CATALOGUE")
        else None,
        submission_limit=_int(env, "FEEDBACK_SUBMISSION_LIMIT", 20, 0, 1_000_000),
        submission_window_seconds=_int(env, "FEEDBACK_SUBMISSION_WINDOW_SECONDS", 600, 1, 86_400),
        contact_retention_days=_int(env, "FEEDBACK_CONTACT_RETENTION_DAYS", 180, 1, 36_500),
        job_timeout_seconds=_int(env, "FEEDBACK_JOB_TIMEOUT_SECONDS", 300, 1, 86_400),
        regroup_every_seconds=_float(env, "FEEDBACK_REGROUP_EVERY_SECONDS", 600.0, 1.0, 86_400.0),
        retry_base_seconds=_float(env, "FEEDBACK_RETRY_BASE_SECONDS", 1.0, 0.0, 600.0),
    )
