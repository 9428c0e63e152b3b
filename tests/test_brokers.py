"""The ``brokers`` Python step: events -> cooperation network -> ranked institutions.

networkx is the reference: the scores must be its ``betweenness_centrality``.
"""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

from sinergi.questions.brokers import betweenness, rank_brokers


def _rows(events: dict[str, list[str]]) -> list[dict[str, object]]:
    """The Cypher's row for events given as their members: [key, name, kind, events...]."""
    joined: dict[str, list[str]] = {}
    for event, members in events.items():
        for key in members:
            joined.setdefault(key, []).append(event)
    return [{"institutions": [[k, k.upper(), "DINAS", *e] for k, e in joined.items()]}]


@pytest.mark.parametrize("seed", range(6))
def test_scores_are_networkx_betweenness(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(3, 120)
    graph = nx.gnm_random_graph(n, rng.randint(n // 2, 4 * n), seed=seed)
    expected = nx.betweenness_centrality(graph, normalized=True)
    got = betweenness(n, sorted(graph.edges))
    assert got == pytest.approx([expected[i] for i in range(n)], abs=1e-12)


@pytest.mark.parametrize("n, edges", [(2, [(0, 1)]), (3, [(0, 1), (1, 2)]),
                                      (4, [(0, 1), (2, 3)])])
def test_small_and_split_graphs_match_networkx(n: int, edges: list[tuple[int, int]]) -> None:
    graph = nx.Graph(edges)
    expected = nx.betweenness_centrality(graph, normalized=True)
    assert betweenness(n, edges) == pytest.approx([expected[i] for i in range(n)])


def test_events_link_their_members_pairwise() -> None:
    events = {
        "meeting:1": ["kanim", "pemkot", "dinas"],   # a clique of three
        "agreement:1": ["kanim", "pemkab"],
        "agreement:2": ["kanim", "pemkab"],          # the same pair again: one link
        "meeting:2": ["pemkab", "timpora"],
        "meeting:3": ["lonely"],                     # no partner: not in the network
    }
    rows = {r["institution"]: r for r in rank_brokers(_rows(events))}
    assert set(rows) == {"kanim", "pemkot", "dinas", "pemkab", "timpora"}
    assert (rows["kanim"]["partners"], rows["kanim"]["shared"]) == (3, 3)
    assert (rows["pemkab"]["partners"], rows["pemkab"]["shared"]) == (2, 3)
    assert (rows["timpora"]["partners"], rows["timpora"]["shared"]) == (1, 1)
    assert rows["kanim"]["name"] == "KANIM" and rows["kanim"]["kind"] == "DINAS"

    graph = nx.Graph()
    for members in events.values():
        graph.add_edges_from(combinations(members, 2))
    expected = nx.betweenness_centrality(graph, normalized=True)
    assert {k: r["betweenness"] for k, r in rows.items()} == {
        k: round(v, 4) for k, v in expected.items()}
    assert [r["institution"] for r in rank_brokers(_rows(events))][:2] == ["kanim", "pemkab"]


def test_an_institution_in_two_rows_and_row_order_do_not_change_the_answer() -> None:
    events = {"a": ["x", "y"], "b": ["y", "z"], "c": ["z", "w", "x"]}
    rows = _rows(events)
    listed = rows[0]["institutions"]
    split = [{"institutions": [item[:4] for item in listed]},  # agreements, then meetings
             {"institutions": [item[:3] + item[4:] for item in listed]}]
    backwards = [{"institutions": listed[::-1]}]
    assert rank_brokers(split) == rank_brokers(rows) == rank_brokers(backwards)


def test_ties_rank_by_key_and_an_empty_network_has_no_rows() -> None:
    rows = rank_brokers(_rows({"m": ["b", "a"]}))
    assert [(r["rank"], r["institution"], r["betweenness"]) for r in rows] == [
        (1, "a", 0.0), (2, "b", 0.0)]
    assert rank_brokers([]) == []
    assert rank_brokers(_rows({"m": ["solo"]})) == []
