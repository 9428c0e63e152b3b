"""The review queue and decisions: listed with evidence, recorded as data (who, when, why),
effective (status flags, merges), and the Excel loop. Both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from records_graph import AGREEMENT_HEADERS, build_reference, write_csv
from sinergi.cli.main import cli
from sinergi.errors import InputErrors, NotFound, ParameterError
from sinergi.ingest import load_sheets
from sinergi.review import apply_planned, plan, review_queue, write_review_sheet
from sinergi.schema import agreement_key, rel_key
from sinergi.settings import Settings
from sinergi.stores import GraphStore, Writer, open_graph

DOUBTFUL = agreement_key("PKS", "signed", "2026-01-10", ["pemkot:63.71", "kanim:banjarmasin"],
                         ["TIMPORA"])
FAIR = agreement_key("MOU", "signed", "2025-11-03", ["pemkab:64.02", "kanim:samarinda"], [])
MEETING = "meeting:uji"
NEW_OFFICE = "kanim:tanah-bumbu"
POSITION = rel_key("person:dewi-contoh", "HOLDS_POSITION", NEW_OFFICE, "Kepala Kantor")


def _reports(w: Writer, target: tuple[str, str], fact: str, conf: float, sentence: str) -> None:
    w.rel("REPORTS", ("Article", "article:uji"), target,
          {"fact": fact, "evidence": sentence, "extractor": "uji/1", "confidence": conf,
           "status": "needs_review" if conf < 0.6 else "accepted"}, qualifier=fact[-12:])


def _build(store: GraphStore) -> None:
    build_reference(store)
    with store.writer() as w:
        w.node("Article", {"key": "article:uji", "title": "Berita buatan untuk uji",
                           "url": "https://contoh.id/berita"})
        w.node("Agreement", {"key": DOUBTFUL, "kind": "PKS", "status": "signed",
                             "signed_on": "2026-01-10", "topics": ["TIMPORA"],
                             "review": "needs_review"})
        w.node("Agreement", {"key": FAIR, "kind": "MOU", "status": "signed",
                             "signed_on": "2025-11-03", "review": "accepted"})
        w.node("Meeting", {"key": MEETING, "kind": "AUDIENCE", "date": "2026-01-09",
                           "review": "accepted"})
        w.node("Institution", {"key": NEW_OFFICE, "name": "Imigrasi Tanah Bumbu",
                               "kind": "KANIM", "status": "needs_review"})
        w.node("Person", {"key": "person:dewi-contoh", "name": "Dewi Contoh"})
        for party in ("pemkot:63.71", "kanim:banjarmasin", NEW_OFFICE):
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", DOUBTFUL), {"role": "party"})
        w.rel("ATTENDED", ("Institution", NEW_OFFICE), ("Meeting", MEETING))
        w.rel("HOLDS_POSITION", ("Person", "person:dewi-contoh"), ("Institution", NEW_OFFICE),
              {"title": "Kepala Kantor"}, qualifier="Kepala Kantor")
        _reports(w, ("Agreement", DOUBTFUL), DOUBTFUL, 0.45, "Kalimat tentang PKS.")
        _reports(w, ("Agreement", FAIR), FAIR, 0.7, "Kalimat tentang MoU.")
        _reports(w, ("Meeting", MEETING), MEETING, 0.9, "Kalimat tentang audiensi.")
        _reports(w, ("Institution", NEW_OFFICE), NEW_OFFICE, 0.4, "Kalimat tentang kantor.")
        _reports(w, ("Person", "person:dewi-contoh"), POSITION, 0.5, "Kalimat tentang Dewi.")


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    _build(store)
    return store


def _decide(store: GraphStore, action: str, key: str, **kw: str) -> None:
    into = kw.pop("into", None)
    apply_planned(store, plan(store, action, [key], by=kw.get("by", "uji"),
                              why=kw.get("why"), into=into))


def test_queue_lists_doubtful_facts_with_evidence_and_source(graph: GraphStore) -> None:
    rows = {r["key"]: r for r in review_queue(graph)}
    assert set(rows) == {DOUBTFUL, NEW_OFFICE, POSITION}
    assert rows[DOUBTFUL]["evidence"] == "Kalimat tentang PKS."
    assert "Berita buatan untuk uji" in rows[DOUBTFUL]["source"]
    assert rows[NEW_OFFICE]["what"] == "Institution" and rows[NEW_OFFICE]["confidence"] == 0.4
    assert "Kepala Kantor" in rows[POSITION]["summary"]
    assert [r["key"] for r in review_queue(graph)][0] == NEW_OFFICE  # least sure first
    assert FAIR in {r["key"] for r in review_queue(graph, below=0.8)}


def test_reject_is_recorded_and_effective(graph: GraphStore) -> None:
    _decide(graph, "reject", DOUBTFUL, by="Rina", why="bukan perjanjian")
    decision = graph.run("MATCH (d:Decision)-[:DECISION_ON]->(a:Agreement) RETURN d.action AS "
                         "action, d.target AS target, d.decided_by AS who, d.reason AS why, "
                         "d.decided_at AS at, a.key AS on_key")
    assert len(decision) == 1
    d = decision[0]
    assert (d["action"], d["target"], d["who"], d["why"], d["on_key"]) == (
        "reject", DOUBTFUL, "Rina", "bukan perjanjian", DOUBTFUL)
    assert d["at"] and d["at"][:2] == "20"
    state = graph.run("MATCH (s)-[e:REPORTS]->(a:Agreement {key: $k}) RETURN a.review AS review, "
                      "e.status AS status, e.evidence AS evidence", {"k": DOUBTFUL})
    # history kept: the edge and its sentence are still there, marked rejected
    assert state == [{"review": "rejected", "status": "rejected",
                      "evidence": "Kalimat tentang PKS."}]
    assert DOUBTFUL not in {r["key"] for r in review_queue(graph)}


def test_a_rejected_fact_stays_rejected_when_a_sheet_lists_it(graph: GraphStore,
                                                             tmp_path: Path) -> None:
    _decide(graph, "reject", DOUBTFUL)
    sheet = write_csv(tmp_path / "perjanjian.csv", [AGREEMENT_HEADERS, [
        "A1", "PKS", "signed", "", "Pemko Banjarmasin; Kanim Banjarmasin", "10/01/2026", None,
        "TIMPORA", None]])
    report = load_sheets(graph, [sheet])
    assert any(DOUBTFUL in w and "rejected" in w for w in report.warnings)
    rows = graph.run("MATCH (r:Record)-[e:REPORTS]->(a:Agreement) RETURN a.key AS k, "
                     "a.review AS review, e.status AS status")
    assert rows == [{"k": DOUBTFUL, "review": "rejected", "status": "rejected"}]


def test_accepting_a_position_marks_the_relationship(graph: GraphStore) -> None:
    _decide(graph, "accept", POSITION)
    rows = graph.run("MATCH (:Person)-[h:HOLDS_POSITION]->(:Institution) RETURN h.review AS r")
    assert rows == [{"r": "accepted"}]
    status = graph.run("MATCH ()-[e:REPORTS]->(:Person) RETURN e.status AS s")
    assert status == [{"s": "accepted"}]
    assert POSITION not in {r["key"] for r in review_queue(graph)}


def test_merge_moves_everything_to_the_survivor(graph: GraphStore) -> None:
    _decide(graph, "merge", NEW_OFFICE, into="kanim:batulicin", why="kantor yang sama")
    assert not graph.run("MATCH (i:Institution {key: $k}) RETURN i.key AS k", {"k": NEW_OFFICE})
    rows = graph.run("MATCH (i:Institution {key: 'kanim:batulicin'})-[r:PARTY_TO]->(a:Agreement) "
                     "RETURN a.key AS a, r.key AS key")
    assert rows == [{"a": DOUBTFUL, "key": f"kanim:batulicin|PARTY_TO|{DOUBTFUL}"}]
    assert graph.run("MATCH (i:Institution)-[:ATTENDED]->(:Meeting) RETURN i.key AS k") == [
        {"k": "kanim:batulicin"}]
    moved = rel_key("person:dewi-contoh", "HOLDS_POSITION", "kanim:batulicin", "Kepala Kantor")
    position = graph.run("MATCH (:Person)-[h:HOLDS_POSITION]->(i:Institution) "
                         "RETURN h.key AS k, i.key AS i")
    assert position == [{"k": moved, "i": "kanim:batulicin"}]
    facts = {r["f"] for r in graph.run("MATCH ()-[e:REPORTS]->() RETURN e.fact AS f")}
    assert moved in facts and "kanim:batulicin" in facts and NEW_OFFICE not in facts
    aliases = graph.run("MATCH (i:Institution {key: 'kanim:batulicin'}) RETURN i.aliases AS a")
    assert "Imigrasi Tanah Bumbu" in aliases[0]["a"] and "Kanim Batulicin" in aliases[0]["a"]
    d = graph.run("MATCH (d:Decision)-[:DECISION_ON]->(i:Institution) RETURN d.target AS t, "
                  "d.merged_into AS into, d.before AS before, i.key AS on_key")[0]
    assert (d["t"], d["into"], d["on_key"]) == (NEW_OFFICE, "kanim:batulicin", "kanim:batulicin")
    assert json.loads(d["before"])["name"] == "Imigrasi Tanah Bumbu"


def test_bad_decisions_change_nothing(graph: GraphStore) -> None:
    before = graph.counts()
    with pytest.raises(NotFound):
        plan(graph, "accept", [DOUBTFUL, "agreement:tidak-ada"], by="x", why=None)
    with pytest.raises(ParameterError, match="one label"):
        plan(graph, "merge", [NEW_OFFICE], by="x", why=None, into=DOUBTFUL)
    with pytest.raises(ParameterError, match="--into"):
        plan(graph, "merge", [NEW_OFFICE], by="x", why=None)
    assert graph.counts() == before


def test_review_sheet_closes_the_loop(graph: GraphStore, tmp_path: Path) -> None:
    path = write_review_sheet(review_queue(graph, below=0.8), tmp_path / "tinjauan.xlsx")
    book = load_workbook(path)
    ws = book["review"]
    header = [c.value for c in ws[1]]
    col = {h.rsplit(" / ", 1)[1]: i + 1 for i, h in enumerate(header)}
    keys = {ws.cell(row=r, column=col["key"]).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(row=keys[FAIR], column=col["decision"], value="reject")
    ws.cell(row=keys[FAIR], column=col["by"], value="Budi")
    ws.cell(row=keys[NEW_OFFICE], column=col["decision"], value="merge")
    ws.cell(row=keys[NEW_OFFICE], column=col["merge_into"], value="kanim:batulicin")
    ws.cell(row=keys[DOUBTFUL], column=col["decision"], value="maybe")
    book.save(path)
    with pytest.raises(InputErrors) as info:
        load_sheets(graph, [path])
    assert [(e.line, e.column) for e in info.value.errors] == [(keys[DOUBTFUL], "decision")]
    assert graph.counts()["Decision"] == 0

    ws.cell(row=keys[DOUBTFUL], column=col["decision"]).value = None
    book.save(path)
    assert load_sheets(graph, [path]).decisions == 2
    fair = graph.run("MATCH (a:Agreement {key: $k}) RETURN a.review AS r", {"k": FAIR})
    assert fair == [{"r": "rejected"}]
    who = graph.run("MATCH (d:Decision {action: 'reject'}) RETURN d.decided_by AS by, "
                    "d.source AS source")
    assert who == [{"by": "Budi", "source": f"tinjauan.xlsx row {keys[FAIR]}"}]
    before = graph.counts()
    assert load_sheets(graph, [path]).decisions == 0  # the same sheet again: no-op
    assert graph.counts() == before


def test_review_commands(env: Settings) -> None:
    graph = open_graph(env)
    try:
        graph.clear()
        _build(graph)
    finally:
        graph.close()
    runner = CliRunner()
    listed = runner.invoke(cli, ["review", "--json"])
    assert listed.exit_code == 0, listed.output
    assert {r["key"] for r in json.loads(listed.output)} == {DOUBTFUL, NEW_OFFICE, POSITION}
    done = runner.invoke(cli, ["review", "reject", DOUBTFUL, "--by", "Rina", "--why", "salah"])
    assert done.exit_code == 0 and "1 decision(s) recorded" in done.output
    missing = runner.invoke(cli, ["review", "accept", "agreement:tidak-ada"])
    assert missing.exit_code == 2 and "no fact" in missing.output
    listed = runner.invoke(cli, ["review", "--json"])
    assert DOUBTFUL not in {r["key"] for r in json.loads(listed.output)}
