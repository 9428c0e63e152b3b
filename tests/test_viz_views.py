"""The four views on a small fixture network, through the graph questions, on each backend."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sinergi.errors import ParameterError
from sinergi.questions.edges import edge_rows
from sinergi.questions.registry import run_query
from sinergi.stores import GraphStore
from sinergi.views import render_view, view_graph, write_view
from viz_fixture import HOSTILE_NAME, HOSTILE_TITLE, build_fixture
from viz_page import page_data

KALSEL_EVENTS = {"agreement:a1", "agreement:a2", "agreement:a3", "meeting:m1"}


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    build_fixture(store)
    return store


def test_graph_province_question_gives_every_edge(graph: GraphStore) -> None:
    rows = list(edge_rows(run_query(graph, "graph-province", {"province": "63"}).rows))
    types = Counter(r["type"] for r in rows)
    assert types == {"PARTY_TO": 6, "ATTENDED": 3, "JURISDICTION_OVER": 7,
                     "HOLDS_POSITION": 1, "SUCCEEDED_BY": 1, "PART_OF": 2}
    a1 = next(r for r in rows if r["key"] == "kanim:batulicin|PARTY_TO|agreement:a1")
    assert a1["date"] == "2023-05-12" and a1["target_topics"] == ["PASSPORT_SERVICE"]
    assert a1["source_url"] == "https://news.example.org/a1" and a1["detail"] == "party"
    partial = next(r for r in rows if r["key"] == "kanim:batulicin|JURISDICTION_OVER|63.02")
    assert partial["detail"] == "partial" and partial["date"] == "2019-01-01"
    # Typed nulls stay null (the embedded engine once mixed up UNION columns).
    assert partial["evidence"] is None and partial["target_topics"] is None


def test_province_view_holds_the_province_and_nothing_else(graph: GraphStore) -> None:
    g = view_graph(graph, "province", {"province": "Kalimantan Selatan"})
    assert set(g) >= KALSEL_EVENTS
    assert {"kanim:batulicin", "pemkab:63.10", "pemkot:63.71", "person:budi-santoso",
            "kanwil:63:divisi-imigrasi-kalsel", "63.02"} <= set(g)
    assert not {"agreement:x1", "kanim:samarinda", "pemkot:64.72", "64.72"} & set(g)
    assert g.nodes["agreement:a1"]["evidence"].startswith("Kanim Batulicin dan Pemkab")
    assert g.nodes["63.10"]["label"] == "Region"
    assert g.nodes["kanim:batulicin"]["kind"] == "KANIM"
    position = g.edges["person:budi-santoso", "kanim:batulicin",
                       "person:budi-santoso|HOLDS_POSITION|kanim:batulicin|kepala-kantor"]
    assert position["details"]["position"] == "Kepala Kantor"


def test_region_view_holds_what_happens_around_the_kabupaten(graph: GraphStore) -> None:
    g = view_graph(graph, "region", {"region": "63.10"})
    assert {"agreement:a1", "agreement:a3", "meeting:m1", "kanim:batulicin",
            "timpora:63.10", "dinas:63.10:hostile"} <= set(g)
    assert "agreement:a2" not in g and "pemkot:63.71" not in g


def test_institution_view_widens_with_depth(graph: GraphStore) -> None:
    one = view_graph(graph, "institution", {"institution": "Kantor Imigrasi Banjarmasin"})
    assert {"kanim:banjarmasin", "agreement:a2", "pemkot:63.71",
            "kanwil:63:kanwil-imigrasi-kalsel"} <= set(one)
    assert "kanim:batulicin" not in one
    two = view_graph(graph, "institution", {"institution": "kanim:banjarmasin", "depth": 2})
    assert {"kanim:batulicin", "kanwil:63:divisi-imigrasi-kalsel"} <= set(two)
    assert "agreement:a1" not in two  # three steps away
    three = view_graph(graph, "institution", {"institution": "kanim:banjarmasin", "depth": "3"})
    assert "agreement:a1" in three and "agreement:x1" not in three
    assert three.nodes["kanim:banjarmasin"]["focus"] is True


def test_path_view_draws_the_chains_between_two_institutions(graph: GraphStore) -> None:
    g = view_graph(graph, "path", {"from": "pemkot:63.71", "to": "kanim:batulicin"})
    assert {"pemkot:63.71", "kanim:banjarmasin", "kanwil:63:kanwil-imigrasi-kalsel",
            "kanim:batulicin"} <= set(g)
    assert g.nodes["kanim:banjarmasin"]["kind"] == "KANIM"
    # Hops are drawn in the direction the schema gives them.
    assert g.has_edge("pemkot:63.71", "agreement:a2") or g.has_edge("pemkot:63.71", "63.71")
    assert not g.has_edge("agreement:a2", "pemkot:63.71")


def test_filters_apply_to_views(graph: GraphStore) -> None:
    g = view_graph(graph, "province", {"province": "63"}, {"topic": "TIMPORA"})
    assert {"agreement:a2", "meeting:m1", "kanim:banjarmasin", "timpora:63.10"} <= set(g)
    assert "agreement:a1" not in g and "63.71" not in g
    g = view_graph(graph, "province", {"province": "63"}, {"kind": "KANIM", "year": "2023"})
    # Kanwil and Pemkab fail the kind; the 2019 jurisdiction and 2024 position fail the year.
    assert set(g) == {"kanim:batulicin", "kanim:banjarmasin", "agreement:a1", "63.10", "63.71"}


@pytest.mark.parametrize(
    ("view", "params", "filters", "message"),
    [
        ("galaxy", {}, {}, "unknown view 'galaxy'"),
        ("province", {}, {}, "province: wajib diisi / required"),
        ("province", {"province": "Atlantis"}, {}, "no province 'Atlantis'"),
        ("institution", {"institution": "kanim:nowhere"}, {}, "no institution"),
        ("institution", {"institution": "kanim:batulicin", "depth": 4}, {}, "depth must be"),
        ("region", {"region": "63.10", "colour": "red"}, {},
         "colour: parameter tidak dikenal / unknown parameter"),
        ("province", {"province": "63"}, {"colour": "red"}, "unknown filter 'colour'"),
        ("province", {"province": "63"}, {"kind": "KANTOR"}, "unknown kind"),
    ],
)
def test_bad_parameters_are_named(graph: GraphStore, view: str, params: dict, filters: dict,
                                  message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        render_view(graph, view, params, filters)


def test_rendered_view_is_escaped_and_written(graph: GraphStore, tmp_path: Path) -> None:
    out = write_view(graph, "province", {"province": "63"}, {}, tmp_path / "sub" / "p.html")
    html = out.read_text(encoding="utf-8")
    assert out == tmp_path / "sub" / "p.html"
    assert "<title>Cooperation network: Kalimantan Selatan (63)</title>" in html
    assert HOSTILE_NAME not in html and HOSTILE_TITLE not in html
    labels = {n["label"] for n in page_data(html)["nodes"]}
    assert "&lt;img src=x onerror=alert(1)&gt;" in labels
    assert 'href="javascript' not in html


def test_filtered_page_says_so(graph: GraphStore) -> None:
    html = render_view(graph, "province", {"province": "63"}, {"topic": "TIMPORA"})
    assert "Filtered (topic=TIMPORA)" in html
    assert '<option value="TIMPORA" selected>' in html
    empty = render_view(graph, "region", {"region": "63.71"}, {"year": 1999})
    assert "Nothing to show" in empty
