"""The embedded store's own parameter signature must equal the binding's, or a statement
prepared for one type of value would run on another (corrupting narrowed ints)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from ladybug.connection import _pybind_param_signature

from sinergi.stores.embedded import EmbeddedStore
from sinergi.stores.signature import signature

_INTS = (0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -40000,
         2**31 - 1, 2**31, 2**32 - 1, 2**32, -(2**40))


def _value(rng: random.Random, kind: str) -> Any:
    if kind == "str":
        return rng.choice(["", "Kanim Sambas", "x" * rng.randint(1, 9)])
    if kind == "int":
        return rng.choice(_INTS)
    if kind == "float":
        return rng.random()
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "list":
        return [f"s{i}" for i in range(rng.randint(0, 3))]
    return None


def _batch(rng: random.Random) -> list[dict[str, Any]]:
    kinds = {f"p{i}": rng.choice(["str", "int", "float", "bool", "list"]) for i in range(4)}
    rows = []
    for _ in range(rng.randint(1, 6)):
        row = {}
        for prop, kind in kinds.items():
            roll = rng.random()
            # now and then a null, or a value of another type, in a column
            other = rng.choice(["str", "int", "float", "bool", "list", "none"])
            row[prop] = _value(rng, other if roll < 0.15 else kind)
        rows.append(row)
    return rows


@pytest.mark.parametrize("seed", range(400))
def test_rows_get_the_bindings_signature_or_none(seed: int) -> None:
    rng = random.Random(seed)
    params = {"rows": _batch(rng), "keys": [f"k{i}" for i in range(rng.randint(1, 4))]}
    ours = signature(params)
    assert ours is None or ours == _pybind_param_signature(params)


def test_the_writers_shapes_are_known() -> None:
    rows = [{"key": "a", "name": "Kanim Sambas", "row": 7, "aliases": ["Sambas"],
             "confidence": 0.9, "partial": None},
            {"key": "b", "name": None, "row": 70000, "aliases": [],
             "confidence": 0.5, "partial": True}]
    params = {"rows": rows}
    assert signature(params) == _pybind_param_signature(params)
    assert signature({"keys": ["a", "b"]}) == _pybind_param_signature({"keys": ["a", "b"]})


def test_unknown_shapes_go_the_bindings_way() -> None:
    assert signature({"name": "Sambas"}) is None
    assert signature({"rows": []}) is None
    assert signature({"rows": [{"a": 1}, {"b": 1}]}) is None
    assert signature({"rows": [{"a": 1}, {"a": "x"}]}) is None


def test_ints_of_every_width_survive_one_statement() -> None:
    """Ints of every width the binding tells apart go through the store's own prepared
    statements (one per signature) and are read back exactly."""
    store = EmbeddedStore(None)
    try:
        store.ensure_schema()
        for i, value in enumerate(_INTS):
            store.run("UNWIND $rows AS row CREATE (n:Record {key: row.key, row: row.row})",
                      {"rows": [{"key": f"r{i}", "row": value}]})
        got = {r["k"]: r["v"] for r in store.run("MATCH (n:Record) RETURN n.key AS k, n.row AS v")}
        assert got == {f"r{i}": v for i, v in enumerate(_INTS)}
    finally:
        store.close()
