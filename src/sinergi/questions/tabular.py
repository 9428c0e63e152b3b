"""Answers as text: one cell format and one CSV writer for the CLI and the API, so that
``sinergi ask --csv`` and ``GET /queries/NAME?format=csv`` give the same bytes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any


def cell(value: Any) -> str:
    """A value as one cell: lists joined with ``; ``, objects as JSON, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> str:
    """A header line of ``columns``, then one line per row in that order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(r.get(c)) for c in columns] for r in rows)
    return out.getvalue()
