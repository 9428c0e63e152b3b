"""The read endpoints on both backends, over the fixture graph of tests/graph_fixture.py."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api_client import api_client, assert_error
from graph_fixture import AG_BJM_MOU, AG_KOTABARU, AG_TANBU, KANIM_BATULICIN, M_BANJAR_TIMPORA
from sinergi.settings import Settings
from sinergi.stores import GraphStore

V1 = "/api/v1"


@pytest.fixture
def client(settings: Settings, store: GraphStore) -> Iterator[TestClient]:
    with api_client(settings, store) as c:
        yield c


def test_health_names_the_backend(client: TestClient, settings: Settings) -> None:
    r = client.get(f"{V1}/health")
    assert r.status_code == 200
    assert r.json() == {"ok": True, "backend": settings.backend, "reachable": True,
                        "version": r.json()["version"]}


def test_regions_of_a_province_by_name_and_level(client: TestClient) -> None:
    r = client.get(f"{V1}/regions", params={"province": "Kalimantan Selatan", "level": "city"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == 2
    assert [i["key"] for i in body["items"]] == ["63.71", "63.72"]
    assert body["items"][0] == {"key": "63.71", "name": "Kota Banjarmasin", "level": "city",
                                "parent": "63", "province": "63"}


def test_unknown_province_is_a_422_naming_it(client: TestClient) -> None:
    body = assert_error(client.get(f"{V1}/regions", params={"province": "Atlantis"}), 422,
                        "bad_parameter")
    assert body["param"] == "province"


def test_institution_search_by_name_alias_or_key_pages_with_a_total(client: TestClient) -> None:
    r = client.get(f"{V1}/institutions", params={"q": "BATULICIN"})
    assert [i["key"] for i in r.json()["items"]] == [KANIM_BATULICIN]
    assert r.json()["items"][0]["region"] == "63.10"  # where the office sits
    first = client.get(f"{V1}/institutions", params={"province": "63", "limit": 2}).json()
    second = client.get(f"{V1}/institutions",
                        params={"province": "63", "limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 13  # 6 Pemda, 6 offices, 1 Timpora
    assert len(first["items"]) == len(second["items"]) == 2
    assert not {i["key"] for i in first["items"]} & {i["key"] for i in second["items"]}
    past = client.get(f"{V1}/institutions", params={"province": "63", "offset": 500}).json()
    assert past["items"] == [] and past["total"] == 13


def test_institution_kind_filter_and_bad_kind(client: TestClient) -> None:
    r = client.get(f"{V1}/institutions", params={"kind": "KANIM", "province": "Kalsel"})
    assert {i["key"] for i in r.json()["items"]} == {"kanim:banjarmasin", KANIM_BATULICIN}
    body = assert_error(client.get(f"{V1}/institutions", params={"kind": "BANK"}), 422)
    assert body["param"] == "kind"


def test_institution_profile_and_unknown_key(client: TestClient) -> None:
    r = client.get(f"{V1}/institutions/{KANIM_BATULICIN}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["institution"]["name"] == "Kantor Imigrasi Kelas II TPI Batulicin"
    assert body["rows"] and set(body["columns"]) >= set(body["rows"][0])
    assert AG_TANBU in str(body["rows"])
    assert_error(client.get(f"{V1}/institutions/kanim:atlantis"), 404, "not_found")


def test_agreements_filtered_by_province_topic_status_and_dates(client: TestClient) -> None:
    r = client.get(f"{V1}/agreements", params={"province": "63", "topic": "TIMPORA"})
    keys = [a["key"] for a in r.json()["items"]]
    assert keys[:2] == [AG_BJM_MOU, AG_TANBU]  # newest first
    tanbu = next(a for a in r.json()["items"] if a["key"] == AG_TANBU)
    assert tanbu["party_keys"] == [KANIM_BATULICIN, "pemkab:63.10"]
    assert tanbu["regions"] == ["63.10"]
    planned = client.get(f"{V1}/agreements", params={"status": "planned"}).json()
    assert [a["key"] for a in planned["items"]] == [AG_KOTABARU]
    dated = client.get(f"{V1}/agreements",
                       params={"date_from": "2022-01-01", "date_to": "2022-12-31"}).json()
    assert [a["key"] for a in dated["items"]] == [AG_TANBU]
    assert_error(client.get(f"{V1}/agreements", params={"date_from": "kemarin"}), 422)


def test_meetings_filtered_by_province_kind_and_topic(client: TestClient) -> None:
    r = client.get(f"{V1}/meetings",
                   params={"province": "63", "kind": "COORDINATION", "topic": "TIMPORA"})
    items = r.json()["items"]
    assert [m["key"] for m in items] == [M_BANJAR_TIMPORA]
    assert items[0]["region"] == "63.03" and "timpora:63.03" in items[0]["participant_keys"]
    assert client.get(f"{V1}/meetings", params={"province": "64"}).json()["total"] == 0


def test_evidence_of_a_node_and_of_a_relationship(client: TestClient) -> None:
    r = client.get(f"{V1}/evidence/{AG_BJM_MOU}")
    items = r.json()["items"]
    assert [i["source"] for i in items] == ["article:a1", "article:a2"]
    assert items[0]["url"] == "https://example.org/a1"
    assert items[0]["evidence"] == "(invented for tests)" and items[0]["confidence"] == 0.9
    position = "person:surya-darmawan|HOLDS_POSITION|pemkab:63.10|bupati"
    r = client.get(f"{V1}/evidence/{position}")
    assert r.status_code == 200 and r.json()["items"][0]["fact"] == position
    record = client.get(f"{V1}/evidence/agreement:bjm-pks-2025").json()["items"]
    assert {"file": "rencana.xlsx", "row": 2, "source_kind": "record"}.items() <= next(
        i for i in record if i["source_kind"] == "record").items()
    assert_error(client.get(f"{V1}/evidence/agreement:none"), 404, "not_found")


def test_queries_list_the_registry(client: TestClient) -> None:
    r = client.get(f"{V1}/queries")
    by_name = {q["name"]: q for q in r.json()}
    assert {"coverage", "gaps", "evidence", "list-agreements"} <= set(by_name)
    params = {p["name"]: p for p in by_name["gaps"]["params"]}
    assert params["province"]["required"] and params["province"]["type"] == "province"
    # coverage answers for all of Indonesia without a province (the national map)
    params = {p["name"]: p for p in by_name["coverage"]["params"]}
    assert not params["province"]["required"] and params["province"]["type"] == "province"
    assert "status" in by_name["coverage"]["columns"]


def test_run_a_question_as_json_and_as_csv(client: TestClient) -> None:
    params = {"province": "Kalimantan Selatan", "topic": "TIMPORA", "as_of": "2025-06-30"}
    r = client.get(f"{V1}/queries/coverage", params=params)
    assert r.status_code == 200, r.text
    status = {row["region"]: row["status"] for row in r.json()["rows"]}
    assert status["63.10"] == "signed"
    as_csv = client.get(f"{V1}/queries/coverage", params={**params, "format": "csv"})
    by_accept = client.get(f"{V1}/queries/coverage", params=params,
                           headers={"Accept": "text/csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert as_csv.text == by_accept.text
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert {r["region"]: r["status"] for r in rows} == status


def test_question_errors_are_404_and_422(client: TestClient) -> None:
    assert_error(client.get(f"{V1}/queries/nope"), 404, "not_found")
    body = assert_error(client.get(f"{V1}/queries/gaps", params={"topic": "TIMPORA"}), 422)
    assert body["param"] == "province"
    body = assert_error(client.get(f"{V1}/queries/coverage",
                                   params={"province": "63", "topic": "TIMPORA", "bogus": "1"}),
                        422)
    assert body["param"] == "bogus"


def test_graph_view_as_nodes_and_edges(client: TestClient) -> None:
    r = client.get(f"{V1}/graph/province", params={"province": "63", "topic": "TIMPORA"})
    assert r.status_code == 200, r.text
    body = r.json()
    ids = {n["id"] for n in body["nodes"]}
    assert AG_TANBU in ids and KANIM_BATULICIN in ids
    assert all({"source", "target"} <= set(e) for e in body["edges"])
    assert {(e["source"], e["target"]) for e in body["edges"]} >= {(KANIM_BATULICIN, AG_TANBU)}
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    assert_error(client.get(f"{V1}/graph/atlas"), 404, "not_found")
    body = assert_error(client.get(f"{V1}/graph/province",
                                   params={"province": "63", "year": "kemarin"}), 422)
    assert body["param"] == "year"


def test_viz_page_is_self_contained_html(client: TestClient) -> None:
    r = client.get(f"{V1}/viz/province", params={"province": "Kalimantan Selatan"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "Kalimantan Selatan" in r.text and "Content-Security-Policy" in r.text
    assert "<script src=" not in r.text  # offline: nothing fetched from elsewhere
    assert_error(client.get(f"{V1}/viz/atlas"), 404, "not_found")
