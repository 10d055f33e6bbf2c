"""Replies to residents: the jobs that put a reviewer's reply into each recipient's language
and e-mail it.

`prepare_reply(reply_id)` writes, for every recipient opinion, the text the resident reads: a
template in its own translation; free text machine-translated into the opinion's language
where a model serves the route (disclosed, the original beneath), else the original in Japanese
and English with a line in the resident's language saying why. The delivery is then
`published` (shown on /status) and, where the resident left an e-mail address and SMTP is
configured, queued for `send_reply_emails(reply_id)`, which sends over one SMTP session with
retries and backoff. A relay that stays down leaves the e-mails `queued`: the sweeper queues
the job again every half minute until the relay answers (nothing is lost), and gives up
after three days. A 5xx answer (an address that does not exist) is permanent: `failed` at once,
shown to the reviewer. Every e-mail sent or failed is in the audit log.

The e-mail address is read from the opinion when sending, never copied: the retention job's
deletion reaches it (feedback.admin.services.purge_contacts).
"""

from __future__ import annotations

import asyncio
import html
import logging
import smtplib
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from feedback import i18n
from feedback.config import Settings
from feedback.replies import templates as reply_templates
from feedback.replies.services import centres as reply_centres
from feedback.replies.services import template_edits
from feedback.replies.wording import (
    DO_NOT_REPLY,
    MACHINE_NOTICE,
    NO_MODEL_NOTICE,
    ORIGINAL_HEADING,
    SOURCE_NAMES,
    STATUS_PAGE_LINE,
    SUBJECT,
    interface_code,
)
from feedback.tables import (
    AuditEntry,
    Reply,
    ReplyDelivery,
)
from workers import mail
from workers.jobs import MAX_TRIES, PREPARE_REPLY, SEND_REPLY_EMAILS, SWEEP_REPLIES, retry_delay

log = logging.getLogger(__name__)

__all__ = ["PREPARE_REPLY", "SEND_REPLY_EMAILS", "SWEEP_REPLIES"]

PREPARING, READY, PUBLISHED = "preparing", "ready", "published"
NONE, NOT_CONFIGURED, QUEUED, SENT, FAILED = "none", "not_configured", "queued", "sent", "failed"
# As alerts: retry n waits 10 × base × 2ⁿ s (20, 40, 80, 160 s with the default base), so a
# relay that restarts has five minutes before the sweeper takes over, every half minute.
RETRY_SCALE = 10.0
# A relay down for three days: the reviewer must find another way to reach the resident.
GIVE_UP_AFTER = timedelta(days=3)
MAX_ERROR_CHARS = 500


def _settings(ctx: dict[str, Any]) -> Settings | None:
    settings = ctx.get("settings")
    return settings if isinstance(settings, Settings) else None


def _translator(settings: Settings):
    from workers.models import translator

    catalogue = str(settings.translation_catalogue) if settings.translation_catalogue else None
    return translator(str(settings.models_dir), catalogue)


@dataclass
class Written:
    """One recipient's reply, ready to publish."""

    text: str
    original: str
    original_language: str
    method: str  # template | machine | untranslated | same
    model: str = ""
    notice: str = ""


async def _machine(
    settings: Settings | None, text: str, source: str, target: str
) -> tuple[str, str] | None:
    """(translation, model) when a model serves source -> target now, else None. Raises
    when the model fails (the job is retried)."""
    if settings is None:
        return None
    translator = _translator(settings)
    check = await asyncio.to_thread(translator.check, source, target)
    if not check.available:
        return None
    [result] = await asyncio.to_thread(translator.translate, [text], source, target)
    return result.text, result.model


async def _write_free_text(
    settings: Settings | None, text: str, source: str, target: str, fallback_only: bool
) -> Written:
    code = interface_code(target)
    _ = i18n.gettext_for(code)
    if i18n.match(target) == i18n.match(source) or target == source:
        return Written(text, text, source, "same")
    machine = None if fallback_only else await _machine(settings, text, source, target)
    if machine is not None:
        translated, model = machine
        notice = _(MACHINE_NOTICE) % {"language": SOURCE_NAMES.get(source, source)}
        return Written(translated, text, source, "machine", model, notice)
    # No model into the resident's language: Japanese and English (the other one machine-
    # translated where a model serves it), with one line in their language saying so.
    other = "en" if source == "ja" else "ja"
    parts = [text]
    extra_model = ""
    second = None if fallback_only else await _machine(settings, text, source, other)
    if second is not None:
        parts.append(f"[{SOURCE_NAMES[other]}, machine translation / 機械翻訳]\n{second[0]}")
        extra_model = second[1]
    return Written(
        "\n\n".join(parts), text, source, "untranslated", extra_model, _(NO_MODEL_NOTICE)
    )


def _write_template(
    template: reply_templates.ReplyTemplate,
    language: str | None,
    region: str | None,
    centres: dict[str, reply_templates.Centre],
) -> Written:
    centre = centres.get(region or "")
    rendered = reply_templates.render(template, interface_code(language), region, centre)
    japanese = reply_templates.render(template, "ja", region, centre)
    method = "template" if rendered.language != "ja" else "same"
    return Written(rendered.text, japanese.text, "ja", method)


async def _audit(
    action: str,
    object_type: str,
    object_id: object,
    after: dict[str, Any],
    account: int | None = None,
) -> None:
    await AuditEntry.insert(
        AuditEntry(
            account=account,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            before={},
            after=after,
            created_at=datetime.now(UTC),
        )
    )


async def prepare_reply(ctx: dict[str, Any], reply_id: int) -> str:
    """The job: write every recipient's reply in their language and publish it; then queue the
    e-mails. Only deliveries still `preparing` are written, so a job that runs twice writes
    each once."""
    settings = _settings(ctx)
    reply = await Reply.select().where(Reply.id == reply_id).first()
    if reply is None:
        return "no such reply"
    rows = await ReplyDelivery.select(
        ReplyDelivery.id,
        ReplyDelivery.language,
        ReplyDelivery.opinion.region.as_alias("region"),
        ReplyDelivery.opinion.contact_email.as_alias("contact_email"),
    ).where((ReplyDelivery.reply == reply_id) & (ReplyDelivery.status == PREPARING))
    if not rows:
        return "already published"
    job_try = int(ctx.get("job_try") or 1)
    final = job_try >= MAX_TRIES
    written: dict[int, Written] = {}
    if reply["template"]:
        edits = await template_edits()
        chosen = {t.slug: t for t in reply_templates.all_templates(edits)}.get(reply["template"])
        if chosen is None:  # checked when the reply was made; a template cannot disappear
            raise ValueError(f"reply {reply_id}: no template {reply['template']!r}")
        centres = await reply_centres()
        for row in rows:
            written[row["id"]] = _write_template(chosen, row["language"], row["region"], centres)
    else:
        by_language: dict[str, Written] = {}
        for row in rows:
            language = row["language"]
            if language not in by_language:
                try:
                    by_language[language] = await _write_free_text(
                        settings, reply["text"], reply["source_language"], language, False
                    )
                except Exception as error:
                    if not final:
                        log.warning(
                            "reply %s: translation into %s failed: %s; retrying",
                            reply_id,
                            language,
                            error,
                        )
                        from arq import Retry

                        raise Retry(
                            defer=retry_delay(job_try, float(ctx.get("retry_base_seconds", 1.0)))
                        ) from error
                    log.exception(
                        "reply %s: translation into %s failed; sent untranslated",
                        reply_id,
                        language,
                    )
                    by_language[language] = await _write_free_text(
                        settings, reply["text"], reply["source_language"], language, True
                    )
            written[row["id"]] = by_language[language]
    smtp_ready = settings is not None and settings.alerts.smtp is not None
    draft = reply["state"] == "draft"
    now = datetime.now(UTC)
    queued = 0
    for row in rows:
        text = written[row["id"]]
        if draft:  # the reviewer reads it first; sending publishes it (send_draft)
            email_status = NONE
        elif reply["send_email"] and row["contact_email"]:
            email_status = QUEUED if smtp_ready else NOT_CONFIGURED
        else:
            email_status = NONE
        queued += email_status == QUEUED
        await ReplyDelivery.update(
            {
                ReplyDelivery.status: READY if draft else PUBLISHED,
                ReplyDelivery.text: text.text,
                ReplyDelivery.original: text.original,
                ReplyDelivery.original_language: text.original_language,
                ReplyDelivery.method: text.method,
                ReplyDelivery.model: text.model,
                ReplyDelivery.notice: text.notice,
                ReplyDelivery.email_status: email_status,
                ReplyDelivery.published_at: None if draft else now,
            }
        ).where((ReplyDelivery.id == row["id"]) & (ReplyDelivery.status == PREPARING))
    queue = ctx.get("job_queue")
    if queued and queue is not None:
        await queue.enqueue(SEND_REPLY_EMAILS, reply_id)
    if draft:
        return f"draft written for {len(rows)}"
    return f"published {len(rows)}, {queued} e-mail(s) queued"


def _message(
    settings: Settings, address: str, receipt_code: str, delivery: dict[str, Any]
) -> EmailMessage:
    """Plain text and HTML, UTF-8, the resident's language first, the original beneath."""
    code = interface_code(delivery["language"])
    _ = i18n.gettext_for(code)
    html_lang = i18n.BY_CODE[code].html_lang
    sender = settings.alerts.smtp_from
    status_link = (
        f"{settings.alerts.public_url}/status?code={receipt_code}&lang={code}"
        if settings.alerts.public_url
        else f"/status ({receipt_code})"
    )
    show_original = (
        delivery["method"] in ("machine", "template") and delivery["original"] != delivery["text"]
    )
    original_heading = (
        f"{_(ORIGINAL_HEADING)} ({SOURCE_NAMES.get(delivery['original_language'], '')})"
    )
    plain = [delivery["notice"], ""] if delivery["notice"] else []
    plain += [delivery["text"], ""]
    if show_original:
        plain += ["-" * 40, original_heading, "", delivery["original"], ""]
    plain += ["-" * 40, _(STATUS_PAGE_LINE), receipt_code, status_link, "", _(DO_NOT_REPLY), ""]

    def paragraphs(text: str, lang: str) -> str:
        return "".join(
            f'<p lang="{lang}">{html.escape(part).replace(chr(10), "<br>")}</p>'
            for part in text.split("\n\n")
            if part.strip()
        )

    original_lang = delivery["original_language"] or "ja"
    body = (
        [f'<p lang="{html_lang}"><em>{html.escape(delivery["notice"])}</em></p>']
        if delivery["notice"]
        else []
    )
    body.append(paragraphs(delivery["text"], html_lang))
    if show_original:
        body += [
            f"<hr><h2>{html.escape(original_heading)}</h2>",
            paragraphs(delivery["original"], original_lang),
        ]
    body += [
        f'<hr><p lang="{html_lang}">{html.escape(_(STATUS_PAGE_LINE))} '
        f"<strong>{html.escape(receipt_code)}</strong><br>{html.escape(status_link)}</p>",
        f'<p lang="{html_lang}"><small>{html.escape(_(DO_NOT_REPLY))}</small></p>',
    ]
    message = EmailMessage()
    message["Subject"] = _(SUBJECT) % {"code": receipt_code}
    message["From"] = sender
    message["To"] = address
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    message["Auto-Submitted"] = "auto-replied"
    message.set_content("\n".join(plain), charset="utf-8")
    message.add_alternative(
        f'<!doctype html><html lang="{html_lang}"><meta charset="utf-8"><body>{"".join(body)}</body></html>',
        subtype="html",
        charset="utf-8",
    )
    # After the parts: set earlier, the multipart conversion moves Content-* headers into the
    # first part.
    message["Content-Language"] = html_lang
    return message


@dataclass
class Outcome:
    delivery_id: int
    sent: bool
    error: str | None = None
    permanent: bool = False


def _send_all(settings: Settings, messages: list[tuple[int, str, EmailMessage]]) -> list[Outcome]:
    """Send every message over one session (blocking; run in a thread). A connection that
    cannot be made or breaks leaves the rest unsent, to be retried."""
    assert settings.alerts.smtp is not None
    outcomes: list[Outcome] = []
    pending = list(messages)
    try:
        with mail.smtp_session(settings.alerts.smtp) as client:
            while pending:
                delivery_id, address, message = pending[0]
                try:
                    refused = mail.send(client, message, settings.alerts.smtp_from, [address])
                except smtplib.SMTPServerDisconnected:
                    raise  # the session is gone: the rest wait for the next try
                except smtplib.SMTPException as error:  # an answer about this message
                    outcomes.append(
                        Outcome(delivery_id, False, _error_text(error), mail.is_permanent(error))
                    )
                    client.rset()
                else:
                    if refused:
                        outcomes.append(Outcome(delivery_id, False, f"refused: {refused}", True))
                    else:
                        outcomes.append(Outcome(delivery_id, True))
                pending.pop(0)
    except (smtplib.SMTPException, OSError) as error:
        text = _error_text(error)
        outcomes += [Outcome(delivery_id, False, text) for delivery_id, _, _ in pending]
    return outcomes


def _error_text(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS]


async def send_reply_emails(ctx: dict[str, Any], reply_id: int) -> str:
    """The job: e-mail the reply to every recipient whose e-mail is still `queued`."""
    settings = _settings(ctx)
    rows = await ReplyDelivery.select(
        ReplyDelivery.id,
        ReplyDelivery.opinion,
        ReplyDelivery.language,
        ReplyDelivery.text,
        ReplyDelivery.original,
        ReplyDelivery.original_language,
        ReplyDelivery.method,
        ReplyDelivery.notice,
        ReplyDelivery.email_attempts,
        ReplyDelivery.opinion.contact_email.as_alias("contact_email"),
        ReplyDelivery.opinion.receipt_code.as_alias("receipt_code"),
    ).where((ReplyDelivery.reply == reply_id) & (ReplyDelivery.email_status == QUEUED))
    if not rows:
        return "nothing to send"
    if settings is None or settings.alerts.smtp is None:
        await ReplyDelivery.update({ReplyDelivery.email_status: NOT_CONFIGURED}).where(
            ReplyDelivery.id.is_in([row["id"] for row in rows])
        )
        return "SMTP is not configured"
    messages: list[tuple[int, str, EmailMessage]] = []
    attempts: dict[int, int] = {}
    for row in rows:
        claimed = (
            await ReplyDelivery.update({ReplyDelivery.email_attempts: row["email_attempts"] + 1})
            .where(
                (ReplyDelivery.id == row["id"])
                & (ReplyDelivery.email_attempts == row["email_attempts"])
                & (ReplyDelivery.email_status == QUEUED)
            )
            .returning(ReplyDelivery.id)
        )
        if not claimed:
            continue  # another run of the job has it
        attempts[row["id"]] = row["email_attempts"] + 1
        if not row["contact_email"]:
            await _fail(
                row,
                reply_id,
                attempts[row["id"]],
                "the contact e-mail was deleted (retention) before the reply was sent",
            )
            continue
        messages.append(
            (
                row["id"],
                row["contact_email"],
                _message(settings, row["contact_email"], row["receipt_code"], row),
            )
        )
    outcomes = await asyncio.to_thread(_send_all, settings, messages) if messages else []
    by_id = {row["id"]: row for row in rows}
    job_try = int(ctx.get("job_try") or 1)
    counts: dict[str, int] = defaultdict(int)
    for outcome in outcomes:
        row = by_id[outcome.delivery_id]
        if outcome.sent:
            await ReplyDelivery.update(
                {
                    ReplyDelivery.email_status: SENT,
                    ReplyDelivery.sent_at: datetime.now(UTC),
                    ReplyDelivery.email_error: None,
                }
            ).where(ReplyDelivery.id == row["id"])
            await _audit(
                "reply.email_sent",
                "opinion",
                row["opinion"],
                {
                    "reply": reply_id,
                    "delivery": row["id"],
                    "language": row["language"],
                    "attempts": attempts[row["id"]],
                },
            )
            counts["sent"] += 1
        elif outcome.permanent:
            await _fail(row, reply_id, attempts[row["id"]], outcome.error or "refused")
            counts["failed"] += 1
        else:
            log.warning(
                "reply %s to opinion %s: e-mail try %s failed: %s",
                reply_id,
                row["opinion"],
                attempts[row["id"]],
                outcome.error,
            )
            await ReplyDelivery.update({ReplyDelivery.email_error: outcome.error}).where(
                ReplyDelivery.id == row["id"]
            )
            counts["waiting"] += 1
    if counts["waiting"] and job_try < MAX_TRIES:
        from arq import Retry

        base = float(ctx.get("retry_base_seconds", 1.0)) * RETRY_SCALE
        raise Retry(defer=retry_delay(job_try, base))
    # After the last try the e-mails wait, still `queued`, for the sweeper.
    return (
        ", ".join(f"{count} {state}" for state, count in sorted(counts.items())) or "nothing sent"
    )


async def _fail(row: dict[str, Any], reply_id: int, attempts: int, error: str) -> None:
    await ReplyDelivery.update(
        {ReplyDelivery.email_status: FAILED, ReplyDelivery.email_error: error[:MAX_ERROR_CHARS]}
    ).where(ReplyDelivery.id == row["id"])
    await _audit(
        "reply.email_failed",
        "opinion",
        row["opinion"],
        {
            "reply": reply_id,
            "delivery": row["id"],
            "attempts": attempts,
            "error": error[:MAX_ERROR_CHARS],
        },
    )


async def sweep_replies(ctx: dict[str, Any]) -> int:
    """Periodic job: queue again replies still being prepared, and e-mails still waiting, a
    while after they were written (the queue was down, a worker died, or the relay was down
    through every try); give up on e-mails waiting for three days. A job still queued or
    waiting for its retry has the same id: the queue keeps one. Returns how many jobs."""
    queue = ctx.get("job_queue")
    if queue is None:
        return 0
    now = datetime.now(UTC)
    before = now - timedelta(seconds=float(ctx.get("sweep_after_seconds", 30)))
    stale = await ReplyDelivery.select(
        ReplyDelivery.id, ReplyDelivery.opinion, ReplyDelivery.reply, ReplyDelivery.email_attempts
    ).where(
        (ReplyDelivery.email_status == QUEUED) & (ReplyDelivery.created_at < now - GIVE_UP_AFTER)
    )
    for row in stale:
        await _fail(
            row,
            row["reply"],
            row["email_attempts"],
            f"the mail relay did not take it for {GIVE_UP_AFTER.days} days",
        )
    preparing = await ReplyDelivery.select(ReplyDelivery.reply).where(
        (ReplyDelivery.status == PREPARING) & (ReplyDelivery.created_at <= before)
    )
    waiting = await ReplyDelivery.select(ReplyDelivery.reply).where(
        (ReplyDelivery.email_status == QUEUED) & (ReplyDelivery.created_at <= before)
    )
    count = 0
    for reply_id in sorted({row["reply"] for row in preparing}):
        count += bool(await queue.enqueue(PREPARE_REPLY, reply_id))
    for reply_id in sorted({row["reply"] for row in waiting}):
        count += bool(await queue.enqueue(SEND_REPLY_EMAILS, reply_id))
    return count
