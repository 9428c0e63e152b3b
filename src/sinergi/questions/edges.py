"""One edge per row, from the answers of the graph-* questions.

``graph-province`` answers an agreement or a meeting in one row whose ``members``
column lists its parties or attendees as ``[edge key, key, label, name, kind, role]``
(a province's network repeated each meeting once per attendee, issue 20); the other
rows, and the other graph-* questions, are one edge each. ``edge_rows`` gives every
answer in the one-edge-per-row form the view and the tests read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

MEMBER_FIELDS = ("key", "source", "source_label", "source_name", "source_kind", "detail")


def edge_rows(rows: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    """Each row as it is, or an event row as one row per member: the member's edge key,
    end and role, with the event's target columns, date, evidence and sources."""
    for row in rows:
        members = row.get("members")
        if not members:
            yield row
            continue
        for member in members:
            yield {**row, **dict(zip(MEMBER_FIELDS, member, strict=True)), "members": None}


def sort_members(rows: list[dict[str, Any]]) -> None:
    """Members in the order of their edge keys (keys are unique), so both backends agree."""
    for row in rows:
        if row.get("members"):
            row["members"] = sorted(row["members"], key=_edge_key)


def _edge_key(member: list[Any]) -> str:
    return str(member[0])
