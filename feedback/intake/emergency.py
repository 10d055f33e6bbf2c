"""What a resident in danger should do now: the numbers shown on the receipt, the status page,
the form and in the public API (issue 14).

Nobody watches this box around the clock, so every public page says so and points to the
emergency numbers. The help lines are national; each one's facts were checked against its
operator's or the government's pages; check them again every year. Change them
here only: the pages and the API both read this module.

- 110 police, 119 fire and ambulance: free, 24 hours.
- DV相談＋ (Cabinet Office, Gender Equality Bureau) 0120-279-889: free, 24 hours; chat and
  e-mail in foreign languages on its web site.
- DV相談ナビ #8008: forwards to the nearest spousal-violence support centre (配偶者暴力相談支援
  センター), in that centre's opening hours; the call is charged, so it is not called free.
- 児童相談所虐待対応ダイヤル 189 (いちはやく): free since December 2019, 24 hours.
- よりそいホットライン 0120-279-338: free, 24 hours; after the recorded message, 2 is the
  foreign-language line (its languages and hours vary by day). Callers in Iwate, Miyagi and
  Fukushima are asked to use 0120-279-226 (that line is for those prefectures, not languages).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


def N_(text: str) -> str:
    """Marks a msgid for extraction (`make messages` runs pybabel with -k N_)."""
    return text


@dataclass(frozen=True)
class HelpLine:
    number: str  # as shown and dialled in Japan
    purpose: str  # English msgid: who the line is for
    name_ja: str  # the line's own name, which residents may hear from others
    free: bool
    around_the_clock: bool
    note: str | None = None  # English msgid
    area_number: str | None = None  # a number some areas must call instead
    area_note: str | None = None  # English msgid, a label before area_number: which areas

    @property
    def tel(self) -> str:
        return tel_uri(self.number)

    @property
    def area_tel(self) -> str | None:
        return tel_uri(self.area_number) if self.area_number else None


def tel_uri(number: str) -> str:
    """RFC 3966 tel: URI for a number as written in Japan ("#8008" -> "tel:%238008")."""
    return "tel:" + quote(number.replace("-", ""), safe="")


POLICE = "110"
FIRE_AND_AMBULANCE = "119"

HELP_LINES: tuple[HelpLine, ...] = (
    HelpLine(
        "0120-279-889",
        N_("Violence from a partner (DV)"),
        "DV相談＋",
        free=True,
        around_the_clock=True,
    ),
    HelpLine(
        "#8008",
        N_("Violence from a partner (DV)"),
        "DV相談ナビ",
        free=False,
        around_the_clock=False,
        note=N_("the nearest support centre, in its opening hours"),
    ),
    HelpLine(
        "189", N_("Child abuse"), "児童相談所虐待対応ダイヤル", free=True, around_the_clock=True
    ),
    HelpLine(
        "0120-279-338",
        N_("Any kind of worry"),
        "よりそいホットライン",
        free=True,
        around_the_clock=True,
        note=N_("for languages other than Japanese, press 2 after the recorded message"),
        area_number="0120-279-226",
        area_note=N_("From Iwate, Miyagi or Fukushima:"),
    ),
)

# The same text as the pages' notice, in English, for clients of the API.
API_MESSAGE = (
    "This opinion box is not watched around the clock. If you or someone else is in danger "
    "now, do not wait for a reply: call 110 (police) or 119 (fire and ambulance)."
)


def _grouped(lines: tuple[HelpLine, ...]) -> tuple[tuple[str, tuple[HelpLine, ...]], ...]:
    groups: dict[str, list[HelpLine]] = {}
    for line in lines:
        groups.setdefault(line.purpose, []).append(line)
    return tuple((purpose, tuple(members)) for purpose, members in groups.items())


# The help lines grouped by purpose, in order, for the pages.
HELP_LINE_GROUPS = _grouped(HELP_LINES)
