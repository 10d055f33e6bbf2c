"""What goes over the wire for submissions and public status."""

from __future__ import annotations

import msgspec


class OpinionIn(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    language: str | None = None
    region: str | None = None
    contact_email: str | None = None


class OpinionReceipt(msgspec.Struct):
    id: int
    receipt_code: str
    status: str


class PublicStatus(msgspec.Struct):
    receipt_code: str
    status: str
    submitted_on: str
