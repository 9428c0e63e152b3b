"""The graph read into memory as plain rows: what every export format writes.

``province`` keeps one province: its regions, institutions there, agreements and
meetings touching them, their other parties, the people, programs, sources and
decisions attached, and the edges between those. Rows are sorted, so the same graph
always gives the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import ParameterError
from ..reference.gazetteer import province_code as _province_code
from ..schema import NODES, RELS
from ..stores import GraphStore


@dataclass
class GraphDump:
    nodes: list[dict[str, Any]] = field(default_factory=list)  # label, key, props
    rels: list[dict[str, Any]] = field(default_factory=list)  # type, key, src..., props


def dump_graph(store: GraphStore, province: str | None = None) -> GraphDump:
    """Every node and relationship with every declared property, sorted."""
    dump = GraphDump()
    for spec in NODES.values():
        props = list(spec.props)
        cols = ", ".join(f"n.{p} AS {p}" for p in props)
        for row in store.run(f"MATCH (n:{spec.label}) RETURN {cols}"):
            dump.nodes.append({"label": spec.label, **row})
    for rspec in RELS.values():
        cols = ", ".join(f"r.{p} AS {p}" for p in rspec.props)
        for src, dst in rspec.pairs:
            for row in store.run(f"MATCH (a:{src})-[r:{rspec.type}]->(b:{dst}) "
                                 f"RETURN a.key AS src, b.key AS dst, {cols}"):
                dump.rels.append({"type": rspec.type, "src_label": src, "dst_label": dst,
                                  **row})
    if province:
        dump = keep_province(dump, province_code(province))
    _add_sources(dump)
    dump.nodes.sort(key=lambda n: (n["label"], n["key"]))
    dump.rels.sort(key=lambda r: (r["type"], r["key"], r["src"], r["dst"]))
    return dump


def _add_sources(dump: GraphDump) -> None:
    sources: dict[str, set[str]] = {}
    for r in dump.rels:
        if r["type"] == "REPORTS" and r.get("fact"):
            sources.setdefault(r["fact"], set()).add(r["src"])
    for item in dump.nodes + dump.rels:
        found = sorted(sources.get(item["key"], ()))
        item["sources"] = found or None


def province_code(text: str) -> str:
    """A province code from a code or a name ('63', 'Kalimantan Selatan', 'Kalsel')."""
    code = _province_code(text)
    if code is None:
        raise ParameterError(f"unknown province {text!r}: give its name or 2-digit code",
                             param="province")
    return code


def _in(code: str, region: Any) -> bool:
    return isinstance(region, str) and (region == code or region.startswith(code + "."))


def keep_province(dump: GraphDump, code: str) -> GraphDump:
    """The part of the graph about one province (see the module docstring)."""
    nodes = {(n["label"], n["key"]): n for n in dump.nodes}
    keep = {k for k, n in nodes.items() if k[0] == "Region" and (_in(code, n["key"]) or
                                                                n.get("province") == code)}
    keep |= {k for k, n in nodes.items() if k[0] == "Institution" and _in(code, n.get("region"))}

    def pull(side: str, *types: str, src: str | None = None, dst: str | None = None) -> None:
        # Keep the ``side`` end of edges of ``types`` whose other end is kept.
        for r in dump.rels:
            if r["type"] not in types or (src and r["src_label"] != src) or (
                    dst and r["dst_label"] != dst):
                continue
            s, d = (r["src_label"], r["src"]), (r["dst_label"], r["dst"])
            if side == "src" and d in keep:
                keep.add(s)
            elif side == "dst" and s in keep:
                keep.add(d)

    pull("src", "LOCATED_IN", "JURISDICTION_OVER", src="Institution")
    pull("src", "COVERS", "LOCATED_IN", dst="Region")  # agreements and meetings held there
    pull("dst", "PARTY_TO", "ATTENDED", src="Institution")
    pull("src", "HOLDS_POSITION")
    pull("src", "PARTY_TO", "ATTENDED")  # the other parties and participants, people
    pull("dst", "ABOUT")
    pull("src", "REPORTS", "DECISION_ON")
    out = GraphDump([n for k, n in nodes.items() if k in keep])
    out.rels = [r for r in dump.rels if (r["src_label"], r["src"]) in keep
                and (r["dst_label"], r["dst"]) in keep]
    return out
