"""Rows that describe the same fact with different values.

Two rows of agreements naming the same parties, kind and date are one agreement (its
key is built from them), so only one title can be stored: the last row's. That is
right when a later row corrects an earlier one, and a silent loss when the rows
disagree by mistake, so the loader warns, naming the rows and the values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..sheets import Sheet
from .rows import RowFact

#: Properties that differ between rows by construction, not by disagreement.
_IGNORED = {"key", "sources"}


def duplicate_warnings(facts: Iterable[tuple[Sheet, RowFact]]) -> list[str]:
    """One warning per fact and property on which its rows disagree."""
    by_fact: dict[tuple[str, str], list[tuple[str, RowFact]]] = defaultdict(list)
    for sheet, fact in facts:
        by_fact[(fact.label, fact.target)].append((sheet.where, fact))
    warnings = []
    for (label, key), rows in by_fact.items():
        if len(rows) < 2:
            continue
        for prop, seen in _disagreements(rows).items():
            where = ", ".join(f"{w}:{n} {v!r}" for w, n, v in seen)
            last = seen[-1]
            warnings.append(f"{len(rows)} rows describe the same {label.lower()} ({key}) with "
                            f"different {prop}: {where}; the last ({last[0]}:{last[1]}) is kept")
    return warnings


def _target_props(fact: RowFact) -> dict[str, Any]:
    for label, props in fact.shape.nodes:
        if label == fact.label and props.get("key") == fact.target:
            return props
    return {}


def _disagreements(rows: list[tuple[str, RowFact]]) -> dict[str, list[tuple[str, int, Any]]]:
    values: dict[str, list[tuple[str, int, Any]]] = defaultdict(list)
    for where, fact in rows:
        for prop, value in _target_props(fact).items():
            if prop not in _IGNORED and value not in (None, [], ""):
                values[prop].append((where, fact.row, value))
    return {p: seen for p, seen in values.items()
            if len({repr(v) for _, _, v in seen}) > 1}
