"""Keeping very large views readable: show the best-connected part, say what was left out.

A browser can draw a few thousand nodes, but nobody can read them, and the page
gets slow. Above ``MAX_NODES`` a view keeps the most connected nodes and the page
carries a visible note counting what it does not show, per label and kind, with
a hint at how to narrow the view down, in the page's language (Bahasa Indonesia or
English, see ``note``).
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

MAX_NODES = 2000
_NAMED = 6  # categories named in the note; the rest are counted together
#: Node labels as the Indonesian note names them (kinds such as KANIM stay as they are).
_LABELS_ID = {"Institution": "Instansi", "Region": "Wilayah", "Person": "Orang",
              "Agreement": "Perjanjian", "Meeting": "Pertemuan", "Program": "Program",
              "node": "simpul"}


def cap_graph(g: nx.MultiDiGraph, max_nodes: int = MAX_NODES, lang: str = "en"
              ) -> tuple[nx.MultiDiGraph, str | None]:
    """``g`` itself when small enough; otherwise its ``max_nodes`` best-connected
    nodes (ties by key, so the choice is stable) and a note on what was left out, in
    ``lang`` ("id" or "en")."""
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
    return out, note(max_nodes, len(g), ranked, left_edges, lang)


def note(shown: int, total: int, ranked: list[tuple[tuple[str, str | None], int]],
         left_edges: int, lang: str = "en") -> str:
    """What a cut page says it left out: ``ranked`` counts the nodes left out per (label,
    kind), most first. Indonesian numbers group thousands with a dot (1.234)."""
    indonesian = lang == "id"

    def num(n: int) -> str:
        return f"{n:,}".replace(",", ".") if indonesian else f"{n:,}"

    def what(label: str, kind: str | None) -> str:
        name = _LABELS_ID.get(label, label) if indonesian else label
        return f"{name} {kind}" if kind else name

    parts = ", ".join(f"{num(n)} {what(*key)}" for key, n in ranked[:_NAMED])
    rest = sum(n for _, n in ranked[_NAMED:])
    left = sum(n for _, n in ranked)
    if indonesian:
        parts += f", {num(rest)} lainnya" if rest else ""
        return (f"Menampilkan {num(shown)} simpul dengan hubungan terbanyak dari {num(total)}. "
                f"Tidak ditampilkan: {num(left)} simpul ({parts}) dan {num(left_edges)} "
                "hubungan. Persempit tampilan dengan saringan jenis, topik atau tahun, atau "
                "buka tampilan instansi.")
    parts += f", {num(rest)} others" if rest else ""
    return (f"Showing the {num(shown)} best-connected of {num(total)} nodes. "
            f"Left out: {num(left)} nodes ({parts}) and {num(left_edges)} edges. "
            "Narrow the view with the kind, topic or year filters, or open an institution view.")


def _what(attrs: dict[str, object]) -> tuple[str, str | None]:
    label = str(attrs.get("label") or "node")
    kind = attrs.get("kind")
    return (label, str(kind)) if label == "Institution" and kind else (label, None)
