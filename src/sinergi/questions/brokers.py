"""Betweenness over the cooperation network: the Python step of the ``brokers`` question.

The Cypher returns each institution with the agreements and meetings it took part in;
here the members of each event are linked pairwise and the institutions are ranked by
betweenness centrality. The scores are networkx's ``betweenness_centrality(normalized=True)``
(the tests hold them to it), computed by rustworkx: networkx's pure-Python Brandes took
about 430 ms on a 483-institution province, rustworkx about 10 ms.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain, combinations
from typing import Any

Rows = list[dict[str, Any]]


def rank_brokers(rows: Rows) -> Rows:
    """Rows whose ``institutions`` hold [key, name, kind, event keys...] lists -> one
    ranked row per institution that shares an event with another."""
    info: dict[str, tuple[str, str]] = {}
    members: defaultdict[str, set[str]] = defaultdict(set)
    for row in rows:
        for key, name, kind, *events in row["institutions"]:
            info[key] = (name, kind)
            for event in events:
                members[event].add(key)
    groups = [group for group in members.values() if len(group) > 1]
    shared = Counter(chain.from_iterable(groups))  # per institution, its events with a partner
    nodes = sorted(shared)  # canonical order: the same graph whatever order rows came in
    index = {key: i for i, key in enumerate(nodes)}
    edges: set[tuple[int, int]] = set()
    for group in groups:
        edges.update(combinations(sorted(map(index.__getitem__, group)), 2))
    scores = betweenness(len(nodes), sorted(edges))
    degree = Counter(chain.from_iterable(edges))
    ranked = sorted(range(len(nodes)), key=lambda i: (-round(scores[i], 9), nodes[i]))
    return [
        {
            "rank": rank,
            "institution": nodes[i],
            "name": info[nodes[i]][0],
            "kind": info[nodes[i]][1],
            "betweenness": round(scores[i], 4),
            "partners": degree[i],
            "shared": shared[nodes[i]],
        }
        for rank, i in enumerate(ranked, 1)
    ]


def betweenness(n: int, edges: list[tuple[int, int]]) -> list[float]:
    """Normalised betweenness of nodes ``0..n-1`` of the undirected graph ``edges``."""
    import rustworkx as rx  # on first use: most commands never rank brokers (14 ms import)

    graph = rx.PyGraph(multigraph=False)
    graph.add_nodes_from(range(n))
    graph.extend_from_edge_list(edges)
    scores = rx.betweenness_centrality(graph, normalized=True)
    return [scores[i] for i in range(n)]
