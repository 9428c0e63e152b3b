"""The agreement-lifecycle questions on a planner's workbook (both backends): what
expires, which MoU was never followed by a PKS. Right answers are written here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lifecycle_sheet import AS_OF, load_lifecycle
from sinergi.cli.main import cli
from sinergi.errors import ParameterError
from sinergi.questions.registry import run_query
from sinergi.schema import AgreementType, agreement_type
from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph


@pytest.fixture
def graph(store: GraphStore, tmp_path: Path) -> GraphStore:
    load_lifecycle(store, tmp_path)
    return store


def ask(store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    return run_query(store, name, {"as_of": AS_OF, **params}).rows


def titles(rows: list[dict[str, Any]]) -> list[str]:
    return [r["title"] for r in rows]


def test_an_mou_without_pks_is_unfollowed_after_12_months_not_18(graph: GraphStore) -> None:
    rows = ask(graph, "unfollowed", months="12")
    # Kukar's only PKS is on another topic; Tanah Bumbu's MoU was followed by its PKS.
    assert [(r["title"], r["signed_on"], r["months_since"]) for r in rows] == [
        ("KB Timpora Kukar", "2023-06-01", 24),
        ("KB Timpora Banjarmasin", "2024-04-10", 14),
    ]
    assert rows[1]["parties"] == ["kanim:banjarmasin", "pemkot:63.71"]
    assert titles(ask(graph, "unfollowed", months=18)) == ["KB Timpora Kukar"]
    assert titles(ask(graph, "unfollowed", months=12, province="Kalimantan Timur")) == [
        "KB Timpora Kukar"]


def test_a_pks_followed_by_a_unit_of_a_party_counts(graph: GraphStore) -> None:
    # A Dinas of the Pemkot signs the PKS for it (PART_OF): the MoU is followed up.
    with graph.writer() as w:
        w.node("Institution", {"key": "dinas:63.71:disdukcapil", "kind": "DINAS",
                               "name": "Disdukcapil Banjarmasin", "region": "63.71"})
        w.rel("PART_OF", ("Institution", "dinas:63.71:disdukcapil"),
              ("Institution", "pemkot:63.71"))
        w.node("Agreement", {"key": "agreement:dinas-pks", "kind": "PKS", "status": "signed",
                             "signed_on": "2025-05-01", "topics": ["TIMPORA"]})
        w.rel("ABOUT", ("Agreement", "agreement:dinas-pks"), ("Program", "program:timpora"))
        for party in ("dinas:63.71:disdukcapil", "kanim:banjarmasin"):
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", "agreement:dinas-pks"))
    assert titles(ask(graph, "unfollowed", months=12)) == ["KB Timpora Kukar"]


def test_a_pks_20_days_from_expiry_is_expiring_within_30_days(graph: GraphStore) -> None:
    rows = ask(graph, "expiring", days="30")
    assert [(r["title"], r["valid_until"], r["days_left"], r["reason"]) for r in rows] == [
        ("PKS paspor Tanah Bumbu", "2025-06-30", 20, "expiring")]
    tanbu = rows[0]
    assert tanbu["signatories"] == ["Ahmad Contoh"]
    assert tanbu["replaced"] == ["Ahmad Contoh"]
    assert tanbu["signatory_status"] == "replaced"
    assert ask(graph, "expiring", days=19) == []


def test_expired_without_renewal_within_the_window(graph: GraphStore) -> None:
    rows = ask(graph, "expiring", days=200)
    assert [(r["title"], r["days_left"], r["reason"], r["signatory_status"]) for r in rows] == [
        ("PKS pengawasan WNA Kalsel", -161, "expired", "in-office"),
        ("PKS paspor Tanah Bumbu", 20, "expiring", "replaced"),
        ("PKS paspor Samarinda", 112, "expiring", "unknown"),
    ]
    assert (rows[0]["signatories"], rows[0]["replaced"]) == (["Citra Gubernur"], [])
    rows = ask(graph, "expiring", days=120, province="Kalimantan Timur")
    assert [(r["title"], r["days_left"]) for r in rows] == [("PKS paspor Samarinda", 112)]
    # The Banjarbaru PKS expired in 2023 but was renewed: never listed, however wide.
    assert "PKS paspor Banjarbaru lama" not in titles(ask(graph, "expiring", days=5000))
    assert "PKS paspor Banjarbaru lama" in titles(ask(graph, "expiring", days=5000,
                                                      as_of="2023-01-20"))


def test_lifecycle_parameters_are_checked(graph: GraphStore) -> None:
    with pytest.raises(ParameterError, match="months"):
        ask(graph, "unfollowed", months=-1)
    with pytest.raises(ParameterError, match="days"):
        ask(graph, "expiring", days="tiga puluh")


@pytest.mark.parametrize(("kinds", "expected"), [
    (["PEMKOT", "PEMKAB"], AgreementType.KSDD),
    (["PEMPROV", "DINAS"], AgreementType.KSDD),
    (["PEMKAB", "NON_GOV"], AgreementType.KSDPK),
    (["PEMKAB", "KANIM", "NON_GOV"], AgreementType.KSDPK),
    (["PEMKOT", "KANIM"], AgreementType.VERTICAL),
    (["PEMPROV", "PUSAT_LAIN"], AgreementType.VERTICAL),
    (["PEMKOT", "FOREIGN"], AgreementType.FOREIGN),
    (["PEMKOT", "KANIM", "FOREIGN"], AgreementType.FOREIGN),
    (["KANIM", "POLRI"], AgreementType.INTERAGENCY),
    (["PEMKOT", ""], AgreementType.UNKNOWN),
    ([], AgreementType.UNKNOWN),
])
def test_cooperation_type_follows_the_parties(kinds: list[str], expected: str) -> None:
    assert agreement_type(kinds) == expected


def test_cooperation_type_is_stored_listed_and_filtered(graph: GraphStore) -> None:
    rows = run_query(graph, "list-agreements", {"limit": 100}).rows
    by_title = {r["title"]: r["coop_type"] for r in rows}
    assert by_title["PKS antardaerah Banjarmasin Tanah Bumbu"] == "KSDD"
    assert by_title["PKS dengan universitas"] == "KSDPK"
    assert by_title["PKS dengan kota kembar"] == "KSDPL_KSDLL"
    assert by_title["PKS Kanim dengan Kanwil"] == "INTERAGENCY"
    assert by_title["PKS paspor Tanah Bumbu"] == "VERTICAL"
    assert [r["coop_type"] for r in run_query(graph, "list-agreements", {}).rows].count(
        "VERTICAL") == 9
    for word, title in [("pihak ketiga", "PKS dengan universitas"),
                        ("Antardaerah", "PKS antardaerah Banjarmasin Tanah Bumbu"),
                        ("luar negeri", "PKS dengan kota kembar"),
                        ("ksdpl", "PKS dengan kota kembar")]:
        assert titles(run_query(graph, "list-agreements", {"coop_type": word}).rows) == [title]
    assert titles(ask(graph, "expiring", days=200, coop_type="vertikal")) == [
        "PKS pengawasan WNA Kalsel", "PKS paspor Tanah Bumbu", "PKS paspor Samarinda"]
    assert ask(graph, "expiring", days=30, coop_type="KSDD") == []
    with pytest.raises(ParameterError, match="coop_type"):
        run_query(graph, "list-agreements", {"coop_type": "kerja sama"})


def test_path_can_follow_only_agreements_and_meetings(graph: GraphStore) -> None:
    ends = {"from": "Pemkab Tanbu", "to": "Pemprov Kalsel"}
    # Any link: through the regions (the Pemkab's kabupaten is part of the province).
    any_link = run_query(graph, "path", ends).rows
    assert [(r["hops"], r["rels"]) for r in any_link] == [
        (3, ["JURISDICTION_OVER", "PART_OF", "JURISDICTION_OVER"])]
    # Cooperation only: Pemkab - its KB or PKS - Kanim Batulicin - PKS - Kanwil - PKS - Pemprov.
    rows = run_query(graph, "path", {**ends, "cooperation_only": "true"}).rows
    assert [r["hops"] for r in rows] == [6, 6]
    assert {r["names"][1] for r in rows} == {"KB paspor Tanah Bumbu", "PKS paspor Tanah Bumbu"}
    assert all(r["nodes"][2] == "kanim:batulicin" and r["names"][3] == "PKS Kanim dengan Kanwil"
               and r["names"][5] == "PKS pengawasan WNA Kalsel" and set(r["rels"]) == {"PARTY_TO"}
               for r in rows)


def test_quiet_teams(graph: GraphStore) -> None:
    rows = ask(graph, "quiet-teams", months=12)
    assert [(r["team"], r["status"], r["last_meeting"], r["how"], r["months_quiet"])
            for r in rows] == [
        ("badan:63:forum-kerja-sama-daerah-kalimantan-selatan", "no-meeting-known", None, None,
         None),
        ("timpora:63.10", "quiet", "2024-02-10", "held-in-region", 16),
    ]
    assert rows[1]["meeting"].startswith("meeting:")
    assert [r["team"] for r in ask(graph, "quiet-teams", months=18)] == [
        "badan:63:forum-kerja-sama-daerah-kalimantan-selatan"]
    # The Banjarmasin team last met 2025-03-01: within 4 months of AS_OF, not within 3.
    assert "timpora:63.71" not in [r["team"] for r in ask(graph, "quiet-teams", months=4)]
    assert [(r["team"], r["how"], r["months_quiet"]) for r in ask(graph, "quiet-teams", months=3)
            if r["team"] == "timpora:63.71"] == [("timpora:63.71", "attended", 3)]
    assert ask(graph, "quiet-teams", months=12, province="Kalimantan Timur") == []


def test_scorecard_of_a_province(graph: GraphStore) -> None:
    [row] = ask(graph, "scorecard", topic="timpora", province="Kalimantan Selatan")
    # Banjarmasin: its KB; Tanah Bumbu: a Timpora team only; Banjarbaru: no Kanim known.
    assert (row["scope"], row["name"], row["status"], row["regions"]) == (
        "63", "Kalimantan Selatan", None, 3)
    assert [row[s] for s in ("signed", "planned", "team", "province_only", "none", "unknown")
            ] == [1, 0, 1, 0, 0, 1]
    assert row["years"] == [2021, 2022, 2023, 2024, 2025]
    assert row["agreements_per_year"] == [0, 0, 0, 1, 0]  # the Banjarmasin KB, 2024
    assert row["meetings_per_year"] == [0, 0, 0, 1, 1]  # Tanah Bumbu 2024, Banjarmasin 2025
    assert row["trend"] == "rising"


def test_scorecard_of_one_kabupaten(graph: GraphStore) -> None:
    [row] = ask(graph, "scorecard", topic="TIMPORA", region="Kabupaten Tanah Bumbu")
    assert (row["scope"], row["status"], row["regions"], row["team"], row["signed"]) == (
        "63.10", "team", 1, 1, 0)
    assert (row["agreements_per_year"], row["meetings_per_year"], row["trend"]) == (
        [0, 0, 0, 0, 0], [0, 0, 0, 1, 0], "rising")
    [paspor] = ask(graph, "scorecard", topic="PASSPORT_SERVICE", region="63.10")
    # The KB and the PKS of 2023, the middle year: the last two years equal the first two.
    assert (paspor["status"], paspor["agreements_per_year"], paspor["trend"]) == (
        "signed", [0, 0, 2, 0, 0], "steady")
    with pytest.raises(ParameterError, match="province"):
        ask(graph, "scorecard", topic="TIMPORA", province="63", region="63.10")


@pytest.mark.parametrize("topic", ["TIMPORA", "PASSPORT_SERVICE", "WNA_SUPERVISION"])
def test_scorecard_counts_are_the_coverage_statuses(graph: GraphStore, topic: str) -> None:
    coverage = ask(graph, "coverage", topic=topic, province="63")
    [row] = ask(graph, "scorecard", topic=topic, province="63")
    for status in ("signed", "planned", "team", "province-only", "none", "unknown"):
        assert row[status.replace("-", "_")] == sum(c["status"] == status for c in coverage)
    assert row["regions"] == len(coverage)


KANWIL_OLD = "kanwil:kalimantan-selatan:kanwil-kemenkumham-kalsel"
KANWIL_NEW = "kanwil:kalimantan-selatan:kanwil-ditjen-imigrasi-kalsel"


def test_changes_in_a_province_between_two_dates(graph: GraphStore) -> None:
    with graph.writer() as w:
        # Tanah Bumbu passes from the Banjarmasin Kanim to the Batulicin one.
        w.rel("JURISDICTION_OVER", ("Institution", "kanim:batulicin"), ("Region", "63.10"),
              {"since": "2024-09-01", "provenance": "sourced",
               "source_url": "https://example.org/keputusan-wilayah-kerja"})
        w.rel("JURISDICTION_OVER", ("Institution", "kanim:banjarmasin"), ("Region", "63.10"),
              {"until": "2024-09-01", "provenance": "derived", "derived_by": "nearest-seat"})
        w.rel("SUCCEEDED_BY", ("Institution", KANWIL_OLD), ("Institution", KANWIL_NEW),
              {"on_date": "2024-10-20", "note": "Kanwil Ditjen Imigrasi dibentuk"})
        # No government among its parties, so it covers no region: still a change there.
        w.node("Institution", {"key": "universitas:lambung-mangkurat", "kind": "UNIVERSITY",
                               "name": "Universitas Lambung Mangkurat", "region": "63.72"})
        w.node("Agreement", {"key": "agreement:kanim-ulm", "kind": "MOU", "status": "signed",
                             "title": "MoU Kanim dan universitas", "signed_on": "2024-07-01"})
        for party in ("kanim:batulicin", "universitas:lambung-mangkurat"):
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", "agreement:kanim-ulm"),
                  {"role": "party"})
    rows = run_query(graph, "changes", {"province": "Kalsel", "from": "2024-06-01",
                                        "to": AS_OF}).rows
    assert [(r["day"], r["change"], r["name"] or r["item"], r["detail"], r["before"])
            for r in rows] == [
        ("2024-07-01", "agreement-signed", "MoU Kanim dan universitas", "MOU", None),
        ("2024-09-01", "jurisdiction-ended", "Kantor Imigrasi Kelas I TPI Banjarmasin", "63.10",
         None),
        ("2024-09-01", "jurisdiction-started", "Kantor Imigrasi Kelas II TPI Batulicin",
         "63.10", None),
        ("2024-10-20", "office-succeeded",
         "Kantor Wilayah Kementerian Hukum dan HAM Kalimantan Selatan", KANWIL_NEW, KANWIL_OLD),
        ("2024-11-01", "agreement-signed", "PKS antardaerah Banjarmasin Tanah Bumbu", "PKS",
         None),
        ("2024-12-01", "agreement-signed", "PKS dengan universitas", "PKS", None),
        ("2024-12-31", "agreement-expired", "PKS pengawasan WNA Kalsel", "PKS", None),
        ("2025-01-15", "agreement-signed", "PKS dengan kota kembar", "PKS", None),
        ("2025-02-01", "agreement-signed", "PKS Kanim dengan Kanwil", "PKS", None),
        ("2025-02-20", "official-replaced", "Budi Pengganti", "Bupati", "Ahmad Contoh"),
    ]
    # Each with its evidence: the source and how it is known.
    assert rows[0]["who"] == ["kanim:batulicin", "universitas:lambung-mangkurat"]
    rows = rows[1:]
    assert rows[0]["evidence"] == "derived nearest-seat"
    assert (rows[1]["sources"], rows[1]["evidence"]) == (
        ["https://example.org/keputusan-wilayah-kerja"], "sourced")
    assert rows[2]["evidence"] == "Kanwil Ditjen Imigrasi dibentuk"
    assert rows[5]["who"] == [KANWIL_NEW, "pemprov:63"]
    assert all(r["sources"] and "PKS-" in r["evidence"] for r in rows[3:8])
    assert "officials, row 3 (id O2)" in rows[8]["evidence"]
    assert len(rows[8]["sources"]) == 1
    with pytest.raises(ParameterError, match="from"):
        run_query(graph, "changes", {"province": "63", "from": "2025-01-01", "to": "2024-01-01"})


def test_cli_tables_label_coded_values_in_bahasa_indonesia_first(
    env: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_graph(env) as store:
        store.clear()
        load_lifecycle(store, tmp_path)
    monkeypatch.setenv("COLUMNS", "400")
    args = ["ask", "expiring", "-p", "days=200", "-p", f"as_of={AS_OF}"]
    table = CliRunner().invoke(cli, args)
    assert table.exit_code == 0, table.output
    assert "Perjanjian yang akan atau sudah berakhir tanpa diperbarui / Agreements" in table.output
    # Labels beside the codes (rich folds long cells, so word by word).
    for words in ("Segera", "(expiring)", "(expired)", "berganti", "(replaced)",
                  "menjabat", "(in-office)", "vertikal", "(VERTICAL)"):
        assert words in table.output
    raw = CliRunner().invoke(cli, [*args, "--json"])
    assert [r["reason"] for r in json.loads(raw.output)] == ["expired", "expiring", "expiring"]


def test_the_api_answers_the_lifecycle_questions(
    graph: GraphStore, settings: Settings
) -> None:
    from api_client import api_client

    with api_client(settings, graph, fixture=False) as client:
        listed = {q["name"] for q in client.get("/api/v1/queries").json()}
        assert {"expiring", "unfollowed", "quiet-teams", "scorecard", "changes"} <= listed
        r = client.get("/api/v1/queries/unfollowed", params={"months": 12, "as_of": AS_OF})
        assert r.status_code == 200, r.text
        assert [row["title"] for row in r.json()["rows"]] == [
            "KB Timpora Kukar", "KB Timpora Banjarmasin"]
        r = client.get("/api/v1/queries/unfollowed", params={"months": 18, "as_of": AS_OF})
        assert [row["title"] for row in r.json()["rows"]] == ["KB Timpora Kukar"]
        r = client.get("/api/v1/queries/expiring", params={"days": 30, "as_of": AS_OF})
        assert [(row["title"], row["days_left"]) for row in r.json()["rows"]] == [
            ("PKS paspor Tanah Bumbu", 20)]
        r = client.get("/api/v1/agreements", params={"coop_type": "pihak ketiga"})
        assert r.status_code == 200, r.text
        assert [(a["title"], a["coop_type"]) for a in r.json()["items"]] == [
            ("PKS dengan universitas", "KSDPK")]
        assert client.get("/api/v1/agreements", params={"coop_type": "x"}).status_code == 422


def test_an_mou_without_topics_is_followed_by_a_pks_on_any_topic(graph: GraphStore) -> None:
    with graph.writer() as w:
        w.node("Agreement", {"key": "agreement:mou-no-topic", "kind": "MOU", "status": "signed",
                             "signed_on": "2023-01-01", "title": "KB tanpa topik"})
        w.node("Agreement", {"key": "agreement:mou-no-topic-2", "kind": "MOU",
                             "status": "signed", "signed_on": "2023-01-01",
                             "title": "KB tanpa topik dan tanpa PKS"})
        for party in ("pemkab:64.02", "kanim:samarinda"):
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", "agreement:mou-no-topic"))
        for party in ("pemkot:64.72", "pemkab:64.02"):
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", "agreement:mou-no-topic-2"))
    # Kukar's PKS on labour (2023-08-01) follows the MoU without topics.
    assert titles(ask(graph, "unfollowed", months=12)) == [
        "KB tanpa topik dan tanpa PKS", "KB Timpora Kukar", "KB Timpora Banjarmasin"]
