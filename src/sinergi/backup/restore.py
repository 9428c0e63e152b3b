"""The graph as two tables (nodes, relationships), and reading those tables back.

``sinergi export --format xlsx|csv`` writes these columns; ``sinergi load records`` of
such a workbook (or of ``nodes.csv`` + ``relationships.csv``) restores the graph as it
was: same keys, same properties, provenance included (REPORTS edges and their Article
and Record nodes are ordinary rows). No Record is added for a restore: the rows already
carry their provenance, and export -> load -> export gives the same tables.

Columns: ``label, key`` then every node property the schema declares (one wide table,
empty where a label lacks the property), and ``sources`` (derived: the articles and
records that report the node; ignored on load). Relationships: ``type, key, src_label,
src, dst_label, dst``, every relationship property, ``sources``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..schema import BOOL, FLOAT, INT, NODES, RELS, STRINGS
from ..sheets import Sheet, split_list, text
from ..stores import GraphStore


def _union(specs: Any) -> list[str]:
    out: list[str] = []
    for spec in specs:
        out += [p for p in spec.props if p != "key" and p not in out]
    return out


NODE_PROPS = _union(NODES.values())
REL_PROPS = _union(RELS.values())
NODE_COLUMNS = ["label", "key", *NODE_PROPS, "sources"]
REL_COLUMNS = ["type", "key", "src_label", "src", "dst_label", "dst", *REL_PROPS, "sources"]
_DERIVED = {"sources"}


def convert(value: Any, type_: str) -> Any:
    """A cell as a property of schema type ``type_``; ValueError when it is not one."""
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if type_ == STRINGS:
        return split_list(value) or None
    if type_ == INT:
        number = float(value)
        if not number.is_integer():
            raise ValueError(f"{value!r} is not a whole number")
        return int(number)
    if type_ == FLOAT:
        return float(value)
    if type_ == BOOL:
        if isinstance(value, bool):
            return value
        low = str(value).strip().lower()
        if low not in ("true", "false", "1", "0", "ya", "tidak", "yes", "no"):
            raise ValueError(f"{value!r} is not true or false")
        return low in ("true", "1", "ya", "yes")
    # Strings are taken as written (no stripping), so they survive the round trip.
    return value if isinstance(value, str) else text(value)


@dataclass
class Restore:
    nodes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    rels: list[tuple[str, tuple[str, str], tuple[str, str], dict[str, Any]]] = field(
        default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.nodes) + len(self.rels)

    def read_nodes(self, sheet: Sheet, seen: set[tuple[str, str]]) -> list[InputError]:
        errors, index = _index(sheet, NODE_COLUMNS)
        errors += [e for n, cells in sheet.rows if (e := sheet.overflow(n, cells))]
        for n, cells in sheet.rows:
            label, key = _cell(cells, index, "label"), _cell(cells, index, "key")
            problems: list[tuple[str, str]] = []
            if label not in NODES:
                problems.append(("label", f"unknown label {label!r}; known: {', '.join(NODES)}"))
            elif not key:
                problems.append(("key", "key is required"))
            elif (label, key) in seen:
                problems.append(("key", f"duplicate node {label} {key}"))
            props = _props(cells, index, NODES[label].props if label in NODES else {},
                           label or "?", problems)
            errors += [InputError(m, file=sheet.where, line=n, column=c) for c, m in problems]
            if not problems:
                seen.add((str(label), str(key)))
                self.nodes.append((str(label), {"key": key, **props}))
        return errors

    def read_rels(
        self, sheet: Sheet, store: GraphStore, seen: set[tuple[str, str]]
    ) -> list[InputError]:
        errors, index = _index(sheet, REL_COLUMNS)
        errors += [e for n, cells in sheet.rows if (e := sheet.overflow(n, cells))]
        pending = []
        for n, cells in sheet.rows:
            type_ = _cell(cells, index, "type")
            ends = [(_cell(cells, index, f"{e}_label"), _cell(cells, index, e))
                    for e in ("src", "dst")]
            problems: list[tuple[str, str]] = []
            spec = RELS.get(str(type_))
            if spec is None:
                problems.append(("type", f"unknown relationship type {type_!r}"))
            elif (ends[0][0], ends[1][0]) not in spec.pairs:
                problems.append(("type", f"{type_} does not go from {ends[0][0]} to "
                                         f"{ends[1][0]}"))
            if not _cell(cells, index, "key"):
                problems.append(("key", "key is required"))
            props = _props(cells, index, spec.props if spec else {}, str(type_), problems)
            if problems:
                errors += [InputError(m, file=sheet.where, line=n, column=c)
                           for c, m in problems]
                continue
            pending.append((n, str(type_), ends, {"key": _cell(cells, index, "key"), **props}))
        known = _existing(store, {e for _, _, ends, _ in pending for e in ends}) | seen
        for n, type_, ends, props in pending:
            missing = [(col, e) for col, e in zip(("src", "dst"), ends, strict=True)
                       if e not in known]
            for col, (label, key) in missing:
                errors.append(InputError(f"no {label} {key!r} in the graph or the nodes sheet",
                                         file=sheet.where, line=n, column=col))
            if not missing:
                src, dst = (str(ends[0][0]), str(ends[0][1])), (str(ends[1][0]), str(ends[1][1]))
                self.rels.append((type_, src, dst, props))
        return errors

    def write(self, store: GraphStore) -> int:
        """Everything in one transaction (nodes first, so every edge finds its ends)."""
        with store.writer() as w:
            for label, props in self.nodes:
                w.node(label, props)
            for type_, src, dst, props in self.rels:
                w.rel(type_, src, dst, props)
        return self.rows


def _index(sheet: Sheet, columns: list[str]) -> tuple[list[InputError], dict[str, int]]:
    index = {h.strip().lower(): i for i, h in enumerate(sheet.headers) if h}
    unknown = [h for h in index if h not in columns]
    errors = [InputError(f"unknown column {h!r}", file=sheet.where, line=sheet.header_row,
                         column=h) for h in unknown]
    return errors, {h: i for h, i in index.items() if h in columns}


def _cell(cells: list[Any], index: dict[str, int], column: str) -> Any:
    i = index.get(column)
    if i is None or i >= len(cells):
        return None
    value = cells[i]
    return text(value) if column in ("label", "key", "type", "src", "dst", "src_label",
                                     "dst_label") else value


def _props(cells: list[Any], index: dict[str, int], allowed: dict[str, str], what: str,
           problems: list[tuple[str, str]]) -> dict[str, Any]:
    out = {}
    fixed = {"label", "key", "type", "src", "dst", "src_label", "dst_label", *_DERIVED}
    for column in index:
        if column in fixed:
            continue
        value = _cell(cells, index, column)
        if value is None or value == "":
            continue
        if column not in allowed:
            problems.append((column, f"{what} has no property {column!r}"))
            continue
        try:
            out[column] = convert(value, allowed[column])
        except ValueError as exc:
            problems.append((column, str(exc)))
    return out


def _existing(store: GraphStore, ends: set[tuple[Any, Any]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for label in {label for label, _ in ends if label in NODES}:
        keys = sorted({str(k) for lab, k in ends if lab == label})
        found |= {(label, r["k"]) for r in store.run(
            f"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS k", {"keys": keys})}
    return found
