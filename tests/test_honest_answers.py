"""No answer misleads: an empty graph is said plainly, enumerated parameters read the
words planners write and refuse the rest identically in CLI and API, and a cut list
says so (both backends)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from api_client import api_client, assert_error
from graph_fixture import AG_BJM_MOU, AG_PROV, AG_SMD_NEW, AG_SMD_OLD, write_fixture
from sinergi.cli.main import cli
from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph

MOUS = sorted([AG_BJM_MOU, AG_PROV, AG_SMD_OLD, AG_SMD_NEW])


@pytest.fixture
def loaded(env: Settings) -> Settings:
    store = open_graph(env)
    try:
        store.clear()
        write_fixture(store)
    finally:
        store.close()  # the embedded file admits one process at a time
    return env


@pytest.fixture
def empty(env: Settings) -> Settings:
    store = open_graph(env)
    try:
        store.clear()
    finally:
        store.close()
    return env


def ask(*args: str) -> object:
    return CliRunner().invoke(cli, ["ask", *args])


def test_an_empty_graph_is_not_an_answer_cli(empty: Settings) -> None:
    result = ask("gaps", "-p", "topic=TIMPORA", "-p", "province=Kalsel")
    assert result.exit_code != 0  # type: ignore[attr-defined]
    assert "sinergi load reference" in result.output  # type: ignore[attr-defined]
    assert "0 baris" not in result.output  # type: ignore[attr-defined]


def test_an_empty_graph_is_not_an_answer_api(settings: Settings, store: GraphStore) -> None:
    with api_client(settings, store, fixture=False) as client:
        body = assert_error(client.get(
            "/api/v1/queries/gaps", params={"topic": "TIMPORA", "province": "63"}), 409)
        assert "sinergi load reference" in str(body["message"])
        assert_error(client.get("/api/v1/agreements", params={"province": "63"}), 409)


@pytest.mark.parametrize("word", ["mou", "MoU", "nota kesepahaman", "Kesepakatan Bersama"])
def test_indonesian_words_and_any_case_cli(loaded: Settings, word: str) -> None:
    result = ask("list-agreements", "-p", f"kind={word}", "--json")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    rows = json.loads(result.output)  # type: ignore[attr-defined]
    assert sorted(r["key"] for r in rows) == MOUS


def test_a_wrong_word_lists_the_allowed_ones_cli(loaded: Settings) -> None:
    result = ask("list-agreements", "-p", "kind=xyz")
    assert result.exit_code == 2  # type: ignore[attr-defined]
    out = result.output  # type: ignore[attr-defined]
    assert "'xyz'" in out and "MOU, PKS, OTHER" in out and "any case" in out
    assert "nota kesepahaman" in out and "perjanjian kerja sama" in out
    status = ask("list-agreements", "-p", "status=Signed", "--json")
    assert status.exit_code == 0  # type: ignore[attr-defined]
    level = ask("list-regions", "-p", "level=kabupaten", "--json")
    assert {r["level"] for r in json.loads(level.output)} == {"regency"}  # type: ignore
    meetings = ask("list-meetings", "-p", "kind=rapat", "--json")
    assert {r["kind"] for r in json.loads(meetings.output)} == {"COORDINATION"}  # type: ignore


def test_the_api_reads_and_refuses_the_same_words(settings: Settings, store: GraphStore) -> None:
    with api_client(settings, store) as client:
        for word in ("mou", "Nota Kesepahaman"):
            page = client.get("/api/v1/agreements", params={"kind": word, "limit": 500})
            assert page.status_code == 200, page.text
            assert sorted(a["key"] for a in page.json()["items"]) == MOUS
        body = assert_error(client.get("/api/v1/agreements", params={"kind": "xyz"}), 422)
        assert body["param"] == "kind" and "MOU, PKS, OTHER" in str(body["message"])
        same = assert_error(client.get("/api/v1/queries/list-agreements",
                                       params={"kind": "xyz"}), 422)
        assert same["message"] == body["message"]
        rapat = client.get("/api/v1/meetings", params={"kind": "rapat"}).json()["items"]
        assert {m["kind"] for m in rapat} == {"COORDINATION"}


def test_a_cut_list_says_so_cli(loaded: Settings) -> None:
    table = CliRunner().invoke(cli, ["ask", "list-agreements", "-p", "limit=3"],
                               env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    assert "baris 1-3 dari 9; --param offset=3 untuk selanjutnya" in table.output
    assert "rows 1-3 of 9; --param offset=3 for more" in table.output
    as_csv = CliRunner().invoke(
        cli, ["ask", "list-agreements", "-p", "limit=3", "-p", "offset=3", "--csv"])
    assert as_csv.stdout.count("\n") == 4  # header + 3 rows, shape unchanged
    assert "baris 4-6 dari 9; --param offset=6" in as_csv.stderr
    last = CliRunner().invoke(
        cli, ["ask", "list-agreements", "-p", "limit=3", "-p", "offset=6", "--json"])
    assert len(json.loads(last.stdout)) == 3 and last.stderr == ""


def test_a_cut_list_says_so_api(settings: Settings, store: GraphStore) -> None:
    with api_client(settings, store) as client:
        page = client.get("/api/v1/agreements", params={"limit": 4}).json()
        assert (page["total"], page["limit"], page["offset"], len(page["items"])) == (9, 4, 0, 4)
        assert page["next"].endswith("/api/v1/agreements?limit=4&offset=4")
        last = client.get(page["next"]).json()
        assert client.get(last["next"]).json()["next"] is None
        table = client.get("/api/v1/queries/list-agreements", params={"limit": 4}).json()
        assert (table["total"], table["offset"], len(table["rows"])) == (9, 0, 4)
        assert "total" not in table["columns"] and "total" not in table["rows"][0]
        assert table["next"].endswith("offset=4")
        past = client.get("/api/v1/agreements", params={"offset": 999_999}).json()
        assert (past["total"], past["items"], past["next"]) == (9, [], None)
        csv = client.get("/api/v1/queries/list-agreements",
                         params={"limit": 4, "format": "csv"})
        assert csv.headers["x-total-count"] == "9" and 'rel="next"' in csv.headers["link"]
