"""Hostile input, sheets: limits checked while reading, one clear error instead of one
per row, no formula loaded as empty, the missing column named, rows that disagree about
one fact warned about; nothing is loaded when anything is wrong."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from records_graph import AGREEMENT_HEADERS, build_reference, write_csv, write_xlsx
from sinergi.cli.main import cli
from sinergi.errors import InputErrors
from sinergi.ingest import load_sheets
from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph

ROW = ["a1", "PKS", "signed", "PKS paspor", "Pemkab Tanbu; Kanim Batulicin", "2025-03-04",
       "", "PASSPORT_SERVICE", ""]


def _problems(store: GraphStore, *paths: Path) -> list[str]:
    before = store.counts()
    with pytest.raises(InputErrors) as caught:
        load_sheets(store, list(paths))
    assert store.counts() == before  # nothing half-loaded
    return [e.message for e in caught.value.errors]


def _many_rows(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    ws = book.create_sheet("perjanjian")
    ws.append(AGREEMENT_HEADERS)
    for i in range(rows):
        ws.append([f"r{i}"])
    book.save(path)
    return path


def test_too_many_rows_is_one_error(store: GraphStore, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINERGI_MAX_SHEET_ROWS", "1000")
    problems = _problems(store, _many_rows(tmp_path / "besar.xlsx", 5_000))
    assert len(problems) == 1 and "5001 rows, over the limit of 1000" in problems[0]
    assert "SINERGI_MAX_SHEET_ROWS" in problems[0]


def test_too_many_rows_while_streaming(store: GraphStore, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import sinergi.sheets.xlsx as xlsx

    monkeypatch.setenv("SINERGI_MAX_SHEET_ROWS", "1000")
    monkeypatch.setattr(xlsx, "_scan", lambda zf, info: (0, False))  # a lying XML count
    problems = _problems(store, _many_rows(tmp_path / "besar.xlsx", 5_000))
    assert len(problems) == 1 and "more than 1000 rows" in problems[0]
    csv_rows = [AGREEMENT_HEADERS] + [["x"] * len(AGREEMENT_HEADERS)] * 2_000
    [problem] = _problems(store, write_csv(tmp_path / "besar.csv", csv_rows))
    assert "more than 1000 rows" in problem


def test_cli_prints_one_line_for_a_huge_sheet(env: Settings, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINERGI_MAX_SHEET_ROWS", "1000")
    path = _many_rows(tmp_path / "besar.xlsx", 5_000)
    result = CliRunner().invoke(cli, ["load", "records", str(path)])
    assert result.exit_code != 0
    assert "over the limit of 1000" in result.output and len(result.output.splitlines()) <= 3


@pytest.mark.parametrize(("setting", "value", "words"), [
    ("SINERGI_MAX_SHEET_COLUMNS", "5", "columns, over the limit of 5"),
    ("SINERGI_MAX_SHEET_CELLS", "20", "more than 20 cells"),
    ("SINERGI_MAX_UNZIPPED_BYTES", "2000", "unpacks to"),
    ("SINERGI_MAX_SHEET_BYTES", "100", "over the limit of 100"),
])
def test_sheet_limits(store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      setting: str, value: str, words: str) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", {"perjanjian": [AGREEMENT_HEADERS, ROW, ROW]})
    monkeypatch.setenv(setting, value)
    problems = _problems(store, path)
    assert len(problems) == 1 and words in problems[0], problems


def test_many_bad_rows_print_the_first_fifty_and_a_count(store: GraphStore,
                                                         tmp_path: Path) -> None:
    build_reference(store)
    rows = [[f"r{i}", "NOPE", "signed", "", "Pemkab Tanbu", "", "", "", ""] for i in range(120)]
    path = write_csv(tmp_path / "salah.csv", [AGREEMENT_HEADERS, *rows])
    with pytest.raises(InputErrors) as caught:
        load_sheets(store, [path])
    message = caught.value.message
    assert len(caught.value.errors) == 120
    assert len(message.splitlines()) == 1 + 50 + 1
    assert message.endswith("... and 70 more problem(s) like these")


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_special_paths_are_refused(store: GraphStore, tmp_path: Path, special: str) -> None:
    path = tmp_path / "pipa.csv"
    if special == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(special)
    [problem] = _problems(store, path)
    assert "not a regular file" in problem


def test_a_formula_without_saved_value_is_reported(store: GraphStore, tmp_path: Path) -> None:
    build_reference(store)
    row = [*ROW[:5], "=DATE(2025,3,4)", *ROW[6:]]  # openpyxl saves no calculated value
    path = write_xlsx(tmp_path / "rumus.xlsx", {"perjanjian": [AGREEMENT_HEADERS, row]})
    [problem] = _problems(store, path)
    assert "=DATE(2025,3,4)" in problem and "no saved value" in problem
    assert ":2:F:" in problem  # row 2, column F


def test_a_missing_required_column_is_named(store: GraphStore, tmp_path: Path) -> None:
    headers = [h for h in AGREEMENT_HEADERS if "parties" not in h]
    row = [v for h, v in zip(AGREEMENT_HEADERS, ROW, strict=True) if "parties" not in h]
    path = write_csv(tmp_path / "tanpa-pihak.csv", [headers, row])
    [problem] = _problems(store, path)
    assert "Pihak / parties" in problem and "agreements" in problem


def test_utf16_csv_is_read(store: GraphStore, tmp_path: Path) -> None:
    build_reference(store)
    text = "\r\n".join(",".join(r) for r in [AGREEMENT_HEADERS, ROW]) + "\r\n"
    path = tmp_path / "utf16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    report = load_sheets(store, [path])
    assert report.facts == 1


def test_rows_disagreeing_about_one_fact_are_warned(store: GraphStore, tmp_path: Path) -> None:
    build_reference(store)
    rows = [[f"a{i}", *ROW[1:3], f"Judul versi {i}", *ROW[4:]] for i in range(3)]
    path = write_csv(tmp_path / "ganda.csv", [AGREEMENT_HEADERS, *rows])
    report = load_sheets(store, [path])
    [warning] = [w for w in report.warnings if "same agreement" in w]
    assert "3 rows" in warning and "title" in warning and "Judul versi 2" in warning
    assert "the last" in warning


def test_cli_shows_the_duplicate_warning(env: Settings, tmp_path: Path) -> None:
    graph = open_graph(env)
    try:
        graph.clear()
        build_reference(graph)
    finally:
        graph.close()
    rows = [[f"a{i}", *ROW[1:3], f"Judul versi {i}", *ROW[4:]] for i in range(2)]
    path = write_csv(tmp_path / "ganda.csv", [AGREEMENT_HEADERS, *rows])
    result = CliRunner().invoke(cli, ["load", "records", str(path)])
    assert result.exit_code == 0, result.output
    assert "same agreement" in result.output
