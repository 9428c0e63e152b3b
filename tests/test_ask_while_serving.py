"""One machine, two tools: ``sinergi ask`` works while ``sinergi serve`` holds the
embedded store (it asks the server), and says so in one line when it cannot."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph_fixture import AS_OF, write_fixture
from sinergi.cli.running import FILE, announced, server_url
from sinergi.settings import Settings
from sinergi.stores import open_graph

SINERGI = str(Path(sys.executable).parent / "sinergi")
GAPS = ["ask", "gaps", "-p", "topic=TIMPORA", "-p", "province=63", "-p", f"as_of={AS_OF}"]


def test_serve_json_lives_as_long_as_the_server(tmp_path: Path) -> None:
    settings = Settings(backend="embedded", data_dir=tmp_path)
    with announced(settings, "0.0.0.0", 8765):
        info = json.loads((tmp_path / FILE).read_text())
        assert info == {"url": "http://127.0.0.1:8765", "pid": os.getpid()}
        assert server_url(settings) == "http://127.0.0.1:8765"
    assert not (tmp_path / FILE).exists() and server_url(settings) is None


def test_a_dead_servers_file_is_ignored(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    (tmp_path / FILE).write_text(json.dumps({"url": "http://127.0.0.1:1",
                                             "pid": int(dead.stdout)}))
    assert server_url(Settings(backend="embedded", data_dir=tmp_path)) is None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    data = tmp_path / "data"
    store = open_graph(Settings(backend="embedded", data_dir=data))
    write_fixture(store)
    store.close()
    env = {**os.environ, "SINERGI_BACKEND": "embedded", "SINERGI_DATA_DIR": str(data),
           "SINERGI_TODAY": AS_OF}
    port = _free_port()
    server = subprocess.Popen([SINERGI, "serve", "--port", str(port), "--log-level", "warning"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "serve died"
                time.sleep(0.3)
        assert (data / FILE).exists()
        yield env, data
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert not (data / FILE).exists(), "serve.json outlived the server"


def _sinergi(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SINERGI, *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_ask_asks_the_running_server(served: tuple[dict[str, str], Path]) -> None:
    env, data = served
    answer = _sinergi(env, *GAPS, "--json")
    assert answer.returncode == 0, answer.stderr
    rows = json.loads(answer.stdout)
    assert {r["name"] for r in rows} >= {"Kabupaten Kotabaru", "Kabupaten Banjar"}
    assert "answered by sinergi serve http://127.0.0.1:" in answer.stderr
    bad = _sinergi(env, "ask", "gaps", "-p", "topic=Atlantis", "-p", "province=63")
    assert bad.returncode == 2 and "Atlantis" in bad.stderr  # refused before asking
    table = _sinergi(env, "ask", "list-agreements", "-p", "limit=2")
    assert table.returncode == 0 and "baris 1-2 dari 9" in table.stdout  # the page note

    other = _sinergi(env, "regions", "--province", "63")  # no server route: says who holds it
    assert other.returncode == 3 and "sinergi serve` (http://127.0.0.1:" in other.stderr
    assert "sedang dipakai" in other.stderr and "is held by" in other.stderr

    (data / FILE).rename(data / "moved.json")  # a holder that is not a server we know
    held = _sinergi(env, *GAPS)
    (data / "moved.json").rename(data / FILE)
    assert held.returncode == 3
    lines = [line for line in held.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "sedang dipakai" in lines[0] and "is held by" in lines[0]
