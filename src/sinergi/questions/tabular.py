"""Answers as text: one cell format and one CSV writer for the CLI and the API, so that
``sinergi ask --csv`` and ``GET /queries/NAME?format=csv`` give the same bytes."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ..sheets.csvsafe import csv_text


def cell(value: Any) -> str:
    """A value as one cell: lists joined with ``; ``, objects and lists of lists (an
    event's members in ``graph-province``) as JSON, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple) and any(isinstance(v, list | tuple) for v in value):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> str:
    """A header line of ``columns``, then one line per row in that order; spreadsheet-safe
    (``sheets.csvsafe``): numbers stay numbers, text never starts a formula."""
    return csv_text(columns, ([_csv_value(r.get(c)) for c in columns] for r in rows))


def _csv_value(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return cell(value)
