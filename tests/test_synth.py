"""The synthetic national graph (bench/synth.py): loads, is reproducible, is idempotent."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import synth  # noqa: E402


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[GraphStore]:
    store = open_graph(Settings(backend="embedded", data_dir=tmp_path / "data"))
    yield store
    store.close()


def _stored(store: GraphStore) -> dict[str, int]:
    return {k: v for k, v in store.counts().items() if v}


def test_small_graph_loads_and_reloading_changes_nothing(embedded: GraphStore) -> None:
    written = synth.write_synthetic(embedded, articles=50, seed=3, batch_size=700)
    first = _stored(embedded)
    assert first["Region"] > 38 + 514  # provinces, kab/kota and their kecamatan
    assert first["Article"] == 50
    for label in ("Agreement", "Meeting", "Person", "REPORTS", "PARTY_TO", "HOLDS_POSITION"):
        assert first[label] > 0, label
    assert written["rows"] == sum(v for k, v in written.items() if k != "rows")
    synth.write_synthetic(embedded, articles=50, seed=3, batch_size=700)
    assert _stored(embedded) == first


def test_every_kabkota_has_a_government_and_an_immigration_office(
    embedded: GraphStore,
) -> None:
    synth.write_synthetic(embedded, articles=0, seed=3)
    rows = embedded.run(
        "MATCH (r:Region) WHERE r.level IN ['regency', 'city'] "
        "OPTIONAL MATCH (k:Institution {kind: 'KANIM'})-[:JURISDICTION_OVER]->(r) "
        "OPTIONAL MATCH (g:Institution)-[:JURISDICTION_OVER]->(r) "
        "WHERE g.kind IN ['PEMKAB', 'PEMKOT'] "
        "RETURN r.key AS region, count(DISTINCT k) AS kanim, count(DISTINCT g) AS pemda"
    )
    assert len(rows) == 514
    assert all(r["kanim"] >= 1 and r["pemda"] == 1 for r in rows)
    levels = embedded.run("MATCH (r:Region) RETURN r.level AS level, count(*) AS n")
    by_level = {r["level"]: r["n"] for r in levels}
    assert (by_level["province"], by_level["regency"], by_level["city"]) == (38, 416, 98)
    offices = embedded.run(
        "MATCH (o:Institution) WHERE o.kind IN ['KANWIL', 'KANIM', 'ULP'] "
        "AND NOT o.key ENDS WITH ':kemenkumham' RETURN count(o) AS n"
    )
    assert 130 <= offices[0]["n"] <= 170


def test_same_seed_same_rows_other_seed_other_rows() -> None:
    a = list(synth.rows(articles=20, seed=11))
    assert a == list(synth.rows(articles=20, seed=11))
    assert a != list(synth.rows(articles=20, seed=12))


def test_nodes_come_before_the_relationships_that_use_them() -> None:
    seen: set[tuple[str, str]] = set()
    for row in synth.rows(articles=30, seed=5):
        if isinstance(row, synth.NodeRow):
            seen.add((row.label, row.props["key"]))
        else:
            assert row.src in seen and row.dst in seen, row
