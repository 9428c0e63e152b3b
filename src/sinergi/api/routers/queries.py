"""``GET /queries`` (the registry) and ``GET /queries/{name}`` (run one question).

Parameters of a question are passed as query parameters and checked by the
registry (422 naming the parameter). JSON by default; CSV with ``?format=csv``
or ``Accept: text/csv``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from ...questions.registry import registry
from ...questions.tabular import to_csv
from ..deps import StoreDep
from ..errors import error_responses
from ..models import QueryInfo, Table
from ..questions import ask_async, next_link
from .common import KEYED_ERRORS

router = APIRouter(tags=["queries"])


def _queries() -> Iterable[Any]:
    found = registry()
    return found.values() if isinstance(found, Mapping) else found


def describe(query: Any) -> dict[str, Any]:
    """A registry entry as plain data (the header's title, parameters and columns)."""
    header = getattr(query, "header", query)
    params = [
        {"name": p.name, "type": p.type, "required": p.required, "default": p.default,
         "doc": p.doc}
        for p in header.params
    ]
    return {"name": query.name, "title": header.title, "description": header.description,
            "params": params, "columns": list(header.columns)}


@router.get("/queries", response_model=list[QueryInfo], responses=error_responses(503))
def queries(store: StoreDep) -> list[dict[str, Any]]:
    """Every named question: name, title, parameters (type, default, meaning) and columns.

    Answers 503 like every endpoint while the store is unreachable: a listed question
    could not be run.

    Example: `/api/v1/queries`
    """
    return sorted((describe(q) for q in _queries()), key=lambda d: d["name"])


@router.get(
    "/queries/{name}",
    response_model=Table,
    responses={**KEYED_ERRORS, 200: {"content": {"text/csv": {"example": "region,status\n"}}}},
)
async def run(
    store: StoreDep,
    request: Request,
    name: Annotated[str, Path(max_length=100, description="Question name.",
                              examples=["coverage"])],
    format: Annotated[  # noqa: A002 - the public parameter name
        Literal["json", "csv"] | None, Query(description="Answer as JSON (default) or CSV.")
    ] = None,
) -> Any:
    """Run the named question with its parameters given as query parameters.

    Example: `/api/v1/queries/coverage?province=Kalimantan%20Selatan&topic=TIMPORA&format=csv`
    """
    params = {k: v for k, v in request.query_params.items() if k != "format"}
    result = await ask_async(store, name, params)
    columns = list(result.columns)
    wants_csv = format == "csv" or (
        format is None and "text/csv" in request.headers.get("accept", "")
    )
    link = next_link(request, result)
    if wants_csv:
        headers = {"Content-Disposition": f'inline; filename="{name}.csv"'}
        if result.paged:  # rows keep their shape; the page is told in headers
            headers["X-Total-Count"] = str(result.total)
            if link:
                headers["Link"] = f'<{link}>; rel="next"'
        return Response(to_csv(columns, result.rows), media_type="text/csv; charset=utf-8",
                        headers=headers)
    if not result.paged:
        return {"name": name, "columns": columns, "rows": result.rows}
    # A list question: the total once, not repeated in a column of every row.
    return {"name": name, "columns": [c for c in columns if c != "total"],
            "rows": [{k: v for k, v in r.items() if k != "total"} for r in result.rows],
            "total": result.total, "limit": result.limit, "offset": result.offset,
            "next": link}
