"""Hostile input, CSV injection: no CSV the project writes starts a cell with a formula.

Every CSV output (``sinergi export --format csv``, ``sinergi ask --csv``, the API's
``?format=csv``, ``sinergi template --out x.csv``) goes through ``sheets.csvsafe``;
numbers written as numbers stay numbers, and the records loader reads the
neutralised text back as it was stored.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from api_client import api_client
from sinergi.backup.export import export_graph
from sinergi.cli.main import cli
from sinergi.ingest import load_sheets
from sinergi.settings import Settings
from sinergi.sheets.csvsafe import FORMULA_STARTS, neutralise, unneutralise
from sinergi.stores import GraphStore, open_graph

HOSTILE = ['=HYPERLINK("http://jahat.example","klik")', "+SUM(1,2)", "-2+3", "@SUM(A1)",
           "\tTAB", "\r=CR", "'=sudah dikutip", "''dua", "'biasa", "-", "=", ""]
NUMBERS = ["-5", "+62", "1e3", "-0.25", "3,5"]
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
KEY = "agreement:uji-csv"


def assert_csv_safe(text: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for row in rows:
        for value in row:
            assert not value.startswith(FORMULA_STARTS) or _NUMBER.fullmatch(value), value
    return rows


@pytest.mark.parametrize("value", HOSTILE + NUMBERS)
def test_neutralise_round_trips_and_never_starts_a_formula(value: str) -> None:
    safe = neutralise(value)
    assert unneutralise(safe) == value
    assert not safe.startswith(FORMULA_STARTS) or _NUMBER.fullmatch(safe)


def test_numbers_stay_numbers() -> None:
    for value in NUMBERS:
        assert neutralise(value) == value


def _write(store: GraphStore) -> None:
    with store.writer() as w:
        w.node("Article", {"key": "article:uji-csv", "title": HOSTILE[0], "url": "@url",
                           "published_on": "2026-01-02", "source": "+62 811"})
        w.node("Agreement", {"key": KEY, "kind": "MOU", "status": "signed",
                             "title": "-1 dan lain", "topics": ["=A1", "TIMPORA"]})
        w.rel("REPORTS", ("Article", "article:uji-csv"), ("Agreement", KEY),
              {"fact": KEY, "evidence": "@SUM(A1) tertulis di berita", "char_start": 0,
               "char_end": 10, "extractor": "uji/1", "confidence": -0.5, "status": "accepted"})


def test_export_csv_is_safe_and_loads_back_unchanged(store: GraphStore, tmp_path: Path) -> None:
    _write(store)
    export_graph(store, "csv", tmp_path / "one")
    nodes = (tmp_path / "one" / "nodes.csv").read_text(encoding="utf-8")
    rels = (tmp_path / "one" / "relationships.csv").read_text(encoding="utf-8")
    rows = assert_csv_safe(nodes) + assert_csv_safe(rels)
    assert any("'" + HOSTILE[0] in r for r in rows)
    assert any("-0.5" in r for r in rows)  # a number written as a number stays one
    store.clear()
    load_sheets(store, [tmp_path / "one" / "nodes.csv", tmp_path / "one" / "relationships.csv"])
    got = store.run("MATCH (a:Article {key: 'article:uji-csv'}) RETURN a.title AS t, "
                    "a.source AS s")
    assert got == [{"t": HOSTILE[0], "s": "+62 811"}]
    export_graph(store, "csv", tmp_path / "two")
    assert (tmp_path / "two" / "nodes.csv").read_text(encoding="utf-8") == nodes


def test_api_csv_is_safe(settings: Settings, store: GraphStore) -> None:
    with api_client(settings, store) as client:
        _write(store)
        r = client.get("/api/v1/queries/evidence", params={"key": KEY, "format": "csv"})
    assert r.status_code == 200, r.text
    rows = assert_csv_safe(r.text)
    header = rows[0]
    assert rows[1][header.index("title")] == "'" + HOSTILE[0]
    assert rows[1][header.index("confidence")] == "-0.5"


def test_cli_csv_outputs_are_safe(env: Settings, tmp_path: Path) -> None:
    graph = open_graph(env)
    try:
        graph.clear()
        _write(graph)
    finally:
        graph.close()
    runner = CliRunner()
    asked = runner.invoke(cli, ["ask", "evidence", "-p", f"key={KEY}", "--csv"])
    assert asked.exit_code == 0, asked.output
    rows = assert_csv_safe(asked.output)
    assert rows[1][rows[0].index("title")] == "'" + HOSTILE[0]
    shown = runner.invoke(cli, ["evidence", KEY, "--csv"])
    assert shown.exit_code == 0, shown.output
    assert_csv_safe(shown.output)
    out = tmp_path / "csv"
    exported = runner.invoke(cli, ["export", "--format", "csv", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    for name in ("nodes.csv", "relationships.csv"):
        assert_csv_safe((out / name).read_text(encoding="utf-8"))
    template = runner.invoke(cli, ["template", "agreements", "--out", str(tmp_path / "t.csv")])
    assert template.exit_code == 0, template.output
    assert_csv_safe((tmp_path / "t.csv").read_text(encoding="utf-8-sig"))
