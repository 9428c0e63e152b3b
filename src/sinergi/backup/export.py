"""``sinergi export``: the graph in the formats planners and analysts use.

- ``csv``: a folder with ``nodes.csv`` and ``relationships.csv``;
- ``xlsx``: one workbook, sheets ``nodes`` and ``relationships``;
- ``graphml`` / ``gexf``: through networkx, for Gephi (lists joined with '; ', empty
  values left out; node ``label`` is a readable name, ``category`` the graph label);
- ``cypher``: a script that rebuilds the graph on another Neo4j (``cypher_script``).

The tables use the columns of ``restore`` (provenance included: REPORTS edges with
evidence, extractor, confidence and status, plus a derived ``sources`` column), so an
exported workbook loads back with ``sinergi load records`` unchanged. What is
exported, and how one province is kept, is ``dump``'s business.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ParameterError
from ..sheets import cell_text, write_xlsx_rows, xlsx_safe
from ..sheets.csvsafe import write_rows
from ..stores import GraphStore
from .cypher_script import cypher_script
from .dump import GraphDump, dump_graph
from .restore import NODE_COLUMNS, REL_COLUMNS

FORMATS = ("csv", "xlsx", "graphml", "gexf", "cypher")
_DISPLAY = ("name", "title", "file", "url", "action")


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


def write_csv(dump: GraphDump, out: Path) -> None:
    """A folder holding nodes.csv and relationships.csv (UTF-8, comma-separated,
    spreadsheet-safe: see ``sheets.csvsafe``)."""
    if out.suffix:
        raise ParameterError(f"--out is a folder for csv, not {out.name!r}", param="out")
    out.mkdir(parents=True, exist_ok=True)
    for name, rows, columns in (("nodes.csv", dump.nodes, NODE_COLUMNS),
                                ("relationships.csv", dump.rels, REL_COLUMNS)):
        with (out / name).open("w", newline="", encoding="utf-8") as fh:
            write_rows(fh, columns, _table(rows, columns))


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
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(cypher_script(dump), encoding="utf-8")
