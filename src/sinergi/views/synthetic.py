"""Made-up cooperation networks of any size, for benchmarks and tests of the views.

The shape follows the real graph: institutions of every kind, kab/kota regions
under their governments' and immigration offices' jurisdiction, agreements with
two or three parties, meetings with a handful of attendees, officials holding
positions. Deterministic for a given size and seed.
"""

from __future__ import annotations

import random
from typing import Any

from ..schema import InstitutionKind, Topic

_KINDS = [k.value for k in InstitutionKind]
_TOPICS = [t.value for t in Topic]
# Share of each label in the node count.
_MIX = {"Institution": 0.30, "Region": 0.08, "Agreement": 0.45, "Meeting": 0.12,
        "Person": 0.05}


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def synthetic_network(n_nodes: int, seed: int = 1) -> tuple[list[dict[str, Any]],
                                                            list[dict[str, Any]]]:
    """``(nodes, edges)`` dicts, about ``n_nodes`` nodes, in the shape ``build_graph`` takes."""
    rng = random.Random(seed)
    counts = {label: max(1, int(n_nodes * share)) for label, share in _MIX.items()}
    counts["Agreement"] += n_nodes - sum(counts.values())
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    regions = [f"63.{i:02d}" for i in range(counts["Region"])]
    nodes += [{"key": r, "label": "Region", "name": f"Kabupaten {i}"}
              for i, r in enumerate(regions)]
    insts = []
    for i in range(counts["Institution"]):
        kind = rng.choice(_KINDS)
        key = f"{kind.lower()}:{i}"
        insts.append(key)
        nodes.append({"key": key, "label": "Institution", "kind": kind,
                      "name": f"{kind.title()} Nomor {i}"})
        if kind in ("PEMKAB", "PEMKOT", "KANIM", "ULP"):
            edges.append({"source": key, "target": rng.choice(regions),
                          "type": "JURISDICTION_OVER"})
    for i in range(counts["Agreement"]):
        key, date = f"agreement:{i}", _date(rng)
        nodes.append({"key": key, "label": "Agreement", "kind": rng.choice(["MOU", "PKS"]),
                      "date": date, "topics": rng.sample(_TOPICS, rng.randint(1, 2)),
                      "evidence": f"Kedua pihak menandatangani naskah nomor {i}.",
                      "source_url": f"https://berita.example.org/{i}"})
        for party in rng.sample(insts, min(len(insts), rng.choice([2, 2, 3]))):
            edges.append({"source": party, "target": key, "type": "PARTY_TO", "date": date})
    for i in range(counts["Meeting"]):
        key, date = f"meeting:{i}", _date(rng)
        nodes.append({"key": key, "label": "Meeting", "kind": "COORDINATION", "date": date,
                      "topics": [rng.choice(_TOPICS)]})
        for who in rng.sample(insts, min(len(insts), rng.randint(2, 5))):
            edges.append({"source": who, "target": key, "type": "ATTENDED", "date": date})
    for i in range(counts["Person"]):
        key = f"person:{i}"
        nodes.append({"key": key, "label": "Person", "name": f"Pejabat {i}"})
        edges.append({"source": key, "target": rng.choice(insts), "type": "HOLDS_POSITION",
                      "title": "Kepala", "date": _date(rng)})
    return nodes, edges
