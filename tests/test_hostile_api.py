"""Hostile input, the API and slow failure: bad paging is refused before the store, every
error (the app's, CORS's, uvicorn's own 400s) has the one JSON shape, a 503 names no
host, and with Neo4j down the CLI says so in one line, without retry warnings."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from click.testing import CliRunner

from api_client import ERROR_KEYS, api_client, assert_error
from sinergi.api.app import create_app
from sinergi.api.server import H11_MAX_INCOMPLETE_BYTES, JsonErrorH11
from sinergi.cli.main import cli
from sinergi.settings import Settings
from sinergi.stores import GraphStore

V1 = "/api/v1"
PAGING = [("limit", "-1"), ("offset", "-5"), ("limit", "100000"), ("limit", "banyak")]
LISTS = ["/queries/list-regions", "/institutions", "/regions", "/agreements", "/meetings"]


@pytest.mark.parametrize(("param", "value"), PAGING)
def test_api_refuses_bad_paging_with_422(settings: Settings, store: GraphStore, param: str,
                                         value: str) -> None:
    with api_client(settings, store) as client:
        for path in LISTS:
            body = assert_error(client.get(V1 + path, params={param: value}), 422,
                                "bad_parameter")
            assert body["param"] == param, (path, body)


@pytest.mark.parametrize(("param", "value"), PAGING)
def test_cli_refuses_bad_paging_with_exit_2(env: Settings, param: str, value: str) -> None:
    result = CliRunner().invoke(cli, ["ask", "list-regions", "-p", f"{param}={value}"])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and param in result.output
    assert "Traceback" not in result.output


def test_refused_cors_preflight_has_the_shape(settings: Settings, store: GraphStore) -> None:
    with api_client(settings, store, cors_origins=["https://dasbor.example"]) as client:
        r = client.options(f"{V1}/health", headers={"Origin": "https://jahat.example",
                                                    "Access-Control-Request-Method": "GET"})
    body = assert_error(r, 400, "cors_refused")
    assert body["param"] == "Origin" and "origin" in str(body["message"])


def test_503_names_no_host_or_port() -> None:
    down = Settings(backend="neo4j", neo4j_uri="bolt://127.0.0.1:1", neo4j_timeout=2.0)
    with api_client(down, None) as client:
        for path in ("/regions", "/health"):
            body = assert_error(client.get(V1 + path), 503, "store_unavailable")
            assert "127.0.0.1" not in str(body["message"]) and ":1" not in str(body["message"])


# --- uvicorn's own answers ---------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"))
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="error",
                            http=JsonErrorH11,
                            h11_max_incomplete_event_size=H11_MAX_INCOMPLETE_BYTES)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(10)


def _raw(port: int, request: bytes, pieces: int = 1) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        step = -(-len(request) // pieces)
        for start in range(0, len(request), step):
            try:
                s.sendall(request[start:start + step])
            except (BrokenPipeError, ConnectionResetError):
                break  # the server answered and closed before the rest came
            time.sleep(0.05 if pieces > 1 else 0)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), headers, body


LONG_URL = (b"GET /api/v1/regions?q=" + b"a" * (H11_MAX_INCOMPLETE_BYTES * 2)
            + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
RAW = {
    "very long URL in pieces": LONG_URL,
    "bad Content-Length": b"POST /api/v1/ingest/articles HTTP/1.1\r\nHost: x\r\n"
                          b"Content-Length: banyak\r\n\r\n{}",
    "two Content-Lengths": b"POST /api/v1/ingest/articles HTTP/1.1\r\nHost: x\r\n"
                           b"Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}",
    "broken request line": b"GET\r\n\r\n",
}


@pytest.mark.parametrize("case", list(RAW))
def test_uvicorn_level_400s_have_the_shape(served: int, case: str) -> None:
    status, headers, body = _raw(served, RAW[case], pieces=8)
    assert status == 400
    assert headers["content-type"] == "application/json"
    parsed = json.loads(body)
    assert set(parsed) == ERROR_KEYS and parsed["status"] == 400
    assert parsed["error"] == "bad_request"


def test_a_long_url_in_one_piece_is_414_from_the_app(served: int) -> None:
    status, headers, body = _raw(served, LONG_URL)
    assert status == 414 and headers["content-type"] == "application/json"
    assert json.loads(body)["error"] == "uri_too_long"


def test_the_served_app_still_answers(served: int) -> None:
    status, _, body = _raw(served, b"GET /api/v1/no-such HTTP/1.1\r\nHost: x\r\n"
                                   b"Connection: close\r\n\r\n")
    assert status == 404 and set(json.loads(body)) == ERROR_KEYS


# --- Neo4j down: one line, no retry spam -------------------------------------------------


@pytest.mark.parametrize("args", [["status"], ["ask", "list-regions"], ["regions"],
                                  ["load", "reference"]])
def test_cli_reports_neo4j_down_in_one_line(tmp_path: Path, args: list[str]) -> None:
    env = {**os.environ, "SINERGI_BACKEND": "neo4j", "SINERGI_NEO4J_URI": "bolt://127.0.0.1:1",
           "SINERGI_NEO4J_TIMEOUT": "2", "SINERGI_DATA_DIR": str(tmp_path)}
    done = subprocess.run([str(Path(sys.executable).parent / "sinergi"), *args], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: Neo4j is unreachable"), lines
    assert "retried" not in done.stderr


# --- the dashboard's own errors are pages for a browser ---------------------------------


def test_dashboard_errors_are_pages_for_browsers(settings: Settings, store: GraphStore) -> None:
    page = {"Accept": "text/html,application/xhtml+xml"}
    with api_client(settings, store) as client:
        r = client.get("/evidence/agreement:<img src=x onerror=alert(1)>", headers=page)
        missing = client.get("/tidak-ada", headers=page)
        api = client.get(f"{V1}/evidence/agreement:none", headers=page)
        plain = client.get("/evidence/agreement:none")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text and "<img" not in r.text
    assert "Kembali ke dasbor" in r.text
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert_error(api, 404, "not_found")  # the API keeps its JSON for everyone
    assert_error(plain, 404, "not_found")  # and so does a client not asking for HTML
