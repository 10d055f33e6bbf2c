"""Personal data at rest: the text staff may read of an opinion, decided when it is stored.

The intake stores the normalised text and its redaction in the same insert as the original
(`for_storage`), so no row is ever readable unredacted, whether or not a worker runs; the
worker's `workers.pipeline.analyse` calls `for_storage` too, so both store the same.
`shown_text` is what every screen, API and export shows, whatever the processing status: the
stored redaction or, for a row stored before intake redaction existed and not yet backfilled
(migration 2026-12-06T06:00), a redaction made on the fly. Never the original text: only the
admins' audited view (review.services.read_original) and admins' exports with personal data
read that.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from classifiers import privacy, zawgyi
from classifiers.text import normalise


@dataclass(frozen=True)
class StoredText:
    """What is stored beside the original: the pipeline's columns of the same names."""

    normalised_text: str
    # The normalised text with personal data replaced by placeholders; None when none was found.
    redacted_text: str | None
    pii_kinds: list[str]
    # "zawgyi" when the text was typed in the Zawgyi encoding and converted to Unicode first:
    # the opinion's `original_encoding`. The original stays in `text`, for admins only.
    converted_from: str | None = None

    @property
    def shown(self) -> str:
        return self.redacted_text if self.redacted_text is not None else self.normalised_text


def for_storage(
    text: str, names: Callable[[str], Sequence[tuple[int, int]]] | None = None
) -> StoredText:
    """Convert Zawgyi Burmese to Unicode, normalise `text` (NFC, no control or bidi-override
    characters) and redact it (the intake and the worker both call this). Regular expressions
    and a small Markov model only: well under a millisecond for a usual opinion.

    `names`: a finder of more names of persons in the normalised text (the worker passes the
    contextual finder of classifiers.name_finder, which needs the encoder; the intake does
    not), redacted with the rules' findings.

    Zawgyi comes first: redaction, language identification and translation all read the
    Unicode text (ADR 0002, "Zawgyi")."""
    encoding = zawgyi.to_unicode(text)
    normalised = normalise(encoding.text)
    extra = names(normalised) if names is not None and normalised else ()
    redaction = privacy.redact(normalised, privacy.find_pii(normalised, extra))
    return StoredText(
        normalised_text=normalised,
        redacted_text=redaction.text if redaction.spans else None,
        pii_kinds=sorted({span.kind for span in redaction.spans}),
        converted_from=encoding.converted_from,
    )


def stored(row: Mapping[str, Any]) -> StoredText:
    """The stored redaction of an opinion row (with `text`, `normalised_text`, `redacted_text`
    and optionally `pii_kinds`), made now when the row has none yet."""
    normalised = row.get("normalised_text")
    if normalised is None:
        # Stored before intake redaction, or a row written by other means: never show it raw.
        return for_storage(row.get("text") or "")
    kinds = row.get("pii_kinds") or []
    if isinstance(kinds, str):
        import json

        kinds = json.loads(kinds)
    return StoredText(normalised, row.get("redacted_text"), list(kinds))


def shown_text(row: Mapping[str, Any]) -> str:
    """The text of an opinion row that anyone but an admin reading the original may see."""
    redacted = row.get("redacted_text")
    if redacted is not None:
        return redacted
    return stored(row).shown
