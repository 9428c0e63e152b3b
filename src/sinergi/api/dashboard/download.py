"""A shown table as a file: CSV (UTF-8 with a BOM, so Excel reads the accents) or XLSX.

Cells are those of the page (names, labels in the page's language); an XLSX has a
second sheet saying which question, with which parameters, and which rows it holds.
Texts that a spreadsheet would run as a formula are neutralised (``sheets.csvsafe``).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ...sheets.csvsafe import neutralise
from .cells import Table, plain

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _rows(tbl: Table) -> list[list[str]]:
    return [[neutralise(plain(parts)) for parts in row] for row in tbl.rows]


def to_csv(tbl: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(tbl.headings)
    writer.writerows(_rows(tbl))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(tbl: Table, about: list[tuple[str, Any]]) -> bytes:
    from openpyxl import Workbook  # imported when asked: most pages never need it
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = tbl.name[:31]
    sheet.append(tbl.headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _rows(tbl):
        sheet.append(row)
    sheet.freeze_panes = "A2"
    info = book.create_sheet("info")
    for key, value in about:
        info.append([neutralise(key), neutralise("" if value is None else str(value))])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
