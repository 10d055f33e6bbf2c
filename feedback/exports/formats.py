"""Writing rows as CSV (UTF-8 with BOM, for Excel in Japan), XLSX and JSON, safely.

A cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return, also their
full-width forms) is prefixed with an apostrophe, so opening an export never runs a resident's
text (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
# Excel's limit per cell; longer text is cut with a marker rather than corrupting the file.
XLSX_CELL_LIMIT = 32_767


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return neutralise(value) if isinstance(value, str) else value


def to_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(name) is None else _cell(row.get(name)) for name in columns])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def to_json(rows: Iterable[dict[str, Any]]) -> bytes:
    def default(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.isoformat()
        raise TypeError(type(value))

    return json.dumps(list(rows), ensure_ascii=False, indent=1, default=default).encode("utf-8")


def xlsx_sheet(workbook, title: str, columns: Sequence[str], rows: Iterable[dict[str, Any]]):
    """Append a sheet of `rows` to an openpyxl write-only workbook."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title=title[:31] or "Sheet")
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in rows:
        values = []
        for name in columns:
            value = row.get(name)
            value = "" if value is None else _cell(value)
            if isinstance(value, str):
                if len(value) > XLSX_CELL_LIMIT:
                    value = value[: XLSX_CELL_LIMIT - 20] + " …[truncated]"
                cell = WriteOnlyCell(sheet, value=value)
                # Strings stay strings: openpyxl would otherwise store "=..." as a formula.
                cell.data_type = "s"
                values.append(cell)
            else:
                values.append(value)
        sheet.append(values)
    return sheet


def to_xlsx(
    columns: Sequence[str], rows: Iterable[dict[str, Any]], title: str = "Opinions"
) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    xlsx_sheet(workbook, title, columns, rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
