"""Precomputed positions for networks too big for the browser's physics.

vis-network's force simulation is fine for a few hundred nodes; beyond that the
page stutters for many seconds before an analyst can do anything. Above
``PHYSICS_THRESHOLD`` nodes the page therefore gets fixed positions computed here
and physics switched off.

A full force layout of thousands of nodes is too slow in Python too, so: the
``CORE_SIZE`` best-connected nodes get a networkx spring layout, and every other
node is placed next to its already-placed neighbours (an agreement lands between
its parties), on a golden-angle spiral around its anchor so neighbours do not
overlap. Components that never touch the core go on a ring around it.
"""

from __future__ import annotations

import math
from collections import deque

import networkx as nx

PHYSICS_THRESHOLD = 300
CORE_SIZE = 250
_NODE_GAP = 45.0  # pixels between a node and its first satellite
_GOLDEN = math.pi * (3 - math.sqrt(5))

Pos = dict[str, tuple[float, float]]


def needs_static_layout(n_nodes: int, threshold: int = PHYSICS_THRESHOLD) -> bool:
    return n_nodes > threshold


def static_layout(g: nx.MultiDiGraph, seed: int = 7) -> Pos:
    """Pixel positions for every node of ``g`` (deterministic for a given graph)."""
    h = nx.Graph(g.to_undirected(as_view=True))
    if not len(h):
        return {}
    spread = _NODE_GAP * math.sqrt(len(h)) * 0.9
    degree = dict(h.degree())
    order = sorted(h, key=lambda v: (-degree[v], v))
    core = order[:CORE_SIZE]
    raw = nx.spring_layout(h.subgraph(core), seed=seed, iterations=40)
    pos: Pos = {v: (float(x) * spread, float(y) * spread) for v, (x, y) in raw.items()}
    spiral: dict[str, int] = {}
    _grow(h, pos, spiral, core)
    ring = 0
    for v in order:  # the best-connected node of each component the core missed
        if v in pos:
            continue
        angle = ring * _GOLDEN
        radius = spread * 1.25 + _NODE_GAP * 2 * math.sqrt(ring)
        pos[v] = (radius * math.cos(angle), radius * math.sin(angle))
        _grow(h, pos, spiral, [v])
        ring += 1
    return pos


def _grow(h: nx.Graph, pos: Pos, spiral: dict[str, int], sources: list[str]) -> None:
    """Breadth-first from ``sources``: place each new node beside its placed neighbours."""
    queue = deque(sources)
    while queue:
        anchor = queue.popleft()
        for v in h[anchor]:
            if v in pos:
                continue
            pos[v] = _beside(h, pos, spiral, anchor, v)
            queue.append(v)


def _beside(h: nx.Graph, pos: Pos, spiral: dict[str, int], anchor: str, v: str) -> tuple[
    float, float
]:
    placed = [pos[u] for u in h[v] if u in pos]
    cx = sum(p[0] for p in placed) / len(placed)
    cy = sum(p[1] for p in placed) / len(placed)
    i = spiral.get(anchor, 0) + 1
    spiral[anchor] = i
    radius = _NODE_GAP * (0.6 + 0.45 * math.sqrt(i))
    angle = i * _GOLDEN
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)
