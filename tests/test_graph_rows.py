"""The graph-* questions give one row per edge (graph-province: one row per agreement or
meeting with its members): the first evidence sentence with its own source, and every
source that reports the edge (issue 20: a fact in many articles was one row per
article, and a meeting one row per attendee)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sinergi.questions.edges import edge_rows
from sinergi.questions.registry import run_query
from sinergi.questions.tabular import cell
from sinergi.stores import GraphStore

AG = "agreement:test-mou"
URL_B, URL_A = "https://example.org/berita-b", "https://example.org/berita-a"
RECORD = "record:test:sheet1:7"


def _report(w: Any, src: tuple[str, str], evidence: str | None) -> None:
    w.rel("REPORTS", src, ("Agreement", AG),
          {"fact": AG, "evidence": evidence, "status": "accepted", "confidence": 0.9,
           "extractor": "test/1"}, qualifier=src[1])


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    with store.writer() as w:
        w.node("Region", {"key": "63", "name": "Kalimantan Selatan", "level": "province",
                          "province": "63"})
        w.node("Region", {"key": "63.71", "name": "Kota Banjarmasin", "level": "city",
                          "parent": "63", "province": "63"})
        for key, kind in (("pemkot:63.71", "PEMKOT"), ("kanim:banjarmasin", "KANIM")):
            w.node("Institution", {"key": key, "name": key, "kind": kind, "region": "63.71"})
            w.rel("PARTY_TO", ("Institution", key), ("Agreement", AG), {"role": "party"})
        w.node("Agreement", {"key": AG, "kind": "MOU", "status": "signed",
                             "signed_on": "2025-01-02", "topics": ["TIMPORA"]})
        w.rel("COVERS", ("Agreement", AG), ("Region", "63.71"))
        # Two articles with different sentences (the later URL has the earlier sentence)
        # and a planners' record without one.
        w.node("Article", {"key": "article:b", "url": URL_B})
        w.node("Article", {"key": "article:a", "url": URL_A})
        w.node("Record", {"key": RECORD, "file": "rencana.xlsx", "sheet": "sheet1", "row": 7})
        _report(w, ("Article", "article:b"), "Pemkot dan Kanim menandatangani MoU Timpora.")
        _report(w, ("Article", "article:a"), "MoU Timpora diteken di Balai Kota.")
        _report(w, ("Record", RECORD), None)
    return store


@pytest.mark.parametrize(("question", "params"), [
    ("graph-province", {"province": "63"}),
    ("graph-region", {"region": "63.71"}),
    ("graph-institution", {"institution": "kanim:banjarmasin"}),
])
def test_one_row_per_edge_with_its_first_sentence_and_every_source(
        graph: GraphStore, question: str, params: dict[str, Any]) -> None:
    rows = [r for r in edge_rows(run_query(graph, question, params).rows)
            if r["type"] == "PARTY_TO"]
    assert sorted(r["source"] for r in rows) == ["kanim:banjarmasin", "pemkot:63.71"]
    for row in rows:
        # The first sentence in text order, paired with the article that wrote it.
        assert row["evidence"] == "MoU Timpora diteken di Balai Kota."
        assert row["source_url"] == URL_A
        assert row["sources"] == sorted([URL_A, URL_B, RECORD])


def test_an_edge_reported_without_a_sentence_names_its_source(graph: GraphStore) -> None:
    with graph.writer() as w:
        w.node("Agreement", {"key": "agreement:quiet", "kind": "PKS", "status": "planned",
                             "topics": ["TIMPORA"]})
        w.rel("PARTY_TO", ("Institution", "pemkot:63.71"), ("Agreement", "agreement:quiet"))
        w.rel("REPORTS", ("Record", RECORD), ("Agreement", "agreement:quiet"),
              {"fact": "agreement:quiet", "status": "accepted", "extractor": "test/1"})
    rows = [r for r in run_query(graph, "graph-region", {"region": "63.71"}).rows
            if r["target"] == "agreement:quiet"]
    assert len(rows) == 1
    assert rows[0]["evidence"] is None
    assert rows[0]["source_url"] == RECORD and rows[0]["sources"] == [RECORD]


def test_graph_province_gives_an_agreement_as_one_row_with_its_parties(
        graph: GraphStore) -> None:
    rows = [r for r in run_query(graph, "graph-province", {"province": "63"}).rows
            if r["type"] == "PARTY_TO"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["key"], row["target"], row["target_label"]) == (AG, AG, "Agreement")
    assert row["source"] is None and row["detail"] is None
    assert row["members"] == [  # ordered by edge key, the same on both backends
        ["kanim:banjarmasin|PARTY_TO|" + AG, "kanim:banjarmasin", "Institution",
         "kanim:banjarmasin", "KANIM", "party"],
        ["pemkot:63.71|PARTY_TO|" + AG, "pemkot:63.71", "Institution", "pemkot:63.71",
         "PEMKOT", "party"],
    ]
    assert row["evidence"] == "MoU Timpora diteken di Balai Kota."


def test_graph_province_gives_a_meeting_once_with_bodies_and_officials(
        graph: GraphStore) -> None:
    meeting, person = "meeting:rakor-timpora", "person:siti-aminah"
    with graph.writer() as w:
        w.node("Meeting", {"key": meeting, "kind": "COORDINATION", "date": "2025-03-04",
                           "topic": "TIMPORA"})
        w.rel("LOCATED_IN", ("Meeting", meeting), ("Region", "63.71"))
        w.node("Person", {"key": person, "name": "Siti Aminah"})
        w.rel("ATTENDED", ("Person", person), ("Meeting", meeting), {"role": "speaker"})
        for key in ("pemkot:63.71", "kanim:banjarmasin"):
            w.rel("ATTENDED", ("Institution", key), ("Meeting", meeting))
    rows = [r for r in run_query(graph, "graph-province", {"province": "63"}).rows
            if r["type"] == "ATTENDED"]
    assert [r["key"] for r in rows] == [meeting]
    assert [m[1:3] for m in rows[0]["members"]] == [
        ["kanim:banjarmasin", "Institution"], ["pemkot:63.71", "Institution"], [person, "Person"]]
    assert rows[0]["members"][2][3:] == ["Siti Aminah", None, "speaker"]
    spread = list(edge_rows(rows))
    assert [(r["source"], r["target"], r["date"]) for r in spread] == [
        ("kanim:banjarmasin", meeting, "2025-03-04"), ("pemkot:63.71", meeting, "2025-03-04"),
        (person, meeting, "2025-03-04")]
    assert spread[2]["source_label"] == "Person" and spread[2]["detail"] == "speaker"


def test_members_are_one_json_cell_in_csv() -> None:
    members = [["a|PARTY_TO|x", "a", "Institution", "Kantor; Imigrasi", "KANIM", "party"]]
    assert json.loads(cell(members)) == members
    assert cell(["a", "b"]) == "a; b"
