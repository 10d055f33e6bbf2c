"""Importing opinions collected on paper or at a hearing (CSV or JSON Lines)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from feedback import regions
from feedback.intake.services import InputError, ValidOpinion, validate

SOURCES = ("paper", "hearing", "email", "phone", "import")
_REGION_NAMES = {
    **{prefecture.name_en.lower(): prefecture.code for prefecture in regions.PREFECTURES},
    **{prefecture.name_ja: prefecture.code for prefecture in regions.PREFECTURES},
    **{
        prefecture.name_ja.rstrip("都道府県"): prefecture.code for prefecture in regions.PREFECTURES
    },
}


@dataclass
class ImportRow:
    line: int
    opinion: ValidOpinion | None
    submitted_at: datetime | None
    source: str
    error: str | None


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, record or None, parse error)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield 0, None, f"the file is not UTF-8 ({error.reason} at byte {error.start})"
        return
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "text" not in reader.fieldnames:
            yield 1, None, "the CSV needs a header row with a 'text' column"
            return
        for record in reader:
            yield reader.line_num, record, None
    elif path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                yield number, None, f"not JSON: {error}"
                continue
            if not isinstance(record, dict):
                yield number, None, "a line must be a JSON object"
                continue
            yield number, record, None
    else:
        yield 0, None, "use a .csv or .jsonl file"


def _date(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_import(path: Path, default_source: str = "import") -> Iterator[ImportRow]:
    for line, record, problem in _records(path):
        if record is None:
            yield ImportRow(line, None, None, default_source, problem)
            continue
        try:
            region = str(record.get("region") or "").strip()
            region = _REGION_NAMES.get(region.lower(), _REGION_NAMES.get(region, region))
            opinion = validate(record.get("text"), record.get("language"), region or None, None)
            try:
                submitted_at = _date(record.get("date"))
            except ValueError:
                raise InputError(
                    "date", "date_invalid", "date must be an ISO date such as 2026-11-01"
                ) from None
            if submitted_at and submitted_at > datetime.now(UTC):
                raise InputError("date", "date_future", "date is in the future")
            source = str(record.get("source") or default_source).strip().lower()
            if source not in SOURCES:
                raise InputError("source", "source", f"source must be one of {', '.join(SOURCES)}")
        except InputError as error:
            yield ImportRow(line, None, None, default_source, f"{error.field}: {error.message}")
            continue
        yield ImportRow(line, opinion, submitted_at, source, None)
