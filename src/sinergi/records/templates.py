"""Blank record sheets for planners: ``sinergi template agreements --out perjanjian.xlsx``.

A template has one header row in both languages ("Pihak / parties"), one example row
whose id starts with ``CONTOH`` (the loader skips it), and, in XLSX, drop-down lists
for the columns with fixed values (kinds, statuses; topics get a prompt because a cell
may hold several), text format on code and id columns so Excel keeps ``63.10`` as
written, and a second sheet "Petunjuk" explaining every column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ParameterError
from ..sheets import write_xlsx_rows
from ..sheets.csvsafe import write_rows
from .columns import CHOICE, CHOICES, REGION, REGIONS, SHEET_KINDS, TEMPLATE_KINDS, Column

_TEXT_TYPES = (REGION, REGIONS)
_WIDTH = {"id": 14, "kind": 16, "status": 12}


def write_template(kind: str, out: Path) -> Path:
    """Write the blank sheet of ``kind`` to ``out`` (.xlsx or .csv)."""
    if kind not in TEMPLATE_KINDS:
        raise ParameterError(f"unknown sheet kind {kind!r}; use one of "
                             f"{', '.join(TEMPLATE_KINDS)}", param="kind")
    columns = SHEET_KINDS[kind]
    suffix = out.suffix.lower()
    if suffix == ".csv":
        _write_csv(columns, out)
    elif suffix == ".xlsx":
        _write_xlsx(kind, columns, out)
    else:
        raise ParameterError(f"--out must end in .xlsx or .csv, not {out.name!r}", param="out")
    return out


def _example(columns: tuple[Column, ...]) -> list[str]:
    return [c.example for c in columns]


def _write_csv(columns: tuple[Column, ...], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    # utf-8-sig: Excel opens it with the right accents.
    with out.open("w", newline="", encoding="utf-8-sig") as fh:
        write_rows(fh, [c.header for c in columns], [_example(columns)])


def _write_xlsx(kind: str, columns: tuple[Column, ...], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    ws: Any = book.active
    ws.title = kind
    write_xlsx_rows(ws, [[c.header for c in columns], _example(columns)])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[2]:
        cell.font = Font(italic=True, color="808080")
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
    ws.freeze_panes = "A2"
    for i, col in enumerate(columns, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = _WIDTH.get(col.id, max(14, len(col.header) + 2))
        if col.id == "id" or col.type in _TEXT_TYPES:
            for row in range(2, 1001):  # keep codes and ids as typed: '63.10', '007'
                ws.cell(row=row, column=i).number_format = "@"
        _validation(ws, col, letter)
    _help_sheet(book, columns)
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)


def _validation(ws: Any, col: Column, letter: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    if col.type == CHOICE:
        dv = DataValidation(type="list", formula1='"' + ",".join(col.choices) + '"',
                            allow_blank=True, showErrorMessage=True)
        dv.error = f"Pilih salah satu / choose one of: {', '.join(col.choices)}"
        dv.errorTitle = col.header
    elif col.type == CHOICES:
        # A list validation allows one value only: several topics need a prompt instead.
        dv = DataValidation(allow_blank=True, showInputMessage=True)
        dv.prompt = "; ".join(col.choices)[:250]
        dv.promptTitle = col.header[:32]
    else:
        return
    ws.add_data_validation(dv)
    dv.add(f"{letter}2:{letter}1000")


def _help_sheet(book: Any, columns: tuple[Column, ...]) -> None:
    from openpyxl.styles import Font

    ws = book.create_sheet("Petunjuk")
    rows = [["Kolom / column", "Wajib / required", "Isi / help", "Nilai / allowed values"]]
    rows += [[c.header, "ya / yes" if c.required else "", c.help, ", ".join(c.choices)]
             for c in columns]
    rows.append([])
    rows.append(["Baris yang ID-nya diawali CONTOH dilewati / rows whose id starts with "
                 "CONTOH are skipped."])
    write_xlsx_rows(ws, rows)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCD", (34, 16, 70, 60), strict=True):
        ws.column_dimensions[letter].width = width
