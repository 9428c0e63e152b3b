"""A Cypher script that rebuilds an exported graph on another Neo4j.

One statement per line, each ending in ``;`` (``cypher-shell -f graph.cypher`` runs it):
uniqueness constraints first, then batches of up to ``BATCH_ROWS`` nodes of one label
``MERGE``d by key with their properties, then batches of relationships of one type
(``MATCH`` both ends by key, ``MERGE`` the relationship by key). MERGE makes the script
safe to run twice.

A batch carries its rows as ONE string literal, split in Cypher: records by U+001E,
fields by U+001F, list items by U+001D. Neo4j parses literal maps slowly (3-10 ms a row
measured on 5.26, the same as one statement per row, which took 144 s for 18k rows) but
reads a long string in one token (about 0.1 ms a row). Every row of a batch has the same
properties of the same types, converted back with ``toInteger``/``toFloat``/``split``. A
row whose text holds one of the separator characters is written as its own statement with
plain literals. Strings are single-quoted with backslash escapes for ``\\``, ``'``,
newlines, tabs and every other control character (``\\uXXXX``); other Unicode is written
as is (UTF-8). Lines starting with ``//`` are comments. The script is Neo4j Cypher: the
embedded engine lacks ``split`` and ``toInteger``, and restores from ``sinergi backup``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..schema import NODES
from .dump import GraphDump

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _escape_char(m: re.Match[str]) -> str:
    c = m.group(0)
    return _ESCAPES.get(c, f"\\u{ord(c):04x}")


def literal(value: Any) -> str:
    """A Cypher literal for a property value (str, int, float, bool, list of those)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return "'" + _NEEDS_ESCAPE.sub(_escape_char, value) + "'"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise ValueError(f"cannot write {type(value).__name__} as a Cypher literal")


def _name(identifier: str) -> str:
    # Labels, types and property names come from the schema; refuse anything else.
    if not _IDENT.fullmatch(identifier):
        raise ValueError(f"not a plain identifier: {identifier!r}")
    return identifier


_SKIP = {"key", "label", "type", "src", "dst", "src_label", "dst_label", "sources"}
BATCH_ROWS = 500
RECORD, FIELD, ITEM = "\x1e", "\x1f", "\x1d"
_SEPARATORS = re.compile("[\x1d-\x1f]")
_DECODE = {"s": "f[{i}]", "i": "toInteger(f[{i}])", "f": "toFloat(f[{i}])",
           "b": "f[{i}] = 'true'", "l": "split(f[{i}], '\\u001d')"}

Shape = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]


def _kind(value: Any) -> str:
    """How a value travels inside the batch string (``x``: it cannot)."""
    if isinstance(value, bool):
        return "b"
    if isinstance(value, int):
        return "i"
    if isinstance(value, float):
        return "f" if math.isfinite(value) else "x"
    if isinstance(value, str):
        return "x" if _SEPARATORS.search(value) else "s"
    if isinstance(value, list | tuple) and value and all(
            isinstance(v, str) and not _SEPARATORS.search(v) for v in value):
        return "l"
    return "x"


def _shape(item: dict[str, Any]) -> Shape:
    """The properties a row sets with their kinds, and those it sets to an empty list."""
    props = [(k, v) for k, v in item.items() if k not in _SKIP and v is not None]
    return (tuple((k, _kind(v)) for k, v in props if v != []),
            tuple(k for k, v in props if v == []))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ITEM.join(value)
    return repr(value) if isinstance(value, float) else str(value)


def _batch(items: list[dict[str, Any]], ends: list[str], var: str, merge: str) -> str:
    props, empty = _shape(items[0])
    fields = ends + [p for p, _ in props]
    records = RECORD.join(FIELD.join(_text(i[f]) for f in fields) for i in items)
    sets = [f"{var}.{_name(p)} = " + _DECODE[kind].format(i=len(ends) + n)
            for n, (p, kind) in enumerate(props)] + [f"{var}.{_name(p)} = []" for p in empty]
    return (f"UNWIND split({literal(records)}, '\\u001e') AS line "
            f"WITH split(line, '\\u001f') AS f {merge}"
            + (f" SET {', '.join(sets)}" if sets else "") + ";")


def _single(item: dict[str, Any], var: str, merge: str) -> str:
    props = {k: v for k, v in item.items() if k not in _SKIP}
    sets = [f"{var}.{_name(k)} = {literal(v)}" for k, v in props.items() if v is not None]
    return merge + (f" SET {', '.join(sets)}" if sets else "") + ";"


def node_statement(nodes: list[dict[str, Any]]) -> str:
    """One MERGE for a batch of nodes of one label and one shape."""
    label = _name(nodes[0]["label"])
    if _unbatchable(nodes[0]):
        return _single(nodes[0], "n", f"MERGE (n:{label} {{key: {literal(nodes[0]['key'])}}})")
    return _batch(nodes, ["key"], "n", f"MERGE (n:{label} {{key: f[0]}})")


def rel_statement(rels: list[dict[str, Any]]) -> str:
    """One MERGE for a batch of relationships of one type, pair of labels and shape."""
    r = rels[0]
    if _unbatchable(r):
        src, dst, key = literal(r["src"]), literal(r["dst"]), literal(r["key"])
        return _single(r, "r", f"MATCH (a:{_name(r['src_label'])} {{key: {src}}}) "
                               f"MATCH (b:{_name(r['dst_label'])} {{key: {dst}}}) "
                               f"MERGE (a)-[r:{_name(r['type'])} {{key: {key}}}]->(b)")
    return _batch(rels, ["key", "src", "dst"], "r",
                  f"MATCH (a:{_name(r['src_label'])} {{key: f[1]}}) "
                  f"MATCH (b:{_name(r['dst_label'])} {{key: f[2]}}) "
                  f"MERGE (a)-[r:{_name(r['type'])} {{key: f[0]}}]->(b)")


def _unbatchable(item: dict[str, Any]) -> bool:
    ends = [item[e] for e in ("key", "src", "dst") if e in item]
    return any(kind == "x" for _, kind in _shape(item)[0]) or any(
        _kind(e) == "x" for e in ends)


def _batches(items: list[dict[str, Any]], *group: str) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    singles: list[list[dict[str, Any]]] = []
    for item in items:
        if _unbatchable(item):
            singles.append([item])
        else:
            groups.setdefault((*(item[g] for g in group), _shape(item)), []).append(item)
    return [rows[i:i + BATCH_ROWS] for rows in groups.values()
            for i in range(0, len(rows), BATCH_ROWS)] + singles


def cypher_script(dump: GraphDump) -> str:
    lines = [
        f"// Sinergi graph: {len(dump.nodes)} nodes, {len(dump.rels)} relationships.",
        f"// Run with: cypher-shell -f THIS_FILE. One statement per line, up to {BATCH_ROWS} rows"
        " each.",
    ]
    lines += [f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) "
              "REQUIRE n.key IS UNIQUE;" for label in NODES]
    lines.append("// Nodes")
    lines += [node_statement(batch) for batch in _batches(dump.nodes, "label")]
    lines.append("// Relationships")
    lines += [rel_statement(batch)
              for batch in _batches(dump.rels, "type", "src_label", "dst_label")]
    return "\n".join(lines) + "\n"
