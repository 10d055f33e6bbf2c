"""What the export API accepts and returns.

An export's `filters` are the review list's filters, with the same allowed values
(review/schemas.py); a hearing pack's options are its own. Both refuse unknown keys, and the
OpenAPI schema says so.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

import msgspec
from msgspec import Meta

from feedback import regions
from feedback.exports.pack import MAX_QUOTES
from feedback.exports.services import OPINION_FORMATS, PACK_FORMATS
from feedback.review.schemas import (
    MAX_SEARCH_LENGTH,
    Flag,
    LanguageCodeField,
    MomentField,
    OpinionStatus,
    Relevance,
    RowIdField,
    SortOrder,
    TopicSlug,
)

OpinionFormat = Literal["csv", "xlsx", "json"]
PackFormat = Literal["pack-html", "pack-md", "pack-pdf", "pack-xlsx"]
if set(get_args(OpinionFormat)) != set(OPINION_FORMATS) or set(get_args(PackFormat)) != set(
    PACK_FORMATS
):  # pragma: no cover - a guard against adding a format in one place only
    raise RuntimeError("exports.schemas formats differ from exports.services")


class ExportFilters(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """The review list's filters (`GET /api/v1/review/opinions`). Unlike the list, an export
    keeps opinions that duplicate another unless `duplicates` is 0/false."""

    status: OpinionStatus | None = None
    language: LanguageCodeField | None = None
    since: MomentField | None = None
    until: MomentField | None = None
    needs_check: Flag | None = None
    topic: TopicSlug | None = None
    theme: RowIdField | None = None
    urgent: Flag | None = None
    relevance: Relevance | None = None
    region: Annotated[str, Meta(pattern=regions.CODE_PATTERN)] | None = None
    assignee: Annotated[str, Meta(max_length=254)] | None = None
    q: Annotated[str, Meta(max_length=MAX_SEARCH_LENGTH)] | None = None
    sort: SortOrder | None = None
    duplicates: Flag | None = None
    copies_of: RowIdField | None = None

    def as_dict(self) -> dict[str, Any]:
        """The filters given, as the export services take them (strings, as in a URL)."""
        return {
            name: str(value)
            for name, value in msgspec.structs.asdict(self).items()
            if value is not None
        }


class OpinionExportRequest(msgspec.Struct, forbid_unknown_fields=True):
    format: OpinionFormat
    filters: ExportFilters = msgspec.field(default_factory=ExportFilters)
    # The original text and contact e-mail: admins only (403 for others), audited.
    include_personal_data: bool = False


class PackOptions(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    since: MomentField | None = None
    until: MomentField | None = None
    topics: list[TopicSlug] | None = None
    themes: list[RowIdField] | None = None
    # Representative opinions quoted per theme.
    quotes: Annotated[int, Meta(ge=1, le=MAX_QUOTES)] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            name: value
            for name, value in msgspec.structs.asdict(self).items()
            if value not in (None, [])
        }


class PackRequest(msgspec.Struct, forbid_unknown_fields=True):
    format: PackFormat
    filters: PackOptions = msgspec.field(default_factory=PackOptions)
    # A hearing pack never holds personal data: only false is accepted.
    include_personal_data: Literal[False] = False


class ExportJobOut(msgspec.Struct):
    id: int
    kind: str
    format: str
    status: str
    progress: int
    row_count: int
    error: str | None
    download: str | None
