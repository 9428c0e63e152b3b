"""Long loads show progress on a terminal's stderr, and nothing when it is not one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinergi.cli.main import cli
from sinergi.cli.progress import bar, tracked
from sinergi.reference.load import STEPS, load_reference
from sinergi.settings import Settings
from sinergi.stores import open_graph


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_bar_and_its_steps() -> None:
    out = Terminal()
    with bar("sinergi load reference", 3, stream=out) as step:
        step("regions")
        step("offices")
    assert "sinergi load reference" in out.getvalue()
    counted = Terminal()
    assert list(tracked([1, 2, 3], "sinergi load articles", stream=counted)) == [1, 2, 3]
    assert "sinergi load articles" in counted.getvalue()
    spinning = Terminal()  # no total (records, export): a spinner with the label
    with bar("sinergi export --format csv", None, stream=spinning):
        pass
    assert "sinergi export --format csv" in spinning.getvalue()
    read_as_they_come = Terminal()
    assert list(tracked(iter([1, 2]), "sinergi load articles", stream=read_as_they_come)) == [1, 2]


@pytest.mark.parametrize("quiet", [True, False])
def test_quiet_or_not_a_terminal_shows_nothing(quiet: bool) -> None:
    out = Terminal() if quiet else io.StringIO()
    with bar("sinergi load reference", 3, quiet=quiet, stream=out) as step:
        step("regions")
    assert list(tracked([1, 2], "x", quiet=quiet, stream=out)) == [1, 2]
    assert out.getvalue() == ""


def test_the_reference_load_reports_every_step_in_order(tmp_path: Path) -> None:
    store = open_graph(Settings(backend="embedded", data_dir=tmp_path))
    seen: list[str] = []
    try:
        load_reference(store, progress=seen.append)
    finally:
        store.close()
    assert seen == list(STEPS)


def test_the_cli_stays_quiet_in_a_pipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINERGI_BACKEND", "embedded")
    monkeypatch.setenv("SINERGI_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(cli, ["load", "reference", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "━" not in result.output and "sinergi load reference" not in result.output
    assert "Reference data loaded" in result.output
