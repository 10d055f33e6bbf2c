"""`feedback doctor`: whether every capability the service offers works here, one line each,
with the fix for what does not. The CLI, the admin page and the Dockerfile test share it.
"""

from __future__ import annotations

import asyncio
import shutil
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from feedback.config import Settings

# Re-exported: the Dockerfile test and the CLI read them here.
from feedback.exports.pdf import (
    APT_INSTALL,
    SYSTEM_PACKAGES,
    PdfUnavailable,
    load_weasyprint_html,
)
from workers.jobs import HEALTH_CHECK_INTERVAL_SECONDS

if TYPE_CHECKING:
    from workers.encoder_switch import EncoderState

__all__ = ["APT_INSTALL", "SYSTEM_PACKAGES", "PdfUnavailable", "load_weasyprint_html"]

# A sample per script that residents write in (feedback.i18n.RESIDENT_LANGUAGES, and Sinhala):
# the PDF check renders a hearing pack quoting them all and asks WeasyPrint which font drew each.
SCRIPT_SAMPLES: tuple[tuple[str, str, str], ...] = (
    ("Latin", "vi", "Tiếng Việt, Português, Español, Türkçe"),
    ("Japanese", "ja", "日本語の教室を増やしてください"),
    ("Chinese (simplified)", "zh-Hans", "请增加夜间日语课"),
    ("Chinese (traditional)", "zh-Hant", "請增加夜間日語課"),
    ("Korean", "ko", "야간 일본어 교실"),
    ("Cyrillic", "uk", "Українська, Монгол хэл"),
    ("Thai", "th", "ภาษาไทย"),
    ("Myanmar", "my", "မြန်မာဘာသာ"),
    ("Khmer", "km", "ភាសាខ្មែរ"),
    ("Devanagari", "ne", "नेपाली भाषा"),
    ("Sinhala", "si", "සිංහල භාෂාව"),
)
# Below this, `var/` (SQLite database, exports, models) is about to fill up.
MIN_FREE_BYTES = 1024**3
# How long a probe (database, Redis, SMTP) may take before it counts as unreachable.
PROBE_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class Check:
    """One capability: `ok`, or what is wrong (`detail`) and how to fix it (`fix`).

    `configured` is False for what this installation does not use or does not require
    (no SMTP server set, translation models not yet installed): reported, never a failure.
    """

    name: str
    ok: bool
    detail: str
    fix: str = ""
    configured: bool = True

    @property
    def failed(self) -> bool:
        return self.configured and not self.ok

    @property
    def state(self) -> str:
        if self.ok:
            return "OK"
        return "FAIL" if self.configured else "NOTE"

    def line(self) -> str:
        text = f"{self.state:<4} {self.name}: {self.detail}"
        return f"{text} -> fix: {self.fix}" if self.fix and not self.ok else text


def _guarded(name: str, probe: Callable[[], Check]) -> Check:
    try:
        return probe()
    except Exception as error:  # a probe's own bug must not hide the other lines
        return Check(name, False, f"the check itself failed: {type(error).__name__}: {error}")


async def check_database(settings: Settings, in_app: bool = False) -> Check:
    """`in_app`: the web app's tables are bound already; use its engine, leave it open."""
    name = "database and migrations"
    from feedback.db import check_database as ping
    from feedback.db import close_database, open_database
    from feedback.tables import Opinion

    kind = "SQLite" if settings.is_sqlite else "PostgreSQL"
    try:
        if in_app:
            engine = Opinion._meta.db
        else:
            engine = await asyncio.wait_for(open_database(settings), PROBE_TIMEOUT_SECONDS)
        await asyncio.wait_for(ping(engine), PROBE_TIMEOUT_SECONDS)
    except Exception as error:
        return Check(
            name,
            False,
            f"{kind} is unreachable: {type(error).__name__}: {error}",
            "check FEEDBACK_DATABASE_URL and that the database server is running",
        )
    try:
        from piccolo.apps.migrations.commands.check import CheckMigrationManager

        statuses = await CheckMigrationManager("all").get_migration_statuses()
        pending = [status.migration_id for status in statuses if not status.has_ran]
    except Exception as error:
        return Check(name, False, f"{kind} reachable, but migrations cannot be read: {error}",
                     "run `feedback db migrate`")  # fmt: skip
    finally:
        if not in_app:
            await close_database(engine)
    if pending:
        return Check(
            name,
            False,
            f"{kind} reachable; {len(pending)} migration(s) pending ({', '.join(pending[:3])})",
            "run `feedback db migrate`",
        )
    return Check(name, True, f"{kind} reachable; {len(statuses)} migrations applied, none pending")


def health_check_key(queue_name: str) -> str:
    """arq's key: every worker writes its status there each `health_check_interval`."""
    return f"{queue_name}:health-check"


async def check_redis(settings: Settings) -> Check:
    name = "Redis and workers"
    if not settings.redis_url:
        return Check(name, True, "not used: jobs run in the web process (FEEDBACK_REDIS_URL unset)")
    from redis.asyncio import Redis

    client = Redis.from_url(settings.redis_url, socket_timeout=PROBE_TIMEOUT_SECONDS,
                            socket_connect_timeout=PROBE_TIMEOUT_SECONDS)  # fmt: skip
    try:
        await client.ping()
        status = await client.get(health_check_key(settings.queue_name))
        queued = await client.zcard(settings.queue_name)
    except Exception as error:
        return Check(
            name,
            False,
            f"Redis is unreachable: {type(error).__name__}: {error}",
            "check FEEDBACK_REDIS_URL and that Redis is running",
        )
    finally:
        await client.aclose()
    if status is None:
        return Check(
            name,
            False,
            f"Redis answers, but no worker was seen in the last "
            f"{HEALTH_CHECK_INTERVAL_SECONDS} s ({queued} job(s) queued)",
            "start `feedback worker` (docker compose up -d worker)",
        )
    text = status.decode(errors="replace") if isinstance(status, bytes) else str(status)
    return Check(name, True, f"Redis answers; a worker was seen recently ({text}; {queued} queued)")


def check_embedding(settings: Settings, state: EncoderState | None = None) -> Check:
    """The active encoder (`state`: workers.encoder_switch.EncoderState, None without a
    database) and, during a switch, how far it has got."""
    from classifiers.embedding import (
        DEFAULT_ENCODER,
        auto_engine,
        embedding_model_status,
        encoder_spec,
    )

    name = "embedding model"
    active = state.active if state is not None else DEFAULT_ENCODER
    present, reason = embedding_model_status(settings.models_dir, name=active)
    if not present:
        return Check(
            name,
            False,
            f"missing: {reason}; topics, themes, duplicates and most urgency detection are off",
            "run `feedback models install`"
            if active == DEFAULT_ENCODER
            else f"run `feedback models fetch {active}`",
        )
    folder = settings.models_dir / active
    spec = encoder_spec(folder)
    detail = (f"{active} ({spec.dim} dimensions, {spec.pooling} pooling) in {settings.models_dir} "
              f"(engine: {auto_engine(folder)})")  # fmt: skip
    if state is not None and state.target:
        detail += (f"; switching to {state.target}: {state.done} of {state.total} opinions "
                   f"embedded, {active}'s vectors in use until then")  # fmt: skip
    if state is not None and state.message.startswith("cannot"):
        detail += f"; {state.message}"
    return Check(name, True, detail)


def check_name_finder(settings: Settings, state: EncoderState | None = None) -> Check:
    """Whether the workers also find names of persons from their context (the encoder's token
    states, classifiers.name_finder), on top of the redaction rules."""
    from classifiers.embedding import DEFAULT_ENCODER
    from classifiers.name_finder import finder_status

    name = "names from context (redaction)"
    active = state.active if state is not None else DEFAULT_ENCODER
    ok, detail = finder_status(settings.models_dir / active)
    if ok is None:
        return Check(name, False, f"off: {detail}; the rules alone redact names", configured=False)
    if not ok:
        return Check(name, False, f"off: {detail}", "run `feedback models install`")
    return Check(name, True, detail)


async def _encoder_state(settings: Settings, in_app: bool) -> EncoderState | None:
    """The encoder state from the database, or None where it cannot be read."""
    from feedback.db import close_database, open_database
    from workers.encoder_switch import encoder_state

    try:
        engine = None if in_app else await open_database(settings)
        try:
            return await asyncio.wait_for(encoder_state(), PROBE_TIMEOUT_SECONDS)
        finally:
            if engine is not None:
                await close_database(engine)
    except Exception:  # reported by the database check
        return None


def check_translation(settings: Settings, strict: bool = False) -> Check:
    from classifiers.translation import Translator
    from feedback.i18n import RESIDENT_LANGUAGES

    name = "translation routes"
    catalogue = str(settings.translation_catalogue) if settings.translation_catalogue else None
    translator = Translator(catalogue, settings.models_dir)
    routes = [(source, target) for source in RESIDENT_LANGUAGES for target in ("ja", "en")
              if source != target]  # fmt: skip
    missing = [f"{s}->{t}" for s, t in routes if not translator.check(s, t).available]
    if not missing:
        return Check(name, True, f"all {len(routes)} routes into Japanese and English available")
    return Check(
        name,
        False,
        f"{len(missing)} of {len(routes)} routes missing (e.g. {', '.join(missing[:4])}); "
        "those opinions are processed without that translation",
        "fetch a set of models where the hub is reachable: `make models SET=open` (MIT / CC BY-SA)"
        " or `make models SET=recommended ACCEPT_LICENCE=cc-by-nc-4.0` (best quality, "
        "non-commercial); offline: docs/models.md; `feedback models check` lists every route",
        configured=strict,
    )


def _probe_pack_html() -> str:
    """A hearing pack through the real template (its CSS picks the fonts), quoting every
    script once."""
    from datetime import UTC, datetime

    from feedback.exports.pack import HearingPack, PackTheme, Quote, render_html

    quotes = [
        Quote(opinion_id=number, language=lang, original=f"{script}: {sample}",
              japanese="夜間の日本語教室", english="Evening Japanese classes", models=["probe"])
        for number, (script, lang, sample) in enumerate(SCRIPT_SAMPLES, start=1)
    ]  # fmt: skip
    theme = PackTheme(
        key="probe", title_ja="文字の確認", title_en="Script check", count=len(quotes),
        weight=len(quotes), languages=[(lang, 1) for _, lang, _ in SCRIPT_SAMPLES],
        regions=[], trend=[], quotes=quotes,
    )  # fmt: skip
    pack = HearingPack(since=None, until=None, topics=[], generated_at=datetime.now(UTC),
                       total=len(quotes), themes=[theme])  # fmt: skip
    return render_html(pack)


def check_pdf() -> Check:
    """Render a hearing pack quoting every script and ask WeasyPrint which font drew each,
    and whether any character was drawn as a missing glyph (a box)."""
    name = "PDF rendering"
    try:
        html_class = load_weasyprint_html()
    except PdfUnavailable as error:
        return Check(name, False, str(error).split("; install")[0],
                     f"{APT_INSTALL} (Debian/Ubuntu; the Dockerfile has them)")  # fmt: skip
    started = time.monotonic()
    document = html_class(string=_probe_pack_html()).render()
    pdf = document.write_pdf()
    fonts = list(document.fonts.values())
    drawn: dict[str, set[str]] = {}
    missing: set[str] = set()
    for font in fonts:
        for text in font.to_unicode.values():
            for char in text:
                drawn.setdefault(char, set()).add(str(font.family))
        missing.update(chr(codepoint) for codepoint in font.missing)
    lacking: list[str] = []
    used: list[str] = []
    for script, _, sample in SCRIPT_SAMPLES:
        letters = [char for char in sample if char.isalpha()]
        families = sorted({family for char in letters for family in drawn.get(char, ())})
        if any(char in missing for char in letters) or not families:
            lacking.append(script)
        else:
            used.append(f"{script}: {families[0]}")
    if not pdf.startswith(b"%PDF") or lacking:
        return Check(
            name,
            False,
            f"no font for {', '.join(lacking)} (their text would print as boxes)",
            f"{APT_INSTALL}, then `fc-cache -f`",
        )
    return Check(
        name,
        True,
        f"{len(SCRIPT_SAMPLES)} scripts embedded in {time.monotonic() - started:.1f} s ("
        + "; ".join(used)
        + ")",
    )


def check_smtp(settings: Settings) -> Check:
    """Connect, EHLO and STARTTLS (when configured); no mail is sent, no login is tried."""
    name = "SMTP (alert e-mail)"
    smtp = settings.alerts.smtp
    if smtp is None:
        return Check(name, True, "not configured (FEEDBACK_SMTP_URL unset): no alert e-mail")
    where = f"{smtp.host}:{smtp.port}"
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if smtp.tls == "implicit":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=PROBE_TIMEOUT_SECONDS, context=context)  # fmt: skip
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=PROBE_TIMEOUT_SECONDS)
        with client:
            code, _ = client.ehlo()
            if code != 250:
                raise smtplib.SMTPResponseException(code, b"EHLO refused")
            if smtp.tls == "starttls":
                client.starttls(context=context)
                client.ehlo()
            auth = "AUTH offered" if client.has_extn("auth") else "no AUTH offered"
    except ssl.SSLError as error:
        return Check(name, False, f"{where}: TLS failed: {error}",
                     "trust the relay's CA with SSL_CERT_FILE (README, Alerts), or fix the host name")  # fmt: skip
    except (OSError, smtplib.SMTPException) as error:
        return Check(name, False, f"{where}: {type(error).__name__}: {error}",
                     "check FEEDBACK_SMTP_URL (host, port, starttls) and the firewall")  # fmt: skip
    if smtp.username and auth == "no AUTH offered":
        return Check(name, False, f"{where} answers, but offers no AUTH for the configured user",
                     "check FEEDBACK_SMTP_URL: the port or ?starttls=true")  # fmt: skip
    tls = {"implicit": "TLS", "starttls": "STARTTLS", "none": "no TLS"}[smtp.tls]
    return Check(name, True, f"{where} answers EHLO ({tls}, {auth}); nothing sent")


def check_disk(settings: Settings) -> Check:
    name = "disk space under var/"
    folder = settings.var_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        usage = shutil.disk_usage(folder)
    except OSError as error:
        return Check(
            name, False, f"{folder}: {error}", "check FEEDBACK_VAR_DIR and its permissions"
        )
    free = f"{usage.free / 1024**3:.1f} GiB free of {usage.total / 1024**3:.1f} GiB in {folder.resolve()}"
    if usage.free < MIN_FREE_BYTES:
        return Check(name, False, free, "free space (old exports, logs) or move FEEDBACK_VAR_DIR")
    return Check(name, True, free)


async def run_checks(
    settings: Settings, strict_translation: bool = False, in_app: bool = False
) -> list[Check]:
    """Every capability, in the order `feedback doctor` prints them. Blocking probes run in
    threads, so the admin page can call this from the event loop."""
    checks = [
        await check_database(settings, in_app),
        await check_redis(settings),
    ]
    encoder = await _encoder_state(settings, in_app) if checks[0].ok else None
    for name, probe in (
        ("embedding model", lambda: check_embedding(settings, encoder)),
        ("names from context", lambda: check_name_finder(settings, encoder)),
        ("translation routes", lambda: check_translation(settings, strict_translation)),
        ("PDF rendering", check_pdf),
        ("SMTP (alert e-mail)", lambda: check_smtp(settings)),
        ("disk space under var/", lambda: check_disk(settings)),
    ):
        checks.append(await asyncio.to_thread(_guarded, name, probe))
    return checks


# The admin page shows a report at most this old: the PDF probe takes about a second.
CACHE_SECONDS = 60
_cache: dict[tuple[str, ...], tuple[float, list[Check]]] = {}


async def cached_checks(settings: Settings) -> list[Check]:
    """The report for the admin page, from the web app's own engine, kept briefly."""
    key = (settings.database_url, settings.redis_url or "", settings.queue_name,
           str(settings.models_dir), str(settings.var_dir))  # fmt: skip
    cached = _cache.get(key)
    if cached is not None and time.monotonic() - cached[0] < CACHE_SECONDS:
        return cached[1]
    checks = await run_checks(settings, in_app=True)
    _cache[key] = (time.monotonic(), checks)
    return checks
