"""Piccolo tables: opinions, their pipeline results, reviewers, tokens, labels and the audit log.

One module for the whole app, as piccolo's template does; `piccolo_app.APP_CONFIG` finds them.
Timestamps are timezone-aware UTC. JSON columns hold small lists and objects only.
"""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    Boolean,
    Bytea,
    ForeignKey,
    Integer,
    Real,
    Serial,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table

# Processing status: where the opinion is in the pipeline.
RECEIVED = "received"
PROCESSING = "processing"
PROCESSED = "processed"
FAILED = "failed"
PROCESSING_STATUSES = (RECEIVED, PROCESSING, PROCESSED, FAILED)

# Triage status: what reviewers decided.
TRIAGE_STATUSES = ("new", "in_review", "forwarded", "answered", "closed", "spam")

ROLES = ("reviewer", "organizer", "admin")


class Account(Table, tablename="account"):
    """A ministry user: reviewer, hearing organizer or administrator."""

    id: Serial

    email = Varchar(length=254, unique=True, index=True)
    display_name = Varchar(length=200, default="")
    password_hash = Text()
    role = Varchar(length=16, default="reviewer")
    active = Boolean(default=True)
    created_at = Timestamptz()
    last_login_at = Timestamptz(null=True, default=None)


class ApiToken(Table, tablename="api_token"):
    """A bearer token for the JSON API. Only its SHA-256 is stored."""

    id: Serial

    account = ForeignKey(references=Account, null=False)
    token_hash = Varchar(length=64, unique=True, index=True)
    label = Varchar(length=200, default="")
    created_at = Timestamptz()
    last_used_at = Timestamptz(null=True, default=None)
    revoked = Boolean(default=False)


class Opinion(Table, tablename="opinion"):
    """One resident's opinion, as submitted, plus what the pipeline found."""

    id: Serial

    receipt_code = Varchar(length=16, unique=True)  # the unique constraint's index serves lookups
    text = Text()
    # The language the resident chose (the form's language or the API's "language"): a hint.
    declared_language = Varchar(length=16, null=True, default=None)
    region = Varchar(length=32, null=True, default=None)
    contact_email = Varchar(length=254, null=True, default=None)
    source = Varchar(length=16, default="web")
    submitted_at = Timestamptz(index=True)
    updated_at = Timestamptz()

    processing_status = Varchar(length=16, default=RECEIVED, index=True)
    processing_error = Text(null=True, default=None)
    processing_attempts = Integer(default=0)
    processed_at = Timestamptz(null=True, default=None)

    normalised_text = Text(null=True, default=None)
    detected_language = Varchar(length=16, null=True, default=None)
    language_confidence = Real(null=True, default=None)
    language_alternatives = JSON(default=[])
    # The language everything downstream uses: a reviewer's label when there is one,
    # else the detector's guess.
    language = Varchar(length=16, null=True, default=None, index=True)
    language_needs_check = Boolean(default=False, index=True)

    triage_status = Varchar(length=16, default="new", index=True)
    assignee = ForeignKey(references=Account, null=True, default=None)

    # Personal data found in the text: reviewers and exports see `redacted_text` by default.
    redacted_text = Text(null=True, default=None)
    pii_kinds = JSON(default=[])
    # "zawgyi" when the resident typed in the Zawgyi encoding: `normalised_text` and everything
    # after it are the Unicode conversion; `text` keeps what was typed (admins only).
    original_encoding = Varchar(length=16, null=True, default=None)

    # Flags, each with the evidence that raised it.
    urgent = Boolean(default=False, index=True)
    urgent_reasons = JSON(default=[])
    # Slugs of classifiers.urgency's categories ("danger_to_life", "labour_exploitation", ...).
    urgent_categories = JSON(default=[])
    relevance = Varchar(length=16, null=True, default=None, index=True)  # policy | consultation
    relevance_note = Text(null=True, default=None)

    theme = Integer(null=True, default=None, index=True)
    # A near-identical earlier opinion (campaigns): shown as one item with its weight.
    duplicate_of = Integer(null=True, default=None, index=True)
    # Its group (the leader and every opinion that duplicates it) holds an urgent opinion: a
    # campaign is urgent when any copy is. Kept by database triggers whenever `urgent` or
    # `duplicate_of` changes (migration 2026-12-06T06:10:01); the inbox filters and orders by
    # it (index opinion_inbox_group_order).
    group_urgent = Boolean(default=False)


class PipelineStep(Table, tablename="pipeline_step"):
    """The outcome of one pipeline step for one opinion: done, skipped (with why) or failed.

    One row per (opinion, step), overwritten when the step runs again, so a job that runs
    twice leaves the same rows.
    """

    id: Serial

    opinion = ForeignKey(references=Opinion, null=False, index=True)
    step = Varchar(length=32)
    outcome = Varchar(length=16)  # done | skipped | failed
    message = Text(default="")
    detail = JSON(default={})
    updated_at = Timestamptz()
    # (opinion, step) is unique through an index made in the first migration: SQLite cannot
    # add a table constraint after the fact, and the index does the same job on both.


class Translation(Table, tablename="translation"):
    """A machine translation of an opinion, labelled with the model and route that made it."""

    id: Serial

    opinion = ForeignKey(references=Opinion, null=False, index=True)
    target = Varchar(length=16)
    text = Text()
    model = Varchar(length=200)
    engine = Varchar(length=32)
    route = JSON(default=[])
    created_at = Timestamptz()
    # The model's mean token log-probability over the output (None when no model ran).
    score = Real(null=True, default=None)
    # Codes of classifiers.translation_quality's checks that fired ("wrong_language", "loop",
    # "length_ratio", "low_score"): the review screen says "check with a translator".
    warnings = JSON(default=[])
    # (opinion, target) is unique through an index made in a migration.


class OpinionEmbedding(Table, tablename="opinion_embedding"):
    """An opinion's vector (float32 bytes) from the embedding model named here: one per
    (opinion, model), a unique index (migration 2026-12-06T09:20:00). Two models' vectors
    coexist only while the encoder is switched (workers.encoder_switch)."""

    id: Serial

    opinion = ForeignKey(references=Opinion, null=False)
    model = Varchar(length=200)
    vector = Bytea()
    created_at = Timestamptz()


class Topic(Table, tablename="topic"):
    """The topic taxonomy: data that admins edit, seeded from classifiers/data/taxonomy.yaml."""

    id: Serial

    slug = Varchar(length=64, unique=True, index=True)
    name_ja = Varchar(length=200)
    name_en = Varchar(length=200)
    description = Text(default="")
    examples = JSON(default=[])
    position = Integer(default=0)
    active = Boolean(default=True)


class OpinionTopic(Table, tablename="opinion_topic"):
    """A topic tag with its score; `source` says whether the model or a person set it."""

    id: Serial

    opinion = ForeignKey(references=Opinion, null=False, index=True)
    slug = Varchar(length=64, index=True)
    score = Real(default=1.0)
    source = Varchar(length=16, default="model")  # model | person
    account = ForeignKey(references=Account, null=True, default=None)
    created_at = Timestamptz()


class Theme(Table, tablename="theme"):
    """A group of opinions on one subject, across languages. Ids stay stable across regroups."""

    id: Serial

    topic = Varchar(length=64, null=True, default=None, index=True)
    title_ja = Text(default="")
    title_en = Text(default="")
    keywords = JSON(default=[])
    representative = Integer(null=True, default=None)
    size = Integer(default=0)
    weight = Integer(default=0)
    # A reviewer named it: regrouping keeps the name.
    name_locked = Boolean(default=False)
    merged_into = Integer(null=True, default=None)
    centroid = Bytea(null=True, default=None)
    # The coarse group (ThemeGroup.id) it lies in; None before the first two-level regroup.
    theme_group = Integer(null=True, default=None, index=True)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class ThemeGroup(Table, tablename="theme_group"):
    """A coarse group of themes (one screen of them on the board). Ids stay stable across
    regroups; a reviewer's name is kept (name_locked)."""

    id: Serial

    title_ja = Text(default="")
    title_en = Text(default="")
    keywords = JSON(default=[])
    representative = Integer(null=True, default=None)
    size = Integer(default=0)  # themed opinions in its themes
    weight = Integer(default=0)
    name_locked = Boolean(default=False)
    created_at = Timestamptz()
    updated_at = Timestamptz()


class Note(Table, tablename="note"):
    """An internal note by a reviewer on an opinion: never shown to the resident."""

    id: Serial

    opinion = ForeignKey(references=Opinion, null=False, index=True)
    account = ForeignKey(references=Account, null=True)
    text = Text()
    created_at = Timestamptz()


class ExportJob(Table, tablename="export_job"):
    """An export that runs in the background; the file is kept in the database so any web
    process can serve it, whichever worker made it."""

    id: Serial

    account = ForeignKey(references=Account, null=True)
    kind = Varchar(length=16, default="opinions")  # opinions | pack
    format = Varchar(length=16)
    filters = JSON(default={})
    include_personal_data = Boolean(default=False)
    status = Varchar(length=16, default="queued")  # queued | running | done | failed
    progress = Integer(default=0)  # percent
    row_count = Integer(default=0)
    error = Text(null=True, default=None)
    filename = Varchar(length=200, default="")
    content = Bytea(null=True, default=None)
    created_at = Timestamptz()
    finished_at = Timestamptz(null=True, default=None)


class ModelState(Table, tablename="model_state"):
    """Learned state shared by every worker (the topic tagger, the theme space), rebuilt by
    the periodic regroup job. In the database, because the models folder is read-only."""

    id: Serial

    name = Varchar(length=64, unique=True, index=True)
    content = Bytea()
    updated_at = Timestamptz()


class Label(Table, tablename="label"):
    """A reviewer's correction (language, topic, ...): it wins over the model and trains it."""

    id: Serial

    opinion = ForeignKey(references=Opinion, null=False, index=True)
    kind = Varchar(length=32)
    value = Varchar(length=64)
    account = ForeignKey(references=Account, null=True)
    created_at = Timestamptz()


class AuditEntry(Table, tablename="audit_entry"):
    """Who did what, before and after, when. Written once, never updated."""

    id: Serial

    account = ForeignKey(references=Account, null=True)
    action = Varchar(length=64, index=True)
    object_type = Varchar(length=32)
    object_id = Varchar(length=64, default="")
    before = JSON(default={})
    after = JSON(default={})
    created_at = Timestamptz(index=True)


ALERT_CHANNELS = ("email", "webhook")
ALERT_STATUSES = ("queued", "sent", "failed")


class Alert(Table, tablename="alert"):
    """An alert to the people on duty about an urgent opinion, on one channel (email | webhook):
    queued, then sent or, after the last retry, failed. Never holds the opinion's text.

    One row per (opinion, channel), through a unique index made in its migration, so a job
    that runs twice sends once.
    """

    id: Serial

    opinion = ForeignKey(references=Opinion, null=False)  # the unique index serves lookups
    channel = Varchar(length=16)
    status = Varchar(length=16, default="queued")  # queued | sent | failed
    attempts = Integer(default=0)
    last_error = Text(null=True, default=None)
    created_at = Timestamptz()
    sent_at = Timestamptz(null=True, default=None)


# Replies to residents (feedback/replies/): who gets one, and how far each has gone.
REPLY_SCOPES = ("opinion", "group", "theme")
REPLY_EMAIL_STATUSES = ("none", "not_configured", "queued", "sent", "failed")


class Reply(Table, tablename="reply"):
    """A reviewer's answer: free text in Japanese or English, or a desk's template, sent to one
    opinion, to its group of copies or to a whole theme. Each recipient has a ReplyDelivery."""

    id: Serial

    # The opinion it was written from (for a theme: the one the reviewer had open, or none).
    opinion = ForeignKey(references=Opinion, null=True, default=None)
    scope = Varchar(length=16, default="opinion")  # opinion | group | theme
    theme = Integer(null=True, default=None)
    template = Varchar(length=64, null=True, default=None)  # a template's slug
    text = Text(default="")  # the reviewer's own words ("" for a template)
    source_language = Varchar(length=16, default="ja")  # ja | en
    send_email = Boolean(default=True)
    recipients = Integer(default=0)
    account = ForeignKey(references=Account, null=True, default=None)
    created_at = Timestamptz()
    # draft: written in each resident's language for the reviewer to read, not yet shown to
    # residents or e-mailed | sent
    state = Varchar(length=16, default="sent")


class ReplyDelivery(Table, tablename="reply_delivery"):
    """One reply to one resident: the text in their language (made by the `prepare_reply` job),
    shown on /status once `published`, and its e-mail. Never holds the e-mail address: the job
    reads it from the opinion, so the retention job's deletion reaches it.

    One row per (reply, opinion) through a unique index made in its migration.
    """

    id: Serial

    reply = ForeignKey(references=Reply, null=False, index=True)
    opinion = ForeignKey(references=Opinion, null=False, index=True)
    language = Varchar(length=16)  # the interface language it is written in (feedback.i18n)
    # preparing | ready (written, its reply a draft) | published
    status = Varchar(length=16, default="preparing")
    text = Text(default="")  # in the resident's language
    original = Text(default="")  # the reviewer's words, or the template's Japanese
    original_language = Varchar(length=16, default="ja")
    # template (its own translation) | machine (a model's) | untranslated (no model) | same
    method = Varchar(length=16, default="template")
    model = Varchar(length=200, default="")
    notice = Text(default="")  # machine translation disclosed, or why there is none
    email_status = Varchar(length=16, default="none")
    email_attempts = Integer(default=0)
    email_error = Text(null=True, default=None)
    created_at = Timestamptz()
    published_at = Timestamptz(null=True, default=None)
    sent_at = Timestamptz(null=True, default=None)


class ReplyTemplateEdit(Table, tablename="reply_template_edit"):
    """An administrator's version of a reply template (feedback/replies/data/templates.yaml):
    it replaces the shipped one field by field."""

    id: Serial

    slug = Varchar(length=64, unique=True)
    content = JSON(default={})
    account = ForeignKey(references=Account, null=True, default=None)
    updated_at = Timestamptz()


class ConsultationCentre(Table, tablename="consultation_centre"):
    """A prefecture's one-stop consultation centre for foreign residents (一元的相談窓口), as
    administrators fill it in; the shipped directory (feedback/replies/data/) has the blanks."""

    id: Serial

    prefecture = Varchar(length=8, unique=True)  # JP-01 .. JP-47
    name = Text(default="")
    telephone = Varchar(length=64, default="")
    web_address = Varchar(length=300, default="")
    hours = Text(default="")
    languages = Text(default="")
    account = ForeignKey(references=Account, null=True, default=None)
    updated_at = Timestamptz()


ALL_TABLES: list[type[Table]] = [
    Account,
    ApiToken,
    Opinion,
    PipelineStep,
    Translation,
    OpinionEmbedding,
    Topic,
    OpinionTopic,
    Theme,
    ThemeGroup,
    Note,
    ExportJob,
    ModelState,
    Label,
    AuditEntry,
    Alert,
    Reply,
    ReplyDelivery,
    ReplyTemplateEdit,
    ConsultationCentre,
]
