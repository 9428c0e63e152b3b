"""Every registered question gives identical rows on the embedded store and on Neo4j.

Both stores get the same fixture graph once per module; each question then runs on
both with the same parameters. Questions added later are covered automatically:
their required parameters are filled by type (``BY_TYPE``) unless ``PARAMS`` says more.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from conftest import backend_settings
from graph_fixture import AS_OF, KANIM_BATULICIN, KANWIL_KALSEL, write_fixture
from sinergi.questions.header import Param
from sinergi.questions.registry import registry, run_query
from sinergi.stores import GraphStore, open_graph

BY_TYPE: dict[str, Any] = {
    "province": "63",
    "topic": "TIMPORA",
    "institution": KANIM_BATULICIN,
    "region": "63.10",
    "date": AS_OF,
    "int": 3,
    "string": "pemkab:63.10",
    "bool": True,
}

# Parameter sets that reach the interesting parts of the fixture (several per question).
PARAMS: dict[str, list[dict[str, Any]]] = {
    "coverage": [{"topic": t, "province": p, "as_of": AS_OF}
                 for t in ("TIMPORA", "PASSPORT_SERVICE") for p in ("63", "64")],
    "gaps": [{"topic": t, "province": "63", "as_of": AS_OF}
             for t in ("TIMPORA", "PASSPORT_SERVICE")],
    "service-points": [{"province": p, "as_of": AS_OF} for p in ("63", "64")],
    "office-coverage": [{"office": o, "as_of": AS_OF}
                        for o in (KANWIL_KALSEL, KANIM_BATULICIN, "kanim:banjarmasin")],
    "stale-agreements": [{"as_of": AS_OF, "older_than_years": n} for n in (0, 3, 5)],
    "signatory-changes": [{"as_of": AS_OF}],
    "stalled-plans": [{"as_of": AS_OF, "older_than_days": 30}],
    "institution": [{"key": k} for k in (KANIM_BATULICIN, KANWIL_KALSEL, "pemkab:63.10")],
    "timeline": [{"region": "63.10", "to": AS_OF}, {"institution": KANWIL_KALSEL, "to": AS_OF},
                 {"region": "63.71", "from": "2025-01-01", "to": AS_OF}],
    "path": [{"from": "pemkab:63.10", "to": "pemkab:63.02"},
             {"from": "pemkot:63.71", "to": "kanim:samarinda"}],
    "brokers": [{"province": "63"}, {"province": "64"}],
    "evidence": [{"key": "agreement:bjm-mou-2025"}],
    "scorecard": [{"topic": "TIMPORA", "province": "63", "as_of": AS_OF},
                  {"topic": "PASSPORT_SERVICE", "region": "63.10", "as_of": AS_OF}],
    "expiring": [{"as_of": AS_OF, "days": 400}],
    "unfollowed": [{"as_of": AS_OF, "months": 1}],
    "changes": [{"province": "63", "from": "2015-01-01", "to": AS_OF},
                {"province": "64", "from": "2019-01-01", "to": AS_OF}],
    "quiet-teams": [{"as_of": AS_OF, "months": 1}, {"as_of": AS_OF, "province": "63"}],
}


def _params_for(name: str) -> list[dict[str, Any]]:
    if name in PARAMS:
        return PARAMS[name]
    required: tuple[Param, ...] = tuple(p for p in registry()[name].params if p.required)
    return [{p.name: BY_TYPE[p.type] for p in required}]


CASES = [(name, i) for name in registry() for i in range(len(_params_for(name)))]


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, GraphStore]]:
    stores = {}
    try:
        for backend in ("embedded", "neo4j"):
            settings = backend_settings(backend, tmp_path_factory.mktemp(backend))
            store = open_graph(settings)
            stores[backend] = store
            store.clear()
            write_fixture(store)
        yield stores
    finally:
        for store in stores.values():
            store.close()


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "case"), CASES, ids=[f"{n}-{i}" for n, i in CASES])
def test_same_rows_on_both_backends(both: dict[str, GraphStore], name: str, case: int) -> None:
    params = _params_for(name)[case]
    embedded = run_query(both["embedded"], name, params)
    neo4j = run_query(both["neo4j"], name, params)
    assert embedded.columns == neo4j.columns
    assert embedded.rows == neo4j.rows


def test_every_question_has_parity_parameters() -> None:
    for name in registry():
        for params in _params_for(name):
            assert set(params) <= {p.name for p in registry()[name].params}, name


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "case"), CASES, ids=[f"{n}-{i}" for n, i in CASES])
def test_neo4j_rows_collected_into_one_record_are_the_plain_rows(
        both: dict[str, GraphStore], name: str, case: int, tmp_path: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the Neo4j store knows a statement's columns it reads the rows as one record
    (``neo4j_store._collected``); a fresh store's first, plain answer is the reference."""
    from sinergi.stores import neo4j_store

    collected: list[str] = []
    wrap = neo4j_store._collected
    monkeypatch.setattr(neo4j_store, "_collected",
                        lambda q, keys: collected.append(q) or wrap(q, keys))
    params = _params_for(name)[case]
    text = registry()[name].text_for("neo4j")
    fresh = open_graph(backend_settings("neo4j", tmp_path))
    try:
        plain = run_query(fresh, name, params)
        assert text not in collected
        again = run_query(fresh, name, params)
    finally:
        fresh.close()
    assert text in collected, "the second answer did not go through the collected read"
    assert again.columns == plain.columns
    assert again.rows == plain.rows
