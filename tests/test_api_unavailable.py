"""With the store unreachable every endpoint answers 503 in the shared shape, fast.

Neo4j at 127.0.0.1:1 (nothing listens there): the app must start, then answer 503
with Retry-After on every route within 2 s, never waiting for the driver's retries.
"""

from __future__ import annotations

import socket
import time

import pytest

from api_client import api_client, assert_error
from sinergi.api.app import create_app
from sinergi.api.store import DOWN_FOR
from sinergi.settings import Settings

DOWN = Settings(backend="neo4j", neo4j_uri="bolt://127.0.0.1:1", neo4j_timeout=2.0,
                api_key="k" * 24)
BUDGET = 2.0
_EXAMPLES = {"key": "pemkab:63.10", "name": "coverage", "view": "province"}


def _routes() -> list[tuple[str, str]]:
    """Every operation of the app's own OpenAPI schema (the docs pages are static)."""
    out = []
    for path, operations in create_app(DOWN).openapi()["paths"].items():
        for name, value in _EXAMPLES.items():
            path = path.replace("{" + name + "}", value)
        out += [(method.upper(), path) for method in sorted(operations)]
    return out


ROUTES = _routes()


def test_every_route_is_covered() -> None:
    paths = {p for _, p in ROUTES}
    assert {"/", "/api/v1/health", "/api/v1/queries", "/api/v1/ingest/articles",
            "/api/v1/viz/province", "/api/v1/institutions/pemkab:63.10"} <= paths
    assert len(ROUTES) >= 14


@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[f"{m} {p}" for m, p in ROUTES])
def test_every_endpoint_answers_503_within_budget(method: str, path: str) -> None:
    started = time.perf_counter()
    # A fresh app per route: each request pays the real connection attempt.
    with api_client(DOWN, None) as client:
        sent = time.perf_counter()
        r = client.request(
            method, path, params={"province": "63", "topic": "TIMPORA"},
            json={"articles": [{"id": "a", "text": "teks"}]} if method == "POST" else None,
            headers={"Authorization": "Bearer " + "k" * 24},
        )
        answered = time.perf_counter() - sent
    body = assert_error(r, 503, "store_unavailable")
    assert r.headers["Retry-After"].isdigit()
    assert body["hint"] and "retry" in str(body["hint"])
    assert answered < BUDGET, f"{method} {path} took {answered:.2f} s"
    assert time.perf_counter() - started < BUDGET * 2  # start-up + request + shutdown


def test_a_burst_while_down_costs_one_attempt() -> None:
    with api_client(DOWN, None) as client:
        started = time.perf_counter()
        statuses = [client.get("/api/v1/regions").status_code for _ in range(50)]
        elapsed = time.perf_counter() - started
    assert set(statuses) == {503}
    assert elapsed < BUDGET


def test_a_server_that_accepts_but_never_answers_is_503_within_budget() -> None:
    # The driver alone would wait twice its timeout here; the API must not.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        port = silent.getsockname()[1]
        hung = DOWN.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{port}"})
        with api_client(hung, None) as client:
            time.sleep(DOWN_FOR + 0.1)  # past the start-up failure: this request pings again
            started = time.perf_counter()
            r = client.get("/api/v1/agreements")
            elapsed = time.perf_counter() - started
    assert_error(r, 503, "store_unavailable")
    assert elapsed < BUDGET, f"took {elapsed:.2f} s"
