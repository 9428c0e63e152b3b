"""The store contract: the same assertions on both backends."""

from __future__ import annotations

import pytest

from sinergi.errors import ConstraintViolation, SchemaError
from sinergi.stores import GraphStore


def _load_sample(store: GraphStore) -> None:
    with store.writer() as w:
        w.node("Region", {"key": "63", "name": "Kalimantan Selatan", "level": "province"})
        for code, name in (("63.71", "Kota Banjarmasin"), ("63.10", "Kabupaten Tanah Bumbu")):
            w.node("Region", {"key": code, "name": name, "level": "regency", "parent": "63"})
            w.rel("PART_OF", ("Region", code), ("Region", "63"))
        w.node(
            "Institution",
            {"key": "kanim:batulicin", "name": "Kantor Imigrasi Kelas II TPI Batulicin",
             "kind": "KANIM", "aliases": ["Imigrasi Batulicin", "Kanim Batulicin"]},
        )
        w.rel("JURISDICTION_OVER", ("Institution", "kanim:batulicin"), ("Region", "63.10"),
              {"partial": False, "since": "2019-01-01"})


def _non_zero(store: GraphStore) -> dict[str, int]:
    return {k: v for k, v in store.counts().items() if v}


def test_batch_upsert_is_idempotent(store: GraphStore) -> None:
    _load_sample(store)
    first = _non_zero(store)
    _load_sample(store)
    assert _non_zero(store) == first == {
        "Region": 3, "Institution": 1, "PART_OF": 2, "JURISDICTION_OVER": 1,
    }


def test_upsert_updates_properties_without_erasing_others(store: GraphStore) -> None:
    _load_sample(store)
    with store.writer() as w:
        w.node("Institution", {"key": "kanim:batulicin", "office_class": "Kelas II TPI"})
    row = store.run(
        "MATCH (i:Institution {key: $k}) RETURN i.name AS name, i.office_class AS cls, "
        "i.aliases AS aliases", {"k": "kanim:batulicin"},
    )[0]
    assert row == {"name": "Kantor Imigrasi Kelas II TPI Batulicin", "cls": "Kelas II TPI",
                   "aliases": ["Imigrasi Batulicin", "Kanim Batulicin"]}


def test_relationship_upsert_sets_properties(store: GraphStore) -> None:
    _load_sample(store)
    with store.writer() as w:
        w.rel("JURISDICTION_OVER", ("Institution", "kanim:batulicin"), ("Region", "63.10"),
              {"source_url": "https://example.org/a"})
    rows = store.run(
        "MATCH (:Institution)-[r:JURISDICTION_OVER]->(g:Region) "
        "RETURN g.key AS region, r.since AS since, r.source_url AS url, r.key AS key"
    )
    assert rows == [{"region": "63.10", "since": "2019-01-01", "url": "https://example.org/a",
                     "key": "kanim:batulicin|JURISDICTION_OVER|63.10"}]


def test_edge_of_a_new_node_repeated_across_chunks_is_one_edge(store: GraphStore) -> None:
    # Small batches split one transaction's rows into chunks: the same edge of a node
    # created in that transaction comes back in a later chunk and must update, not
    # add a second edge (the embedded store skips the lookup for a new node's edges).
    _load_sample(store)
    with store.writer(batch_size=2) as w:
        w.node("Institution", {"key": "kanim:kotabaru", "name": "Kanim Kotabaru"})
        for since in ("2020-01-01", None, "2021-06-01"):
            w.rel("JURISDICTION_OVER", ("Institution", "kanim:kotabaru"), ("Region", "63.10"),
                  {"since": since, "partial": since is None})
            w.node("Region", {"key": "63.02", "name": "Kabupaten Kotabaru", "level": "regency"})
    rows = store.run("MATCH (i:Institution {key: 'kanim:kotabaru'})-[r:JURISDICTION_OVER]->() "
                     "RETURN r.since AS since, r.partial AS partial")
    assert rows == [{"since": "2021-06-01", "partial": False}]
    assert _non_zero(store)["JURISDICTION_OVER"] == 2


def test_failing_batch_changes_nothing(store: GraphStore) -> None:
    _load_sample(store)
    before = store.counts()
    with pytest.raises(SchemaError, match="missing node: Region 99"), store.writer() as w:
        w.node("Region", {"key": "64", "name": "Kalimantan Timur", "level": "province"})
        w.rel("PART_OF", ("Region", "99"), ("Region", "63"))
    assert store.counts() == before


def test_savepoint_drops_what_its_block_added_and_keeps_the_rest(store: GraphStore) -> None:
    before = store.counts()
    with store.writer() as w:
        w.node("Region", {"key": "64", "name": "Kalimantan Timur", "level": "province"})
        with pytest.raises(RuntimeError), w.savepoint():
            w.node("Region", {"key": "63", "name": "Kalimantan Selatan", "level": "province"})
            w.rel("PART_OF", ("Region", "63"), ("Region", "64"))
            raise RuntimeError("a bad record half way")
    after = store.counts()
    assert after["Region"] == before["Region"] + 1 and after["PART_OF"] == before["PART_OF"]
    assert store.run("MATCH (r:Region) RETURN r.key AS k") == [{"k": "64"}]


def test_exception_inside_writer_block_writes_nothing(store: GraphStore) -> None:
    before = store.counts()
    with pytest.raises(RuntimeError), store.writer() as w:
        w.node("Region", {"key": "64", "name": "Kalimantan Timur", "level": "province"})
        raise RuntimeError("a bad record half way")
    assert store.counts() == before


def test_constraint_rejects_duplicate_key(store: GraphStore) -> None:
    store.run("CREATE (:Region {key: '63', name: 'Kalimantan Selatan'})")
    with pytest.raises(ConstraintViolation):
        store.run("CREATE (:Region {key: '63', name: 'Kalsel'})")
    assert store.counts()["Region"] == 1


def test_transaction_rolls_back_on_error(store: GraphStore) -> None:
    with pytest.raises(ValueError), store.transaction() as tx:
        tx.run("CREATE (:Region {key: '11', name: 'Aceh'})")
        raise ValueError("abort")
    assert store.counts()["Region"] == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda w: w.node("Planet", {"key": "x"}), "unknown node label 'Planet'"),
        (lambda w: w.node("Region", {"key": "x", "population": 3}), "no property population"),
        (lambda w: w.node("Region", {"name": "no key"}), "without a key"),
        (lambda w: w.rel("LIKES", ("Region", "a"), ("Region", "b")), "unknown relationship"),
        (lambda w: w.rel("COVERS", ("Region", "a"), ("Region", "b")), "does not go from Region"),
        (lambda w: w.rel("PART_OF", ("Region", "a"), ("Region", "b"), {"weight": 1}),
         "no property weight"),
    ],
)
def test_unknown_labels_and_properties_refused_before_the_database(
    store: GraphStore, call, message: str
) -> None:
    with pytest.raises(SchemaError, match=message), store.writer() as w:
        call(w)
    assert not any(store.counts().values())


def test_values_are_parameters_not_spliced(store: GraphStore) -> None:
    nasty = "x'}) DETACH DELETE n //"
    with store.writer() as w:
        w.node("Region", {"key": "63", "name": nasty, "level": "province"})
    assert store.run("MATCH (r:Region) RETURN r.name AS name") == [{"name": nasty}]
