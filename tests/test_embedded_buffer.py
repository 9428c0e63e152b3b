"""SINERGI_EMBEDDED_BUFFER_MB bounds the embedded store's buffer pool (its page cache)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ladybug
import pytest
from pydantic import ValidationError

from sinergi.settings import Settings
from sinergi.stores import open_graph


def _opened_with(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    real = ladybug.Database

    def spy(*args: Any, **kwargs: Any) -> ladybug.Database:
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(ladybug, "Database", spy)
    with open_graph(settings) as store:
        store.ping()
    return seen


def test_the_setting_reaches_the_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SINERGI_EMBEDDED_BUFFER_MB", "96")
    settings = Settings(backend="embedded", data_dir=tmp_path)
    assert _opened_with(monkeypatch, settings)["buffer_pool_size"] == 96 * 2**20


def test_the_default_is_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The engine's own default (0: 80 % of the machine's memory) is never what we pass.
    monkeypatch.delenv("SINERGI_EMBEDDED_BUFFER_MB", raising=False)
    size = _opened_with(monkeypatch, Settings(backend="embedded", data_dir=tmp_path))
    assert size["buffer_pool_size"] == 1024 * 2**20


@pytest.mark.parametrize("value", ["0", "8", "-1", "lots"])
def test_nonsense_is_refused_by_name(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SINERGI_EMBEDDED_BUFFER_MB", value)
    with pytest.raises(ValidationError, match="embedded_buffer_mb"):
        Settings()


def test_running_out_names_the_setting(tmp_path: Path) -> None:
    from sinergi.errors import StoreError

    settings = Settings(backend="embedded", data_dir=tmp_path, embedded_buffer_mb=16)
    with open_graph(settings) as store, \
            pytest.raises(StoreError, match="SINERGI_EMBEDDED_BUFFER_MB"):
        store.run("UNWIND range(1, 3000000) AS i RETURN collect(i + 0.5) AS c")


def test_a_long_running_store_answers_every_question_again_and_then_writes(tmp_path: Path) -> None:
    # The engine keeps each statement it prepared, with buffer-pool memory, while its
    # connection lives: a server asking a few different questions on one store ran out
    # (at 128 MiB: the fifth different question failed) though each fits alone.
    from graph_fixture import write_fixture
    from sinergi.questions.registry import run_query
    from test_dashboard_questions import SAMPLES

    with open_graph(Settings(backend="embedded", data_dir=tmp_path)) as store:
        store.clear()
        write_fixture(store)
    small = Settings(backend="embedded", data_dir=tmp_path, embedded_buffer_mb=128)
    with open_graph(small) as store:
        for _ in range(2):
            for name, params in SAMPLES.items():
                assert run_query(store, name, dict(params)).rows, name
        # And a write after them all (it cannot free that memory inside its transaction).
        before = store.counts()
        write_fixture(store)
        assert store.counts() == before
