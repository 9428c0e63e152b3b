"""Keeping very large views readable: show the best-connected part, say what was left out.

A browser can draw a few thousand nodes, but nobody can read them, and the page
gets slow. Above ``MAX_NODES`` a view keeps the most connected nodes and the page
carries a visible note counting what it does not show, per label and kind, with
a hint at how to narrow the view down.
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

MAX_NODES = 2000
_NAMED = 6  # categories named in the note; the rest are counted together


def cap_graph(g: nx.MultiDiGraph, max_nodes: int = MAX_NODES) -> tuple[nx.MultiDiGraph, str | None]:
    """``g`` itself when small enough; otherwise its ``max_nodes`` best-connected
    nodes (ties by key, so the choice is stable) and a note on what was left out."""
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    if len(g) <= max_nodes:
        return g, None
    degree = dict(g.degree())
    order = sorted(g, key=lambda v: (-degree[v], v))
    keep, dropped = order[:max_nodes], order[max_nodes:]
    kept = set(keep)
    # Built directly: subgraph().copy() of a multigraph is several times slower here.
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, g.nodes[n]) for n in keep)
    out.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)
                       if u in kept and v in kept)
    left_edges = g.number_of_edges() - out.number_of_edges()
    by_what = Counter(_what(g.nodes[v]) for v in dropped)
    ranked = sorted(by_what.items(), key=lambda x: (-x[1], x[0]))
    parts = ", ".join(f"{n:,} {what}" for what, n in ranked[:_NAMED])
    if len(ranked) > _NAMED:
        parts += f", {sum(n for _, n in ranked[_NAMED:]):,} others"
    note = (
        f"Showing the {max_nodes:,} best-connected of {len(g):,} nodes. "
        f"Left out: {len(dropped):,} nodes ({parts}) and {left_edges:,} edges. "
        "Narrow the view with the kind, topic or year filters, or open an institution view."
    )
    return out, note


def _what(attrs: dict[str, object]) -> str:
    label = str(attrs.get("label") or "node")
    kind = attrs.get("kind")
    return f"{label} {kind}" if label == "Institution" and kind else label
