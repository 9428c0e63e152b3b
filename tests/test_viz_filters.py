"""The kind / topic / year filter rule (the page's panel runs the same rule in JavaScript;
test_viz_browser holds the two together)."""

from __future__ import annotations

import networkx as nx
import pytest

from sinergi.errors import ParameterError
from sinergi.views import build_graph
from sinergi.views.filters import Filters, apply_filters, facet_values, visible


def network() -> nx.MultiDiGraph:
    nodes = [
        {"key": "kanim:a", "kind": "KANIM", "name": "Kanim A"},
        {"key": "kanim:b", "kind": "KANIM", "name": "Kanim B"},
        {"key": "pemkab:1", "kind": "PEMKAB", "name": "Pemkab 1"},
        {"key": "pemkot:2", "kind": "PEMKOT", "name": "Pemkot 2"},
        {"key": "r1", "label": "Region", "name": "Region 1"},
        {"key": "person:x", "label": "Person", "name": "X"},
        {"key": "ag:timpora23", "label": "Agreement", "date": "2023-03-01",
         "topics": ["TIMPORA"]},
        {"key": "ag:paspor24", "label": "Agreement", "date": "2024-05-01",
         "topics": ["PASSPORT_SERVICE", "TIMPORA"]},
        {"key": "ag:undated", "label": "Agreement", "topics": ["LABOUR"]},
        {"key": "mt:24", "label": "Meeting", "date": "2024-08-08", "topics": ["TIMPORA"]},
    ]
    edges = [
        {"source": "kanim:a", "target": "ag:timpora23", "type": "PARTY_TO"},
        {"source": "pemkab:1", "target": "ag:timpora23", "type": "PARTY_TO"},
        {"source": "kanim:b", "target": "ag:paspor24", "type": "PARTY_TO"},
        {"source": "pemkot:2", "target": "ag:paspor24", "type": "PARTY_TO"},
        {"source": "pemkab:1", "target": "ag:undated", "type": "PARTY_TO"},
        {"source": "kanim:a", "target": "mt:24", "type": "ATTENDED", "date": "2024-08-08"},
        {"source": "pemkot:2", "target": "mt:24", "type": "ATTENDED", "date": "2024-08-08"},
        {"source": "kanim:a", "target": "r1", "type": "JURISDICTION_OVER", "date": "2019-01-01"},
        {"source": "pemkab:1", "target": "r1", "type": "JURISDICTION_OVER"},
        {"source": "person:x", "target": "pemkab:1", "type": "HOLDS_POSITION",
         "date": "2024-02-02"},
    ]
    return build_graph(nodes, edges)


def shown(**filters: object) -> set[str]:
    return visible(network(), Filters.parse(**filters))[0]


def test_no_filter_shows_everything() -> None:
    g = network()
    nodes, edges = visible(g, Filters())
    assert nodes == set(g) and len(edges) == g.number_of_edges()
    assert apply_filters(g, Filters()) is g


def test_kind_keeps_that_kind_and_its_context() -> None:
    assert shown(kind="KANIM") == {"kanim:a", "kanim:b", "ag:timpora23", "ag:paspor24",
                                   "mt:24", "r1"}


def test_topic_keeps_matching_events_and_their_parties() -> None:
    assert shown(topic="timpora") == {"ag:timpora23", "ag:paspor24", "mt:24", "kanim:a",
                                      "kanim:b", "pemkab:1", "pemkot:2"}
    assert shown(topic="LABOUR") == {"ag:undated", "pemkab:1"}


def test_year_tests_events_and_dated_edges() -> None:
    # The 2019 jurisdiction edge is not of 2024: region r1 has no link left to a match.
    assert shown(year=2024) == {"ag:paspor24", "mt:24", "kanim:a", "kanim:b", "pemkot:2"}
    assert "ag:undated" not in shown(year="2023")


def test_filters_combine() -> None:
    assert shown(kind="KANIM", topic="TIMPORA", year=2024) == {"kanim:a", "kanim:b",
                                                               "ag:paspor24", "mt:24"}


def test_edges_shown_only_between_shown_nodes() -> None:
    g = network()
    nodes, edges = visible(g, Filters.parse(kind="PEMKAB"))
    assert edges and all(u in nodes and v in nodes for u, v, _ in edges)
    sub = apply_filters(g, Filters.parse(kind="PEMKAB"))
    assert set(sub) == nodes and sub.number_of_edges() == len(edges)


@pytest.mark.parametrize(
    ("given", "message"),
    [({"kind": "KANTOR"}, "unknown kind 'KANTOR'"), ({"topic": "x"}, "unknown topic 'x'"),
     ({"year": "20x4"}, "year must be a number"), ({"year": 1700}, "out of range")],
)
def test_bad_filters_are_named(given: dict[str, object], message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        Filters.parse(**given)


def test_facet_values_feed_the_menus() -> None:
    assert facet_values(network()) == {
        "kind": ["KANIM", "PEMKAB", "PEMKOT"],
        "topic": ["LABOUR", "PASSPORT_SERVICE", "TIMPORA"],
        "year": [2023, 2024],
    }
