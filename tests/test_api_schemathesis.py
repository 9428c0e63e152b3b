"""Property-based run against the app's own OpenAPI schema: no server errors.

Schemathesis generates requests for every documented operation (bounded: 20
examples each, derandomized so CI is repeatable) on both backends over the fixture
graph. Any 5xx other than 503 is a bug: bad input must be a 4xx in the error shape.
(Driven through hypothesis directly: schemathesis' own pytest fixture loader does
not run under pytest 9.)
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from api_client import ERROR_KEYS
from graph_fixture import write_fixture
from sinergi.api.app import create_app
from sinergi.settings import Settings
from sinergi.stores import GraphStore

SCHEMA_URL = "/api/v1/openapi.json"
EXAMPLES = 20


def _operations(app: Any) -> dict[str, Any]:
    schema = schemathesis.openapi.from_asgi(SCHEMA_URL, app)
    return {op.label: op for op in (r.ok() for r in schema.get_all_operations())}


LABELS = sorted(_operations(create_app(Settings())))


def test_every_operation_is_exercised() -> None:
    assert len(LABELS) >= 14 and "POST /api/v1/ingest/articles" in LABELS


@pytest.mark.parametrize("label", LABELS)
def test_no_server_errors(label: str, settings: Settings, store: GraphStore) -> None:
    write_fixture(store)
    operation = _operations(create_app(settings, store=store))[label]
    seen: list[int] = []

    @given(case=operation.as_strategy())
    @hypothesis_settings(max_examples=EXAMPLES, derandomize=True, deadline=None,
                         suppress_health_check=list(HealthCheck), database=None)
    def check(case: schemathesis.Case) -> None:
        response = case.call()
        seen.append(response.status_code)
        assert response.status_code < 500 or response.status_code == 503, (
            f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}: "
            f"{response.text[:500]}"
        )
        if response.status_code >= 400 and case.formatted_path.startswith("/api/"):
            assert set(response.json()) == ERROR_KEYS, response.text[:500]
        elif response.status_code >= 400:  # dashboard pages answer people in HTML
            kind = str(response.headers.get("content-type"))
            assert "text/html" in kind or "application/json" in kind, kind

    check()
    assert seen, "no request was generated"
