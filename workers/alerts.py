"""Alerts for urgent opinions: an e-mail and a signed webhook to the people on duty.

The pipeline calls `enqueue_if_urgent` once an opinion is stored as urgent; the job
`send_alerts` (arq or in-process) sends one alert per configured channel, retried with backoff,
and records each in the `alert` table (one row per opinion and channel: a job that runs twice
sends once) and in the audit log. An alert names the opinion (link, number, receipt code), the
kind of danger, the language and the times; never the text, the redacted text, the contact
e-mail or other personal data: staff read those in the review screen, signed in.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from feedback.config import AlertSettings, Settings
from feedback.tables import Alert, AuditEntry, Opinion
from workers import mail
from workers.jobs import MAX_TRIES, SEND_ALERTS, retry_delay

log = logging.getLogger(__name__)

QUEUED, SENT, FAILED = "queued", "sent", "failed"

# A webhook receiver that has not answered in 10 s is down: try again later rather than hold a
# worker slot (the SMTP client's own limit is in workers/mail.py).
SMTP_TIMEOUT_SECONDS = mail.SMTP_TIMEOUT_SECONDS
WEBHOOK_TIMEOUT_SECONDS = 10.0
# Retry n of an alert waits 10 × base × 2ⁿ s: 20, 40, 80, 160 s with the default base of 1 s,
# so a mail relay or receiver that restarts has five minutes to come back before the alert is
# `failed` (and shown on the overview). Other jobs wait 2, 4, 8, 16 s.
RETRY_SCALE = 10.0
# Kept in the alert row, the audit log and on the overview: an SMTP reply can be long.
MAX_ERROR_CHARS = 500

EVENT = "opinion.urgent"
SIGNATURE_HEADER = "X-Feedback-Signature"
TIMESTAMP_HEADER = "X-Feedback-Timestamp"
DELIVERY_HEADER = "X-Feedback-Delivery"
EVENT_HEADER = "X-Feedback-Event"

# Japan has no daylight saving time: staff on duty read Japan time first.
JST = timezone(timedelta(hours=9), "JST")


def category_names(language: str) -> dict[str, str]:
    """The urgency categories' display names ("en" or "ja"), where the classifier has them."""
    try:
        from classifiers.urgency import category_names as names

        return names(language)
    except Exception:  # an alert goes out without the names rather than not at all
        log.exception("urgency category names unavailable; alerts use the slugs")
        return {}


@dataclass(frozen=True)
class UrgentAlert:
    """What an alert says: no text and no personal data, by construction."""

    opinion_id: int
    receipt_code: str
    link: str
    categories: tuple[str, ...]  # slugs, the worst first
    language: str
    submitted_at: datetime
    flagged_at: datetime

    def category_labels(self, language: str = "en") -> list[str]:
        names = category_names(language)
        return [names.get(slug) or slug.replace("_", " ") for slug in self.categories]

    @property
    def subject(self) -> str:
        # The names without their explanations: "Danger to life (suicidal thoughts, ...)" reads
        # "Danger to life" in a subject line; the body has them whole.
        kinds = ", ".join(label.split(" (")[0] for label in self.category_labels("en"))
        return f"[Opinion box] Urgent opinion #{self.opinion_id}" + (
            f": {kinds} ({self.language})" if kinds else f" ({self.language})"
        )

    def email_body(self) -> str:
        english = self.category_labels("en")
        japanese = self.category_labels("ja")
        kinds = [
            f"  - {slug}: {en}" + (f" / {ja}" if ja != en else "")
            for slug, en, ja in zip(self.categories, english, japanese, strict=True)
        ] or ["  - not named by the classifier / 分類なし"]
        return "\n".join(
            [
                "An opinion was flagged as urgent. Open it in the review screen (sign-in required):",
                "緊急と判定された意見があります。審査画面（要ログイン）で確認してください:",
                "",
                self.link,
                "",
                f"Opinion / 意見: #{self.opinion_id}",
                f"Receipt code / 受付番号: {self.receipt_code}",
                "Category / 分類:",
                *kinds,
                f"Language / 言語: {self.language}",
                f"Submitted / 受付: {_when(self.submitted_at)}",
                f"Flagged / 判定: {_when(self.flagged_at)}",
                "",
                "This message holds neither the opinion's text nor the resident's contact",
                "details: read them in the review screen.",
                "この通知には意見の本文や連絡先は含まれていません。審査画面で確認してください。",
                "",
            ]
        )

    def webhook_payload(self, delivery: str, timestamp: int) -> dict[str, Any]:
        english = self.category_labels("en")
        japanese = self.category_labels("ja")
        return {
            "event": EVENT,
            "delivery": delivery,
            # The same value as the timestamp header; inside the body, the signature covers it.
            "timestamp": timestamp,
            "opinion_id": self.opinion_id,
            "receipt_code": self.receipt_code,
            "link": self.link,
            "categories": [
                {"slug": slug, "name": en, "name_ja": ja}
                for slug, en, ja in zip(self.categories, english, japanese, strict=True)
            ],
            "language": self.language,
            "submitted_at": self.submitted_at.isoformat(),
            "flagged_at": self.flagged_at.isoformat(),
        }


def _when(moment: datetime) -> str:
    return f"{moment.astimezone(JST):%Y-%m-%d %H:%M:%S} JST ({moment.astimezone(UTC):%H:%M:%S} UTC)"


def sign(secret: bytes, body: bytes) -> str:
    """The signature header's value: HMAC-SHA256 of the exact body, in hex."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_signature(
    secret: bytes, body: bytes, signature: str, max_age_seconds: float | None = 300
) -> bool:
    """What a receiver does (README, "Alerts"): compare the HMAC of the body in constant time,
    then refuse a body signed too long ago (a replay)."""
    if not hmac.compare_digest(sign(secret, body), signature.strip()):
        return False
    if max_age_seconds is None:
        return True
    try:
        stamp = float(json.loads(body)["timestamp"])
    except (ValueError, KeyError, TypeError):
        return False
    return abs(time.time() - stamp) <= max_age_seconds


def _send_email_blocking(settings: AlertSettings, alert: UrgentAlert) -> None:
    smtp = settings.smtp
    assert smtp is not None  # "email" is a channel only with SMTP settings
    message = EmailMessage()
    message["Subject"] = alert.subject
    message["From"] = settings.smtp_from
    message["To"] = ", ".join(settings.emails)
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=settings.smtp_from.rpartition("@")[2])
    # No out-of-office replies to the opinion box, please.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(alert.email_body())
    with mail.smtp_session(smtp) as client:
        refused = mail.send(client, message, settings.smtp_from, list(settings.emails))
    if refused:
        # Some recipients have it: sending again would repeat it to them. Logged, not retried.
        log.warning("alert for opinion %s: refused by %s", alert.opinion_id, sorted(refused))


async def send_email(settings: AlertSettings, alert: UrgentAlert) -> None:
    await asyncio.to_thread(_send_email_blocking, settings, alert)


async def post_webhook(settings: AlertSettings, alert: UrgentAlert, delivery: str) -> None:
    import httpx

    assert settings.webhook_url is not None
    timestamp = int(time.time())
    body = json.dumps(
        alert.webhook_payload(delivery, timestamp), ensure_ascii=False, separators=(",", ":")
    ).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "opinion-box-alerts",
        EVENT_HEADER: EVENT,
        DELIVERY_HEADER: delivery,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(settings.webhook_secret, body),
    }
    async with httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT_SECONDS, follow_redirects=False) as http:
        response = await http.post(settings.webhook_url, content=body, headers=headers)
    if not 200 <= response.status_code < 300:
        raise RuntimeError(f"the webhook answered HTTP {response.status_code}")


def _settings(ctx: dict[str, Any]) -> Settings | None:
    settings = ctx.get("settings")
    return settings if isinstance(settings, Settings) else None


async def _ensure_rows(opinion_id: int, channels: tuple[str, ...]) -> None:
    """One `queued` row per channel, unless there is one already (sent, failed or queued)."""
    now = datetime.now(UTC)
    await Alert.insert(
        *[
            Alert(opinion=opinion_id, channel=channel, status=QUEUED, created_at=now)
            for channel in channels
        ]
    ).on_conflict(target=(Alert.opinion, Alert.channel), action="DO NOTHING")


async def enqueue_if_urgent(ctx: dict[str, Any], opinion_id: int) -> bool:
    """The pipeline's call once the opinion's flags are stored: queue its alerts if it is urgent
    and not alerted yet. The rows are written first, so that the alert sweeper finds them if
    the queue cannot be reached now."""
    settings = _settings(ctx)
    if settings is None or not settings.alerts.channels:
        return False
    channels = settings.alerts.channels
    row = await Opinion.select(Opinion.urgent).where(Opinion.id == opinion_id).first()
    if row is None or not row["urgent"]:
        return False
    await _ensure_rows(opinion_id, channels)
    waiting = await Alert.count().where(
        (Alert.opinion == opinion_id)
        & (Alert.status == QUEUED)
        & Alert.channel.is_in(list(channels))
    )
    queue = ctx.get("job_queue")
    if not waiting or queue is None:
        return False
    return bool(await queue.enqueue(SEND_ALERTS, opinion_id))


async def _audit(opinion_id: int, action: str, after: dict[str, Any]) -> None:
    await AuditEntry.insert(
        AuditEntry(
            account=None,
            action=action,
            object_type="opinion",
            object_id=str(opinion_id),
            before={},
            after=after,
            created_at=datetime.now(UTC),
        )
    )


async def _claim(alert_id: int, attempts: int) -> bool:
    """Count one more attempt, unless another run of the job got there first."""
    claimed = (
        await Alert.update({Alert.attempts: attempts + 1})
        .where((Alert.id == alert_id) & (Alert.attempts == attempts) & (Alert.status == QUEUED))
        .returning(Alert.id)
    )
    return bool(claimed)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):  # SQLite hands JSON back as text
        value = json.loads(value or "[]")
    return [str(item) for item in value or []]


async def send_alerts(ctx: dict[str, Any], opinion_id: int) -> str:
    """The job: send the alerts of one urgent opinion on every configured channel not done
    yet. A channel that fails is retried with backoff; after the last try it is `failed`."""
    settings = _settings(ctx)
    if settings is None or not settings.alerts.channels:
        return "no alert channel configured"
    alerts = settings.alerts
    channels = alerts.channels
    opinion = (
        await Opinion.select(
            Opinion.id,
            Opinion.receipt_code,
            Opinion.urgent,
            Opinion.urgent_categories,
            Opinion.language,
            Opinion.detected_language,
            Opinion.submitted_at,
        )
        .where(Opinion.id == opinion_id)
        .first()
    )
    if opinion is None or not opinion["urgent"]:
        return "not urgent"
    await _ensure_rows(opinion_id, channels)
    rows = await Alert.select().where(
        (Alert.opinion == opinion_id) & Alert.channel.is_in(list(channels))
    )
    job_try = int(ctx.get("job_try") or 1)
    final = job_try >= MAX_TRIES
    outcomes: list[str] = []
    retry = False
    for row in rows:
        if row["status"] != QUEUED or not await _claim(row["id"], row["attempts"]):
            outcomes.append(f"{row['channel']}: {row['status']}")
            continue
        attempts = row["attempts"] + 1
        message = UrgentAlert(
            opinion_id=opinion_id,
            receipt_code=opinion["receipt_code"],
            link=f"{alerts.public_url}/review/opinions/{opinion_id}",
            categories=tuple(_as_list(opinion["urgent_categories"])),
            language=opinion["language"] or opinion["detected_language"] or "und",
            submitted_at=opinion["submitted_at"],
            flagged_at=row["created_at"],
        )
        try:
            if row["channel"] == "email":
                await send_email(alerts, message)
            else:
                await post_webhook(alerts, message, delivery=f"alert-{row['id']}")
        except Exception as error:
            text = f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS]
            log.warning(
                "alert %s (opinion %s, %s): try %s of %s failed: %s",
                row["id"], opinion_id, row["channel"], job_try, MAX_TRIES, text,
            )  # fmt: skip
            await Alert.update(
                {Alert.status: FAILED if final else QUEUED, Alert.last_error: text}
            ).where(Alert.id == row["id"])
            if final:
                await _audit(
                    opinion_id,
                    "alert.failed",
                    {"channel": row["channel"], "attempts": attempts, "error": text},
                )
                outcomes.append(f"{row['channel']}: failed")
            else:
                retry = True
                outcomes.append(f"{row['channel']}: will retry")
            continue
        await Alert.update(
            {Alert.status: SENT, Alert.sent_at: datetime.now(UTC), Alert.last_error: None}
        ).where(Alert.id == row["id"])
        await _audit(
            opinion_id,
            "alert.sent",
            {
                "channel": row["channel"],
                "attempts": attempts,
                "categories": list(message.categories),
            },
        )
        outcomes.append(f"{row['channel']}: sent")
    if retry:
        from arq import Retry

        base = float(ctx.get("retry_base_seconds", 1.0)) * RETRY_SCALE
        raise Retry(defer=retry_delay(job_try, base))
    return "; ".join(outcomes)


async def sweep_alerts(ctx: dict[str, Any]) -> int:
    """Periodic job: queue again the alerts still `queued` a while after they were written
    (the queue was unreachable, or a worker died). A job still waiting for its retry has the
    same id: the queue keeps one. Returns how many opinions were queued."""
    settings = _settings(ctx)
    queue = ctx.get("job_queue")
    if settings is None or queue is None or not settings.alerts.channels:
        return 0
    before = datetime.now(UTC) - timedelta(seconds=float(ctx.get("sweep_after_seconds", 30)))
    rows = await Alert.select(Alert.opinion).where(
        (Alert.status == QUEUED)
        & (Alert.created_at <= before)
        & Alert.channel.is_in(list(settings.alerts.channels))
    )
    count = 0
    for opinion_id in sorted({row["opinion"] for row in rows}):
        if await queue.enqueue(SEND_ALERTS, opinion_id):
            count += 1
    return count
