"""``GET /graph/{view}`` (nodes and edges as JSON) and ``GET /viz/{view}`` (the pyvis page).

The views (province, institution, region, path) and their parameters belong to
``sinergi.views``; this router passes the query string through: ``kind``, ``topic``
and ``year`` are filters, everything else is a parameter of the view."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from ...errors import NotFound
from ...views import VIEWS, render_view, view_graph
from ..deps import StoreDep
from ..models import GraphData
from .common import KEYED_ERRORS

router = APIRouter(tags=["views"])

FILTERS = ("kind", "topic", "year")
View = Annotated[str, Path(max_length=40, description="province, institution, region or path.",
                           examples=["province"])]
Kind = Annotated[str | None, Query(max_length=40, description="Only institutions of this kind.")]
Topic = Annotated[str | None, Query(max_length=40, description="Only events about this topic.")]
Lang = Annotated[str | None, Query(max_length=5, description="id (default) or en.")]
Year = Annotated[str | None, Query(max_length=10, description="Only events of this year.")]


def _known(view: str) -> str:
    if view not in VIEWS:
        raise NotFound(f"no view {view!r}; views are: {', '.join(VIEWS)}")
    return view


def split(request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
    """(view parameters, filters) from the query string."""
    given = {k: v for k, v in request.query_params.items() if k != "lang"}
    filters = {k: given.pop(k) for k in FILTERS if k in given}
    return given, filters


def _jsonable(value: Any) -> Any:
    if isinstance(value, set | frozenset | tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def graph_json(graph: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A networkx graph as ``nodes`` (``id`` + attributes) and ``edges`` (``source``,
    ``target`` + attributes)."""
    nodes = [{"id": n, **_jsonable(attrs)} for n, attrs in graph.nodes(data=True)]
    edges = [{"source": a, "target": b, **_jsonable(data)} for a, b, data in
             graph.edges(data=True)]
    return nodes, edges


@router.get("/graph/{view}", response_model=GraphData, responses=KEYED_ERRORS)
def graph(store: StoreDep, request: Request, view: View, kind: Kind = None,
          topic: Topic = None, year: Year = None) -> dict[str, Any]:
    """The nodes and edges of a network view, for dashboards that draw their own.

    Example: `/api/v1/graph/province?province=Kalimantan%20Selatan&topic=TIMPORA`
    """
    params, filters = split(request)
    nodes, edges = graph_json(view_graph(store, _known(view), params, filters))
    return {"view": view, "nodes": nodes, "edges": edges}


@router.get(
    "/viz/{view}",
    response_class=HTMLResponse,
    responses={**KEYED_ERRORS, 200: {"content": {"text/html": {}}}},
)
def viz(store: StoreDep, request: Request, view: View, kind: Kind = None,
        topic: Topic = None, year: Year = None, lang: Lang = None) -> HTMLResponse:
    """A self-contained, offline network page (pyvis) of the view, in Bahasa Indonesia
    (``lang=en``: English), with a search box and a link back to the dashboard.

    Example: `/api/v1/viz/province?province=Kalimantan%20Selatan`
    """
    params, filters = split(request)
    chosen = "en" if lang == "en" else "id"
    return HTMLResponse(render_view(store, _known(view), params, filters, lang=chosen,
                                    home=f"/?lang={chosen}", evidence="/evidence/"))
