"""Writing cells to spreadsheets so that a value survives export -> XLSX/CSV -> load."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .read import LIST_SEP

# Characters XLSX cannot hold (XML 1.0 forbids them); openpyxl refuses them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

def cell_text(value: Any) -> Any:
    """A property value as a spreadsheet cell: lists joined with '; ' (as JSON when a
    value holds ';' or starts with '['), None as empty; numbers and booleans as such."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
        if not items:
            return None
        if any(";" in v or "\n" in v or v.startswith("[") or v != v.strip() for v in items):
            return json.dumps(items, ensure_ascii=False)
        return LIST_SEP.join(items)
    return value


def xlsx_safe(value: Any) -> Any:
    """Drop characters XLSX cannot store (control characters other than tab/newline)."""
    return _ILLEGAL_XML.sub("", value) if isinstance(value, str) else value


def write_xlsx_rows(ws: Any, rows: Iterable[Sequence[Any]]) -> None:
    """Append rows to an openpyxl worksheet with every string stored as text: a value
    starting with '=' must stay a value, never become a formula."""
    for values in rows:
        safe = [xlsx_safe(v) for v in values]
        ws.append(safe)
        row = ws._current_row  # ws.max_row rescans every cell: quadratic on big sheets
        for col, value in enumerate(safe, start=1):
            if isinstance(value, str) and value.startswith("="):
                ws.cell(row=row, column=col).data_type = "s"
