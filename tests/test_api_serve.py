"""``sinergi serve`` hands uvicorn the app factory with the host and port given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

from sinergi.api.server import JsonErrorH11
from sinergi.cli.main import cli


def test_serve_runs_the_app_factory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SINERGI_DATA_DIR", str(tmp_path))  # serve.json goes there
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append((a, k)))
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    (args, kwargs), = calls
    assert args == ("sinergi.api.app:create_app",)
    assert kwargs["http"] is JsonErrorH11
    assert {k: v for k, v in kwargs.items() if k not in ("http", "h11_max_incomplete_event_size")
            } == {"factory": True, "host": "0.0.0.0", "port": 8123, "log_level": "info"}


def test_serve_refuses_a_bad_port() -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code == 2 and "70000" in result.output
