"""``sinergi export``: the graph in the formats planners and analysts use.

- ``csv``: a folder with ``nodes.csv`` and ``relationships.csv``;
- ``xlsx``: one workbook, sheets ``nodes`` and ``relationships``;
- ``graphml`` / ``gexf``: through networkx, for Gephi (lists joined with '; ', empty
  values left out; node ``label`` is a readable name, ``category`` the graph label);
- ``cypher``: a script that rebuilds the graph on another Neo4j (``cypher_script``).

The tables use the columns of ``restore`` (provenance included: REPORTS edges with
evidence, extractor, confidence and status, plus a derived ``sources`` column), so an
exported workbook loads back with ``sinergi load records`` unchanged. Rows are sorted,
so the same graph always gives the same files. ``province`` keeps one province: its
regions, institutions there, agreements and meetings touching them, their other parties,
the people, programs, sources and decisions attached, and the edges between those.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ParameterError
from ..schema import NODES, RELS
from ..stores import GraphStore
from .restore import NODE_COLUMNS, REL_COLUMNS
from .sheets import cell_text, write_xlsx_rows, xlsx_safe

FORMATS = ("csv", "xlsx", "graphml", "gexf", "cypher")
_DISPLAY = ("name", "title", "file", "url", "action")


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
    text = text.strip()
    if re.fullmatch(r"\d{2}", text):
        return text
    from .gazetteer import load_gazetteer

    code = load_gazetteer().province_code(text)
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


# --- writers ----------------------------------------------------------------------------


def export_graph(store: GraphStore, fmt: str, out: Path, province: str | None = None
                 ) -> GraphDump:
    if fmt not in FORMATS:
        raise ParameterError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}",
                             param="format")
    dump = dump_graph(store, province)
    writers = {"csv": write_csv, "xlsx": write_xlsx, "graphml": write_graphml,
               "gexf": write_gexf, "cypher": _write_cypher}
    writers[fmt](dump, out)
    return dump


def _table(rows: list[dict[str, Any]], columns: list[str]) -> list[list[Any]]:
    return [[cell_text(r.get(c)) for c in columns] for r in rows]


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def write_csv(dump: GraphDump, out: Path) -> None:
    """A folder holding nodes.csv and relationships.csv (UTF-8, comma-separated)."""
    if out.suffix:
        raise ParameterError(f"--out is a folder for csv, not {out.name!r}", param="out")
    out.mkdir(parents=True, exist_ok=True)
    for name, rows, columns in (("nodes.csv", dump.nodes, NODE_COLUMNS),
                                ("relationships.csv", dump.rels, REL_COLUMNS)):
        with (out / name).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            writer.writerows([_csv_cell(v) for v in row] for row in _table(rows, columns))


def write_xlsx(dump: GraphDump, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    if out.suffix.lower() != ".xlsx":
        raise ParameterError(f"--out must end in .xlsx, not {out.name!r}", param="out")
    book = Workbook()
    first: Any = book.active
    first.title = "nodes"
    for ws, rows, columns in ((first, dump.nodes, NODE_COLUMNS),
                              (book.create_sheet("relationships"), dump.rels, REL_COLUMNS)):
        write_xlsx_rows(ws, [columns, *_table(rows, columns)])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "C2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)


def to_networkx(dump: GraphDump) -> Any:
    """A MultiDiGraph: node id = key, edge key = relationship key; Gephi-safe values."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in dump.nodes:
        attrs = _flat({k: v for k, v in n.items() if k not in ("key", "label")})
        display = next((n[p] for p in _DISPLAY if n.get(p)), n["key"])
        g.add_node(n["key"], label=xlsx_safe(str(display)), category=n["label"], **attrs)
    for r in dump.rels:
        attrs = _flat({k: v for k, v in r.items()
                       if k not in ("key", "type", "src", "dst", "src_label", "dst_label")})
        g.add_edge(r["src"], r["dst"], key=r["key"], label=r["type"], rel_type=r["type"],
                   **attrs)
    return g


def _flat(props: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in props.items():
        if isinstance(v, list | tuple):
            v = "; ".join(str(x) for x in v) if v else None
        if v is not None:
            out[k] = xlsx_safe(v)  # XML forbids control characters, as XLSX does
    return out


def write_graphml(dump: GraphDump, out: Path) -> None:
    import networkx as nx

    out.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(to_networkx(dump), out)


def write_gexf(dump: GraphDump, out: Path) -> None:
    import networkx as nx

    out.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(to_networkx(dump), out)


def _write_cypher(dump: GraphDump, out: Path) -> None:
    from .cypher_script import cypher_script

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(cypher_script(dump), encoding="utf-8")
