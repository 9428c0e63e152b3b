"""``sinergi ask``: tables, JSON and CSV on both backends; clear errors with exit code 2."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph_fixture import AG_BJM_MOU, AS_OF, write_fixture
from sinergi.cli.main import cli
from sinergi.settings import Settings
from sinergi.stores import open_graph


@pytest.fixture
def loaded(env: Settings) -> Settings:
    store = open_graph(env)
    try:
        store.clear()
        write_fixture(store)
    finally:
        store.close()  # the embedded file admits one process at a time
    return env


def test_ask_json(loaded: Settings) -> None:
    result = CliRunner().invoke(cli, ["ask", "coverage", "-p", "topic=TIMPORA",
                                      "--param", "province=Kalimantan Selatan",
                                      "-p", f"as_of={AS_OF}", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["region"], r["status"]) for r in rows] == [
        ("63.02", "province-only"), ("63.03", "team"), ("63.10", "signed"),
        ("63.71", "signed"), ("63.72", "province-only")]
    assert rows[3]["agreements"] == [AG_BJM_MOU]


def test_ask_table_and_csv(loaded: Settings) -> None:
    table = CliRunner().invoke(cli, ["ask", "signatory-changes", "-p", f"as_of={AS_OF}"],
                               env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    assert "Signatories no longer in office" in table.output
    assert "Ahmad Fauzan" in table.output and "1 row(s)" in table.output
    csv = CliRunner().invoke(cli, ["ask", "gaps", "-p", "topic=TIMPORA", "-p", "province=63",
                                   "-p", f"as_of={AS_OF}", "--csv"])
    assert csv.exit_code == 0, csv.output
    lines = csv.output.splitlines()
    assert lines[0] == ("region,name,level,status,planned,last_meeting,meeting_kind,meeting,"
                        "last_meeting_any_topic,meeting_any_topic,offices,jurisdiction")
    # Kotabaru's 2025-01-15 audience was about passports: not its last Timpora meeting.
    assert lines[1].startswith("63.02,Kabupaten Kotabaru,regency,province-only,,,,,2025-01-15,")


def test_every_table_names_coded_values_in_bahasa_indonesia_first(loaded: Settings) -> None:
    args = ["ask", "coverage", "-p", "topic=TIMPORA", "-p", "province=63", "-p", f"as_of={AS_OF}"]
    table = CliRunner().invoke(cli, args, env={"COLUMNS": "400"})
    assert table.exit_code == 0, table.output
    # Plain values and the values of a set column (jurisdiction) alike, code kept beside.
    for words in ("Hanya tingkat provinsi (province-only)", "Ditandatangani (signed)",
                  "Kabupaten (regency)", "Kota (city)", "Diturunkan (derived)",
                  # Headings: the dashboard's words, the JSON key below.
                  "Wilayah kerja", "jurisdiction", "Berlaku s.d."):
        assert words in table.output
    raw = CliRunner().invoke(cli, [*args, "--json"])
    assert {r["status"] for r in json.loads(raw.output)} == {"province-only", "team", "signed"}


def test_ask_list_shows_every_question_with_its_parameters() -> None:
    result = CliRunner().invoke(cli, ["ask", "--list", "--json"])
    assert result.exit_code == 0, result.output
    listed = {q["name"]: q for q in json.loads(result.output)}
    assert listed["coverage"]["params"] == [
        "topic: topic (required)", "province: province = ''", "as_of: date = today"]
    assert {"gaps", "path", "brokers", "timeline"} <= set(listed)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "nope"], "no question 'nope'"),
        (["ask", "gaps", "-p", "topic=TIMPORA"], "province: wajib diisi / required"),
        (["ask", "coverage", "-p", "topic=TIMPORA", "-p", "province=63", "-p", "as_of=2025"],
         "as_of: harus tanggal TTTT-BB-HH / expected a date as YYYY-MM-DD"),
        (["ask", "coverage", "-p", "topic"], "expected NAME=VALUE"),
        (["ask", "brokers", "-p", "province=63", "-p", "province=64"], "given twice"),
        (["ask", "brokers", "-p", "provinsi=63"],
         "provinsi: parameter tidak dikenal / unknown parameter"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(
    args: list[str], message: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Checked before the store is opened: no backend needed.
    monkeypatch.setenv("SINERGI_BACKEND", "neo4j")
    monkeypatch.setenv("SINERGI_NEO4J_URI", "bolt://127.0.0.1:9")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_unknown_institution_name_names_the_parameter(loaded: Settings) -> None:
    result = CliRunner().invoke(cli, ["ask", "institution", "-p", "key=Kanim Atlantis"])
    assert result.exit_code == 2
    assert ("key: 'Kanim Atlantis' tidak ada di graf / no institution 'Kanim Atlantis' in the "
            "graph") in result.output
