"""What goes over the wire for submissions and public status."""

from __future__ import annotations

import msgspec

from feedback.replies.schemas import PublicReply


class OpinionIn(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    language: str | None = None
    region: str | None = None
    contact_email: str | None = None


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
