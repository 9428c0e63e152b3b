"""The one JSON error shape, pinned: every kind of failure answers exactly these keys."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api_client import ERROR_KEYS, api_client, assert_error
from sinergi.errors import StoreError
from sinergi.settings import Settings
from sinergi.stores import GraphStore

V1 = "/api/v1"


@pytest.fixture
def client(settings: Settings, store: GraphStore) -> Iterator[TestClient]:
    with api_client(settings, store, api_key="k" * 24, max_request_bytes=2_000) as c:
        app = c.app

        @app.get("/boom")  # type: ignore[attr-defined,misc]
        def boom() -> None:
            raise RuntimeError("secret internals /etc/passwd")

        @app.get("/store-fails")  # type: ignore[attr-defined,misc]
        def store_fails() -> None:
            raise StoreError("embedded store: MATCH (n) RETURN n.password")

        yield c


def test_the_shape_is_pinned(client: TestClient) -> None:
    r = client.get(f"{V1}/regions", params={"province": "Atlantis"})
    assert r.status_code == 422
    assert r.json() == {
        "ok": False,
        "status": 422,
        "error": "bad_parameter",
        "message": "province: provinsi 'Atlantis' tidak dikenal, beri kode (63) atau nama "
                   "(Kalimantan Selatan) / no province 'Atlantis'; give a code (63) or a name "
                   "(Kalimantan Selatan)",
        "param": "province",
        "hint": None,
    }
    assert set(r.json()) == ERROR_KEYS


def test_framework_errors_use_the_shape(client: TestClient) -> None:
    assert_error(client.get(f"{V1}/no-such-thing"), 404, "not_found")
    assert_error(client.post(f"{V1}/health"), 405, "method_not_allowed")
    body = assert_error(client.get(f"{V1}/institutions", params={"limit": "many"}), 422,
                        "bad_parameter")
    assert body["param"] == "limit" and "limit" in str(body["message"])
    body = assert_error(client.post(f"{V1}/ingest/articles", json={"articles": [{"id": "a"}]},
                                    headers={"Authorization": "Bearer " + "k" * 24}), 422)
    assert body["param"] == "articles.0.text"


def test_sinergi_errors_use_the_shape(client: TestClient) -> None:
    assert_error(client.get(f"{V1}/evidence/agreement:none"), 404, "not_found")
    assert_error(client.get(f"{V1}/queries/none"), 404, "not_found")
    assert_error(client.post(f"{V1}/ingest/articles", json={"articles": []}), 401, "unauthorized")


def test_server_errors_hide_their_details(client: TestClient) -> None:
    for path in ("/boom", "/store-fails"):
        body = assert_error(client.get(path), 500)
        assert "secret" not in str(body["message"]) and "MATCH" not in str(body["message"])
        assert body["message"] == "internal error; see the server log"


def test_too_large_bodies_are_413_by_length_and_by_stream(client: TestClient) -> None:
    auth = {"Authorization": "Bearer " + "k" * 24, "Content-Type": "application/json"}
    big = b'{"articles": [{"id": "a", "text": "' + b"x" * 5_000 + b'"}]}'
    body = assert_error(client.post(f"{V1}/ingest/articles", content=big, headers=auth), 413,
                        "too_large")
    assert "2000" in str(body["message"])

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while streaming
        yield big[:1_000]
        yield big[1_000:]

    assert_error(client.post(f"{V1}/ingest/articles", content=chunks(), headers=auth), 413,
                 "too_large")


def test_cors_allows_only_the_configured_origins(settings: Settings, store: GraphStore) -> None:
    allowed = "https://dasbor.example"
    with api_client(settings, store, cors_origins=[allowed]) as client:
        ok = client.options(f"{V1}/health", headers={"Origin": allowed,
                                                     "Access-Control-Request-Method": "GET"})
        other = client.get(f"{V1}/health", headers={"Origin": "https://evil.example"})
    assert ok.headers["access-control-allow-origin"] == allowed
    assert "access-control-allow-origin" not in other.headers
