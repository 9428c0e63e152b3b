"""The ``path`` view: the shortest chains between two institutions, as one small graph.

The registry's ``path`` question returns, per chain, the node keys, their names and
the relationship types between them (traversed without direction). Labels and
institution kinds are read back from the keys (the key rules of ``schema``), and
each hop is drawn in the direction the schema allows for its type; where both
directions are possible (Institution -> Institution) the arrow is left off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from ..schema import RELS, InstitutionKind, rel_key
from .model import add_edge, add_node

_REGION_KEY = re.compile(r"\d{2}(\.\d{2}){0,2}(\.\d{4})?")
_PREFIX_LABELS = {"agreement": "Agreement", "meeting": "Meeting", "person": "Person",
                  "program": "Program"}


def node_from_key(key: str, name: object) -> dict[str, Any]:
    """A node dict whose label (and institution kind) follow from its key."""
    if _REGION_KEY.fullmatch(key):
        return {"key": key, "label": "Region", "name": name}
    prefix = key.split(":", 1)[0]
    if prefix in _PREFIX_LABELS:
        return {"key": key, "label": _PREFIX_LABELS[prefix], "name": name}
    kind = prefix.upper() if prefix.upper() in InstitutionKind.__members__ else None
    return {"key": key, "label": "Institution", "kind": kind, "name": name}


def _hop(a: dict[str, Any], b: dict[str, Any], type_: str) -> dict[str, Any]:
    pairs = RELS[type_].pairs if type_ in RELS else ()
    forward, backward = (a["label"], b["label"]) in pairs, (b["label"], a["label"]) in pairs
    src, dst = (b, a) if backward and not forward else (a, b)
    edge = {"key": rel_key(src["key"], type_, dst["key"]), "source": src["key"],
            "target": dst["key"], "type": type_}
    if forward and backward:
        edge["undirected"] = True  # the chain does not say which way this one points
    return edge


def graph_from_paths(rows: Iterable[Mapping[str, Any]]) -> nx.MultiDiGraph:
    """Every chain of the ``path`` rows (hops, nodes, names, rels) in one graph."""
    g = nx.MultiDiGraph()
    for row in rows:
        nodes = [node_from_key(str(k), n) for k, n in zip(row["nodes"], row["names"],
                                                        strict=True)]
        for node in nodes:
            add_node(g, node)
        for i, type_ in enumerate(row["rels"]):
            add_edge(g, _hop(nodes[i], nodes[i + 1], str(type_)))
    return g
