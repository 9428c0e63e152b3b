"""Node and edge dicts (from queries or tests) -> one networkx graph with tidy attributes.

Input shape, deliberately loose so query rows and synthetic data both fit:

- node: ``{key, label, kind, name, date, topics, status, evidence, source_url, ...}``;
  ``label`` is the graph label (Institution, Region, Person, Agreement, Meeting) and
  defaults to Institution; anything else is kept as a detail for the tooltip.
- edge: ``{source, target, type, date, evidence, source_url, key, role, title, ...}``.

Each node gets ``name`` (a readable fallback when the data has none), ``year`` (from
its date) and ``topics`` (always a list); edges get ``year``. Texts stay raw here:
escaping happens once, in ``render``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from ..errors import ParameterError

_YEAR = re.compile(r"(\d{4})")
NODE_FIELDS = ("key", "label", "kind", "name", "date", "topics", "status", "evidence",
               "source_url")
EDGE_FIELDS = ("source", "target", "type", "date", "evidence", "source_url", "key")
#: Labels whose nodes are events: they carry topics and a year the filters look at.
EVENT_LABELS = frozenset({"Agreement", "Meeting"})


def year_of(date: object) -> int | None:
    match = _YEAR.match(str(date)) if date else None
    return int(match.group(1)) if match else None


def _topics(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value if v]
    return [str(value)]


def display_name(label: str, kind: str | None, name: object, date: object, key: str) -> str:
    """The node's name, or what an analyst would call it: 'PKS 2023-05-12'."""
    if name:
        return str(name)
    if label in EVENT_LABELS:
        what = kind or label
        return f"{what} {date}" if date else str(what)
    return key


_NODE_SKIP = frozenset(NODE_FIELDS)
_EDGE_SKIP = frozenset(EDGE_FIELDS)
_EMPTY: tuple[Any, ...] = (None, "", [], {})


def _extras(row: Mapping[str, Any], skip: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in skip and v not in _EMPTY}


def _node_attrs(key: str, row: Mapping[str, Any]) -> dict[str, Any]:
    label = str(row.get("label") or "Institution")
    kind = str(row["kind"]) if row.get("kind") else None
    return {
        "label": label,
        "kind": kind,
        "name": display_name(label, kind, row.get("name"), row.get("date"), key),
        "date": row.get("date"),
        "year": year_of(row.get("date")),
        "topics": _topics(row.get("topics")),
        "status": row.get("status"),
        "evidence": row.get("evidence"),
        "source_url": row.get("source_url"),
        "details": _extras(row, _NODE_SKIP),
        "named": bool(row.get("name")),
    }


def _enrich(old: dict[str, Any], row: Mapping[str, Any]) -> None:
    """Fill what an earlier sighting of the node lacked (most rows repeat a known node,
    so this path must stay cheap)."""
    if row.get("name") and not old["named"]:
        old["name"], old["named"] = str(row["name"]), True
    for field in ("kind", "date", "status", "evidence", "source_url"):
        if not old.get(field) and row.get(field):
            old[field] = str(row[field]) if field == "kind" else row[field]
            if field == "date":
                old["year"] = year_of(row[field])
    if not old["topics"] and row.get("topics"):
        old["topics"] = _topics(row["topics"])
    for k, v in row.items():
        if k not in _NODE_SKIP and v not in _EMPTY and k not in old["details"]:
            old["details"][k] = v


def add_node(g: nx.MultiDiGraph, row: Mapping[str, Any]) -> str:
    """Add or enrich one node; a second sighting fills attributes the first lacked."""
    key = row.get("key")
    if not key:
        raise ParameterError(f"node without a key: {dict(row)!r}")
    key = str(key)
    if key in g:
        _enrich(g.nodes[key], row)
    else:
        g.add_node(key, **_node_attrs(key, row))
    return key


def add_edge(g: nx.MultiDiGraph, row: Mapping[str, Any]) -> None:
    """Add one edge between known nodes; the same edge key twice is kept once."""
    src, dst, type_ = row.get("source"), row.get("target"), row.get("type")
    if not src or not dst or not type_:
        raise ParameterError(f"edge needs source, target and type: {dict(row)!r}")
    for end in (src, dst):
        if end not in g:
            raise ParameterError(f"edge {src!r} -[{type_}]-> {dst!r} names unknown node {end!r}")
    key = str(row.get("key") or f"{src}|{type_}|{dst}")
    if g.has_edge(src, dst, key):
        old = g.edges[src, dst, key]
        for name in ("evidence", "source_url", "date"):
            if not old.get(name) and row.get(name):
                old[name] = row[name]
        return
    g.add_edge(
        src, dst, key,
        type=str(type_),
        date=row.get("date"),
        year=year_of(row.get("date")),
        evidence=row.get("evidence"),
        source_url=row.get("source_url"),
        details=_extras(row, _EDGE_SKIP),
    )


def build_graph(
    nodes: Iterable[Mapping[str, Any]], edges: Iterable[Mapping[str, Any]]
) -> nx.MultiDiGraph:
    """The graph of ``nodes`` and ``edges``; an edge to an unknown node is an error."""
    g = nx.MultiDiGraph()
    for row in nodes:
        add_node(g, row)
    for row in edges:
        add_edge(g, row)
    return g


def agreement_count(g: nx.MultiDiGraph, node: str) -> int:
    """Agreements and meetings a node takes part in (the size of an institution)."""
    return sum(
        1 for _, _, d in g.out_edges(node, data=True) if d["type"] in ("PARTY_TO", "ATTENDED")
    )
