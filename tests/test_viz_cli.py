"""``sinergi viz``: writes the page, prints its path, names bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sinergi.cli.main import cli
from sinergi.settings import Settings
from sinergi.stores import open_graph
from viz_fixture import build_fixture
from viz_page import page_data


@pytest.fixture
def loaded(env: Settings) -> Settings:
    store = open_graph(env)
    try:
        store.clear()
        build_fixture(store)
    finally:
        store.close()
    return env


def test_viz_writes_the_page_and_prints_its_path(loaded: Settings, tmp_path: Path) -> None:
    out = tmp_path / "views" / "kalsel.html"
    result = CliRunner().invoke(cli, ["viz", "province", "--param", "province=63", "--out",
                                      str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out.resolve())
    data = page_data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 19


def test_viz_filters_and_view_parameters(loaded: Settings, tmp_path: Path) -> None:
    out = tmp_path / "batulicin.html"
    result = CliRunner().invoke(cli, ["viz", "institution", "-p", "institution=kanim:batulicin",
                                      "-p", "depth=2", "--kind", "KANIM", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Disaring (kind=KANIM)" in html  # Bahasa Indonesia unless --lang en
    kinds = {n["kind"] for n in page_data(html)["nodes"] if n["nlabel"] == "Institution"}
    assert kinds == {"KANIM"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["province", "-p", "province"], "--param expects NAME=VALUE, got 'province'"),
        (["province", "-p", "province=63", "-p", "province=64"], "--param province given twice"),
        (["region", "-p", "region=63.10", "--year", "soon"], "year must be a number"),
        (["institution", "-p", "institution=kanim:atlantis"], "no institution"),
        (["path", "-p", "from=kanim:batulicin"], "to: wajib diisi / required"),
    ],
)
def test_viz_names_bad_input(loaded: Settings, tmp_path: Path, args: list[str],
                             message: str) -> None:
    out = tmp_path / "x.html"
    result = CliRunner().invoke(cli, ["viz", *args, "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not out.exists()


def test_viz_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["viz", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "sinergi viz province" in result.output
