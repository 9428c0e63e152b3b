"""pytest fixtures for the fetch tests: the local news site and settings that point at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sinergi.settings import Settings

from .server import Site, serve

#: Fast and small, so that the failure cases fail quickly: no delay, no backoff, a
#: half-second timeout and a 100 kB cap.
FAST = {"FETCH_DELAY": "0", "FETCH_BACKOFF": "0", "FETCH_TIMEOUT": "0.5",
        "FETCH_MAX_BYTES": "100000", "FETCH_RETRIES": "2"}


@pytest.fixture
def site() -> Iterator[Site]:
    server, site = serve()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fetch_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """``SINERGI_*`` for CLI runs: an embedded store in ``tmp_path`` and fast fetching."""
    monkeypatch.setenv("SINERGI_BACKEND", "embedded")
    monkeypatch.setenv("SINERGI_DATA_DIR", str(tmp_path / "data"))
    for name, value in FAST.items():
        monkeypatch.setenv(f"SINERGI_{name}", value)
    return Settings()


@pytest.fixture
def fetch_env_backends(env: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """``SINERGI_*`` for CLI runs on each backend (``env`` of conftest), emptied first."""
    from sinergi.stores import open_graph

    for name, value in FAST.items():
        monkeypatch.setenv(f"SINERGI_{name}", value)
    graph = open_graph(env)
    try:
        graph.clear()  # the Neo4j server is shared between tests
    finally:
        graph.close()  # one process may hold the embedded database at a time
    return env


def fast_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {k.lower(): v for k, v in FAST.items()}
    values.update(overrides)
    return Settings(data_dir=tmp_path / "data", **values)  # type: ignore[arg-type]
