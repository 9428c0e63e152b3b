"""Reading an .xlsx workbook within limits, and without silently empty formula cells.

A 430 KB workbook can hold millions of one-cell rows or unpack to gigabytes, so before
openpyxl parses anything the zip's unpacked size is checked, and while streaming rows
are counted against ``Limits``: the first row over a limit ends the read with one
clear error (not one error per row). A cell holding a formula that Excel never
calculated has no saved value; openpyxl reads it as empty, which would load as a
missing date or party, so such cells are reported with their formula.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..settings import Settings


@dataclass(frozen=True)
class Limits:
    rows: int = 500_000
    columns: int = 1_000
    cells: int = 5_000_000
    unzipped_bytes: int = 500_000_000

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(settings.max_sheet_rows, settings.max_sheet_columns,
                   settings.max_sheet_cells, settings.max_unzipped_bytes)


Rows = list[tuple[int, list[Any]]]


def read_workbook(data: bytes, file: str, limits: Limits) -> list[tuple[str, Rows]]:
    """(title, numbered rows) of every worksheet, or an ``InputError``."""
    from openpyxl import load_workbook

    _check_zip(data, file, limits)
    formulas = _prescan(data, file, limits)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise InputError(f"not a readable XLSX workbook ({exc})", file=file) from None
    try:
        cells = [0]
        out = [(ws.title, _rows(ws, file, limits, cells)) for ws in book.worksheets]
    finally:
        book.close()
    if formulas:
        _check_formulas(data, file, out)
    return out


def _check_zip(data: bytes, file: str, limits: Limits) -> None:
    """Refuse a zip bomb from the zip's directory, before anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a readable XLSX workbook ({exc})", file=file) from None
    if unpacked > limits.unzipped_bytes:
        raise InputError(f"unpacks to {unpacked} bytes, over the limit of "
                         f"{limits.unzipped_bytes} (SINERGI_MAX_UNZIPPED_BYTES)", file=file)


def _prescan(data: bytes, file: str, limits: Limits) -> bool:
    """Count each worksheet's rows in its XML (fast, before openpyxl parses anything:
    streaming 500,000 rows through openpyxl takes a minute); whether any has a formula."""
    formulas = False
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                rows, has_formula = _scan(zf, info)
                formulas = formulas or has_formula
                if rows > limits.rows:
                    raise InputError(f"a worksheet ({info.filename}) has {rows} rows, over "
                                     f"the limit of {limits.rows} (SINERGI_MAX_SHEET_ROWS): "
                                     "split the sheet or remove empty rows", file=file)
    return formulas


def _scan(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, bool]:
    rows, formula, tail = 0, False, b""
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 20):
            # A tag cut by the chunk boundary is found in ``tail + chunk``; ``tail`` is
            # shorter than any tag, so nothing is counted twice.
            both = tail + chunk
            rows += both.count(b"<row ") + both.count(b":row ")
            formula = formula or b"<f>" in both or b"<f " in both or b":f>" in both
            tail = chunk[-4:]
    return rows, formula


def _rows(ws: Any, file: str, limits: Limits, cells: list[int]) -> Rows:
    where = f"{file}[{ws.title}]"
    declared = ws.max_column or 0
    if declared > limits.columns:
        raise InputError(f"{declared} columns, over the limit of {limits.columns} "
                         "(SINERGI_MAX_SHEET_COLUMNS)", file=where)
    if (ws.max_row or 0) > limits.rows:  # the sheet's own <dimension>: no need to stream
        raise InputError(f"{ws.max_row} rows, over the limit of {limits.rows} "
                         "(SINERGI_MAX_SHEET_ROWS): split the sheet or remove empty rows",
                         file=where)
    rows: Rows = []
    for n, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if n > limits.rows:
            raise InputError(f"more than {limits.rows} rows (SINERGI_MAX_SHEET_ROWS): "
                             "split the sheet or remove empty rows", file=where, line=n)
        cells[0] += len(values)
        if cells[0] > limits.cells:
            raise InputError(f"more than {limits.cells} cells in the file "
                             "(SINERGI_MAX_SHEET_CELLS)", file=where, line=n)
        if any(v is not None for v in values):  # empty rows are dropped anyway
            rows.append((n, list(values)))
    return rows


def _check_formulas(data: bytes, file: str, sheets: list[tuple[str, Rows]]) -> None:
    """Every formula cell whose saved value is missing, as one ``InputError`` each."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    from ..errors import InputErrors

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    errors: list[InputError] = []
    try:
        for ws, (_, rows) in zip(book.worksheets, sheets, strict=True):
            for (n, values), raw in zip(rows, _raw_rows(ws), strict=False):
                for i, formula in enumerate(raw):
                    if (isinstance(formula, str) and formula.startswith("=")
                            and (i >= len(values) or values[i] is None)):
                        errors.append(InputError(
                            f"formula {formula[:60]!r} has no saved value: open the file in "
                            "Excel or LibreOffice and save it, or type the value",
                            file=f"{file}[{ws.title}]", line=n,
                            column=get_column_letter(i + 1)))
    finally:
        book.close()
    if errors:
        raise InputErrors(errors)


def _raw_rows(ws: Any) -> Iterator[tuple[Any, ...]]:
    yield from ws.iter_rows(values_only=True)
