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
