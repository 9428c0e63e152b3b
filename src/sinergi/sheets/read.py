"""Reading planners' spreadsheets (CSV and XLSX) into plain rows.

Spreadsheets are messy in predictable ways: Excel in an Indonesian locale saves CSV with
``;`` and sometimes in cp1252, turns ``63.10`` into the number ``63.1``, dates into
datetimes and ids into floats. This module reads both formats into ``Sheet`` objects
(header cells plus data rows with their real row numbers) and offers the cell helpers
the records loader and the restore share (``write`` does the reverse), so a value
survives the round trip export -> XLSX/CSV -> load unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import gate
from ..errors import InputError
from ..settings import Settings
from .csvsafe import unneutralise
from .xlsx import Limits, read_workbook

#: Separator of several values in one cell ("Pemkot Banjarmasin; Kanim Banjarmasin").
LIST_SEP = "; "
_SPLIT = re.compile(r"[;\n]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


@dataclass
class Sheet:
    """One table: a CSV file or one worksheet. Rows keep their number in the file
    (the header is usually row 1) so that problems can name them."""

    file: str  # the path as given
    name: str  # worksheet title; "" for CSV
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    header_row: int = 1
    strict_width: bool = False  # CSV: every row should have as many cells as the header

    @property
    def where(self) -> str:
        return f"{self.file}[{self.name}]" if self.name else self.file

    def overflow(self, n: int, cells: list[Any]) -> InputError | None:
        """A row with values right of the last header: usually a separator inside a
        value that was not quoted, which shifted every cell after it."""
        extra = [c for c in cells[len(self.headers):] if self.strict_width or not _blank(c)]
        if not extra:
            return None
        return InputError(f"{len(self.headers) + len(extra)} values but {len(self.headers)} "
                          "columns: a ',' or ';' inside a value needs quotes", file=self.where,
                          line=n, column=str(len(self.headers) + 1))


def read_sheets(path: Path, data: bytes | None = None, *, limits: Limits | None = None,
                warnings: list[str] | None = None) -> list[Sheet]:
    """Every non-empty table in a .csv or .xlsx file (``data``: its bytes, already read
    through the input gate), within ``limits``; a CSV decoded from cp1252 adds a
    warning to ``warnings``."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise InputError(f"cannot read {suffix or 'files without an extension'}: "
                         "use .csv or .xlsx", file=str(path))
    settings = Settings()
    limits = limits or Limits.of(settings)
    if data is None:
        data = gate.read_capped(path, settings.max_sheet_bytes,
                                setting="SINERGI_MAX_SHEET_BYTES")
    if suffix == ".csv":
        return [_read_csv(data, str(path), limits, warnings if warnings is not None else [])]
    sheets = [_table(str(path), title, rows)
              for title, rows in read_workbook(data, str(path), limits)]
    return [sheet for sheet in sheets if sheet.headers]


def _read_csv(data: bytes, file: str, limits: Limits, warnings: list[str]) -> Sheet:
    text = gate.decode(data, file, warnings.append)
    first = text.split("\n", 1)[0]
    # Excel with a comma decimal separator writes ';' between cells.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    table = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # Our CSV writers mark text that looks like a formula with an apostrophe: undo it.
    rows, cells = [], 0
    for i, r in enumerate(table, start=1):
        if i > limits.rows:
            raise InputError(f"more than {limits.rows} rows (SINERGI_MAX_SHEET_ROWS)",
                             file=file, line=i)
        cells += len(r)
        if len(r) > limits.columns or cells > limits.cells:
            raise InputError(f"more than {limits.columns} columns in a row or "
                             f"{limits.cells} cells (SINERGI_MAX_SHEET_COLUMNS/_CELLS)",
                             file=file, line=i)
        rows.append((i, [unneutralise(c) for c in r]))
    sheet = _table(file, "", rows)
    sheet.strict_width = True
    return sheet


def _table(file: str, name: str, rows: list[tuple[int, list[Any]]]) -> Sheet:
    """The first non-empty row is the header; empty rows are dropped."""
    filled = [(n, cells) for n, cells in rows if any(not _blank(c) for c in cells)]
    if not filled:
        return Sheet(file, name, [])
    header_row, header = filled[0]
    headers = [text(c) or "" for c in header]
    while headers and not headers[-1]:
        headers.pop()
    return Sheet(file, name, headers, filled[1:], header_row)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- reading cells ----------------------------------------------------------------------


def text(value: Any) -> str | None:
    """A cell as stripped text; integral numbers lose their '.0' (ids typed as numbers)."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def split_list(value: Any) -> list[str]:
    """Several values in one cell: 'a; b' (or one per line). A JSON list written by the
    exports (used when a value itself holds ';') is read back as such."""
    raw = text(value)
    if raw is None:
        return []
    if raw.startswith("["):
        try:
            parsed = json.loads(raw)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, list) and all(isinstance(v, str) for v in parsed):
            return parsed
    return [part.strip() for part in _SPLIT.split(raw) if part.strip()]


def parse_date(value: Any) -> str:
    """ISO date from a datetime cell, 'YYYY-MM-DD' or 'dd/mm/yyyy'; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raw = text(value) or ""
    if m := _ISO_DATE.fullmatch(raw):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _DMY_DATE.fullmatch(raw):
        d, mo, y = (int(g) for g in m.groups())
    else:
        raise ValueError(f"{raw!r} is not a date: write YYYY-MM-DD or dd/mm/yyyy")
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise ValueError(f"{raw!r} is not a real date") from None


def region_code_text(value: Any) -> str | None:
    """A region code typed into Excel as a number: 63 -> '63', 63.1 -> '63.10'."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return text(value)
    if float(value).is_integer():
        return f"{int(value):02d}"
    return f"{value:.2f}"
