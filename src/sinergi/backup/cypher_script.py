"""A Cypher script that rebuilds an exported graph on another Neo4j.

One statement per line, each ending in ``;`` (``cypher-shell -f graph.cypher`` runs it):
uniqueness constraints first, then ``MERGE`` of every node by key with its properties,
then ``MATCH`` both ends by key and ``MERGE`` every relationship by key. MERGE makes the
script safe to run twice. Values are literals, not parameters, so they are escaped here:
strings are single-quoted with backslash escapes for ``\\``, ``'``, newlines, tabs and
every other control character (``\\uXXXX``); other Unicode is written as is (UTF-8).
Lines starting with ``//`` are comments. The constraint statements are Neo4j syntax;
the embedded engine declares its keys itself, so skip them there (the node and
relationship statements run on both).
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


def _sets(var: str, props: dict[str, Any]) -> str:
    sets = [f"{var}.{_name(k)} = {literal(v)}" for k, v in props.items() if v is not None]
    return f" SET {', '.join(sets)}" if sets else ""


_SKIP = {"key", "label", "type", "src", "dst", "src_label", "dst_label", "sources"}


def node_statement(node: dict[str, Any]) -> str:
    props = {k: v for k, v in node.items() if k not in _SKIP}
    return (f"MERGE (n:{_name(node['label'])} {{key: {literal(node['key'])}}})"
            f"{_sets('n', props)};")


def rel_statement(rel: dict[str, Any]) -> str:
    props = {k: v for k, v in rel.items() if k not in _SKIP}
    return (f"MATCH (a:{_name(rel['src_label'])} {{key: {literal(rel['src'])}}}) "
            f"MATCH (b:{_name(rel['dst_label'])} {{key: {literal(rel['dst'])}}}) "
            f"MERGE (a)-[r:{_name(rel['type'])} {{key: {literal(rel['key'])}}}]->(b)"
            f"{_sets('r', props)};")


def cypher_script(dump: GraphDump) -> str:
    lines = [
        f"// Sinergi graph: {len(dump.nodes)} nodes, {len(dump.rels)} relationships.",
        "// Run with: cypher-shell -f THIS_FILE. One statement per line.",
        "// Neo4j constraints (skip these on the embedded store, which declares its keys):",
    ]
    lines += [f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) "
              "REQUIRE n.key IS UNIQUE;" for label in NODES]
    lines.append("// Nodes")
    lines += [node_statement(n) for n in dump.nodes]
    lines.append("// Relationships")
    lines += [rel_statement(r) for r in dump.rels]
    return "\n".join(lines) + "\n"
