"""Kind / topic / year filters, applied the same way in Python and on the page.

The rule (``static/sinergi.js`` implements it again for the page's filter panel,
and the tests hold the two to the same answers):

- A filter *tests* a node when the node has that facet: ``kind`` tests
  institutions; ``topic`` and ``year`` test events (agreements and meetings).
- A tested node *fails* when its value differs (an event without a date fails a
  year filter), and *matches* when it passes every active filter that tests it
  and at least one does.
- An edge passes the year filter when it has no date or its date is in that year.
- A node is shown when no filter is active, when it matches, or when it did not
  fail and a passing edge links it to a matching node (the context: the parties
  of a matching agreement, the region a matching Kanim serves).
- An edge is shown when it passes and both its ends are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..errors import ParameterError
from ..schema import InstitutionKind, Topic
from .model import EVENT_LABELS


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    topic: str | None = None
    year: int | None = None

    @classmethod
    def parse(cls, kind: object = None, topic: object = None, year: object = None) -> Filters:
        """Validated filters; a bad value is a ``ParameterError`` naming what is allowed."""
        return cls(_member(kind, InstitutionKind, "kind"), _member(topic, Topic, "topic"),
                   _year(year))

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.kind, self.topic, self.year))

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "topic": self.topic, "year": self.year}


def _member(value: object, enum: type[InstitutionKind] | type[Topic], what: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip().upper()
    if text not in enum.__members__:
        known = ", ".join(enum.__members__)
        raise ParameterError(f"unknown {what} {value!r}; choose one of: {known}", param=what)
    return text


def _year(value: object) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(str(value))
    except ValueError:
        raise ParameterError(f"year must be a number like 2023, not {value!r}",
                             param="year") from None
    if not 1900 <= year <= 2100:
        raise ParameterError(f"year {year} is out of range 1900-2100", param="year")
    return year


def _tests(attrs: dict[str, Any], f: Filters) -> list[bool]:
    """One pass/fail per active filter that tests this node."""
    results = []
    if f.kind is not None and attrs["label"] == "Institution":
        results.append(attrs.get("kind") == f.kind)
    if attrs["label"] in EVENT_LABELS:
        if f.topic is not None:
            results.append(f.topic in attrs.get("topics", []))
        if f.year is not None:
            results.append(attrs.get("year") == f.year)
    return results


def _edge_passes(data: dict[str, Any], f: Filters) -> bool:
    return f.year is None or data.get("year") is None or data["year"] == f.year


def visible(g: nx.MultiDiGraph, f: Filters) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The nodes and edge ids ``(u, v, key)`` shown under filters ``f``."""
    if not f.active:
        return set(g.nodes), {(u, v, k) for u, v, k in g.edges(keys=True)}
    failed, matched = set(), set()
    for n, attrs in g.nodes(data=True):
        results = _tests(attrs, f)
        if results and not all(results):
            failed.add(n)
        elif results:
            matched.add(n)
    passing = [
        (u, v, k)
        for u, v, k, d in g.edges(keys=True, data=True)
        if u not in failed and v not in failed and _edge_passes(d, f)
    ]
    shown = set(matched)
    for u, v, _ in passing:
        if u in matched:
            shown.add(v)
        if v in matched:
            shown.add(u)
    return shown, {(u, v, k) for u, v, k in passing if u in shown and v in shown}


def apply_filters(g: nx.MultiDiGraph, f: Filters) -> nx.MultiDiGraph:
    """A copy of ``g`` holding only what ``f`` shows."""
    if not f.active:
        return g
    nodes, edges = visible(g, f)
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, g.nodes[n]) for n in nodes)
    out.add_edges_from((u, v, k, g.edges[u, v, k]) for u, v, k in edges)
    return out


def facet_values(g: nx.MultiDiGraph) -> dict[str, list[Any]]:
    """The kinds, topics and years present, for the page's filter menus."""
    kinds, topics, years = set(), set(), set()
    for _, attrs in g.nodes(data=True):
        if attrs["label"] == "Institution" and attrs.get("kind"):
            kinds.add(attrs["kind"])
        if attrs["label"] in EVENT_LABELS:
            topics.update(attrs.get("topics", []))
            if attrs.get("year"):
                years.add(attrs["year"])
    return {"kind": sorted(kinds), "topic": sorted(topics), "year": sorted(years)}
