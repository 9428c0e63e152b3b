"""``sinergi demo``: the one command of the README loads the sample and shows what it
found, Bahasa Indonesia first, and writes the network view."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from sinergi.cli.main import cli
from sinergi.settings import Settings


def test_demo_loads_the_sample_and_speaks_bahasa_indonesia_first(
    env: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    page = env.data_dir / "demo.html"
    result = CliRunner().invoke(cli, ["demo", "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert "Sample articles: 5 loaded" in result.output
    for words in ("Perjanjian / Agreements", "Pertemuan / Meetings",
                  "Kesenjangan cakupan topik / Gaps", "Belum ada (none)",
                  "Kabupaten (regency)", "Direncanakan (planned)",
                  # A label that names its code already does not repeat it.
                  "Perjanjian Kerja Sama (PKS)"):
        assert words in result.output
    assert "(PKS) (PKS)" not in result.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
