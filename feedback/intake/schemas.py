"""What goes over the wire for submissions and public status.

The constraints are msgspec's: litestar refuses what breaks them (400) and the OpenAPI schema
states them, from the same types (feedback/api.py). They are built from the constants that the
web form's checks (intake/services.py `validate`) use, so the form and the API agree.
"""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar.params import Parameter
from msgspec import Meta

from feedback import regions
from feedback.accounts.services import EMAIL_PATTERN
from feedback.intake.services import (
    CONTROL_CHARACTERS,
    LANGUAGE_TAG,
    MAX_LANGUAGE_TAG_LENGTH,
    MAX_TEXT_LENGTH,
    RECEIPT_ALPHABET,
    RECEIPT_LENGTH,
)
from feedback.replies.schemas import PublicReply

# Not blank (a character that is not white space) and no control character anywhere.
OPINION_TEXT_PATTERN = (
    f"^[^{CONTROL_CHARACTERS}]*[^\\s{CONTROL_CHARACTERS}][^{CONTROL_CHARACTERS}]*$"
)
# "JP-01" to "JP-47", upper or lower case; "" means none.
REGION_PATTERN = f"^({regions.CODE_PATTERN[1:-1]})?$"
# The address as typed: white space around it is dropped; "" means none. Written so that
# Python's reading (msgspec) and ECMA's (OpenAPI clients, schemathesis) agree: `\s` differs
# between them (Python's has \x1c-\x1f and \x85, ECMA's has \ufeff), so control characters are
# excluded by range and the white space around the address is spelt out.
_EMAIL = (
    EMAIL_PATTERN.pattern.removeprefix("^")
    .removesuffix("$")
    .replace(r"\s]", r"\s\x00-\x1f\x7f-\x9f\ufeff]")
)
_SPACE = r"[ \t\n\r]*"
CONTACT_EMAIL_PATTERN = f"^({_SPACE}{_EMAIL}{_SPACE})?$"
# A receipt code as a resident may type it: any case, dashes and spaces anywhere.
_RECEIPT_CHARACTER = "[" + "".join(sorted(set(RECEIPT_ALPHABET + RECEIPT_ALPHABET.lower()))) + "]"
RECEIPT_CODE_PATTERN = f"^[\\s-]*({_RECEIPT_CHARACTER}[\\s-]*){{{RECEIPT_LENGTH}}}$"

OpinionText = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=MAX_TEXT_LENGTH,
        pattern=OPINION_TEXT_PATTERN,
        description=f"The opinion, in any language: up to {MAX_TEXT_LENGTH:,} characters, not "
        "blank, without control characters (tab and line breaks are fine).",
    ),
]
LanguageTag = Annotated[
    str,
    Meta(
        max_length=MAX_LANGUAGE_TAG_LENGTH,
        pattern=f"^({LANGUAGE_TAG})?$",
        description="The language the resident says they wrote in, a BCP 47 tag such as "
        "'vi' or 'pt-BR' ('' or null: not said).",
    ),
]
RegionCode = Annotated[
    str,
    Meta(
        pattern=REGION_PATTERN,
        description="The prefecture, JP-01 (Hokkaido) to JP-47 (Okinawa); '' or null: none.",
    ),
]
ContactEmail = Annotated[
    str,
    Meta(
        max_length=254,
        pattern=CONTACT_EMAIL_PATTERN,
        description="An e-mail address for a reply ('' or null: none).",
    ),
]
ReceiptCode = Annotated[
    str,
    Parameter(
        pattern=RECEIPT_CODE_PATTERN,
        max_length=64,
        description="The receipt code, like K7QM-3XHD (any case; the dash may be left out).",
    ),
]


class OpinionIn(msgspec.Struct, forbid_unknown_fields=True):
    text: OpinionText
    language: LanguageTag | None = None
    region: RegionCode | None = None
    contact_email: ContactEmail | None = None


class HelpLine(msgspec.Struct):
    """A national help line; `purpose`, `note` and `area_note` are English."""

    number: str  # as shown and dialled in Japan: "0120-279-338", "#8008"
    tel: str  # an RFC 3966 URI for a link: "tel:0120279338", "tel:%238008"
    purpose: str
    name_ja: str
    free: bool
    around_the_clock: bool
    note: str | None
    area_number: str | None  # the number to call instead from the areas in area_note
    area_tel: str | None
    area_note: str | None


class Emergency(msgspec.Struct):
    """What a resident in danger should do now: this box is not watched around the clock."""

    watched_around_the_clock: bool
    message: str  # English; the web pages show it in the resident's language
    police: str
    fire_and_ambulance: str
    help_lines: list[HelpLine]


def emergency_info() -> Emergency:
    from feedback.intake import emergency

    return Emergency(
        watched_around_the_clock=False,
        message=emergency.API_MESSAGE,
        police=emergency.POLICE,
        fire_and_ambulance=emergency.FIRE_AND_AMBULANCE,
        help_lines=[
            HelpLine(
                number=line.number,
                tel=line.tel,
                purpose=line.purpose,
                name_ja=line.name_ja,
                free=line.free,
                around_the_clock=line.around_the_clock,
                note=line.note,
                area_number=line.area_number,
                area_tel=line.area_tel,
                area_note=line.area_note.rstrip(":") if line.area_note else None,
            )
            for line in emergency.HELP_LINES
        ],
    )


class OpinionReceipt(msgspec.Struct):
    id: int
    receipt_code: str
    status: str
    emergency: Emergency


class PublicStatus(msgspec.Struct):
    receipt_code: str
    status: str
    submitted_on: str
    emergency: Emergency
    # The ministry's replies, in the resident's language with the original beneath (issue 16).
    replies: list[PublicReply] = msgspec.field(default_factory=list)
