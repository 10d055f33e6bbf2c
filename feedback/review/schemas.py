"""What the review API returns and accepts, and the allowed values of its filters.

The filters' values and bounds are defined here once: the review API's query parameters and the
export API's `filters` object are typed with them (litestar validates and documents them), and
`review.services.parse_filters` (which the dashboard's pages use) checks against the same ones.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal, get_args

import msgspec
from litestar.params import Parameter
from msgspec import UNSET, Meta, UnsetType

from feedback import regions
from feedback.api import MAX_ROW_ID, check_one_of
from feedback.tables import PROCESSING_STATUSES, TRIAGE_STATUSES

TriageStatus = Literal["new", "in_review", "forwarded", "answered", "closed", "spam"]
# `status` filters by either kind of status.
OpinionStatus = Literal[
    "received", "processing", "processed", "failed",
    "new", "in_review", "forwarded", "answered", "closed", "spam",
]  # fmt: skip
Relevance = Literal["policy", "consultation"]
SortOrder = Literal["urgent", "newest", "oldest", "language"]
# How a yes/no filter may be written in a URL (the dashboard's links use 1 and 0).
Flag = Literal["1", "true", "yes", "on", "0", "false", "no", "off"]
TRUE_FLAGS = ("1", "true", "yes", "on")

if get_args(TriageStatus) != TRIAGE_STATUSES or get_args(OpinionStatus) != (
    *PROCESSING_STATUSES,
    *TRIAGE_STATUSES,
):  # pragma: no cover - a guard against editing one list and not the other
    raise RuntimeError("review.schemas statuses differ from feedback.tables")

MAX_PER_PAGE = 200
MAX_PAGE = 1_000_000
MAX_SEARCH_LENGTH = 200
MAX_NOTE_LENGTH = 5_000
MAX_BULK_IDS = 10_000
# An ISO 639 code, "und", or a code with the Latin script subtag for a romanization that a
# reviewer confirms ("ne-Latn": Nepali typed in Latin letters).
LANGUAGE_CODE_PATTERN = r"^([a-z]{2,3}(-Latn)?|und)$"
# A day (2026-11-01) or a moment (2026-11-01T09:00, seconds, fraction and offset optional),
# only real calendar days, so that every string the pattern allows is a date Python reads
# ([0-9], not \d, which takes any script's digits).
_YEAR = r"([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_LEAP_YEAR = r"([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_DAY = (
    rf"({_YEAR}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    rf"|02-(0[1-9]|1[0-9]|2[0-8]))|{_LEAP_YEAR}-02-29)"
)
_TIME = r"T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?"
ISO_MOMENT_PATTERN = f"^{_DAY}({_TIME})?$"
# Something to read: at least one character that is not white space (and no NUL, which
# PostgreSQL cannot store).
NOT_BLANK = r"^[^\x00]*[^\s\x00][^\x00]*$"

RowIdField = Annotated[int, Meta(ge=1, le=MAX_ROW_ID)]
LanguageCodeField = Annotated[
    str,
    Meta(
        pattern=LANGUAGE_CODE_PATTERN,
        description="An ISO 639-1 code such as 'my', a romanization such as 'ne-Latn', or 'und'",
    ),
]
MomentField = Annotated[
    str, Meta(pattern=ISO_MOMENT_PATTERN, description="A day (2026-11-01) or an ISO 8601 time")
]


# The review list's query parameters; ExportFilters (exports) takes the same values.
StatusQuery = Annotated[
    OpinionStatus | None, Parameter(description="A processing status or a triage status")
]
LanguageQuery = Annotated[
    str | None,
    Parameter(
        pattern=LANGUAGE_CODE_PATTERN,
        description="The opinion's language: an ISO 639-1 code such as 'my', a romanization "
        "such as 'ne-Latn', or 'und'",
    ),
]
MomentQuery = Annotated[
    str | None,
    Parameter(
        pattern=ISO_MOMENT_PATTERN,
        description="A day (2026-11-01; `until` includes it) or an ISO 8601 time",
    ),
]
FlagQuery = Annotated[Flag | None, Parameter(description="1/true/yes/on or 0/false/no/off")]
RowIdQuery = Annotated[int | None, Parameter(ge=1, le=MAX_ROW_ID)]
RelevanceQuery = Annotated[Relevance | None, Parameter(description="The relevance flag")]
RegionQuery = Annotated[
    str | None, Parameter(pattern=regions.CODE_PATTERN, description="JP-01 to JP-47")
]
SearchQuery = Annotated[
    str | None,
    Parameter(max_length=MAX_SEARCH_LENGTH, description="Words in the shown text or a translation"),
]
SortQuery = Annotated[
    SortOrder | None, Parameter(description="urgent (default), newest, oldest or language")
]
PageQuery = Annotated[int, Parameter(ge=1, le=MAX_PAGE, description="The page, from 1")]
PerPageQuery = Annotated[
    int, Parameter(ge=1, le=MAX_PER_PAGE, description=f"Items per page, 1 to {MAX_PER_PAGE}")
]


class LanguageScore(msgspec.Struct):
    language: str
    score: float


class StepOutcome(msgspec.Struct):
    step: str
    outcome: str
    message: str
    updated_at: datetime
    # What the step found, as codes (languages, kinds, topic slugs, flag values): the review
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
    language: LanguageCodeField


# An e-mail address of an active reviewer or admin (409 if there is none); "" clears it.
Assignee = Annotated[str, Meta(max_length=254)]
# A topic's slug (409 if there is no such active topic).
TopicSlug = Annotated[str, Meta(max_length=64)]


class TriageUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """What to change: at least one of `triage_status`, `assignee`, `topic` (left out: kept)."""

    requires_one_of: ClassVar[tuple[str, ...]] = ("triage_status", "assignee", "topic")

    triage_status: TriageStatus | UnsetType = UNSET
    assignee: Assignee | UnsetType = UNSET
    # Replaces the topics with this one, set by a person.
    topic: TopicSlug | UnsetType = UNSET
    # The opinion's copies (a campaign shown as one item) take its status and assignee too.
    include_copies: bool = True

    def __post_init__(self) -> None:
        check_one_of(self)


class BulkTriage(msgspec.Struct, forbid_unknown_fields=True):
    """The same change to many opinions, all or nothing (409 if one of them does not exist)."""

    requires_one_of: ClassVar[tuple[str, ...]] = ("triage_status", "assignee", "topic")

    ids: Annotated[list[RowIdField], Meta(min_length=1, max_length=MAX_BULK_IDS)]
    triage_status: TriageStatus | UnsetType = UNSET
    assignee: Assignee | UnsetType = UNSET
    topic: TopicSlug | UnsetType = UNSET
    include_copies: bool = True

    def __post_init__(self) -> None:
        check_one_of(self)


def given(value: Any) -> Any:
    """None for a field left out (msgspec.UNSET): the services take None as "no change"."""
    return None if value is UNSET else value


class BulkResult(msgspec.Struct):
    updated: int
    # Copies of those opinions that followed them (not counted in `updated`).
    copies: int = 0


class NoteIn(msgspec.Struct, forbid_unknown_fields=True):
    text: Annotated[
        str,
        Meta(
            min_length=1,
            max_length=MAX_NOTE_LENGTH,
            pattern=NOT_BLANK,
            description=f"The note, not blank, up to {MAX_NOTE_LENGTH:,} characters",
        ),
    ]


class OriginalText(msgspec.Struct):
    text: str
    contact_email: str | None
    # "zawgyi" when `text` is in the Zawgyi encoding as typed (everyone else reads Unicode).
    original_encoding: str | None = None
