"""What the review API returns and accepts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec


class LanguageScore(msgspec.Struct):
    language: str
    score: float


class StepOutcome(msgspec.Struct):
    step: str
    outcome: str
    message: str
    updated_at: datetime
    # page writes its note from these in the reviewer's language.
    detail: dict[str, Any] = msgspec.field(default_factory=dict)


class TranslationOut(msgspec.Struct):
    target: str
    text: str
    model: str
    engine: str
    route: list[str]
    machine_translation: bool = True
    # The model's mean token log-probability (None: not scored) and the codes of the checks
    # that say "check with a translator": wrong_language, loop, length_ratio, low_score.
    score: float | None = None
    warnings: list[str] = msgspec.field(default_factory=list)


class TopicOut(msgspec.Struct):
    slug: str
    score: float
    source: str


class NoteOut(msgspec.Struct):
    id: int
    text: str
    author: str | None
    created_at: datetime


class HistoryEntry(msgspec.Struct):
    action: str
    actor: str | None
    before: dict
    after: dict
    at: datetime


class UrgentCopy(msgspec.Struct):
    """The member of a campaign that makes it urgent, when it is not the opinion shown."""

    id: int
    language: str | None
    reasons: list[str]
    categories: list[str] = msgspec.field(default_factory=list)


class ReviewOpinion(msgspec.Struct):
    id: int
    receipt_code: str
    # The text reviewers read: personal data redacted where the pipeline found some.
    text: str
    text_redacted: bool
    pii_kinds: list[str]
    source: str
    region: str | None
    declared_language: str | None
    detected_language: str | None
    language_confidence: float | None
    language_alternatives: list[LanguageScore]
    language: str | None
    language_needs_check: bool
    processing_status: str
    processing_error: str | None
    processing_attempts: int
    triage_status: str
    assignee: str | None
    urgent: bool
    urgent_reasons: list[str]
    relevance: str | None
    relevance_note: str | None
    theme: int | None
    duplicate_of: int | None
    submitted_at: datetime
    processed_at: datetime | None
    updated_at: datetime
    has_contact_email: bool
    # How many other opinions duplicate this one (a campaign's weight is copies + 1).
    copies: int = 0
    # classifiers.urgency's categories, most life-threatening first ("danger_to_life", ...).
    urgent_categories: list[str] = msgspec.field(default_factory=list)
    topics: list[TopicOut] = msgspec.field(default_factory=list)
    translations: list[TranslationOut] = msgspec.field(default_factory=list)
    steps: list[StepOutcome] = msgspec.field(default_factory=list)
    notes: list[NoteOut] = msgspec.field(default_factory=list)
    history: list[HistoryEntry] = msgspec.field(default_factory=list)
    # Its group of copies (a campaign) holds an urgent opinion: this one or a copy. The
    # `urgent` filter and the "urgent first" order go by this.
    group_urgent: bool = False
    # When the group is urgent because of another member: which one, and why.
    urgent_copy: UrgentCopy | None = None
    # "zawgyi": the resident typed in the Zawgyi encoding; `text` is its Unicode conversion.
    original_encoding: str | None = None


class ReviewPage(msgspec.Struct):
    items: list[ReviewOpinion]
    total: int
    page: int
    per_page: int


class LanguageCorrection(msgspec.Struct, forbid_unknown_fields=True):
    language: str


class TriageUpdate(msgspec.Struct, forbid_unknown_fields=True):
    triage_status: str | None = None
    # An e-mail address of a reviewer or admin; "" clears the assignee.
    assignee: str | None = None
    # Replaces the topics with this one, set by a person.
    topic: str | None = None
    # The opinion's copies (a campaign shown as one item) take its status and assignee too.
    include_copies: bool = True


class BulkTriage(msgspec.Struct, forbid_unknown_fields=True):
    ids: list[int]
    triage_status: str | None = None
    assignee: str | None = None
    topic: str | None = None
    include_copies: bool = True


class BulkResult(msgspec.Struct):
    updated: int
    # Copies of those opinions that followed them (not counted in `updated`).
    copies: int = 0


class NoteIn(msgspec.Struct, forbid_unknown_fields=True):
    text: str


class OriginalText(msgspec.Struct):
    text: str
    contact_email: str | None
    # "zawgyi" when `text` is in the Zawgyi encoding as typed (everyone else reads Unicode).
    original_encoding: str | None = None
