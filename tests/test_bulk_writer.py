"""The writer's bulk mode (``atomic=False``): batches commit on their own, in order,
written by a background thread while rows are still being made; on both backends."""

from __future__ import annotations

import pytest

from sinergi.errors import SchemaError
from sinergi.stores import GraphStore, Writer


def _regions(w: Writer, first: int, last: int) -> None:
    for i in range(first, last):
        w.node("Region", {"key": f"{i}", "name": f"Provinsi {i}", "level": "province"})
        if i > first:
            w.rel("PART_OF", ("Region", f"{i}"), ("Region", f"{i - 1}"))


def test_bulk_writes_every_row_across_many_batches(store: GraphStore) -> None:
    with store.writer(atomic=False, batch_size=7) as w:
        _regions(w, 10, 60)
    counts = store.counts()
    assert (counts["Region"], counts["PART_OF"]) == (50, 49)
    assert w.written == 99
    with store.writer(atomic=False, batch_size=7) as w:  # the same again: a no-op
        _regions(w, 10, 60)
    assert store.counts() == counts


def test_bulk_reuses_nodes_written_by_earlier_batches(store: GraphStore) -> None:
    with store.writer(atomic=False, batch_size=3) as w:
        _regions(w, 10, 20)
        w.node("Region", {"key": "10.01", "name": "Kota Satu", "level": "city"})
        w.rel("PART_OF", ("Region", "10.01"), ("Region", "10"))  # "10" went long ago
    rows = store.run("MATCH (:Region {key: '10.01'})-[:PART_OF]->(p:Region) RETURN p.name AS p")
    assert rows == [{"p": "Provinsi 10"}]


def test_bulk_error_in_a_batch_reaches_the_caller(store: GraphStore) -> None:
    with pytest.raises(SchemaError, match="missing node: Region 99"), \
            store.writer(atomic=False, batch_size=4) as w:
        _regions(w, 10, 14)
        w.rel("PART_OF", ("Region", "99"), ("Region", "10"))
    # Bulk mode: batches before the bad one stay committed (that is its contract).
    assert store.counts()["Region"] == 3  # the failed batch held Region 13: rolled back


def test_bulk_exception_in_block_waits_for_the_batch_in_flight(store: GraphStore) -> None:
    with pytest.raises(RuntimeError, match="half way"), \
            store.writer(atomic=False, batch_size=5) as w:
        _regions(w, 10, 20)
        raise RuntimeError("half way")
    # Full batches were committed before the failure; the pending tail was not.
    assert 0 < store.counts()["Region"] < 10
    store.run("RETURN 1 AS ok")  # the store is usable: no transaction left open


@pytest.mark.parametrize("atomic", [True, False])
def test_rows_gathered_elsewhere_write_as_if_written_here(store: GraphStore,
                                                          atomic: bool) -> None:
    # A load's workers gather an article's rows with a collector; the writer takes them.
    gathered = Writer.collector()
    _regions(gathered, 10, 30)
    with pytest.raises(SchemaError, match="no store"):
        gathered.flush()
    with store.writer(atomic=atomic, batch_size=7) as w:
        w.take(gathered.gathered())
    taken = store.counts()
    store.clear()
    with store.writer(atomic=atomic, batch_size=7) as w:
        _regions(w, 10, 30)
    assert store.counts() == taken and (taken["Region"], taken["PART_OF"]) == (20, 19)
