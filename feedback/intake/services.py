"""Validating and storing an opinion, issuing its receipt code, and the public status."""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

from feedback import i18n, regions
from feedback.accounts.services import EMAIL_PATTERN
from feedback.redaction import for_storage
from feedback.tables import RECEIVED, Opinion
from workers.jobs import PROCESS_OPINION
from workers.queue import JobQueue

log = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 10_000
# No 0/O, 1/I/L: a code read aloud or copied from paper cannot be mistaken.
RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RECEIPT_LENGTH = 8
# Redaction takes ~0.2 ms for a usual opinion and up to ~8 ms at the 10,000-character limit:
# a long text is redacted in a thread so that it does not hold the event loop.
_REDACT_INLINE_LENGTH = 2_000
# A BCP 47 tag as browsers send it ("vi", "pt-BR", "zh-Hant-TW"), at most 16 characters.
LANGUAGE_TAG = r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"
MAX_LANGUAGE_TAG_LENGTH = 16
_LANGUAGE_TAG = re.compile(f"^{LANGUAGE_TAG}$")
# C0/C1 controls other than tab and line breaks: never part of a written opinion. A regular
# expression's character class, so that the API schema (intake/schemas.py) states it too.
CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_FORBIDDEN_CONTROLS = re.compile(f"[{CONTROL_CHARACTERS}]")


class InputError(ValueError):
    """Input a resident can fix. `field` names the field, `code` is a stable machine name."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message


@dataclass(frozen=True)
class ValidOpinion:
    text: str
    declared_language: str | None
    region: str | None
    contact_email: str | None


def validate(
    text: object,
    language: object = None,
    region: object = None,
    contact_email: object = None,
) -> ValidOpinion:
    if not isinstance(text, str):
        raise InputError("text", "text_type", "text must be a string")
    if not text.strip():
        raise InputError("text", "text_empty", "text is empty: write your opinion")
    if _FORBIDDEN_CONTROLS.search(text):
        raise InputError(
            "text", "text_control", "text contains control characters (such as NUL); remove them"
        )
    length = len(unicodedata.normalize("NFC", text))
    if length > MAX_TEXT_LENGTH:
        raise InputError(
            "text",
            "text_too_long",
            f"text is {length} characters long; the limit is {MAX_TEXT_LENGTH}",
        )

    declared: str | None = None
    if language not in (None, ""):
        if (
            not isinstance(language, str)
            or not _LANGUAGE_TAG.match(language)
            or len(language) > MAX_LANGUAGE_TAG_LENGTH
        ):
            raise InputError(
                "language",
                "language_tag",
                "language must be a language tag such as 'vi' or 'pt-BR'",
            )
        interface = i18n.match(language)
        declared = (
            i18n.BY_CODE[interface].content_language
            if interface
            else language.split("-")[0].lower()
        )

    region_code: str | None = None
    if region not in (None, ""):
        if not isinstance(region, str) or region.strip().upper() not in regions.BY_CODE:
            raise InputError(
                "region", "region_code", "region must be a prefecture code from JP-01 to JP-47"
            )
        region_code = region.strip().upper()

    email: str | None = None
    if contact_email not in (None, ""):
        if (
            not isinstance(contact_email, str)
            or len(contact_email) > 254
            or not EMAIL_PATTERN.match(contact_email.strip())
        ):
            raise InputError(
                "contact_email", "email_invalid", "contact_email is not a valid e-mail address"
            )
        email = contact_email.strip()

    return ValidOpinion(
        text=text, declared_language=declared, region=region_code, contact_email=email
    )


def new_receipt_code() -> str:
    raw = "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def clean_receipt_code(code: str) -> str | None:
    """Accept codes typed in lower case, without the dash or with spaces; None if malformed."""
    raw = re.sub(r"[\s\-]", "", code).upper()
    if len(raw) != RECEIPT_LENGTH or any(char not in RECEIPT_ALPHABET for char in raw):
        return None
    return f"{raw[:4]}-{raw[4:]}"


async def store_opinion(
    opinion: ValidOpinion,
    source: str,
    job_queue: JobQueue | None,
    submitted_at: datetime | None = None,
) -> tuple[int, str]:
    """Commit the opinion, then ask the queue to process it. Returns (id, receipt code).

    The commit comes first and never depends on the queue: if the enqueue fails the opinion
    waits in `received` and the sweeper enqueues it later. Personal data is redacted in the
    same insert (feedback.redaction), so the row is never readable unredacted, worker or not.
    """
    if len(opinion.text) > _REDACT_INLINE_LENGTH:
        redacted = await asyncio.to_thread(for_storage, opinion.text)
    else:
        redacted = for_storage(opinion.text)
    now = datetime.now(UTC)
    submitted = submitted_at or now
    for _ in range(5):
        code = new_receipt_code()
        if await Opinion.exists().where(Opinion.receipt_code == code):
            continue
        rows = await Opinion.insert(
            Opinion(
                receipt_code=code,
                text=opinion.text,
                normalised_text=redacted.normalised_text,
                redacted_text=redacted.redacted_text,
                pii_kinds=redacted.pii_kinds,
                original_encoding=redacted.converted_from,
                declared_language=opinion.declared_language,
                region=opinion.region,
                contact_email=opinion.contact_email,
                source=source,
                submitted_at=submitted,
                updated_at=now,
                processing_status=RECEIVED,
            )
        ).returning(Opinion.id)
        opinion_id = rows[0]["id"]
        break
    else:  # pragma: no cover - 31**8 codes
        raise RuntimeError("could not draw an unused receipt code")
    if job_queue is not None:
        await job_queue.enqueue(PROCESS_OPINION, opinion_id)
    return opinion_id, code


# What a resident is told: no processing details, no text, no personal data.
_PUBLIC_STATUS = {
    "new": "received",
    "in_review": "in_review",
    "forwarded": "forwarded",
    "answered": "answered",
    "closed": "closed",
    "spam": "closed",
}


async def public_status(code: str) -> tuple[str, str, datetime] | None:
    """(receipt code, public status, submitted at) or None when there is no such opinion."""
    cleaned = clean_receipt_code(code)
    if cleaned is None:
        return None
    row = (
        await Opinion.select(Opinion.receipt_code, Opinion.triage_status, Opinion.submitted_at)
        .where(Opinion.receipt_code == cleaned)
        .first()
    )
    if row is None:
        return None
    return (
        row["receipt_code"],
        _PUBLIC_STATUS.get(row["triage_status"], "received"),
        row["submitted_at"],
    )
