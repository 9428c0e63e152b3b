"""Python steps around a question's Cypher, registered by question name.

*prepare* steps run after the parameters are checked and before the Cypher: they
derive values the embedded dialect cannot compute (it has no date arithmetic)
and check rules that tie parameters together. *post* steps reshape or score the
rows the Cypher returned (betweenness for ``brokers``, the topic matrix of
``office-coverage``). Both get plain dicts and return plain dicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..errors import ParameterError
from ..schema import Topic
from .brokers import rank_brokers
from .edges import sort_members

Rows = list[dict[str, Any]]
Prepare = Callable[[dict[str, Any]], None]
Post = Callable[[Rows, dict[str, Any]], Rows]
#: Asks another question on the same store: ``ask(name, params)`` -> its rows.
Ask = Callable[[str, dict[str, Any]], Rows]
Asking = Callable[[Rows, dict[str, Any], Ask], Rows]

_PREPARE: dict[str, Prepare] = {}
_POST: dict[str, Post] = {}
_ASKING: dict[str, Asking] = {}

#: How many tied shortest paths ``path`` shows at most.
MAX_PATHS = 10


def prepare_step(name: str) -> Callable[[Prepare], Prepare]:
    def register(func: Prepare) -> Prepare:
        _PREPARE[name] = func
        return func

    return register


def post_step(name: str) -> Callable[[Post], Post]:
    def register(func: Post) -> Post:
        _POST[name] = func
        return func

    return register


def asking_step(name: str) -> Callable[[Asking], Asking]:
    """A post step that builds on another question's answer (``scorecard`` counts the
    statuses ``coverage`` gives, so the two cannot disagree)."""
    def register(func: Asking) -> Asking:
        _ASKING[name] = func
        return func

    return register


def has_post(name: str) -> bool:
    return name in _POST or name in _ASKING


def has_prepare(name: str) -> bool:
    return name in _PREPARE


def prepare(name: str, values: dict[str, Any]) -> dict[str, Any]:
    """The Cypher parameters for question ``name``: its checked values plus derived ones."""
    params = dict(values)
    if name in _PREPARE:
        _PREPARE[name](params)
    return params


def process(name: str, rows: Rows, params: dict[str, Any], ask: Ask | None = None) -> Rows:
    if name in _ASKING:
        if ask is None:
            raise ValueError(f"question {name} asks another question: give ask")
        return _ASKING[name](rows, params, ask)
    return _POST[name](rows, params) if name in _POST else rows


# --- dates ----------------------------------------------------------------------------


def years_before(iso: str, years: int) -> str:
    day = dt.date.fromisoformat(iso)
    try:
        return day.replace(year=day.year - years).isoformat()
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28).isoformat()


def days_before(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=days)).isoformat()


def _not_negative(params: dict[str, Any], name: str) -> int:
    value = int(params[name])
    if value < 0 or value > 200 * 366:
        raise ParameterError(f"{name}: must be between 0 and {200 * 366}", param=name)
    return value


@prepare_step("stale-agreements")
def _stale(params: dict[str, Any]) -> None:
    years = _not_negative(params, "older_than_years")
    if years > 200:
        raise ParameterError("older_than_years: at most 200", param="older_than_years")
    params["cutoff"] = years_before(params["as_of"], years)


@prepare_step("stalled-plans")
def _stalled(params: dict[str, Any]) -> None:
    params["cutoff"] = days_before(params["as_of"], _not_negative(params, "older_than_days"))


@post_step("stalled-plans")
def _age(rows: Rows, params: dict[str, Any]) -> Rows:
    as_of = dt.date.fromisoformat(params["as_of"])
    for row in rows:
        row["age_days"] = (as_of - dt.date.fromisoformat(row["date"])).days
    return rows


@post_step("gaps")
def _last_meeting(rows: Rows, params: dict[str, Any]) -> Rows:
    # The Cypher returns the latest "date kind key" string: max() over one text is the
    # one portable way to pick a row's fields together on both dialects.
    for row in rows:
        parts = (row.pop("last_meeting") or "").split(" ", 2)
        row["last_meeting"], row["meeting_kind"], row["meeting"] = (
            parts if len(parts) == 3 else (None, None, None)
        )
        parts = (row.pop("last_meeting_any_topic") or "").split(" ", 2)
        row["last_meeting_any_topic"], row["meeting_any_topic"] = (
            (parts[0], parts[2]) if len(parts) == 3 else (None, None)
        )
    return rows


@prepare_step("timeline")
def _timeline(params: dict[str, Any]) -> None:
    if bool(params["region"]) == bool(params["institution"]):
        raise ParameterError("region: give either region or institution (one of them)",
                             param="region")
    if params["from"] > params["to"]:
        raise ParameterError("from: later than to", param="from")


@prepare_step("path")
def _path(params: dict[str, Any]) -> None:
    if params["from"] == params["to"]:
        raise ParameterError("to: the same institution as from", param="to")


@post_step("path")
def _paths(rows: Rows, params: dict[str, Any]) -> Rows:
    # Ties are common (two offices share several regions): show a few, the same on
    # both backends (which list tied paths in different orders).
    rows.sort(key=lambda r: (r["hops"], r["nodes"], r["rels"]))
    return rows[:MAX_PATHS]


# --- office-coverage: long rows -> one row per region, one column per topic ---------------

_RANK = {"signed": 3, "planned": 2, "expired": 1}


@post_step("office-coverage")
def _matrix(rows: Rows, params: dict[str, Any]) -> Rows:
    regions: dict[str, dict[str, Any]] = {}
    for row in rows:
        out = regions.setdefault(row["region"], _empty_region(row))
        if row["agreement"] is None:
            continue
        out["_agreements"].add(row["agreement"])
        for topic in row["topics"] or []:
            status = _status(row, params["as_of"])
            if _RANK.get(status, 0) > _RANK.get(out[topic], 0):
                out[topic] = status
    for out in regions.values():
        out["agreements"] = sorted(out.pop("_agreements"))
    return list(regions.values())


def _empty_region(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"region": row["region"], "name": row["name"], "_agreements": set()}
    out.update({t.value: "" for t in Topic})
    return out


def _status(row: dict[str, Any], as_of: str) -> str:
    if row["status"] == "signed":
        if (row["signed_on"] or "") > as_of:
            return "planned"
        if row["valid_until"] is not None and row["valid_until"] < as_of:
            return "expired"
        return "signed"
    return str(row["status"])


# --- brokers: betweenness over the cooperation network -----------------------------------


@post_step("brokers")
def _brokers(rows: Rows, params: dict[str, Any]) -> Rows:
    return rank_brokers(rows)


@post_step("graph-province")
@post_step("graph-region")
@post_step("graph-institution")
def first_evidence(rows: Rows, params: dict[str, Any]) -> Rows:
    """One row per edge: the Cypher gives the edge's first evidence sentence and its
    source as one text ("sentence source": min() picks both from one report on both
    dialects; a source is a URL or a record key, neither holds a space); split it. An
    edge reported without a sentence shows its first source."""
    for row in rows:
        first = row.pop("first", None)
        sources = row.get("sources") or []
        row["sources"] = sources
        if first:
            row["evidence"], _, row["source_url"] = first.rpartition(" ")
        else:
            row["evidence"], row["source_url"] = None, min(sources) if sources else None
    sort_members(rows)
    return rows
