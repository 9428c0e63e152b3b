"""Hostile input, terminal escapes: stored text never drives the terminal.

ESC/OSC sequences (colours, window title, hyperlinks), a one-byte CSI (0x9b) and rich
markup in article titles and evidence are printed inert by ``sinergi evidence`` (table,
CSV) and kept, escaped, in its JSON; error lines naming a hostile file name are clean.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sinergi.cli.common import emit
from sinergi.cli.main import cli
from sinergi.cli.terminal import clean, json_clean
from sinergi.settings import Settings
from sinergi.stores import open_graph

KEY = "agreement:uji-escape"
TITLE = "\x1b]0;jendela dibajak\x07Judul \x1b[31mmerah\x1b[0m"
EVIDENCE = "Kalimat \x9b31m dengan [link=http://jahat.example]tautan[/link] \x1b]8;;http://x\x1b\\"
CONTROLS = ("\x1b", "\x07", "\x9b")


def _loaded(env: Settings) -> None:
    store = open_graph(env)
    try:
        store.clear()
        with store.writer() as w:
            w.node("Article", {"key": "article:uji-escape", "title": TITLE,
                               "published_on": "2026-01-02", "source": "uji"})
            w.node("Agreement", {"key": KEY, "kind": "MOU", "status": "signed"})
            w.rel("REPORTS", ("Article", "article:uji-escape"), ("Agreement", KEY),
                  {"fact": KEY, "evidence": EVIDENCE, "char_start": 0, "char_end": 5,
                   "extractor": "uji/1", "confidence": 0.9, "status": "accepted"})
    finally:
        store.close()


def test_clean_drops_controls_but_keeps_tab_and_newline() -> None:
    assert clean("a\tb\nc\x1b[31md\x9b\x7f\r") == "a\tb\nc[31md"
    assert json_clean('"\x9b"') == '"\\u009b"'


@pytest.mark.parametrize("fmt", [[], ["--csv"], ["--json"]])
def test_evidence_prints_no_control_sequences(env: Settings, fmt: list[str]) -> None:
    _loaded(env)
    result = CliRunner().invoke(cli, ["evidence", KEY, *fmt])
    assert result.exit_code == 0, result.output
    assert not any(c in result.output for c in CONTROLS), repr(result.output)
    # Word by word: a table folds long cells at spaces.
    assert "jendela" in result.output and "dibajak" in result.output
    if fmt == ["--json"]:
        rows = json.loads(result.output)
        assert rows[0]["title"] == TITLE and rows[0]["evidence"] == EVIDENCE  # data intact


def test_tables_show_rich_markup_in_data_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    emit([{"kalimat": EVIDENCE}], title=TITLE)
    out = capsys.readouterr().out
    assert "[link=http://jahat.example]tautan[/link]" in out  # shown, not obeyed
    assert not any(c in out for c in CONTROLS)


def test_error_lines_are_clean() -> None:
    result = CliRunner().invoke(cli, ["extract", "nama\x1b]0;judul\x07.txt"])
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert not any(c in result.output for c in CONTROLS)
