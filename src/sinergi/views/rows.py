"""Rows of the graph-shaped questions -> node and edge dicts -> a networkx graph.

The ``graph-*`` questions (``queries/cypher/graph-province.cypher`` and siblings)
return one row per edge with what the page shows of both ends (``graph-province``
gives an agreement or meeting as one row with its parties or attendees in
``members``; ``questions.edges.edge_rows`` spreads it into one row per edge)::

    key, type, source, source_label, source_name, source_kind,
    target, target_label, target_name, target_kind, target_topics, target_status,
    date, detail, evidence, source_url, sources

``evidence`` is the edge's first evidence sentence and ``source_url`` its source;
``sources`` lists every source reporting the edge (the page shows the first).
An agreement or meeting takes its date, evidence and source from the rows of its
PARTY_TO / ATTENDED edges; ``detail`` is named after what it means for the edge
type (a party's role, an official's position, partial jurisdiction).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from ..questions.edges import edge_rows
from .model import EVENT_LABELS, add_edge, add_node

#: What ``detail`` means, per relationship type (shown in the tooltip).
DETAIL_NAMES = {
    "PARTY_TO": "role",
    "ATTENDED": "role",
    "JURISDICTION_OVER": "coverage",
    "HOLDS_POSITION": "position",
    "SUCCEEDED_BY": "note",
}


def _end(row: Mapping[str, Any], side: str) -> dict[str, Any]:
    label = row.get(f"{side}_label") or "Institution"
    node: dict[str, Any] = {"key": row[side], "label": label, "name": row.get(f"{side}_name")}
    kind = row.get(f"{side}_kind")
    if label == "Region":
        node["level"] = kind  # a region's "kind" column is its level, not a facet
    else:
        node["kind"] = kind
    if side == "target":
        node["status"] = row.get("target_status")
        if label in EVENT_LABELS:
            node.update(topics=row.get("target_topics"), date=row.get("date"),
                        evidence=row.get("evidence"), source_url=row.get("source_url"))
    return node


def edge_from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    edge = {k: row.get(k) for k in ("key", "source", "target", "type", "date", "evidence",
                                    "source_url")}
    if row.get("detail"):
        edge[DETAIL_NAMES.get(str(row["type"]), "detail")] = row["detail"]
    return edge


def graph_from_rows(rows: Iterable[Mapping[str, Any]],
                    g: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """Add the rows' nodes and edges to ``g`` (a new graph by default) and return it.

    An edge met twice (the institution view asks around several institutions) keeps
    what it was first given, and takes from later rows only what it lacked."""
    g = nx.MultiDiGraph() if g is None else g
    for row in edge_rows(rows):
        add_node(g, _end(row, "source"))
        add_node(g, _end(row, "target"))
        add_edge(g, edge_from_row(row))
    return g
