"""Shared fixtures. ``store`` runs a test once per backend: the embedded store in a
temporary directory, and Neo4j when ``SINERGI_TEST_NEO4J_URI`` names a server.

Without that variable the Neo4j half is skipped with a visible reason, unless
``SINERGI_REQUIRE_NEO4J=1`` (as in CI), where it fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph

BACKENDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def backend_settings(backend: str, tmp_path: Path) -> Settings:
    if backend == "embedded":
        return Settings(backend="embedded", data_dir=tmp_path / "data")
    uri = os.environ.get("SINERGI_TEST_NEO4J_URI")
    if not uri:
        message = "SINERGI_TEST_NEO4J_URI is not set: no Neo4j server to test against"
        if os.environ.get("SINERGI_REQUIRE_NEO4J") == "1":
            pytest.fail(message + " (SINERGI_REQUIRE_NEO4J=1)")
        pytest.skip(message)
    return Settings(
        backend="neo4j",
        neo4j_uri=uri,
        neo4j_user=os.environ.get("SINERGI_NEO4J_USER", "neo4j"),
        neo4j_password=os.environ.get("SINERGI_NEO4J_PASSWORD", ""),
        neo4j_timeout=10.0,
    )


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings(backend: str, tmp_path: Path) -> Settings:
    return backend_settings(backend, tmp_path)


@pytest.fixture
def store(settings: Settings) -> Iterator[GraphStore]:
    graph = open_graph(settings)
    graph.clear()  # the Neo4j server is shared between tests
    try:
        yield graph
    finally:
        graph.close()


@pytest.fixture
def env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point ``SINERGI_*`` at the test backend, for CLI and API tests."""
    monkeypatch.setenv("SINERGI_BACKEND", settings.backend)
    monkeypatch.setenv("SINERGI_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("SINERGI_NEO4J_URI", settings.neo4j_uri)
    monkeypatch.setenv("SINERGI_NEO4J_USER", settings.neo4j_user)
    monkeypatch.setenv("SINERGI_NEO4J_PASSWORD", settings.neo4j_password)
    return settings


# --- make CI output show that the Neo4j half ran, and against which server ----------------

_neo4j_outcomes: dict[str, int] = {}


def pytest_report_header(config: pytest.Config) -> str:
    uri = os.environ.get("SINERGI_TEST_NEO4J_URI")
    required = os.environ.get("SINERGI_REQUIRE_NEO4J") == "1"
    if not uri:
        return f"neo4j: no server (SINERGI_TEST_NEO4J_URI unset); required={required}"
    return f"neo4j: {uri} ({_server_version(uri)}); required={required}"


def _server_version(uri: str) -> str:
    try:
        import neo4j

        auth = (os.environ.get("SINERGI_NEO4J_USER", "neo4j"),
                os.environ.get("SINERGI_NEO4J_PASSWORD", ""))
        with neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=5) as driver:
            info = driver.get_server_info()
            return f"{info.agent}, reachable"
    except Exception as exc:  # the header must never stop the run; tests report the failure
        return f"unreachable: {type(exc).__name__}"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "neo4j" in report.keywords and (report.when == "call" or report.outcome != "passed"):
        _neo4j_outcomes[report.outcome] = _neo4j_outcomes.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(_neo4j_outcomes.items()))
    terminalreporter.write_line(f"neo4j-marked tests: {counts or 'none collected'}")
