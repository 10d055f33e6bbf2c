"""What the review API returns."""

from __future__ import annotations

from datetime import datetime

import msgspec


class LanguageScore(msgspec.Struct):
    language: str
    score: float


class StepOutcome(msgspec.Struct):
    step: str
    outcome: str
    message: str
    updated_at: datetime


class ReviewOpinion(msgspec.Struct):
    id: int
    receipt_code: str
    text: str
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
    submitted_at: datetime
    processed_at: datetime | None
    updated_at: datetime
    has_contact_email: bool
    steps: list[StepOutcome] = msgspec.field(default_factory=list)


class ReviewPage(msgspec.Struct):
    items: list[ReviewOpinion]
    total: int
    page: int
    per_page: int


class LanguageCorrection(msgspec.Struct, forbid_unknown_fields=True):
    language: str
