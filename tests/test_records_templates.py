"""Blank record sheets: bilingual headers, drop-downs from the schema, an example row the
loader skips, and a filled template that loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from records_graph import build_reference
from sinergi.cli.main import cli
from sinergi.errors import ParameterError
from sinergi.ingest import load_sheets
from sinergi.records.templates import write_template
from sinergi.schema import AgreementKind, InstitutionKind
from sinergi.stores import GraphStore


def test_xlsx_template_has_bilingual_headers_validation_and_an_example(tmp_path: Path) -> None:
    path = write_template("agreements", tmp_path / "perjanjian.xlsx")
    book = load_workbook(path)
    ws = book["agreements"]
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["ID baris / id", "Jenis / kind", "Status / status", "Judul / title",
                           "Pihak / parties"]
    assert str(ws["A2"].value).startswith("CONTOH")
    lists = {str(dv.sqref).split(":")[0][0]: dv.formula1
             for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert lists["B"] == '"' + ",".join(k.value for k in AgreementKind) + '"'
    assert "signed" in lists["C"] and "planned" in lists["C"]
    assert "Petunjuk" in book.sheetnames


def test_offices_template_lists_every_institution_kind(tmp_path: Path) -> None:
    ws = load_workbook(write_template("offices", tmp_path / "kantor.xlsx"))["offices"]
    formulas = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert any(all(k.value in f for k in InstitutionKind) for f in formulas)


def test_bad_template_requests_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="unknown sheet kind"):
        write_template("budgets", tmp_path / "x.xlsx")
    with pytest.raises(ParameterError, match=".xlsx or .csv"):
        write_template("meetings", tmp_path / "x.ods")


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_filled_template_loads_and_skips_its_example_row(
    store: GraphStore, tmp_path: Path, suffix: str
) -> None:
    build_reference(store)
    path = write_template("officials", tmp_path / f"pejabat.{suffix}")
    if suffix == "xlsx":
        book = load_workbook(path)
        book["officials"].append(["J-1", "Dewi Contoh", "Wali Kota", "Pemko Banjarmasin",
                                  "2024-02-20", None, None, None])
        book.save(path)
    else:
        with path.open("a", encoding="utf-8-sig") as fh:
            fh.write("J-1,Dewi Contoh,Wali Kota,Pemko Banjarmasin,20/02/2024,,,\n")
    report = load_sheets(store, [path])
    assert report.facts == 1
    rows = store.run("MATCH (p:Person)-[h:HOLDS_POSITION]->(i:Institution) "
                     "RETURN p.name AS name, i.key AS inst, h.since AS since")
    assert rows == [{"name": "Dewi Contoh", "inst": "pemkot:63.71", "since": "2024-02-20"}]


def test_template_command(tmp_path: Path) -> None:
    out = tmp_path / "rapat.csv"
    result = CliRunner().invoke(cli, ["template", "meetings", "--out", str(out)])
    assert result.exit_code == 0, result.output
    first = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.startswith("ID baris / id,Jenis / kind,Tanggal / date")
