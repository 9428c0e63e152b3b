"""The embedded engine's parameter type signature, computed column by column.

LadybugDB's Python binding keeps one prepared statement per query and *parameter type
signature*: the type it infers from the values (its ints narrow to INT8/UINT8/.../INT64
by value, and a statement prepared for one width corrupts values of another, so the
signature cannot be skipped). It computes that signature with a recursive call per
value and a merge per row: for the writer's ``UNWIND $rows`` batches that was 2.1 of
15.1 s of the writing process (cProfile, 5,000 articles, two workers).

``signature`` returns the very same tuple for the shapes the writer sends (a list of
flat rows with one key order, whose columns are strings, numbers, booleans, nulls or
lists of strings; a list of strings), with one set of types per column instead of a
call per value, and ``None`` for anything else, which then goes the binding's own way.
``tests/test_embedded_signature.py`` compares it with the binding's function on
generated batches; the binding is pinned in ``pyproject.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Sig = tuple[Any, ...]
ANY: Sig = ("any",)
_SCALAR: dict[type, Sig] = {str: ("string",), float: ("double",), bool: ("bool",)}
# The binding's order of integer widths, narrowest first: a column takes the widest.
_WIDTHS = ("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64")


def _int_width(value: int) -> int:
    bounds = ((-(2**7), 2**7 - 1), (0, 2**8 - 1), (-(2**15), 2**15 - 1), (0, 2**16 - 1),
              (-(2**31), 2**31 - 1), (0, 2**32 - 1))
    for i, (low, high) in enumerate(bounds):
        if low <= value <= high:
            return i
    return 6


def _strings(values: list[Any]) -> Sig | None:
    """A list of strings, as the binding types it (``None`` if it holds anything else)."""
    if not values:
        return ("list", ANY)
    if all(type(v) is str for v in values):
        return ("list", ("string",))
    return None


def _column(values: list[Any]) -> Sig | None:
    types = set(map(type, values))
    if type(None) in types:
        # A null merged with anything is "any" in the binding: the column is untyped.
        return ANY if types <= {type(None), str, float, bool, int, list} else None
    if len(types) != 1:
        return None  # mixed types: the binding keeps the first seen, so leave it to it
    kind = types.pop()
    if kind in _SCALAR:
        return _SCALAR[kind]
    if kind is int:
        return (_WIDTHS[max(_int_width(min(values)), _int_width(max(values)))],)
    if kind is list:
        lists = [_strings(v) for v in values]
        if any(s is None for s in lists):
            return None
        return ("list", ANY) if ("list", ANY) in lists else ("list", ("string",))
    return None


def _rows(rows: list[Any]) -> Sig | None:
    first = rows[0]
    if type(first) is not dict:
        return _strings(rows)
    keys = tuple(first)
    if not all(type(r) is dict and tuple(r) == keys for r in rows):
        return None
    fields = []
    for key in keys:
        sig = _column([r[key] for r in rows])
        if sig is None:
            return None
        fields.append((key, sig))
    return ("list", ("struct", tuple(fields)))


def signature(params: Mapping[str, Any]) -> Sig | None:
    """The binding's signature of ``params``, or ``None`` where this does not know it."""
    sigs = []
    for name, value in params.items():
        if type(value) is not list or not value:
            return None
        sig = _rows(value)
        if sig is None:
            return None
        sigs.append((name, sig))
    return tuple(sorted(sigs))
