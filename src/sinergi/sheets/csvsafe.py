"""Spreadsheet-safe CSV: the one writer behind every CSV the project produces.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read
by Excel and LibreOffice as a formula (``=HYPERLINK(...)`` in a news title would become
a live link in ``nodes.csv``). As OWASP recommends, such a cell is written with a
leading apostrophe, which spreadsheets show as text. Numbers are not touched: a
number (``-5``, ``+62``, ``1e3``) cannot be a formula, and ``-5`` must stay a number.

The readers undo it (``unneutralise``), so a value survives export -> CSV -> load
unchanged. To keep that exact, a value that itself starts with an apostrophe followed
by a dangerous character or another apostrophe gets one more apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import IO, Any

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def neutralise(value: str) -> str:
    """``value`` as a cell no spreadsheet evaluates (see the module docstring)."""
    if not value:
        return value
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return _QUOTE + value
    if value[0] == _QUOTE and value[1:2] and (value[1] == _QUOTE
                                             or value[1:].startswith(FORMULA_STARTS)):
        return _QUOTE + value
    return value


def unneutralise(value: str) -> str:
    """The value ``neutralise`` was given (a cell read back from a CSV file)."""
    if value[:1] == _QUOTE and value[1:2] and (value[1] == _QUOTE
                                              or value[1:].startswith(FORMULA_STARTS)):
        return value[1:]
    return value


def safe_cell(value: Any) -> Any:
    """A value ready for ``csv.writer``: numbers as they are, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    return neutralise(str(value))


def write_rows(fh: IO[str], columns: Sequence[str], rows: Iterable[Sequence[Any]],
               *, lineterminator: str = "\r\n") -> None:
    """A header line, then one line per row, every cell through ``safe_cell``."""
    writer = csv.writer(fh, lineterminator=lineterminator)
    writer.writerow([safe_cell(c) for c in columns])
    writer.writerows([safe_cell(v) for v in row] for row in rows)


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """``write_rows`` into a string (``\\n`` line ends)."""
    out = io.StringIO()
    write_rows(out, columns, rows, lineterminator="\n")
    return out.getvalue()
