"""What the reply API accepts and returns."""

from __future__ import annotations

from datetime import datetime

import msgspec


class ErrorBody(msgspec.Struct):
    """The body of every 4xx/5xx answer: `detail` says what to do; for a 400, `extra.field`
    names the offending field."""

    status_code: int
    detail: str
    extra: dict[str, str] | None = None


class ReplyIn(msgspec.Struct, forbid_unknown_fields=True):
    """A reply: the reviewer's own words (`text`, Japanese or English) or a `template`'s slug,
    not both. `scope`: this opinion, its group of copies, or its whole theme."""

    text: str | None = None
    template: str | None = None
    send_email: bool = True
    scope: str = "opinion"
    # ja | en; guessed from the text's script when left out.
    language: str | None = None
    # A draft: the worker writes each resident's text (a model's translation included) for the
    # reviewer to read; nobody gets it until POST .../replies/{reply_id}/send.
    draft: bool = False


class DeliveryOut(msgspec.Struct):
    """The reply as one resident gets it."""

    opinion_id: int
    language: str
    status: str  # preparing | ready (a draft's) | published
    text: str
    original: str
    original_language: str
    # template (its own translation) | machine | untranslated (no model) | same (no translation)
    method: str
    model: str
    notice: str
    email_status: str  # none | not_configured | queued | sent | failed
    email_attempts: int
    email_error: str | None
    published_at: datetime | None
    sent_at: datetime | None


class EmailCounts(msgspec.Struct):
    none: int = 0
    not_configured: int = 0
    queued: int = 0
    sent: int = 0
    failed: int = 0


class ReplyOut(msgspec.Struct):
    id: int
    opinion_id: int | None
    state: str  # draft | sent
    scope: str
    theme: int | None
    template: str | None
    text: str
    source_language: str
    send_email: bool
    recipients: int
    author: str | None
    created_at: datetime
    # This opinion's delivery (None while listed for a reply made before it joined the group).
    delivery: DeliveryOut | None
    # Where every recipient's e-mail stands.
    emails: EmailCounts
    preparing: int
    # Said plainly when there is no SMTP relay: replies are shown on /status only.
    email_note: str | None = None


class ReplyList(msgspec.Struct):
    items: list[ReplyOut]


class RecipientSummary(msgspec.Struct):
    """Who a reply in this scope reaches, counted before it is sent."""

    scope: str
    count: int
    languages: dict[str, int]
    with_email: int
    email_configured: bool


class PreviewOut(msgspec.Struct):
    """What the resident of this opinion will read. For free text that a model will translate,
    `text` is null: the worker translates when the reply is sent (no model runs in a web
    request); `notice` is the line the resident reads with it."""

    language: str
    method: str
    text: str | None
    original: str
    notice: str
    model: str
    recipients: RecipientSummary


class TemplateOut(msgspec.Struct):
    slug: str
    name_ja: str
    name_en: str
    topics: list[str]
    telephone: str
    web_address: str
    hours: str
    languages_served: str
    verified: bool
    uses_directory: bool
    edited: bool
    body: dict[str, str]


class TemplateList(msgspec.Struct):
    items: list[TemplateOut]
    # The template for the desk the relevance flag names, when listed for an opinion.
    suggested: str | None = None


class TemplateEdit(msgspec.Struct, forbid_unknown_fields=True):
    """An administrator's version: only the fields given change; an empty body keeps the
    shipped text for that language."""

    name_ja: str | None = None
    name_en: str | None = None
    telephone: str | None = None
    web_address: str | None = None
    hours: str | None = None
    languages_served: str | None = None
    verified: bool | None = None
    body: dict[str, str] | None = None


class CentreIn(msgspec.Struct, forbid_unknown_fields=True):
    name: str = ""
    telephone: str = ""
    web_address: str = ""
    hours: str = ""
    languages: str = ""


class CentreOut(msgspec.Struct):
    prefecture: str
    prefecture_name: str
    name: str
    telephone: str
    web_address: str
    hours: str
    languages: str
    filled: bool


class CentreList(msgspec.Struct):
    items: list[CentreOut]


class PublicReply(msgspec.Struct):
    """A reply as the resident reads it on /status: in their language, the original beneath."""

    language: str
    text: str
    notice: str
    original: str | None
    original_language: str | None
    machine_translation: bool
    model: str | None
    published_at: datetime
