"""Loading planners' sheets: validate everything first, all or nothing, idempotent,
corrected files replace their own rows. Runs on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from records_graph import (
    AGREEMENT_HEADERS,
    agreement_rows,
    build_reference,
    write_csv,
    write_xlsx,
)
from sinergi.cli.main import cli
from sinergi.errors import InputErrors
from sinergi.ingest import load_sheets
from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph

EXAMPLE = ["CONTOH-1", "PKS", "signed", "contoh", "Pemko Banjarmasin; Kanim Banjarmasin",
           "01/01/2026", None, "TIMPORA", None]


def _facts(store: GraphStore) -> dict[str, int]:
    counts = store.counts()
    return {k: counts[k] for k in ("Agreement", "Record", "REPORTS", "PARTY_TO", "COVERS",
                                   "ABOUT", "Person", "HOLDS_POSITION", "Meeting")}


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    build_reference(store)
    return store


def test_three_bad_rows_among_fifty_are_reported_exactly_and_nothing_loads(
    graph: GraphStore, tmp_path: Path
) -> None:
    rows = agreement_rows(50)
    rows[6][4] = "Pemkab Antah Berantah; Kanim Banjarmasin"  # unknown institution
    rows[22][5] = "31/02/2025"  # no such day
    rows[40][1] = "NOTA"  # not an agreement kind
    path = write_xlsx(tmp_path / "perjanjian.xlsx",
                      {"agreements": [AGREEMENT_HEADERS, EXAMPLE, *rows]})
    before = graph.counts()
    with pytest.raises(InputErrors) as info:
        load_sheets(graph, [path])
    # Header is row 1, the example row 2: the n-th data row is row n + 2.
    where = [(e.line, e.column) for e in info.value.errors]
    assert where == [(9, "parties"), (25, "signed_on"), (43, "kind")]
    assert all(str(path) in e.message for e in info.value.errors)
    assert "Antah Berantah" in info.value.errors[0].message
    assert graph.counts() == before

    rows[6][4] = "Pemko Banjarmasin; Kanim Banjarmasin"
    rows[22][5], rows[40][1] = "28/02/2025", "PKS"
    write_xlsx(path, {"agreements": [AGREEMENT_HEADERS, EXAMPLE, *rows]})
    report = load_sheets(graph, [path])
    assert report.loaded == ["perjanjian.xlsx"] and report.facts == 50
    facts = _facts(graph)
    assert facts["Agreement"] == 50 and facts["Record"] == 50 and facts["REPORTS"] == 50
    assert facts["PARTY_TO"] == 100


def test_reloading_the_same_file_changes_nothing(graph: GraphStore, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "perjanjian.csv", [AGREEMENT_HEADERS, *agreement_rows(8)])
    load_sheets(graph, [path])
    query = "MATCH (r:Record) RETURN r.key AS k, r.loaded_at AS at ORDER BY k"
    before, stamps = graph.counts(), graph.run(query)
    report = load_sheets(graph, [path])
    assert report.unchanged == ["perjanjian.csv"] and not report.loaded
    assert graph.counts() == before and graph.run(query) == stamps


def test_facts_carry_record_provenance(graph: GraphStore, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "perjanjian.csv", [AGREEMENT_HEADERS, *agreement_rows(2)])
    load_sheets(graph, [path])
    rows = graph.run(
        "MATCH (r:Record)-[e:REPORTS]->(a:Agreement) RETURN r.file AS file, r.row AS row, "
        "r.kind AS kind, r.sha256 AS sha, e.fact AS fact, a.key AS key, e.extractor AS ex, "
        "e.confidence AS conf, e.status AS status, e.evidence AS evidence, a.signed_on AS signed, "
        "a.review AS review ORDER BY r.row")
    assert [(r["file"], r["row"], r["kind"]) for r in rows] == [
        ("perjanjian.csv", 2, "agreements"), ("perjanjian.csv", 3, "agreements")]
    first = rows[0]
    assert first["fact"] == first["key"] and first["ex"].startswith("records/")
    assert (first["conf"], first["status"], first["review"]) == (1.0, "accepted", "accepted")
    assert "perjanjian.csv" in first["evidence"] and "row 2" in first["evidence"]
    assert len(first["sha"]) == 64
    # dd/mm/yyyy in the second row became ISO
    assert rows[1]["signed"] == "2024-01-08"
    parties = graph.run("MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement {key: $k}) "
                        "RETURN i.key AS k ORDER BY k", {"k": first["key"]})
    assert [p["k"] for p in parties] == ["kanim:banjarmasin", "pemkot:63.71"]
    covers = graph.run("MATCH (a:Agreement {key: $k})-[:COVERS]->(g:Region) RETURN g.key AS g",
                       {"k": first["key"]})
    assert covers == [{"g": "63.71"}]


def test_a_corrected_file_replaces_its_rows_and_leaves_other_sources_alone(
    graph: GraphStore, tmp_path: Path
) -> None:
    rows = agreement_rows(3)
    rows[2][6] = "2030-12-31"  # valid_until, cleared below
    path = write_csv(tmp_path / "perjanjian.csv", [AGREEMENT_HEADERS, *rows])
    load_sheets(graph, [path])
    keys = [r["k"] for r in graph.run(
        "MATCH (r:Record)-[e:REPORTS]->(a:Agreement) RETURN a.key AS k ORDER BY r.row")]
    # A news article also reports the second agreement.
    with graph.writer() as w:
        w.node("Article", {"key": "article:test", "title": "Berita uji"})
        w.rel("REPORTS", ("Article", "article:test"), ("Agreement", keys[1]),
              {"fact": keys[1], "evidence": "Kalimat uji.", "confidence": 0.9,
               "status": "accepted"})

    rows[0][5] = "2024-02-15"  # new date: a different agreement key
    rows[2][6] = None
    rows[2][3] = "Judul yang dibetulkan"
    del rows[1]  # the planner removed the second row
    write_csv(path, [AGREEMENT_HEADERS, *rows])
    report = load_sheets(graph, [path])
    assert report.loaded == ["perjanjian.csv"] and report.removed == 1

    agreements = {r["k"]: r for r in graph.run(
        "MATCH (a:Agreement) RETURN a.key AS k, a.title AS title, a.valid_until AS until")}
    assert keys[0] not in agreements  # reported by nothing any more: deleted
    assert keys[1] in agreements  # still reported by the article
    assert agreements[keys[2]]["title"] == "Judul yang dibetulkan"
    assert agreements[keys[2]]["until"] is None
    assert len(agreements) == 3
    sources = graph.run("MATCH (s)-[e:REPORTS]->(a:Agreement {key: $k}) RETURN s.key AS s",
                        {"k": keys[1]})
    assert sources == [{"s": "article:test"}]
    assert graph.counts()["Record"] == 2


def test_offices_officials_and_meetings_in_one_workbook(graph: GraphStore, tmp_path: Path
                                                        ) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", {
        "Kantor": [
            ["id", "name", "kind", "place", "region", "parent", "aliases", "jurisdiction"],
            ["K1", "Unit Layanan Paspor Contoh", "ULP", "Pagatan", "Kabupaten Tanah Bumbu",
             "Kanim Batulicin", "ULP Pagatan", "63.10"],
        ],
        "Pejabat": [
            ["id", "name", "title", "institution", "since"],
            ["P1", "Rina Contoh", "Kepala Unit", "ULP Pagatan", "2025-03-01"],
        ],
        "Rapat": [
            ["id", "kind", "date", "participants", "people", "region", "topics", "venue"],
            ["R1", "coordination", "05/03/2026", "ULP Pagatan; Pemkab Tanbu", "Rina Contoh",
             63.1, "PASSPORT_SERVICE", "Aula Kecamatan"],
        ],
        "Catatan": [["anything", "else"], ["ignored", "sheet"]],
    })
    report = load_sheets(graph, [path])
    assert report.facts == 3
    office = graph.run("MATCH (u:Institution {key: 'ulp:pagatan'})-[:PART_OF]->(k:Institution) "
                       "RETURN u.name AS name, u.region AS region, k.key AS parent")
    assert office == [{"name": "Unit Layanan Paspor Contoh", "region": "63.10",
                       "parent": "kanim:batulicin"}]
    position = graph.run("MATCH (p:Person)-[h:HOLDS_POSITION]->(i:Institution) "
                         "RETURN p.name AS name, h.title AS title, i.key AS inst, h.since AS since")
    assert position == [{"name": "Rina Contoh", "title": "Kepala Unit", "inst": "ulp:pagatan",
                         "since": "2025-03-01"}]
    meeting = graph.run("MATCH (m:Meeting)-[:LOCATED_IN]->(g:Region) RETURN m.kind AS kind, "
                        "m.date AS date, m.topic AS topic, g.key AS region")
    assert meeting == [{"kind": "COORDINATION", "date": "2026-03-05",
                        "topic": "PASSPORT_SERVICE", "region": "63.10"}]
    attended = graph.run("MATCH (x)-[:ATTENDED]->(:Meeting) RETURN x.key AS k ORDER BY k")
    assert [r["k"] for r in attended] == ["pemkab:63.10", "person:rina-contoh", "ulp:pagatan"]


def test_ambiguous_names_missing_columns_and_duplicate_ids_are_reported(
    graph: GraphStore, tmp_path: Path
) -> None:
    rows = agreement_rows(3)
    rows[0][4] = "Imigrasi Kalsel; Pemprov Kalsel"  # two Kanwil share this alias
    rows[2][0] = rows[1][0]
    path = write_csv(tmp_path / "a.csv", [AGREEMENT_HEADERS, *rows])
    missing = write_csv(tmp_path / "b.csv", [["id", "status", "parties"],
                                             ["X", "signed", "Pemkab Tanbu; Kanim Batulicin"]])
    unknown = write_csv(tmp_path / "c.csv", [["nomor", "nama"], ["1", "x"]])
    with pytest.raises(InputErrors) as info:
        load_sheets(graph, [path, missing, unknown])
    problems = {(Path(e.file or "").name, e.line, e.column): e.problem
                for e in info.value.errors}
    assert set(problems) == {("a.csv", 2, "parties"), ("a.csv", 4, "id"),
                             ("b.csv", 1, "kind"), ("c.csv", 1, None)}
    assert "no sheet with known columns" in problems[("c.csv", 1, None)]
    assert "ambiguous" in problems[("a.csv", 2, "parties")]
    assert "duplicate id" in problems[("a.csv", 4, "id")]
    assert graph.counts()["Agreement"] == 0


def test_an_unquoted_separator_is_refused(graph: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "titik-koma.csv"
    path.write_text("id;kind;status;parties\nA;PKS;signed;Pemko Banjarmasin; Kanim Banjarmasin\n",
                    encoding="utf-8")
    with pytest.raises(InputErrors) as info:
        load_sheets(graph, [path])
    assert [(e.line, e.problem.split(":")[0]) for e in info.value.errors] == [
        (2, "5 values but 4 columns")]


def test_load_records_command_reports_problems_and_exits_1(env: Settings, tmp_path: Path
                                                          ) -> None:
    graph = open_graph(env)
    try:
        graph.clear()
        build_reference(graph)
    finally:
        graph.close()
    rows = agreement_rows(4)
    rows[1][2] = "ditandatangani"  # not a status
    path = write_csv(tmp_path / "perjanjian.csv", [AGREEMENT_HEADERS, *rows])
    runner = CliRunner()
    bad = runner.invoke(cli, ["load", "records", str(path)])
    assert bad.exit_code == 1
    assert f"{path}:3:status: 'ditandatangani' is not allowed" in bad.output
    rows[1][2] = "signed"
    write_csv(path, [AGREEMENT_HEADERS, *rows])
    good = runner.invoke(cli, ["load", "records", str(path)])
    assert good.exit_code == 0, good.output
    assert "1 file(s) loaded (4 fact rows)" in good.output
    again = runner.invoke(cli, ["load", "records", str(path)])
    assert "0 file(s) loaded (0 fact rows), 1 unchanged" in again.output
