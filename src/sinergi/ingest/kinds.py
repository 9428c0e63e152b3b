"""Which kind of sheet a header row belongs to: the columns that tell them apart."""

from __future__ import annotations

from collections.abc import Sequence

from ..records.columns import SHEET_KINDS, TEMPLATE_KINDS
from ..review.sheet import REVIEW
from ..sheets.columns import header_id

RECORD_KINDS = TEMPLATE_KINDS
EXPORT_KINDS = ("nodes", "relationships")

# Checked in this order: a review sheet has a key column too, so it goes first.
_SIGNATURES = (
    ("review", {"key", "decision"}),
    ("relationships", {"type", "key", "src", "dst"}),
    ("nodes", {"label", "key"}),
    ("agreements", {"parties"}),
    ("meetings", {"participants"}),
    ("officials", {"title", "institution"}),
    ("offices", {"name", "kind"}),
)
_EVERY = tuple(c for cols in SHEET_KINDS.values() for c in cols) + REVIEW


def detect_kind(headers: Sequence[str]) -> str | None:
    """The sheet kind whose signature columns the headers contain, or None."""
    ids = {header_id(h, _EVERY) for h in headers if h}
    for kind, needed in _SIGNATURES:
        if needed <= ids:
            return kind
    return None


def nearest_kind(headers: Sequence[str]) -> tuple[str, list[str]] | None:
    """For headers of no known kind: the record kind sharing most columns with them (at
    least two) and the headers of its required columns that are missing."""
    best: tuple[int, str] | None = None
    for kind in RECORD_KINDS:
        columns = SHEET_KINDS[kind]
        ids = {header_id(h, columns) for h in headers if h}
        shared = len(ids & {c.id for c in columns})
        if shared >= 2 and (best is None or shared > best[0]):
            best = (shared, kind)
    if best is None:
        return None
    kind = best[1]
    columns = SHEET_KINDS[kind]
    ids = {header_id(h, columns) for h in headers if h}
    needed = {c for cols in (s for k, s in _SIGNATURES if k == kind) for c in cols}
    missing = [c.header for c in columns if (c.required or c.id in needed) and c.id not in ids]
    return (kind, missing) if missing else None
