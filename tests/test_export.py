"""Exports: XLSX and CSV round trips, Gephi files read back with networkx, the Cypher
script replayed into Neo4j, the province filter. Both backends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import backend_settings
from records_graph import AGREEMENT_HEADERS, agreement_rows, build_reference, write_csv
from sinergi.backup.cypher_script import cypher_script, literal
from sinergi.backup.export import GraphDump, dump_graph, export_graph
from sinergi.cli.main import cli
from sinergi.ingest import load_sheets
from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph

AWKWARD = "Kutipan \"ganda\" dan 'tunggal', garis miring \\ lalu\nbaris baru, tab\t, é ü 漢字 😀"


def _build(store: GraphStore, tmp_path: Path) -> None:
    build_reference(store)
    rows = agreement_rows(6)
    load_sheets(store, [write_csv(tmp_path / "perjanjian.csv", [AGREEMENT_HEADERS, *rows])])
    with store.writer() as w:
        w.node("Article", {"key": "article:uji", "title": AWKWARD, "url": "https://contoh.id/a;b",
                           "published_on": "2026-01-02", "source": "=SUM(A1)"})
        w.node("Agreement", {"key": "agreement:uji", "kind": "MOU", "status": "planned",
                             "topics": ["TIMPORA", "nilai; dengan titik koma", "[kurung"],
                             "review": "needs_review", "title": "  spasi di tepi  "})
        w.rel("PARTY_TO", ("Institution", "pemkab:64.02"), ("Agreement", "agreement:uji"),
              {"role": "party", "signatory": "Nama Contoh"})
        w.rel("REPORTS", ("Article", "article:uji"), ("Agreement", "agreement:uji"),
              {"fact": "agreement:uji", "evidence": AWKWARD, "char_start": 0, "char_end": 12,
               "extractor": "uji/1", "confidence": 0.375, "status": "needs_review"})
        w.rel("JURISDICTION_OVER", ("Institution", "kanim:batulicin"), ("Region", "63.10"),
              {"partial": True, "districts": ["63.10.01", "63.10.02"]})


@pytest.fixture
def graph(store: GraphStore, tmp_path: Path) -> GraphStore:
    _build(store, tmp_path)
    return store


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    finally:
        book.close()


def test_xlsx_round_trip_gives_identical_content(graph: GraphStore, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    dump = export_graph(graph, "xlsx", first)
    cells = _cells(first)
    assert len(cells["nodes"]) == len(dump.nodes) + 1  # header row
    assert len(cells["relationships"]) == len(dump.rels) + 1
    counts = graph.counts()
    assert len(dump.nodes) == sum(counts[k] for k in counts if k[0].isupper() and
                                  not k.isupper())
    graph.clear()
    report = load_sheets(graph, [first])
    assert report.restored == len(dump.nodes) + len(dump.rels) and not report.loaded
    second = tmp_path / "second.xlsx"
    export_graph(graph, "xlsx", second)
    assert _cells(second) == cells
    assert graph.counts() == counts  # no Record added for a restore


def test_xlsx_cells_keep_values_as_written(graph: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "g.xlsx"
    export_graph(graph, "xlsx", path)
    book = load_workbook(path)
    header = [c.value for c in book["nodes"][1]]
    rows = {r[1].value: r for r in book["nodes"].iter_rows(min_row=2)}
    article = rows["article:uji"]
    assert article[header.index("source")].value == "=SUM(A1)"
    assert article[header.index("source")].data_type == "s"  # never a formula
    assert article[header.index("title")].value == AWKWARD
    assert rows["63.10"][header.index("key")].value == "63.10"  # text, not 63.1
    rels = list(book["relationships"].iter_rows(values_only=True))
    rheader = rels[0]
    reports = [r for r in rels if r[0] == "REPORTS" and r[rheader.index("src")] == "article:uji"]
    assert reports[0][rheader.index("confidence")] == 0.375
    assert "article:uji" in rows["agreement:uji"][header.index("sources")].value


def test_csv_round_trip_gives_identical_files(graph: GraphStore, tmp_path: Path) -> None:
    export_graph(graph, "csv", tmp_path / "one")
    first = {n: (tmp_path / "one" / n).read_text() for n in ("nodes.csv", "relationships.csv")}
    graph.clear()
    load_sheets(graph, [tmp_path / "one" / "nodes.csv", tmp_path / "one" / "relationships.csv"])
    export_graph(graph, "csv", tmp_path / "two")
    second = {n: (tmp_path / "two" / n).read_text() for n in ("nodes.csv", "relationships.csv")}
    assert second == first


def test_gexf_and_graphml_open_in_networkx_with_all_nodes_and_edges(
    graph: GraphStore, tmp_path: Path
) -> None:
    dump = export_graph(graph, "gexf", tmp_path / "g.gexf")
    export_graph(graph, "graphml", tmp_path / "g.graphml")
    for g in (nx.read_gexf(tmp_path / "g.gexf"), nx.read_graphml(tmp_path / "g.graphml")):
        assert g.number_of_nodes() == len(dump.nodes)
        assert g.number_of_edges() == len(dump.rels)
    g = nx.read_graphml(tmp_path / "g.graphml")
    agreement = g.nodes["agreement:uji"]
    assert agreement["category"] == "Agreement"
    assert agreement["topics"] == '["TIMPORA", "nilai; dengan titik koma", "[kurung"]' or \
        agreement["topics"] == "TIMPORA; nilai; dengan titik koma; [kurung"
    assert "signed_on" not in agreement  # None is dropped
    assert g.nodes["kanim:batulicin"]["label"] == "Kantor Imigrasi Kelas II TPI Batulicin"


@pytest.mark.neo4j
def test_cypher_script_rebuilds_the_graph_in_batches(graph: GraphStore, tmp_path: Path) -> None:
    """Exported from either backend, replayed line by line into Neo4j (as cypher-shell -f)."""
    with graph.writer() as w:  # control characters, and the batch separators, too
        w.node("Person", {"key": "person:kontrol", "name": "a\x01b\x7fc\u2028d"})
        w.node("Person", {"key": "person:pemisah", "name": "a\x1eb\x1fc\x1dd"})
    before = dump_graph(graph)
    path = tmp_path / "g.cypher"
    export_graph(graph, "cypher", path)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if not line.startswith("//")]
    merges = [line for line in lines if not line.startswith("CREATE CONSTRAINT")]
    assert len(merges) < (len(before.nodes) + len(before.rels)) / 3  # batched, not one per row
    target = open_graph(backend_settings("neo4j", tmp_path))
    try:
        target.clear()
        for line in lines:
            assert line.endswith(";")
            target.run(line[:-1])
        after = dump_graph(target)
    finally:
        target.close()
    assert after.nodes == before.nodes and after.rels == before.rels


def test_literals_escape_what_cypher_needs() -> None:
    assert literal("it's \\ \n") == "'it\\'s \\\\ \\n'"
    assert literal("\x00é") == "'\\u0000é'"
    assert literal(["a", 1, 2.5, True, None]) == "['a', 1, 2.5, true, null]"
    with pytest.raises(ValueError):
        literal(float("nan"))
    script = cypher_script(GraphDump(
        [{"label": "Region", "key": "x'; MATCH (n) DETACH DELETE n //", "name": None}], []))
    assert "UNWIND split('x\\'; MATCH (n) DETACH DELETE n //', '\\u001e') AS line" in script


def test_province_filter_keeps_one_province(graph: GraphStore, tmp_path: Path) -> None:
    dump = export_graph(graph, "xlsx", tmp_path / "kaltim.xlsx", province="Kalimantan Timur")
    keys = {n["key"] for n in dump.nodes}
    assert {"64", "64.02", "pemkab:64.02", "agreement:uji", "article:uji"} <= keys
    assert not {"63", "63.71", "pemkot:63.71", "kanim:banjarmasin"} & keys
    assert all(r["src"] in keys and r["dst"] in keys for r in dump.rels)
    whole = dump_graph(graph)
    assert len(dump.nodes) < len(whole.nodes)


def test_export_command(env: Settings, tmp_path: Path) -> None:
    graph = open_graph(env)
    try:
        graph.clear()
        _build(graph, tmp_path)
        expected = len(dump_graph(graph).nodes)
    finally:
        graph.close()
    out = tmp_path / "out.gexf"
    result = CliRunner().invoke(cli, ["export", "--format", "gexf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {expected} nodes" in result.output
    assert nx.read_gexf(out).number_of_nodes() == expected
    bad = CliRunner().invoke(cli, ["export", "--format", "xlsx", "--out", str(tmp_path / "x.csv")])
    assert bad.exit_code == 2 and "must end in .xlsx" in bad.output
