"""Replies to residents: who a reply reaches, storing it (the worker writes each resident's
text), listing it for reviewers and residents, and the administrators' templates and centres.

No model runs here: the `prepare_reply` job (workers/replies.py) translates.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import Any

from piccolo.custom_types import Combinable

from feedback import i18n, regions
from feedback.accounts.services import CurrentUser
from feedback.config import Settings
from feedback.replies import templates as reply_templates
from feedback.replies.schemas import (
    CentreOut,
    DeliveryOut,
    EmailCounts,
    PreviewOut,
    PublicReply,
    RecipientSummary,
    ReplyIn,
    ReplyOut,
    TemplateOut,
)
from feedback.replies.wording import MACHINE_NOTICE, NO_MODEL_NOTICE, SOURCE_NAMES, interface_code
from feedback.tables import (
    REPLY_SCOPES,
    AuditEntry,
    ConsultationCentre,
    Opinion,
    OpinionTopic,
    Reply,
    ReplyDelivery,
    ReplyTemplateEdit,
)
from workers.jobs import PREPARE_REPLY
from workers.queue import JobQueue

# A reply is a few paragraphs; ten times that is a mistake (or a paste of the wrong thing).
MAX_REPLY_CHARS = 5000
# Triage statuses a reply moves to "answered"; spam and closed opinions keep theirs.
ANSWERABLE = ("new", "in_review", "forwarded")
# Japanese script (kana, CJK ideographs, full-width forms): a reply with it is Japanese.
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
EMAIL_NOTE_NO_SMTP = (
    "No SMTP relay is configured (FEEDBACK_SMTP_URL): replies are shown on /status only; "
    "residents read them there with their receipt code."
)


class ReplyError(ValueError):
    """Bad input from the reviewer or administrator; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def reply_language(opinion: dict[str, Any]) -> str:
    """The language a resident reads: the opinion's (a reviewer's correction, else the
    detector's), else the language of the form they used; Japanese when nothing is known."""
    for value in (opinion.get("language"), opinion.get("declared_language")):
        if value and value != "und":
            return str(value)
    return "ja"


async def _opinion(opinion_id: int) -> dict[str, Any]:
    row = (
        await Opinion.select(
            Opinion.id, Opinion.language, Opinion.declared_language, Opinion.region,
            Opinion.theme, Opinion.duplicate_of, Opinion.relevance,
        )
        .where(Opinion.id == opinion_id)
        .first()
    )  # fmt: skip
    if row is None:
        raise LookupError(opinion_id)
    return row


async def recipients(opinion_id: int, scope: str) -> list[dict[str, Any]]:
    """The opinions a reply in `scope` reaches (spam left out), this one first."""
    if scope not in REPLY_SCOPES:
        raise ReplyError("scope", f"scope must be one of: {', '.join(REPLY_SCOPES)}")
    opinion = await _opinion(opinion_id)
    columns = (
        Opinion.id, Opinion.language, Opinion.declared_language, Opinion.region,
        Opinion.contact_email, Opinion.triage_status,
    )  # fmt: skip
    where: Combinable
    if scope == "opinion":
        where = Opinion.id == opinion_id
    elif scope == "group":
        leader = opinion["duplicate_of"] or opinion_id
        where = (Opinion.id == leader) | (Opinion.duplicate_of == leader)
    else:
        if opinion["theme"] is None:
            raise ReplyConflict(
                "scope", "this opinion is in no theme yet; reply to it or its group"
            )
        where = Opinion.theme == opinion["theme"]
    rows = await Opinion.select(*columns).where(where & (Opinion.triage_status != "spam"))
    if not any(row["id"] == opinion_id for row in rows):
        rows += await Opinion.select(*columns).where(Opinion.id == opinion_id)
    rows.sort(key=lambda row: (row["id"] != opinion_id, row["id"]))
    return rows


def _email_configured(settings: Settings) -> bool:
    return settings.alerts.smtp is not None


async def summary(opinion_id: int, scope: str, settings: Settings) -> RecipientSummary:
    rows = await recipients(opinion_id, scope)
    return RecipientSummary(
        scope=scope,
        count=len(rows),
        languages=dict(Counter(reply_language(row) for row in rows).most_common()),
        with_email=sum(1 for row in rows if row["contact_email"]),
        email_configured=_email_configured(settings),
    )


def _check(data: ReplyIn) -> tuple[str, str | None, str]:
    """(text, template, source language) or ReplyError."""
    text = (data.text or "").strip()
    template = (data.template or "").strip() or None
    if bool(text) == bool(template):
        raise ReplyError("text", "give either your own text or a template's slug, not both")
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyError("text", f"a reply may be at most {MAX_REPLY_CHARS:,} characters")
    if template and template not in reply_templates.slugs():
        raise ReplyError(
            "template",
            f"no template {template!r}; choose one of: {', '.join(reply_templates.slugs())}",
        )
    language = (data.language or "").strip().lower() or None
    if language not in (None, "ja", "en"):
        raise ReplyError("language", "write the reply in Japanese (ja) or English (en)")
    if template:
        return "", template, "ja"
    source = language or ("ja" if _JAPANESE.search(text) else "en")
    return text, None, source


async def create_reply(
    opinion_id: int, data: ReplyIn, user: CurrentUser, queue: JobQueue, settings: Settings
) -> ReplyOut:
    """Store the reply and one delivery per recipient, mark them answered, audit it and queue
    the job that writes each resident's text. LookupError: no such opinion."""
    text, template, source = _check(data)
    rows = await recipients(opinion_id, data.scope)
    opinion = await _opinion(opinion_id)
    now = datetime.now(UTC)
    state = "draft" if data.draft else "sent"
    [created] = await Reply.insert(
        Reply(
            opinion=opinion_id,
            scope=data.scope,
            theme=opinion["theme"] if data.scope == "theme" else None,
            template=template,
            text=text,
            source_language=source,
            send_email=data.send_email,
            recipients=len(rows),
            account=user.id,
            created_at=now,
            state=state,
        )
    ).returning(Reply.id)
    reply_id = created["id"]
    await ReplyDelivery.insert(
        *[
            ReplyDelivery(
                reply=reply_id,
                opinion=row["id"],
                language=reply_language(row),
                status="preparing",
                created_at=now,
            )
            for row in rows
        ]
    ).on_conflict(target=(ReplyDelivery.reply, ReplyDelivery.opinion), action="DO NOTHING")
    answered = [] if data.draft else await _mark_answered([row["id"] for row in rows], now)
    await AuditEntry.insert(
        AuditEntry(
            account=user.id,
            action="reply.created",
            object_type="opinion",
            object_id=str(opinion_id),
            before={},
            after={
                "reply": reply_id,
                "scope": data.scope,
                "template": template,
                "source_language": source,
                "send_email": data.send_email,
                "recipients": len(rows),
                "languages": dict(Counter(reply_language(row) for row in rows)),
                "answered": len(answered),
                "draft": data.draft,
            },
            created_at=now,
        )
    )
    # Nothing is lost when the queue is down: the reply sweeper queues it again.
    await queue.enqueue(PREPARE_REPLY, reply_id)
    return (await list_replies(opinion_id, settings, only=reply_id))[0]


async def _mark_answered(opinion_ids: list[int], now: datetime) -> list[int]:
    """Recipients still open become `answered`; spam and closed ones keep their status."""
    rows = await Opinion.select(Opinion.id).where(
        Opinion.id.is_in(opinion_ids or [-1]) & Opinion.triage_status.is_in(list(ANSWERABLE))
    )
    answered = [row["id"] for row in rows]
    if answered:
        await Opinion.update({Opinion.triage_status: "answered", Opinion.updated_at: now}).where(
            Opinion.id.is_in(answered)
        )
    return answered


class ReplyConflict(ReplyError):
    """The reply is not in a state that allows this (already sent, still being written)."""


async def send_draft(
    opinion_id: int, reply_id: int, user: CurrentUser, queue: JobQueue, settings: Settings
) -> ReplyOut:
    """Send a draft the reviewer has read: its texts go to /status, its e-mails are queued.
    LookupError: no such reply for this opinion; ReplyConflict: sent already, or its texts are
    still being written."""
    from workers.jobs import SEND_REPLY_EMAILS

    reply = await Reply.select().where(Reply.id == reply_id).first()
    mine = await ReplyDelivery.count().where(
        (ReplyDelivery.reply == reply_id) & (ReplyDelivery.opinion == opinion_id)
    )
    if reply is None or not mine:
        raise LookupError(reply_id)
    if reply["state"] != "draft":
        raise ReplyConflict("reply", f"reply {reply_id} was sent already")
    deliveries = await ReplyDelivery.select(
        ReplyDelivery.id,
        ReplyDelivery.opinion,
        ReplyDelivery.status,
        ReplyDelivery.opinion.contact_email.as_alias("contact_email"),
    ).where(ReplyDelivery.reply == reply_id)
    if any(row["status"] == "preparing" for row in deliveries):
        raise ReplyConflict(
            "reply", "the texts are still being written in each resident's language; try again"
        )
    now = datetime.now(UTC)
    claimed = (
        await Reply.update({Reply.state: "sent"})
        .where((Reply.id == reply_id) & (Reply.state == "draft"))
        .returning(Reply.id)
    )
    if not claimed:
        raise ReplyConflict("reply", f"reply {reply_id} was sent already")
    queued = 0
    for row in deliveries:
        if reply["send_email"] and row["contact_email"]:
            email_status = "queued" if _email_configured(settings) else "not_configured"
        else:
            email_status = "none"
        queued += email_status == "queued"
        await ReplyDelivery.update(
            {
                ReplyDelivery.status: "published",
                ReplyDelivery.published_at: now,
                ReplyDelivery.email_status: email_status,
            }
        ).where(ReplyDelivery.id == row["id"])
    answered = await _mark_answered([row["opinion"] for row in deliveries], now)
    await AuditEntry.insert(
        AuditEntry(account=user.id, action="reply.sent", object_type="opinion",
                   object_id=str(opinion_id), before={"state": "draft"},
                   after={"reply": reply_id, "state": "sent", "recipients": len(deliveries),
                          "emails_queued": queued, "answered": len(answered)},
                   created_at=now)
    )  # fmt: skip
    if queued:
        await queue.enqueue(SEND_REPLY_EMAILS, reply_id)
    return (await list_replies(opinion_id, settings, only=reply_id))[0]


async def discard_draft(opinion_id: int, reply_id: int, user: CurrentUser) -> None:
    """Throw away a draft nobody has received: the reply and every recipient's text go, in one
    transaction; the audit log keeps what it said (`reply.discarded`). LookupError: no such
    reply for this opinion; ReplyConflict: it was sent already (a sent reply stays, as residents
    have read it)."""
    reply = await Reply.select().where(Reply.id == reply_id).first()
    mine = await ReplyDelivery.count().where(
        (ReplyDelivery.reply == reply_id) & (ReplyDelivery.opinion == opinion_id)
    )
    if reply is None or not mine:
        raise LookupError(reply_id)
    if reply["state"] != "draft":
        raise ReplyConflict(
            "reply", f"reply {reply_id} was sent already: residents have it, so it stays"
        )
    async with Reply._meta.db.transaction():
        # Claimed first, so that a send racing with this one finds no draft (and the reverse).
        claimed = (
            await Reply.update({Reply.state: "discarded"})
            .where((Reply.id == reply_id) & (Reply.state == "draft"))
            .returning(Reply.id)
        )
        if not claimed:
            raise ReplyConflict(
                "reply", f"reply {reply_id} was sent already: residents have it, so it stays"
            )
        recipients = await ReplyDelivery.count().where(ReplyDelivery.reply == reply_id)
        await ReplyDelivery.delete().where(ReplyDelivery.reply == reply_id)
        await Reply.delete().where(Reply.id == reply_id)
        await AuditEntry.insert(
            AuditEntry(account=user.id, action="reply.discarded", object_type="opinion",
                       object_id=str(opinion_id),
                       before={"reply": reply_id, "state": "draft", "scope": reply["scope"],
                               "template": reply["template"], "text": reply["text"],
                               "recipients": recipients},
                       after={"state": "discarded"}, created_at=datetime.now(UTC))
        )  # fmt: skip


def _delivery(row: dict[str, Any]) -> DeliveryOut:
    return DeliveryOut(
        opinion_id=row["opinion"],
        language=row["language"],
        status=row["status"],
        text=row["text"],
        original=row["original"],
        original_language=row["original_language"],
        method=row["method"],
        model=row["model"],
        notice=row["notice"],
        email_status=row["email_status"],
        email_attempts=row["email_attempts"],
        email_error=row["email_error"],
        published_at=row["published_at"],
        sent_at=row["sent_at"],
    )


async def list_replies(
    opinion_id: int, settings: Settings | None = None, only: int | None = None
) -> list[ReplyOut]:
    """The replies this opinion received (as one of the recipients), newest first, each with
    this resident's delivery and where every recipient's e-mail stands."""
    await _opinion(opinion_id)
    mine = await ReplyDelivery.select().where(ReplyDelivery.opinion == opinion_id)
    reply_ids = sorted({row["reply"] for row in mine} | ({only} if only else set()))
    if only is not None:
        reply_ids = [only]
    if not reply_ids:
        return []
    replies = await Reply.select(
        *Reply.all_columns(), Reply.account.email.as_alias("author")
    ).where(Reply.id.is_in(reply_ids))
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    preparing: Counter[int] = Counter()
    for row in await ReplyDelivery.select(
        ReplyDelivery.reply, ReplyDelivery.status, ReplyDelivery.email_status
    ).where(ReplyDelivery.reply.is_in(reply_ids)):
        counts[row["reply"]][row["email_status"]] += 1
        preparing[row["reply"]] += row["status"] == "preparing"
    by_reply = {row["reply"]: row for row in mine}
    note = EMAIL_NOTE_NO_SMTP if settings is not None and not _email_configured(settings) else None
    items = [
        ReplyOut(
            id=reply["id"],
            opinion_id=reply["opinion"],
            state=reply["state"],
            scope=reply["scope"],
            theme=reply["theme"],
            template=reply["template"],
            text=reply["text"],
            source_language=reply["source_language"],
            send_email=reply["send_email"],
            recipients=reply["recipients"],
            author=reply["author"],
            created_at=reply["created_at"],
            delivery=_delivery(by_reply[reply["id"]]) if reply["id"] in by_reply else None,
            emails=EmailCounts(
                **{state: counts[reply["id"]][state] for state in EmailCounts.__struct_fields__}
            ),
            preparing=preparing[reply["id"]],
            email_note=note,
        )
        for reply in replies
    ]
    items.sort(key=lambda item: item.id, reverse=True)
    return items


async def template_edits() -> dict[str, dict[str, Any]]:
    rows = await ReplyTemplateEdit.select(ReplyTemplateEdit.slug, ReplyTemplateEdit.content)
    return {row["slug"]: reply_templates.as_dict(row["content"]) for row in rows}


async def centres() -> dict[str, reply_templates.Centre]:
    found = dict(reply_templates.shipped_centres())
    for row in await ConsultationCentre.select():
        found[row["prefecture"]] = reply_templates.Centre(
            row["prefecture"], **{name: row[name] or "" for name in reply_templates.CENTRE_FIELDS}
        )
    return found


def template_out(template: reply_templates.ReplyTemplate) -> TemplateOut:
    return TemplateOut(
        slug=template.slug,
        name_ja=template.desk.name.get("ja", ""),
        name_en=template.desk.name.get("en", ""),
        topics=list(template.topics),
        telephone=template.desk.telephone,
        web_address=template.desk.web_address,
        hours=template.desk.hours,
        languages_served=template.desk.languages_served,
        verified=template.desk.verified,
        uses_directory=template.uses_directory,
        edited=template.edited,
        body=dict(template.body),
    )


async def list_templates() -> list[reply_templates.ReplyTemplate]:
    return reply_templates.all_templates(await template_edits())


async def suggested_template(opinion_id: int) -> str | None:
    """The template for the desk the relevance flag names: the opinion's best topic's."""
    opinion = await _opinion(opinion_id)
    if opinion["relevance"] != "consultation":
        return None
    best = (
        await OpinionTopic.select(OpinionTopic.slug)
        .where(OpinionTopic.opinion == opinion_id)
        .order_by(OpinionTopic.score, ascending=False)
        .first()
    )
    return reply_templates.for_topic(best["slug"] if best else None, await template_edits())


async def preview(opinion_id: int, data: ReplyIn, settings: Settings) -> PreviewOut:
    """What this opinion's resident will read, without running a model."""
    import asyncio

    text, template, source = _check(data)
    opinion = await _opinion(opinion_id)
    language = reply_language(opinion)
    people = await summary(opinion_id, data.scope, settings)
    code = interface_code(language)
    _ = i18n.gettext_for(code)
    if template:
        chosen = {t.slug: t for t in await list_templates()}[template]
        found = await centres()
        rendered = reply_templates.render(
            chosen, code, opinion["region"], found.get(opinion["region"] or "")
        )
        japanese = reply_templates.render(
            chosen, "ja", opinion["region"], found.get(opinion["region"] or "")
        )
        return PreviewOut(
            code,
            "template" if code != "ja" else "same",
            rendered.text,
            japanese.text,
            "",
            "",
            people,
        )
    if i18n.match(language) == i18n.match(source):
        return PreviewOut(language, "same", text, text, "", "", people)
    from workers.models import translator

    catalogue = str(settings.translation_catalogue) if settings.translation_catalogue else None
    engine = translator(str(settings.models_dir), catalogue)
    # Only whether the model files are there (no model is loaded or run here).
    check = await asyncio.to_thread(engine.check, source, language)
    if check.available:
        notice = _(MACHINE_NOTICE) % {"language": SOURCE_NAMES[source]}
        return PreviewOut(language, "machine", None, text, notice, " > ".join(check.models), people)
    return PreviewOut(language, "untranslated", text, text, _(NO_MODEL_NOTICE), "", people)


async def public_replies(receipt_code: str) -> list[PublicReply]:
    """The replies a resident reads on /status with their receipt code."""
    rows = (
        await ReplyDelivery.select()
        .where(
            (ReplyDelivery.opinion.receipt_code == receipt_code)
            & (ReplyDelivery.status == "published")
        )
        .order_by(ReplyDelivery.published_at)
    )
    return [
        PublicReply(
            language=row["language"],
            text=row["text"],
            notice=row["notice"],
            original=row["original"] if row["original"] != row["text"] else None,
            original_language=row["original_language"] if row["original"] != row["text"] else None,
            machine_translation=row["method"] == "machine",
            model=row["model"] or None,
            published_at=row["published_at"],
        )
        for row in rows
    ]


async def save_template(
    slug: str, edit: dict[str, Any], user: CurrentUser
) -> reply_templates.ReplyTemplate:
    try:
        clean = reply_templates.check_edit(slug, edit)
    except reply_templates.TemplateError as error:
        raise ReplyError(error.field, error.message) from None
    before = (await template_edits()).get(slug, {})
    merged = {**before, **{k: v for k, v in clean.items() if k != "body"}}
    if "body" in clean:
        merged["body"] = {**before.get("body", {}), **clean["body"]}
    now = datetime.now(UTC)
    await ReplyTemplateEdit.insert(
        ReplyTemplateEdit(slug=slug, content=merged, account=user.id, updated_at=now)
    ).on_conflict(
        target=ReplyTemplateEdit.slug,
        action="DO UPDATE",
        values=[ReplyTemplateEdit.content, ReplyTemplateEdit.account, ReplyTemplateEdit.updated_at],
    )
    await AuditEntry.insert(
        AuditEntry(account=user.id, action="reply_template.edited", object_type="reply_template",
                   object_id=slug, before=before, after=merged, created_at=now)
    )  # fmt: skip
    return {t.slug: t for t in await list_templates()}[slug]


def centre_out(centre: reply_templates.Centre) -> CentreOut:
    prefecture = regions.BY_CODE[centre.prefecture]
    return CentreOut(
        prefecture=centre.prefecture,
        prefecture_name=f"{prefecture.name_ja} ({prefecture.name_en})",
        name=centre.name,
        telephone=centre.telephone,
        web_address=centre.web_address,
        hours=centre.hours,
        languages=centre.languages,
        filled=centre.filled,
    )


async def save_centre(
    prefecture: str, values: dict[str, Any], user: CurrentUser
) -> reply_templates.Centre:
    try:
        centre = reply_templates.check_centre(prefecture, values)
    except reply_templates.TemplateError as error:
        raise ReplyError(error.field, error.message) from None
    before = (await centres())[prefecture]
    now = datetime.now(UTC)
    fields = {name: getattr(centre, name) for name in reply_templates.CENTRE_FIELDS}
    await ConsultationCentre.insert(
        ConsultationCentre(prefecture=prefecture, account=user.id, updated_at=now, **fields)
    ).on_conflict(
        target=ConsultationCentre.prefecture,
        action="DO UPDATE",
        values=[*(getattr(ConsultationCentre, name) for name in reply_templates.CENTRE_FIELDS),
                ConsultationCentre.account, ConsultationCentre.updated_at],
    )  # fmt: skip
    await AuditEntry.insert(
        AuditEntry(account=user.id, action="consultation_centre.edited", object_type="prefecture",
                   object_id=prefecture,
                   before={name: getattr(before, name) for name in reply_templates.CENTRE_FIELDS},
                   after=fields, created_at=now)
    )  # fmt: skip
    return centre


def interface_languages() -> list[str]:
    return [language.code for language in i18n.LANGUAGES]
