"""The question registry: strict headers, parameters checked before the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sinergi.errors import NotFound, ParameterError, SchemaError
from sinergi.questions import post
from sinergi.questions.doc import render
from sinergi.questions.header import parse_header
from sinergi.questions.params import check_params, province_code
from sinergi.questions.registry import get, registry, run_query
from sinergi.settings import Settings

DOC = (Path(__file__).parent.parent / "docs" / "queries.md").read_text()

MINE = ["coverage", "gaps", "service-points", "office-coverage", "stale-agreements",
        "signatory-changes", "stalled-plans", "institution", "timeline", "path", "brokers"]


class NoStore:
    """A store that fails the test if anything reaches it."""

    backend = "embedded"

    def run(self, query: str, params: Any = None) -> list[dict[str, Any]]:
        raise AssertionError("the database was reached")


def test_every_planners_question_is_registered() -> None:
    assert set(MINE) <= set(registry())
    assert get("path").embedded and "ALL SHORTEST" in get("path").embedded
    assert "allShortestPaths" in get("path").cypher


def test_unknown_question_is_not_found() -> None:
    with pytest.raises(NotFound, match="no question 'nope'; known: brokers"):
        get("nope")


@pytest.mark.parametrize(
    ("name", "params", "param", "message"),
    [
        ("coverage", {"province": "63", "as_of": "2025-01-01"}, "topic", "required"),
        ("coverage", {"topic": "VISA", "province": "63"}, "topic",
         "'VISA' tidak dikenal / is not a known topic; pilihan / allowed"),
        ("coverage", {"topic": "TIMPORA", "province": "Atlantis"}, "province", "no province"),
        ("coverage", {"topic": "TIMPORA", "province": "63", "as_of": "30/06/2025"}, "as_of",
         "YYYY-MM-DD"),
        ("coverage", {"topic": "TIMPORA", "province": "63", "as_of": "2025-02-30"}, "as_of",
         "YYYY-MM-DD"),
        ("coverage", {"topic": "TIMPORA", "province": "63", "color": "red"}, "color",
         "unknown parameter"),
        ("stale-agreements", {"older_than_years": "five"}, "older_than_years", "whole number"),
        ("stale-agreements", {"older_than_years": "-1"}, "older_than_years", "between"),
        ("stalled-plans", {"older_than_days": True}, "older_than_days", "whole number"),
        ("timeline", {}, "region", "either region or institution"),
        ("timeline", {"region": "63.10", "institution": "kanim:batulicin"}, "region", "either"),
        ("timeline", {"region": "63.10", "from": "2025-01-01", "to": "2024-01-01"}, "from",
         "later than"),
        ("path", {"from": "pemkab:63.10", "to": "pemkab:63.10"}, "to", "same institution"),
        ("institution", {"key": " "}, "key", "empty"),
    ],
)
def test_bad_parameters_are_refused_before_the_database(
    name: str, params: dict[str, Any], param: str, message: str
) -> None:
    with pytest.raises(ParameterError, match=message) as caught:
        run_query(NoStore(), name, params)
    assert caught.value.param == param


def test_parameters_are_normalised() -> None:
    values = check_params(get("coverage").params,
                          {"topic": "passport-service", "province": "Provinsi Kalimantan Timur"},
                          Settings(today="2025-06-30"))
    assert values == {"topic": "PASSPORT_SERVICE", "province": "64", "as_of": "2025-06-30"}
    assert check_params(get("stale-agreements").params, {"older_than_years": "7"},
                        Settings(today="2024-01-01")) == {"as_of": "2024-01-01",
                                                          "older_than_years": 7, "province": ""}


@pytest.mark.parametrize(("text", "code"), [("63", "63"), ("kalimantan selatan", "63"),
                                            ("Kalsel", "63"), ("Papua Barat Daya", "96")])
def test_province_by_code_name_or_alias(text: str, code: str) -> None:
    assert province_code(text) == code


def test_derived_dates() -> None:
    assert post.years_before("2024-02-29", 1) == "2023-02-28"
    assert post.days_before("2025-03-01", 1) == "2025-02-28"
    assert post.prepare("stale-agreements", {"as_of": "2025-06-30", "older_than_years": 3})[
        "cutoff"] == "2022-06-30"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("// title: T\n// colums: a\n", "unknown header line"),
        ("// title: T\n", "needs one 'title:'"),
        ("// title: T\n// param: x: float -- doc\n// columns: a\n", "unknown type 'float'"),
        ("// title: T\n// param: x: int = 1\n// columns: a\n", "expected 'NAME"),
        ("// title: T\n// param: x: int = today -- d\n// columns: a\n", "only a date"),
        ("// title: T\n// columns: a\n// sets: b\n", "unknown columns"),
        ("// title: T\n// param: x -- a\n// param: x -- b\n// columns: a\n", "declared twice"),
    ],
)
def test_headers_are_strict(header: str, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        parse_header(header + "MATCH (n) RETURN n.key AS a\n", "q.cypher")


def test_header_parses_types_defaults_and_order() -> None:
    h = parse_header(
        "// title: T\n// description: one\n// description: two\n"
        "// param: topic: topic -- the topic\n// param: n: int = 5 -- how many\n"
        "// param: q = \"\" -- text\n// param: day: date = today -- when\n"
        "// columns: a, b\n// sets: b\n// order: a desc, b\n", "q.cypher")
    assert h.description == "one two"
    assert [(p.name, p.type, p.required, p.default) for p in h.params] == [
        ("topic", "topic", True, None), ("n", "int", False, 5), ("q", "string", False, ""),
        ("day", "date", False, "today")]
    assert h.columns == ("a", "b") and h.sets == ("b",)
    assert h.order == (("a", True), ("b", False))


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_question_and_parameter_is_documented(name: str) -> None:
    query = get(name)
    assert f"## `{name}`: {query.title}" in DOC, f"regenerate docs/queries.md ({name})"
    section = DOC.split(f"## `{name}`:")[1].split("\n## ")[0]
    for p in query.params:
        assert f"| `{p.name}` | {p.type} |" in section, f"{name}: {p.name} undocumented"
    for column in query.columns:
        assert f"`{column}`" in section, f"{name}: column {column} undocumented"


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_question_speaks_to_planners_in_both_languages(name: str) -> None:
    # The dashboard shows these; a new question fails here until it has them.
    header = get(name).header
    for key in ("title_id", "summary_id", "summary_en"):
        assert getattr(header, key).strip(), f"{name}.cypher: add a '// {key}:' header line"
    assert header.title_id != header.title, f"{name}.cypher: title_id is the English title"


def test_the_planners_lines_are_optional_to_the_parser_but_single() -> None:
    base = "// title: T\n// columns: a\n"
    assert parse_header(base, "t.cypher").summary_id == ""
    with pytest.raises(SchemaError, match="one line"):
        parse_header(base + "// summary_id: a\n// summary_id: b\n", "t.cypher")


def test_doc_generator_covers_every_question() -> None:
    text = render()
    assert all(f"## `{name}`:" in text for name in registry())


def test_rows_tied_under_the_order_come_out_the_same_whatever_order_they_came_in() -> None:
    from itertools import permutations

    from sinergi.questions.registry import _finish

    query = get("timeline")  # order: day, event, item
    base = {c: None for c in query.columns}
    rows = [
        {**base, "day": "2026-02-01", "event": "meeting", "item": "m1", "detail": "b"},
        {**base, "day": "2026-02-01", "event": "meeting", "item": "m1", "detail": "a"},
        {**base, "day": "2025-01-01", "event": "meeting", "item": "m9", "detail": "z"},
        {**base, "day": "2026-02-01", "event": "agreement signed", "item": "a1"},
    ]
    answers = {repr(_finish(query, list(p))) for p in permutations(rows)}
    assert len(answers) == 1
    out = _finish(query, rows)
    assert [(r["item"], r["detail"]) for r in out] == [
        ("m9", "z"), ("a1", None), ("m1", "a"), ("m1", "b")]
