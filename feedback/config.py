"""Settings read from the environment, with the embedded deployment's values as defaults.

A bad value stops start-up with a one-line message that names the variable
(`ConfigError`), never a traceback.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

# var/ holds everything the embedded mode writes: the SQLite file, the secret key, models.
DEFAULT_VAR_DIR = Path("var")
DEFAULT_SMTP_FROM = "opinion-box@localhost"
# classifiers.translation_quality.DEFAULT_MIN_SCORE (not imported: the settings load no
# classifier modules); tests/classifiers/test_translation_warnings.py checks they agree.
DEFAULT_TRANSLATION_MIN_SCORE = -2.0


class ConfigError(Exception):
    """A setting has a value the service cannot run with. The message names the variable."""


@dataclass(frozen=True)
class SmtpSettings:
    """Where alert e-mails go (FEEDBACK_SMTP_URL)."""

    host: str
    port: int
    # "implicit" (smtps://, TLS from the first byte), "starttls" (?starttls=true) or "none".
    tls: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class AlertSettings:
    """Alerts for urgent opinions (workers/alerts.py): e-mail through SMTP, a signed webhook,
    or both. With neither configured no alert is sent."""

    smtp: SmtpSettings | None = None
    smtp_from: str = DEFAULT_SMTP_FROM
    emails: tuple[str, ...] = ()
    webhook_url: str | None = None
    # Shared with the webhook's receiver, who checks the HMAC-SHA256 signature with it.
    webhook_secret: bytes = field(default=b"", repr=False)
    # The service as staff reach it: alerts link to `{public_url}/review/opinions/{id}`.
    public_url: str | None = None

    @property
    def channels(self) -> tuple[str, ...]:
        """The configured channels, "email" and/or "webhook"."""
        channels = []
        if self.smtp is not None and self.emails:
            channels.append("email")
        if self.webhook_url:
            channels.append("webhook")
        return tuple(channels)


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
    # A translation whose mean token log-probability is under this is marked "check with a
    # translator" (warning low_score); None ("off") turns that check off. ADR 0002, Warnings.
    translation_min_score: float | None = DEFAULT_TRANSLATION_MIN_SCORE
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
    # Alerts for urgent opinions: who is told, through what.
    alerts: AlertSettings = field(default_factory=AlertSettings)

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


def _min_score(env: dict[str, str], name: str) -> float | None:
    """A mean token log-probability (a number from -100 to 0), or "off"."""
    if (env.get(name) or "").strip().lower() == "off":
        return None
    return _float(env, name, DEFAULT_TRANSLATION_MIN_SCORE, -100.0, 0.0)


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if raw == "":
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}: expected true or false, got {raw!r}")


# An e-mail address as it may stand in a header: no spaces, no commas, no line breaks.
_ADDRESS = re.compile(r"^[^@\s,<>\"]+@[^@\s,<>\"]+$")
_LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


def _smtp(env: dict[str, str]) -> SmtpSettings | None:
    raw = env.get("FEEDBACK_SMTP_URL") or ""
    if not raw:
        return None
    example = "e.g. smtp://USER:PASSWORD@HOST:587?starttls=true or smtps://USER:PASSWORD@HOST:465"
    try:
        parsed = urlparse(raw)
        port = parsed.port
    except ValueError:
        raise ConfigError(f"FEEDBACK_SMTP_URL: not a URL ({example})") from None
    if parsed.scheme not in ("smtp", "smtps") or not parsed.hostname:
        raise ConfigError(
            f"FEEDBACK_SMTP_URL: expected smtp:// or smtps:// with a host ({example})"
        )
    query = parse_qs(parsed.query)
    unknown = sorted(set(query) - {"starttls"})
    if unknown:
        raise ConfigError(f"FEEDBACK_SMTP_URL: unknown parameter {unknown[0]!r} (only starttls)")
    starttls_raw = (query.get("starttls") or ["false"])[-1].strip().lower()
    if starttls_raw not in ("true", "false", "1", "0", "yes", "no"):
        raise ConfigError(
            f"FEEDBACK_SMTP_URL: starttls must be true or false, got {starttls_raw!r}"
        )
    starttls = starttls_raw in ("true", "1", "yes")
    if parsed.scheme == "smtps" and starttls:
        raise ConfigError(
            "FEEDBACK_SMTP_URL: smtps:// is TLS already; starttls=true is for smtp://"
        )
    tls = "implicit" if parsed.scheme == "smtps" else "starttls" if starttls else "none"
    username = unquote(parsed.username) if parsed.username else None
    password = unquote(parsed.password) if parsed.password else None
    # A password in clear over the network: only to a relay on this machine.
    if password and tls == "none" and parsed.hostname not in _LOOPBACK_HOSTS:
        raise ConfigError(
            "FEEDBACK_SMTP_URL: a password needs TLS: use smtps:// or add ?starttls=true"
        )
    return SmtpSettings(
        host=parsed.hostname,
        port=port or (465 if tls == "implicit" else 587 if tls == "starttls" else 25),
        tls=tls,
        username=username,
        password=password,
    )


def _address(name: str, value: str) -> str:
    value = value.strip()
    if not _ADDRESS.match(value):
        raise ConfigError(f"{name}: {value!r} is not an e-mail address")
    return value


def _http_url(name: str, raw: str, example: str, loopback_http: bool) -> str:
    try:
        parsed = urlparse(raw)
    except ValueError:
        raise ConfigError(f"{name}: not a URL (e.g. {example})") from None
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ConfigError(f"{name}: expected an http(s) URL with a host, e.g. {example}")
    if loopback_http and parsed.scheme == "http" and parsed.hostname not in _LOOPBACK_HOSTS:
        raise ConfigError(f"{name}: use https:// (plain http only to 127.0.0.1 or localhost)")
    return raw


def _alerts(env: dict[str, str]) -> AlertSettings:
    """The alert settings, checked together: a channel without what it needs stops start-up."""
    smtp = _smtp(env)
    smtp_from = _address("FEEDBACK_SMTP_FROM", env.get("FEEDBACK_SMTP_FROM") or DEFAULT_SMTP_FROM)
    emails = tuple(
        _address("FEEDBACK_ALERT_EMAILS", part)
        for part in (env.get("FEEDBACK_ALERT_EMAILS") or "").split(",")
        if part.strip()
    )
    if emails and smtp is None:
        raise ConfigError("FEEDBACK_ALERT_EMAILS: needs FEEDBACK_SMTP_URL to send through")
    webhook_url = env.get("FEEDBACK_ALERT_WEBHOOK_URL") or None
    secret = env.get("FEEDBACK_ALERT_WEBHOOK_SECRET") or ""
    if webhook_url:
        webhook_url = _http_url(
            "FEEDBACK_ALERT_WEBHOOK_URL", webhook_url, "https://hooks.example.go.jp/urgent", True
        )
        # Its own secret, shared with the receiver: never the key that signs staff sessions.
        if len(secret) < 32:
            raise ConfigError(
                "FEEDBACK_ALERT_WEBHOOK_SECRET: required with FEEDBACK_ALERT_WEBHOOK_URL, "
                "at least 32 characters (e.g. `openssl rand -hex 32`)"
            )
    public_url = env.get("FEEDBACK_PUBLIC_URL") or None
    if public_url:
        public_url = _http_url(
            "FEEDBACK_PUBLIC_URL", public_url, "https://opinions.example.go.jp", False
        ).rstrip("/")
    elif emails or webhook_url:
        raise ConfigError(
            "FEEDBACK_PUBLIC_URL: required with alerts (their link to the review page), "
            "e.g. https://opinions.example.go.jp"
        )
    return AlertSettings(
        smtp=smtp,
        smtp_from=smtp_from,
        emails=emails,
        webhook_url=webhook_url,
        webhook_secret=secret.encode() if webhook_url else b"",
        public_url=public_url,
    )


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
        alerts=_alerts(env),
        translation_min_score=_min_score(env, "FEEDBACK_TRANSLATION_MIN_SCORE"),
    )
