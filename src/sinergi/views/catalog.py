"""The four network views and the Python API the CLI, the HTTP API and the demo call.

- ``province``: the whole cooperation network of a province (``province=63`` or a name);
- ``institution``: the ego network of an institution, ``depth`` 1-3 steps through
  shared agreements, meetings, successions and the office hierarchy;
- ``region``: the agreements and meetings around a kab/kota and who serves it;
- ``path``: the shortest connections between two institutions (the ``path`` question).

Data comes only from named questions of the query registry (``graph-province``,
``graph-region``, ``graph-institution``, ``path``); parameters are checked there.

    render_view(store, "province", {"province": "63"}, {"topic": "TIMPORA"}) -> HTML
    write_view(store, "institution", {"institution": "kanim:batulicin", "depth": 2}, {}, out)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import ParameterError
from ..questions.params import check_params, resolve_in_store
from ..questions.registry import get, run_query
from . import cap
from .filters import Filters, apply_filters
from .model import add_node
from .path import graph_from_paths
from .render import Page, render_graph
from .rows import graph_from_rows

MAX_DEPTH = 3
#: An institution view stops widening once it holds this many nodes.
EXPANSION_BUDGET = 3000


@dataclass
class Built:
    graph: nx.MultiDiGraph
    page: Page


def _resolved(store: Any, question: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The question's parameters checked and resolved to keys (names -> keys, codes)."""
    declared = get(question).params
    values = check_params(declared, dict(params))
    resolve_in_store(store, declared, values)
    return values


def _place_name(g: nx.MultiDiGraph, code: str) -> str:
    name = g.nodes[code]["name"] if code in g else None
    return f"{name} ({code})" if name and name != code else code


def _province(store: Any, params: Mapping[str, Any]) -> Built:
    values = _resolved(store, "graph-province", params)
    g = graph_from_rows(run_query(store, "graph-province", values).rows)
    where = _place_name(g, values["province"])
    return Built(g, Page(f"Cooperation network: {where}",
                         "Agreements, meetings, jurisdiction, positions and office "
                         "hierarchy in the province"))


def _region(store: Any, params: Mapping[str, Any]) -> Built:
    values = _resolved(store, "graph-region", params)
    g = graph_from_rows(run_query(store, "graph-region", values).rows)
    where = _place_name(g, values["region"])
    return Built(g, Page(f"Around {where}",
                         "Agreements and meetings around the kab/kota, and who serves it"))


def _depth(value: object) -> int:
    try:
        depth = int(str(1 if value in (None, "") else value))
    except ValueError:
        raise ParameterError(f"depth must be 1, 2 or 3, not {value!r}", param="depth") from None
    if not 1 <= depth <= MAX_DEPTH:
        raise ParameterError(f"depth must be 1, 2 or 3, not {depth}", param="depth")
    return depth


def _institution(store: Any, params: Mapping[str, Any]) -> Built:
    rest = dict(params)
    depth = _depth(rest.pop("depth", 1))
    start = _resolved(store, "graph-institution", rest)["institution"]
    g = nx.MultiDiGraph()
    done: set[str] = set()
    frontier = {start}
    notes = []
    for step in range(depth):
        for key in sorted(frontier):
            graph_from_rows(run_query(store, "graph-institution", {"institution": key}).rows, g)
            done.add(key)
        frontier = {n for n, a in g.nodes(data=True)
                    if a["label"] == "Institution" and n not in done}
        if len(g) > EXPANSION_BUDGET and frontier and step + 1 < depth:
            notes.append(f"Stopped widening after {step + 1} step(s): the view already "
                         f"holds {len(g):,} nodes.")
            break
    if start not in g:  # known to the store (it resolved) but linked to nothing
        add_node(g, {"key": start, "label": "Institution"})
        notes.append("No agreements, meetings or other relationships recorded for it.")
    g.nodes[start]["focus"] = True
    name = g.nodes[start]["name"]
    return Built(g, Page(f"Around {name}",
                         f"Partners within {depth} step(s): shared agreements and meetings, "
                         "jurisdiction, officials, successions, office hierarchy", notes))


def _path(store: Any, params: Mapping[str, Any]) -> Built:
    values = _resolved(store, "path", params)
    rows = run_query(store, "path", values).rows
    g = graph_from_paths(rows)
    for end in (values["from"], values["to"]):
        if end not in g:
            add_node(g, {"key": end, "label": "Institution"})
        g.nodes[end]["focus"] = True
    names = [g.nodes[values[k]]["name"] for k in ("from", "to")]
    hops = min((r["hops"] for r in rows), default=None)
    subtitle = (f"{len(rows)} shortest chain(s) of {hops} step(s)" if rows
                else "No chain links them within the question's hop limit")
    return Built(g, Page(f"From {names[0]} to {names[1]}", subtitle))


VIEWS: dict[str, Callable[[Any, Mapping[str, Any]], Built]] = {
    "province": _province,
    "institution": _institution,
    "region": _region,
    "path": _path,
}


def _filters(filters: Mapping[str, Any] | Filters | None) -> Filters:
    if isinstance(filters, Filters):
        return filters
    given = dict(filters or {})
    unknown = sorted(set(given) - {"kind", "topic", "year"})
    if unknown:
        raise ParameterError(f"unknown filter {unknown[0]!r}; filters are kind, topic, year",
                             param=unknown[0])
    return Filters.parse(**given)


def build_view(store: Any, view: str, params: Mapping[str, Any]) -> Built:
    """The unfiltered graph and page header of ``view``."""
    try:
        builder = VIEWS[view]
    except KeyError:
        known = ", ".join(VIEWS)
        raise ParameterError(f"unknown view {view!r}; views are: {known}", param="view") from None
    return builder(store, params)


def view_graph(store: Any, view: str, params: Mapping[str, Any],
               filters: Mapping[str, Any] | Filters | None = None) -> nx.MultiDiGraph:
    """The graph of ``view`` after the kind/topic/year ``filters``."""
    f = _filters(filters)
    return apply_filters(build_view(store, view, params).graph, f)


def render_view(store: Any, view: str, params: Mapping[str, Any],
                filters: Mapping[str, Any] | Filters | None = None, *,
                max_nodes: int = cap.MAX_NODES, lang: str = "en", home: str | None = None,
                evidence: str | None = None) -> str:
    """The self-contained HTML page of ``view`` (see the module docstring), in ``lang``;
    ``home`` and ``evidence`` link the served page to the dashboard (``render_graph``)."""
    f = _filters(filters)
    built = build_view(store, view, params)
    g = apply_filters(built.graph, f)
    page = built.page
    page.filters = f.as_dict()
    shown = ", ".join(f"{k}={v}" for k, v in f.as_dict().items() if v is not None)
    if shown:
        page.notes.insert(0, f"Filtered ({shown}): {len(g):,} of {len(built.graph):,} nodes.")
    if not len(g):
        page.notes.insert(0, "Nothing to show: no relationships match this view"
                          + (" and these filters." if shown else "."))
    return render_graph(g, page, max_nodes=max_nodes, lang=lang, home=home, evidence=evidence)


def write_view(store: Any, view: str, params: Mapping[str, Any],
               filters: Mapping[str, Any] | Filters | None, out: str | Path, *,
               max_nodes: int = cap.MAX_NODES, lang: str = "en") -> Path:
    """Write the page of ``view`` to ``out`` (folders created) and return its path."""
    html = render_view(store, view, params, filters, max_nodes=max_nodes, lang=lang)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
