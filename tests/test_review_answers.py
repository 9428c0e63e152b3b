"""Review decisions are effective in every answer (both backends).

The fixture graph is loaded, a decision is made through the real review API
(``plan`` + ``apply_planned``, or ``sinergi review`` on the command line), and the
questions are asked again: a rejected agreement, meeting, institution, person or
position is gone from them while the facts around it are still there, and a merged
institution answers as one. Each test first checks that the fact shows before the
decision, so that it fails if the decision changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import backend_settings
from graph_fixture import (
    AG_BANJARBARU_OLD,
    AG_BJM_MOU,
    AG_BJM_PKS,
    AG_KOTABARU,
    AG_PROV,
    AG_SMD_NEW,
    AG_SMD_OLD,
    AG_TANBU,
    AS_OF,
    KANIM_BATULICIN,
    KANIM_BJM,
    KANWIL_KALSEL,
    M_BANJAR_TIMPORA,
    M_BJM_SIGNING,
    M_KOTABARU,
    M_TANBU_AUDIENCE,
    MPP_BANJARBARU,
    P_BUPATI_NEW,
    P_BUPATI_OLD,
    P_KAKANIM,
    TIMPORA_BANJAR,
    write_fixture,
)
from sinergi.cli.main import cli
from sinergi.errors import ParameterError
from sinergi.questions.edges import edge_rows
from sinergi.questions.registry import run_query
from sinergi.review import apply_planned, plan
from sinergi.schema import rel_key
from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph
from test_queries_parity import CASES, _params_for

BUPATI_NEW = rel_key(P_BUPATI_NEW, "HOLDS_POSITION", "pemkab:63.10", "Bupati")


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    write_fixture(store)
    return store


def decide(store: GraphStore, action: str, *keys: str, into: str | None = None) -> None:
    apply_planned(store, plan(store, action, keys, by="Rina", why="uji", into=into))


def ask(store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    return run_query(store, name, params).rows


def col(rows: list[dict[str, Any]], name: str) -> list[Any]:
    return [r[name] for r in rows]


def coverage(store: GraphStore, topic: str) -> dict[str, tuple[str, list[str]]]:
    rows = ask(store, "coverage", topic=topic, province="63", as_of=AS_OF)
    return {r["region"]: (r["status"], r["agreements"]) for r in rows}


def gaps(store: GraphStore, topic: str) -> dict[str, tuple[str, str | None]]:
    rows = ask(store, "gaps", topic=topic, province="63", as_of=AS_OF)
    return {r["region"]: (r["status"], r["meeting"]) for r in rows}


def profile(store: GraphStore, key: str, section: str) -> list[tuple[str, Any]]:
    rows = ask(store, "institution", key=key)
    return [(r["item"], r["detail"]) for r in rows if r["section"] == section]


def timeline(store: GraphStore, **params: Any) -> list[str]:
    return col(ask(store, "timeline", to=AS_OF, **params), "item")


def edges(store: GraphStore, name: str, **params: Any) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in edge_rows(ask(store, name, **params))}


def test_a_rejected_agreement_leaves_every_answer(graph: GraphStore) -> None:
    assert coverage(graph, "TIMPORA")["63.71"] == ("signed", [AG_BJM_MOU])
    assert "63.71" not in gaps(graph, "TIMPORA")
    assert AG_BJM_MOU in col(ask(graph, "list-agreements"), "key")
    assert ("PARTY_TO", KANWIL_KALSEL, AG_BJM_MOU) in edges(graph, "graph-province", province="63")
    paths = ask(graph, "path", **{"from": "pemkot:63.71", "to": KANWIL_KALSEL})
    assert any(AG_BJM_MOU in p["nodes"] for p in paths)

    decide(graph, "reject", AG_BJM_MOU)

    # Banjarmasin falls back on the province-level MoU, and so becomes a gap.
    assert coverage(graph, "TIMPORA")["63.71"] == ("province-only", [AG_PROV])
    assert gaps(graph, "TIMPORA")["63.71"] == ("province-only", M_BJM_SIGNING)
    assert coverage(graph, "PASSPORT_SERVICE")["63.71"] == ("signed", [AG_BJM_PKS])
    listed = ask(graph, "list-agreements")
    assert AG_BJM_MOU not in col(listed, "key") and AG_BJM_PKS in col(listed, "key")
    assert listed[0]["total"] == 8
    assert ask(graph, "list-agreements", status="signed", topic="WNA_SUPERVISION")[0]["key"] == (
        AG_PROV)
    assert profile(graph, "pemkot:63.71", "agreement") == [(AG_BJM_PKS, "signed")]
    # Still neighbours through the signing meeting, no longer through the MoU.
    assert (KANWIL_KALSEL, "agreement") not in profile(graph, "pemkot:63.71", "neighbour")
    assert (KANWIL_KALSEL, "meeting") in profile(graph, "pemkot:63.71", "neighbour")
    events = timeline(graph, region="63.71")
    assert AG_BJM_MOU not in events and {AG_BJM_PKS, M_BJM_SIGNING} <= set(events)
    assert AG_BJM_MOU not in timeline(graph, institution=KANWIL_KALSEL)
    drawn = edges(graph, "graph-province", province="63")
    assert not {e for e in drawn if AG_BJM_MOU in e}
    assert ("PARTY_TO", KANIM_BJM, AG_BJM_PKS) in drawn
    assert not {e for e in edges(graph, "graph-institution", institution=KANWIL_KALSEL)
                if AG_BJM_MOU in e}
    paths = ask(graph, "path", **{"from": "pemkot:63.71", "to": KANWIL_KALSEL})
    assert paths and not any(AG_BJM_MOU in p["nodes"] for p in paths)
    brokers = {r["institution"]: r["shared"] for r in ask(graph, "brokers", province="63")}
    assert brokers[KANWIL_KALSEL] == 1  # the signing meeting only
    # evidence keeps the record of the decision: the sentence, marked rejected.
    assert set(col(ask(graph, "evidence", key=AG_BJM_MOU), "status")) == {"rejected"}


def test_rejected_agreements_neither_count_nor_renew(graph: GraphStore) -> None:
    stale = ask(graph, "stale-agreements", as_of=AS_OF)
    assert [(r["agreement"], r["reason"]) for r in stale] == [(AG_BANJARBARU_OLD, "expired")]
    assert ask(graph, "office-coverage", office=KANIM_BATULICIN, as_of=AS_OF)[1]["TIMPORA"] == (
        "signed")
    assert M_TANBU_AUDIENCE not in col(ask(graph, "stalled-plans", as_of=AS_OF), "key")
    assert col(ask(graph, "signatory-changes", as_of=AS_OF), "agreement") == [AG_TANBU]

    decide(graph, "reject", AG_SMD_NEW, AG_BANJARBARU_OLD, AG_TANBU)

    # The Samarinda MoU of 2020 is no longer renewed by the rejected one of 2024.
    stale = ask(graph, "stale-agreements", as_of=AS_OF)
    assert [(r["agreement"], r["reason"]) for r in stale] == [(AG_SMD_OLD, "old")]
    office = {r["region"]: r for r in ask(graph, "office-coverage", office=KANIM_BATULICIN,
                                          as_of=AS_OF)}
    assert (office["63.10"]["TIMPORA"], office["63.10"]["agreements"]) == ("", [])
    assert office["63.02"]["agreements"] == [AG_KOTABARU]
    # The 2022 audience was followed by no agreement any more.
    assert col(ask(graph, "stalled-plans", as_of=AS_OF), "key") == [
        M_TANBU_AUDIENCE, M_KOTABARU, AG_KOTABARU]
    assert ask(graph, "signatory-changes", as_of=AS_OF) == []
    assert coverage(graph, "TIMPORA")["63.10"] == ("province-only", [AG_PROV])


def test_a_rejected_meeting_leaves_every_answer(graph: GraphStore) -> None:
    assert M_KOTABARU in col(ask(graph, "list-meetings"), "key")
    assert gaps(graph, "PASSPORT_SERVICE")["63.02"] == ("planned", M_KOTABARU)
    assert col(ask(graph, "stalled-plans", as_of=AS_OF), "key") == [M_KOTABARU, AG_KOTABARU]

    decide(graph, "reject", M_KOTABARU)

    listed = ask(graph, "list-meetings")
    assert M_KOTABARU not in col(listed, "key") and listed[0]["total"] == 4
    assert ask(graph, "list-meetings", kind="AUDIENCE", province="63")[0]["key"] == (
        "meeting:banjarbaru-after-as-of")
    assert gaps(graph, "PASSPORT_SERVICE")["63.02"] == ("planned", None)
    assert col(ask(graph, "stalled-plans", as_of=AS_OF), "key") == [AG_KOTABARU]
    assert profile(graph, KANIM_BATULICIN, "meeting") == [(M_TANBU_AUDIENCE, "TIMPORA")]
    assert ("pemkab:63.02", "meeting") not in profile(graph, KANIM_BATULICIN, "neighbour")
    assert timeline(graph, region="63.02") == [AG_KOTABARU]
    assert not {e for e in edges(graph, "graph-province", province="63") if M_KOTABARU in e}
    assert not {e for e in edges(graph, "graph-region", region="63.02") if M_KOTABARU in e}


def test_a_rejected_institution_leaves_every_answer(graph: GraphStore) -> None:
    assert coverage(graph, "TIMPORA")["63.03"] == ("team", [])
    assert TIMPORA_BANJAR in col(ask(graph, "list-institutions", q="timpora"), "key")
    assert ask(graph, "service-points", province="63", as_of=AS_OF)[4]["service"] == "mpp"

    decide(graph, "reject", TIMPORA_BANJAR, MPP_BANJARBARU)

    assert coverage(graph, "TIMPORA")["63.03"] == ("province-only", [AG_PROV])
    assert gaps(graph, "TIMPORA")["63.03"] == ("province-only", M_BANJAR_TIMPORA)
    assert ask(graph, "list-institutions", q="timpora") == []
    assert len(ask(graph, "list-institutions", province="63")) == 11
    meeting = ask(graph, "list-meetings", topic="TIMPORA", province="63")
    assert {m["key"]: m["participant_keys"] for m in meeting}[M_BANJAR_TIMPORA] == [
        KANIM_BJM, "pemkab:63.03"]
    with pytest.raises(ParameterError, match="rejected in review"):
        ask(graph, "institution", key=TIMPORA_BANJAR)
    assert (TIMPORA_BANJAR, "meeting") not in profile(graph, KANIM_BJM, "neighbour")
    assert (MPP_BANJARBARU, "has part") not in profile(graph, KANIM_BJM, "structure")
    brokers = col(ask(graph, "brokers", province="63"), "institution")
    assert TIMPORA_BANJAR not in brokers and "pemkab:63.03" in brokers
    drawn = edges(graph, "graph-province", province="63")
    assert not {e for e in drawn if TIMPORA_BANJAR in e or MPP_BANJARBARU in e}
    assert ("ATTENDED", "pemkab:63.03", M_BANJAR_TIMPORA) in drawn
    points = {r["region"]: (r["service"], r["mpp"]) for r in
              ask(graph, "service-points", province="63", as_of=AS_OF)}
    assert points["63.72"] == ("none", [])
    assert TIMPORA_BANJAR not in {w for r in ask(graph, "timeline", region="63.03", to=AS_OF)
                                  for w in r["who"]}


def test_a_rejected_position_or_person_leaves_every_answer(graph: GraphStore) -> None:
    assert [p for p, _ in profile(graph, "pemkab:63.10", "official")] == [
        P_BUPATI_OLD, P_BUPATI_NEW]
    assert P_BUPATI_NEW in timeline(graph, region="63.10")

    decide(graph, "reject", BUPATI_NEW, P_KAKANIM)

    # With the new Bupati's post rejected, nobody replaced the signatory of 2022.
    assert ask(graph, "signatory-changes", as_of=AS_OF) == []
    assert profile(graph, "pemkab:63.10", "official") == [(P_BUPATI_OLD, None)]
    assert profile(graph, KANIM_BATULICIN, "official") == []
    assert P_BUPATI_NEW not in timeline(graph, region="63.10")
    assert P_BUPATI_OLD in timeline(graph, region="63.10")
    assert P_KAKANIM not in timeline(graph, institution=KANIM_BATULICIN)
    drawn = edges(graph, "graph-province", province="63")
    assert ("HOLDS_POSITION", P_BUPATI_OLD, "pemkab:63.10") in drawn
    assert not {e for e in drawn if P_BUPATI_NEW in e or P_KAKANIM in e}
    assert not {e for e in edges(graph, "graph-institution", institution=KANIM_BATULICIN)
                if P_KAKANIM in e}
    assert not {e for e in edges(graph, "graph-region", region="63.10") if P_BUPATI_NEW in e}


def test_a_position_rejected_breaks_the_chain_through_it(graph: GraphStore) -> None:
    with graph.writer() as w:  # an official who links two offices no other way
        w.node("Institution", {"key": "dinas:63.10:uji", "kind": "DINAS", "name": "Dinas Uji"})
        w.node("Person", {"key": "person:uji", "name": "Uji"})
        for inst, title in (("dinas:63.10:uji", "Kepala Dinas"), (KANIM_BATULICIN, "Staf")):
            w.rel("HOLDS_POSITION", ("Person", "person:uji"), ("Institution", inst),
                  {"title": title}, qualifier=title)
            fact = rel_key("person:uji", "HOLDS_POSITION", inst, title)
            w.rel("REPORTS", ("Article", "article:a1"), ("Person", "person:uji"),
                  {"fact": fact, "status": "accepted"}, qualifier=fact)
    hops = {"from": "dinas:63.10:uji", "to": KANIM_BATULICIN}
    assert col(ask(graph, "path", **hops), "nodes") == [
        ["dinas:63.10:uji", "person:uji", KANIM_BATULICIN]]
    decide(graph, "reject", rel_key("person:uji", "HOLDS_POSITION", KANIM_BATULICIN, "Staf"))
    assert ask(graph, "path", **hops) == []


def test_reject_on_the_command_line_then_ask(env: Settings) -> None:
    store = open_graph(env)
    try:
        store.clear()
        write_fixture(store)
    finally:
        store.close()  # the embedded file admits one process at a time
    runner = CliRunner()
    done = runner.invoke(cli, ["review", "reject", AG_BJM_PKS, "--by", "Rina", "--why", "uji"])
    assert done.exit_code == 0, done.output
    result = runner.invoke(cli, ["ask", "coverage", "-p", "topic=PASSPORT_SERVICE",
                                 "-p", "province=63", "-p", f"as_of={AS_OF}", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["region"]: r["status"] for r in json.loads(result.output)}
    assert rows["63.71"] == "none"
    listed = runner.invoke(cli, ["ask", "list-agreements", "-p", "topic=PASSPORT_SERVICE",
                                 "--json"])
    assert AG_BJM_PKS not in {r["key"] for r in json.loads(listed.output)}


DUPLICATE = "kanim:batu-licin"
AG_DUP = "agreement:kotabaru-timpora-dup"
M_DUP = "meeting:kotabaru-dup"


def _write_duplicate(store: GraphStore) -> None:
    """The extractor made a second Kanim Batulicin, with an agreement and a meeting."""
    with store.writer() as w:
        w.node("Institution", {"key": DUPLICATE, "kind": "KANIM", "status": "needs_review",
                               "name": "Kantor Imigrasi Batu Licin"})
        w.node("Agreement", {"key": AG_DUP, "kind": "PKS", "status": "signed",
                             "signed_on": "2025-03-03", "topics": ["TIMPORA"]})
        w.node("Meeting", {"key": M_DUP, "kind": "COORDINATION", "date": "2025-03-03"})
        for party in (DUPLICATE, "pemkab:63.02"):
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", AG_DUP), {"role": "party"})
            w.rel("ATTENDED", ("Institution", party), ("Meeting", M_DUP))
        w.rel("COVERS", ("Agreement", AG_DUP), ("Region", "63.02"))


def test_merged_institutions_answer_as_one(graph: GraphStore) -> None:
    _write_duplicate(graph)
    assert col(ask(graph, "list-institutions", q="batu"), "key") == [DUPLICATE, KANIM_BATULICIN]
    kanims = ask(graph, "list-institutions", kind="KANIM")
    assert kanims[0]["total"] == 5

    decide(graph, "merge", DUPLICATE, into=KANIM_BATULICIN)

    found = ask(graph, "list-institutions", q="batu")
    assert col(found, "key") == [KANIM_BATULICIN]
    assert "Kantor Imigrasi Batu Licin" in found[0]["aliases"]
    assert ask(graph, "list-institutions", kind="KANIM")[0]["total"] == 4
    # The duplicate's name now leads to the survivor, which answers for both.
    merged = ask(graph, "institution", key="Kantor Imigrasi Batu Licin")
    assert merged == ask(graph, "institution", key=KANIM_BATULICIN)
    agreements = profile(graph, KANIM_BATULICIN, "agreement")
    assert {AG_DUP, AG_TANBU, AG_KOTABARU} <= {a for a, _ in agreements}
    assert (M_DUP, None) in profile(graph, KANIM_BATULICIN, "meeting")
    neighbours = profile(graph, KANIM_BATULICIN, "neighbour")
    assert ("pemkab:63.02", "agreement") in neighbours
    assert not {n for n, _ in neighbours if n == DUPLICATE}
    listed = {r["key"]: r["party_keys"] for r in ask(graph, "list-agreements", topic="TIMPORA")}
    assert listed[AG_DUP] == [KANIM_BATULICIN, "pemkab:63.02"]
    assert DUPLICATE not in col(ask(graph, "brokers", province="63"), "institution")
    assert coverage(graph, "TIMPORA")["63.02"] == ("signed", [AG_DUP])


REJECTED = (AG_BJM_MOU, AG_SMD_NEW, M_KOTABARU, TIMPORA_BANJAR, MPP_BANJARBARU, BUPATI_NEW,
            P_KAKANIM)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, GraphStore]]:
    stores = {}
    try:
        for backend in ("embedded", "neo4j"):
            store = open_graph(backend_settings(backend, tmp_path_factory.mktemp(backend)))
            stores[backend] = store
            store.clear()
            write_fixture(store)
            decide(store, "reject", *REJECTED)
        yield stores
    finally:
        for store in stores.values():
            store.close()


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "case"), CASES, ids=[f"{n}-{i}" for n, i in CASES])
def test_same_answers_after_review_on_both_backends(reviewed: dict[str, GraphStore], name: str,
                                                    case: int) -> None:
    params = _params_for(name)[case]
    embedded = run_query(reviewed["embedded"], name, params)
    assert embedded.rows == run_query(reviewed["neo4j"], name, params).rows
