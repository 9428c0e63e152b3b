"""Helpers for the API tests: an app over the test store, holding the fixture graph."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient

from graph_fixture import write_fixture
from sinergi.api.app import create_app
from sinergi.settings import Settings
from sinergi.stores import GraphStore

#: The keys every error body has, and nothing else (see sinergi.api.errors.ErrorBody).
ERROR_KEYS = {"ok", "status", "error", "message", "param", "hint"}


@contextmanager
def api_client(
    settings: Settings, store: GraphStore | None, *, fixture: bool = True, **overrides: object
) -> Iterator[TestClient]:
    """A client of the app on ``store`` (lent, so the embedded file is opened once);
    ``overrides`` change settings (``api_key=...``)."""
    if store is not None and fixture:
        write_fixture(store)
    app = create_app(settings.model_copy(update=overrides), store=store)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def assert_error(response: object, status: int, error: str | None = None) -> dict[str, object]:
    """The response is an error of ``status`` in the one shape; returns its body."""
    r = response
    assert r.status_code == status, (r.status_code, r.text)  # type: ignore[attr-defined]
    assert r.headers["content-type"].startswith("application/json")  # type: ignore[attr-defined]
    body = r.json()  # type: ignore[attr-defined]
    assert set(body) == ERROR_KEYS, body
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["message"], str) and body["message"]
    assert "Traceback" not in body["message"]
    if error:
        assert body["error"] == error, body
    return dict(body)
