"""Rows of every question are finished in Python (columns, sorted sets, duplicates
dropped, the declared order, ties broken by the whole row). That step was made
cheaper for questions with thousands of rows (``graph-province``, issue 20); these
tests hold it to the plain definition, written here as the oracle, on random rows."""

from __future__ import annotations

import random
from typing import Any

import pytest

from sinergi.errors import SchemaError
from sinergi.questions.header import Header
from sinergi.questions.registry import Query, _finish

COLUMNS = ("key", "n", "name", "tags", "when")


def _key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, "")
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value))


def _oracle(query: Query, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The definition: one sort per order column, last first (stable), then each run of
    rows tied on every order column sorted by the whole row."""
    out, seen = [], set()
    for row in rows:
        clean = {c: row[c] for c in query.columns}
        for c in query.header.sets:
            if clean[c] is not None:
                clean[c] = sorted(set(clean[c]), key=_key)
        if repr(clean) not in seen:
            seen.add(repr(clean))
            out.append(clean)
    order = query.header.order
    for column, desc in reversed(order):
        out.sort(key=lambda r, c=column: _key(r[c]), reverse=desc)
    keys = [tuple(_key(r[c]) for c, _ in order) for r in out]
    result, start = [], 0
    for end in range(1, len(out) + 1):
        if end == len(out) or keys[end] != keys[start]:
            result += sorted(out[start:end], key=lambda r: [_key(v) for v in r.values()])
            start = end
    return result if order else out


def _query(order: tuple[tuple[str, bool], ...]) -> Query:
    return Query("t", Header("t", "", (), COLUMNS, sets=("tags",), order=order), "")


def _rows(rng: random.Random, n: int) -> list[dict[str, Any]]:
    rows = []
    for _ in range(n):
        row = {"key": rng.choice(["a", "b", "c", None, "B"]),
               "n": rng.choice([0, 1, 2, 2.5, True, None]),
               "name": rng.choice(["x", "y", None, "Ä", ""]),
               "tags": rng.choice([None, [], ["T"], ["U", "T", "T"], ("V",), ["W", "V"]]),
               "when": rng.choice(["2025-01-01", "2024-12-31", None])}
        if rng.random() < 0.3:  # columns in another order, and an extra one
            row = {"extra": 1, **dict(reversed(list(row.items())))}
        rows.append(row)
    return rows


ORDERS = [(), (("key", False),), (("key", False), ("name", False)),
          (("when", True), ("n", True)), (("key", False), ("n", True)),
          (("n", True), ("key", False), ("when", True))]


@pytest.mark.parametrize("order", ORDERS, ids=str)
@pytest.mark.parametrize("seed", range(5))
def test_rows_are_finished_as_defined(order: tuple[tuple[str, bool], ...], seed: int) -> None:
    rows = _rows(random.Random(seed), 300)
    query = _query(order)
    expected = _oracle(query, [dict(r) for r in rows])
    got = _finish(query, [dict(r) for r in rows])
    assert got == expected
    assert [list(r) for r in got] == [list(COLUMNS)] * len(got)
    assert [repr(r) for r in got] == [repr(r) for r in expected]


def test_a_missing_column_is_named() -> None:
    with pytest.raises(SchemaError, match=r"no column\(s\) \['when'\]"):
        _finish(_query(()), [{"key": "a", "n": 1, "name": "x", "tags": None}])
