"""The coverage map: the shipped kab/kota shapes, the status per kab/kota (both backends;
it must agree with the coverage table), and ``GET /api/v1/map``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from importlib import resources

import pytest
import shapely
from fastapi.testclient import TestClient
from shapely.geometry import shape

from api_client import api_client, assert_error
from graph_fixture import (
    AG_BJM_MOU,
    AS_OF,
    BALIKPAPAN,
    BANJAR,
    BANJARMASIN,
    KANIM_BJM,
    KOTABARU,
    write_fixture,
)
from sinergi.errors import NoReferenceData, ParameterError
from sinergi.maps import MAP_STATUSES, coverage_map
from sinergi.maps.boundaries import boundaries, for_province, province_outlines
from sinergi.questions.registry import run_query
from sinergi.settings import Settings
from sinergi.stores import GraphStore

DATA = resources.files("sinergi") / "data"
TAPIN = "63.05"  # in the shapes, not in the fixture graph


# --- the shipped shapes -------------------------------------------------------------------


def test_one_valid_shape_per_kabkota_with_our_codes_and_names() -> None:
    with (DATA / "regions" / "kabkota.csv").open(encoding="utf-8") as fh:
        ours = {r["code"]: (r["name"], r["province_code"]) for r in csv.DictReader(fh)}
    shapes = boundaries()
    assert len(shapes) == 514 == len(ours)
    assert {b.code: (b.name, b.province) for b in shapes} == ours
    for b in shapes:
        geom = shape(b.geometry)
        assert geom.geom_type in ("Polygon", "MultiPolygon"), b.code
        assert geom.is_valid and not geom.is_empty and geom.area > 0, b.code
        # inside Indonesia's box: [lng, lat] order, not the source's [lat, lng]
        minx, miny, maxx, maxy = geom.bounds
        assert 94 < minx < maxx < 142 and -12 < miny < maxy < 7, b.code
    assert len(for_province("63")) == 13
    outlines = province_outlines()
    assert sorted(outlines) == sorted({b.province for b in shapes}) and len(outlines) == 38
    for code, geometry in outlines.items():
        assert shape(geometry).is_valid and shape(geometry).area > 0, code


def test_shapes_stay_small_and_keep_their_licence() -> None:
    folder = DATA / "boundaries"
    shipped = sum(len((folder / n).read_bytes()) for n in ("kabkota.geojson",
                                                          "provinces.geojson"))
    assert shipped <= 5 * 1024 * 1024
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Cahya DSN" in licence
    provenance = (folder / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "cahyadsn/wilayah_boundaries" in provenance


def test_neighbours_touch_after_simplification() -> None:
    # Banjarmasin lies against Banjar and Barito Kuala: simplification must not open a sea.
    by_code = {b.code: shape(b.geometry) for b in for_province("63")}
    banjarmasin = by_code[BANJARMASIN].buffer(0.01)
    assert banjarmasin.intersects(by_code["63.04"]) and banjarmasin.intersects(by_code[BANJAR])
    assert shapely.union_all(list(by_code.values())).area > 0


# --- status per kab/kota, both backends ---------------------------------------------------


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    write_fixture(store)
    return store


def test_map_agrees_with_the_coverage_table(graph: GraphStore) -> None:
    for topic in ("TIMPORA", "PASSPORT_SERVICE"):
        answer = coverage_map(graph, topic, as_of=AS_OF)
        assert len(answer.regions) == 514 and answer.as_of == AS_OF
        assert all(r.status in MAP_STATUSES for r in answer.regions)
        by_code = {r.code: r for r in answer.regions}
        for province in ("63", "64"):
            table = run_query(graph, "coverage",
                              {"topic": topic, "province": province, "as_of": AS_OF}).rows
            assert table
            for row in table:
                region = by_code[row["region"]]
                assert region.coverage == row["status"]
                assert [o.key for o in region.offices] == row["offices"]
                assert list(region.agreements) == row["agreements"]


def test_national_coverage_is_every_province_table(graph: GraphStore) -> None:
    national = run_query(graph, "coverage", {"topic": "TIMPORA", "as_of": AS_OF}).rows
    parts = [row for p in ("63", "64") for row in run_query(
        graph, "coverage", {"topic": "TIMPORA", "province": p, "as_of": AS_OF}).rows]
    assert national == parts


def test_statuses_on_the_fixture(graph: GraphStore) -> None:
    answer = coverage_map(graph, "timpora", province="Kalimantan Selatan", as_of=AS_OF)
    assert answer.province == "63" and len(answer.regions) == 13
    by_code = {r.code: r for r in answer.regions}
    bjm = by_code[BANJARMASIN]
    assert (bjm.status, bjm.coverage) == ("signed", "signed")
    assert AG_BJM_MOU in bjm.agreements
    assert [(o.key, o.name) for o in bjm.offices] == [
        (KANIM_BJM, "Kantor Imigrasi Kelas I TPI Banjarmasin")]
    # a Timpora team without an agreement, a province-level agreement only: not signed
    assert (by_code[BANJAR].status, by_code[BANJAR].coverage) == ("none", "team")
    assert (by_code[KOTABARU].status, by_code[KOTABARU].coverage) == ("none", "province-only")
    # the graph does not hold Tapin: unknown, not none
    tapin = by_code[TAPIN]
    assert (tapin.status, tapin.coverage, tapin.offices) == ("unknown", None, ())
    planned = coverage_map(graph, "PASSPORT_SERVICE", province="63", as_of=AS_OF)
    assert {r.code: r.status for r in planned.regions}[KOTABARU] == "planned"
    kaltim = coverage_map(graph, "TIMPORA", province="64", as_of=AS_OF)
    assert {r.code: r.status for r in kaltim.regions}[BALIKPAPAN] == "none"


def test_a_province_the_graph_lacks_is_all_unknown(graph: GraphStore) -> None:
    answer = coverage_map(graph, "TIMPORA", province="11", as_of=AS_OF)
    assert len(answer.regions) == 23 and answer.missing_provinces == ["11"]
    assert answer.counts() == {"signed": 0, "planned": 0, "none": 0, "unknown": 23}


def test_bad_parameters_and_empty_graph(store: GraphStore) -> None:
    with pytest.raises(NoReferenceData):
        coverage_map(store, "TIMPORA")
    write_fixture(store)
    for bad in ({"topic": "FISHING"}, {"topic": "TIMPORA", "province": "Atlantis"},
                {"topic": "TIMPORA", "as_of": "2025-13-01"}, {"topic": None}):
        with pytest.raises(ParameterError):
            coverage_map(store, **bad)


# --- GET /api/v1/map ----------------------------------------------------------------------


@pytest.fixture
def client(settings: Settings, store: GraphStore) -> Iterator[TestClient]:
    with api_client(settings, store) as c:
        yield c


def test_api_map_geojson(client: TestClient) -> None:
    r = client.get("/api/v1/map", params={"topic": "TIMPORA", "as_of": AS_OF})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 514
    assert body["as_of"] == AS_OF and body["topic"] == "TIMPORA"
    assert "wilayah_boundaries" in body["attribution"]
    for f in body["features"]:
        props = f["properties"]
        assert {"code", "name", "status", "offices"} <= set(props)
        assert props["status"] in MAP_STATUSES
        geom = shape(f["geometry"])
        assert geom.geom_type in ("Polygon", "MultiPolygon") and geom.is_valid
    bjm = next(f for f in body["features"] if f["id"] == BANJARMASIN)["properties"]
    assert bjm["status"] == "signed" and bjm["offices"][0]["key"] == KANIM_BJM
    assert sum(body["counts"].values()) == 514
    one = client.get("/api/v1/map", params={"topic": "TIMPORA", "province": "63"}).json()
    assert len(one["features"]) == 13 and one["province"] == "63"


def test_api_map_is_served_compressed(client: TestClient) -> None:
    r = client.get("/api/v1/map", params={"topic": "TIMPORA"},
                   headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip" and "Accept-Encoding" in r.headers["vary"]
    plain = client.get("/api/v1/map", params={"topic": "TIMPORA"},
                       headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert json.loads(plain.content) == r.json()  # the client unzipped it
    wire = int(r.headers["content-length"])  # bytes sent: the compressed body
    assert wire < len(plain.content) / 3


def test_api_map_refuses_bad_input(client: TestClient) -> None:
    assert_error(client.get("/api/v1/map"), 422)
    assert_error(client.get("/api/v1/map", params={"topic": "FISHING"}), 422)
    assert_error(client.get("/api/v1/map", params={"topic": "TIMPORA", "as_of": "kemarin"}), 422)


def test_api_map_on_an_empty_graph_says_what_to_load(settings: Settings,
                                                    store: GraphStore) -> None:
    with api_client(settings, store, fixture=False) as c:
        body = assert_error(c.get("/api/v1/map", params={"topic": "TIMPORA"}), 409)
        assert "sinergi load reference" in str(body["message"]) + str(body["hint"])
