"""How the routes ask the graph: named questions from the registry, and pages with a total.

The registry checks every parameter (a province name becomes its code; an unknown
one is a ``ParameterError`` naming the parameter, answered as 422)."""

from __future__ import annotations

from typing import Any, cast

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..questions.registry import Result, run_query
from ..stores import GraphStore
from .cache import lookup


def ask(store: GraphStore, name: str, params: dict[str, Any]) -> Result:
    """Run a named question; unset (None or empty) filters take the question's default.
    Answers come from the store's short-lived cache when the API configured one."""
    given = _given(params)
    cache = lookup(store)
    if cache is None:
        return run_query(store, name, given)
    result: Result = cache.get(
        _key(name, given), lambda: run_query(store, name, given, settings=cache.settings)
    )
    return result


async def ask_async(store: GraphStore, name: str, params: dict[str, Any]) -> Result:
    """``ask`` for async routes: a cached answer straight from the event loop (no worker
    thread, which under load is what made the tail slow), else ``ask`` in a thread."""
    cache = lookup(store)
    if cache is not None:
        hit, answer = cache.peek(_key(name, _given(params)))
        if hit:
            return cast(Result, answer)
    return await run_in_threadpool(ask, store, name, params)


def _given(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if v is not None and v != ""}


def _key(name: str, given: dict[str, Any]) -> tuple[str, tuple[tuple[str, str], ...]]:
    return name, tuple(sorted((k, repr(v)) for k, v in given.items()))


def page(
    store: GraphStore, name: str, params: dict[str, Any], limit: int, offset: int,
    request: Request | None = None,
) -> dict[str, Any]:
    """One page of a list question: its items, the ``total`` of all matches and, when
    more rows match, the link to the ``next`` page."""
    result = ask(store, name, {**params, "limit": limit, "offset": offset})
    rows = [{k: v for k, v in r.items() if k != "total"} for r in result.rows]
    return {"total": result.total or 0, "limit": limit, "offset": offset,
            "next": next_link(request, result), "items": rows}


def next_link(request: Request | None, result: Result) -> str | None:
    """The same request with the offset of the next page, when there is one."""
    if request is None or result.next_offset is None:
        return None
    return str(request.url.include_query_params(offset=result.next_offset))
