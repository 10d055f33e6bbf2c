"""What the reply API accepts and returns."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar, Literal

import msgspec
from litestar.params import Parameter
from msgspec import Meta

from feedback import i18n, regions
from feedback.api import ErrorBody as ErrorBody  # the one error body of the JSON API
from feedback.replies import templates as reply_templates

# The same limit as replies.services.MAX_REPLY_CHARS (which checks the page's form too).
MAX_REPLY_CHARS = 5000
ReplyScope = Literal["opinion", "group", "theme"]
# A template's slug as the services take it (white space around it is dropped; "" is none).
TEMPLATE_SLUG_PATTERN = r"^\s*(" + "|".join(reply_templates.slugs()) + r")?\s*$"
# The field limits of an administrator's edits (replies/templates.py checks them).
AdminText = Annotated[str, Meta(max_length=reply_templates.MAX_FIELD_CHARS)]
# A template text: at most MAX_BODY_CHARS, braces doubled ({{ }}) except around a placeholder.
TEMPLATE_BODY_PATTERN = (
    r"^([^{}\x00]|\{\{|\}\}|\{(" + "|".join(reply_templates.PLACEHOLDERS) + r")\})*$"
)
TemplateBody = Annotated[
    str,
    Meta(
        max_length=reply_templates.MAX_BODY_CHARS,
        pattern=TEMPLATE_BODY_PATTERN,
        description="The template in one language; placeholders: "
        + ", ".join(f"{{{name}}}" for name in reply_templates.PLACEHOLDERS)
        + "; write {{ and }} for a brace; '' keeps the shipped text",
    ),
]


class ReplyIn(msgspec.Struct, forbid_unknown_fields=True):
    """A reply: the reviewer's own words (`text`, Japanese or English) or a `template`'s slug,
    not both. `scope`: this opinion, its group of copies, or its whole theme."""

    exactly_one_of: ClassVar[tuple[str, ...]] = ("text", "template")

    text: Annotated[str, Meta(max_length=MAX_REPLY_CHARS)] | None = None
    template: Annotated[str, Meta(pattern=TEMPLATE_SLUG_PATTERN)] | None = None
    send_email: bool = True
    scope: ReplyScope = "opinion"
    # ja | en; guessed from the text's script when left out.
    language: Annotated[str, Meta(pattern=r"^\s*([Jj][Aa]|[Ee][Nn])?\s*$")] | None = None
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


# A template's text per interface language: an object whose keys are the interface codes.
TemplateBodies = msgspec.defstruct(
    "TemplateBodies",
    [(code.replace("-", "_"), TemplateBody | None, None) for code in i18n.BY_CODE],
    rename={code.replace("-", "_"): code for code in i18n.BY_CODE},
    forbid_unknown_fields=True,
    omit_defaults=True,
    module=__name__,
)


class TemplateEdit(msgspec.Struct, forbid_unknown_fields=True):
    """An administrator's version: only the fields given change; an empty body keeps the
    shipped text for that language."""

    name_ja: AdminText | None = None
    name_en: AdminText | None = None
    telephone: AdminText | None = None
    web_address: AdminText | None = None
    hours: AdminText | None = None
    languages_served: AdminText | None = None
    verified: bool | None = None
    body: TemplateBodies | None = None  # type: ignore[valid-type]


class CentreIn(msgspec.Struct, forbid_unknown_fields=True):
    name: AdminText = ""
    # The directory's column holds 64 characters.
    telephone: Annotated[str, Meta(max_length=64)] = ""
    # "" or an http(s) address (white space around it is dropped).
    web_address: Annotated[
        str,
        Meta(max_length=reply_templates.MAX_FIELD_CHARS, pattern=r"^\s*(https?://[^\x00]*)?$"),
    ] = ""
    hours: AdminText = ""
    languages: AdminText = ""


PrefectureCode = Annotated[
    str,
    Parameter(pattern=regions.CODE_PATTERN.replace("[Jj][Pp]", "JP"), description="JP-01 to JP-47"),
]


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
