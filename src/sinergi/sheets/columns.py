"""Columns of the sheets people fill in, declared once for templates and readers.

A header cell reads ``"Pihak / parties"``: Bahasa Indonesia, then the column id a reader
keys on; readers also accept the id or the Indonesian label alone, in any case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Column types: how a cell is read and checked.
TEXT, DATE, CHOICE, CHOICES, INSTITUTION, INSTITUTIONS = (
    "text", "date", "choice", "choices", "institution", "institutions")
REGION, REGIONS, TEXTS, NUMBER = "region", "regions", "texts", "number"
LIST_TYPES = frozenset({CHOICES, INSTITUTIONS, REGIONS, TEXTS})

EXAMPLE_MARKERS = ("contoh", "example")


@dataclass(frozen=True)
class Column:
    id: str
    label: str  # Bahasa Indonesia
    type: str = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    help: str = ""
    example: str = ""

    @property
    def header(self) -> str:
        return f"{self.label} / {self.id}"


def header_id(cell: str, columns: Sequence[Column] = ()) -> str:
    """The column id a header cell names: 'Pihak / parties' -> 'parties'."""
    raw = cell.strip()
    if " / " in raw:
        raw = raw.rsplit(" / ", 1)[1]
    low = raw.strip().lower()
    for col in columns:
        if low in (col.id, col.label.lower()):
            return col.id
    return low


def is_example(first_cell: str | None) -> bool:
    """The template's example row: its id starts with 'CONTOH' (or 'EXAMPLE')."""
    return bool(first_cell) and str(first_cell).strip().lower().startswith(EXAMPLE_MARKERS)
