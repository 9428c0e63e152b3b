"""Unknown is not none: a kab/kota no office is known to serve says "unknown", and
jurisdiction is read as of the day asked, with how it is known (both backends)."""

from __future__ import annotations

from typing import Any

import pytest

from graph_fixture import AS_OF, KANIM_BJM, write_fixture
from sinergi.questions.registry import run_query
from sinergi.stores import GraphStore

TAPIN = "63.05"  # a kab/kota the fixture's offices do not serve
KANIM_NEW = "kanim:banjarbaru"


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    write_fixture(store)
    with store.writer() as w:
        w.node("Region", {"key": TAPIN, "name": "Kabupaten Tapin", "level": "regency",
                          "parent": "63", "province": "63"})
        w.node("Institution", {"key": KANIM_NEW, "kind": "KANIM",
                               "name": "Kantor Imigrasi Banjarbaru"})
        # Banjarbaru moved from the Banjarmasin office to a new one on 2025-03-01.
        w.rel("JURISDICTION_OVER", ("Institution", KANIM_BJM), ("Region", "63.72"),
              {"until": "2025-03-01", "provenance": "derived",
               "derived_by": "the Kanim that served it before the new office"})
        w.rel("JURISDICTION_OVER", ("Institution", KANIM_NEW), ("Region", "63.72"),
              {"since": "2025-03-01", "provenance": "sourced",
               "source_url": "https://example.org/kanim-baru"})
    return store


def row(store: GraphStore, name: str, region: str, **params: Any) -> dict[str, Any]:
    rows = run_query(store, name, {"province": "63", **params}).rows
    return next(r for r in rows if r["region"] == region)


def test_service_points_say_unknown_when_no_office_is_known(graph: GraphStore) -> None:
    tapin = row(graph, "service-points", TAPIN, as_of=AS_OF)
    assert (tapin["service"], tapin["jurisdiction"], tapin["provenance"]) == (
        "unknown", [], [])
    banjar = row(graph, "service-points", "63.03", as_of=AS_OF)
    assert (banjar["service"], banjar["jurisdiction"]) == ("none", [KANIM_BJM])


def test_jurisdiction_is_read_as_of_the_day_asked(graph: GraphStore) -> None:
    before = row(graph, "service-points", "63.72", as_of="2025-02-28")
    assert (before["jurisdiction"], before["provenance"]) == ([KANIM_BJM], ["derived"])
    on_the_day = row(graph, "service-points", "63.72", as_of="2025-03-01")
    assert (on_the_day["jurisdiction"], on_the_day["provenance"]) == (
        [KANIM_NEW], ["sourced"])


def test_coverage_and_gaps_say_unknown_not_none(graph: GraphStore) -> None:
    cov = row(graph, "coverage", TAPIN, topic="PASSPORT_SERVICE", as_of=AS_OF)
    assert (cov["status"], cov["offices"], cov["jurisdiction"]) == ("unknown", [], [])
    banjar = row(graph, "coverage", "63.03", topic="PASSPORT_SERVICE", as_of=AS_OF)
    assert (banjar["status"], banjar["offices"]) == ("none", [KANIM_BJM])
    gap = row(graph, "gaps", TAPIN, topic="PASSPORT_SERVICE", as_of=AS_OF)
    assert gap["status"] == "unknown"
    moved = row(graph, "coverage", "63.72", topic="PASSPORT_SERVICE", as_of=AS_OF)
    assert (moved["offices"], moved["jurisdiction"]) == ([KANIM_NEW], ["sourced"])
