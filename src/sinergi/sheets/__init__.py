"""Spreadsheet I/O shared by planners' records, the review sheet and backups."""

from .read import Sheet, parse_date, read_sheets, region_code_text, split_list, text
from .write import cell_text, write_xlsx_rows, xlsx_safe

__all__ = [
    "Sheet",
    "cell_text",
    "parse_date",
    "read_sheets",
    "region_code_text",
    "split_list",
    "text",
    "write_xlsx_rows",
    "xlsx_safe",
]
