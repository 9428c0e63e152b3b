"""The API's one JSON error shape, and the handlers that turn every failure into it.

Every error the API answers, whatever raised it (FastAPI's own ``HTTPException``,
request validation, a ``SinergiError`` from below, or a bug), has exactly the
keys of ``ErrorBody``: ``ok`` (always false), ``status``, ``error`` (a short
machine code), ``message`` (for people), ``param`` (the offending parameter or
null) and ``hint`` (what to do about it, or null). ``tests/test_api_errors.py``
pins the shape. Stack traces never leave the server.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from ..errors import ParameterError, SinergiError, StoreUnavailable

log = logging.getLogger("sinergi.api")

#: Seconds a client should wait before retrying when the store is unreachable.
RETRY_AFTER = 2

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "bad_parameter",
    503: "store_unavailable",
}


class ErrorBody(BaseModel):
    """The shape of every error response."""

    ok: bool = Field(False, examples=[False])
    status: int = Field(examples=[422])
    error: str = Field(examples=["bad_parameter"])
    message: str = Field(examples=["unknown province 'Atlantis'"])
    param: str | None = Field(None, examples=["province"])
    hint: str | None = Field(None, examples=[None])


def error_response(
    status: int,
    message: str,
    *,
    error: str | None = None,
    param: str | None = None,
    hint: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(
        ok=False, status=status, error=error or _CODES.get(status, "error"), message=message,
        param=param, hint=hint,
    )
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


#: What a caller learns when the store is down: not its host, port or file (logged).
UNAVAILABLE = ("penyimpanan graf tidak dapat dihubungi / the graph store is unreachable")


def unavailable_response(message: str) -> JSONResponse:
    """503; ``message`` (which may name the Neo4j host or the data folder) is logged,
    the caller gets ``UNAVAILABLE``."""
    log.info("store unavailable: %s", message)
    return error_response(
        503, UNAVAILABLE, error=StoreUnavailable.code,
        hint=f"the graph store is unreachable; retry in {RETRY_AFTER} s",
        headers={"Retry-After": str(RETRY_AFTER)},
    )


#: OpenAPI ``responses=`` entries for the error statuses the routes can answer.
def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": ErrorBody, "description": _CODES.get(s, "error")} for s in statuses}


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return error_response(exc.status_code, detail, headers=headers or None)


def _param_of(loc: Sequence[Any]) -> str | None:
    # ("query", "limit") -> "limit"; ("body", "articles", 0, "text") -> "articles.0.text"
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in ("query", "path", "body",
                                                              "header") else [str(p) for p in loc]
    return ".".join(parts) or None


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    param = _param_of(first.get("loc", ()))
    message = f"{param}: {first.get('msg')}" if param else str(first.get("msg"))
    if first.get("type") == "json_invalid":
        # FastAPI's loc is ("body", <character offset>): the offset is no parameter.
        loc, ctx = first.get("loc", ()), first.get("ctx")
        why = ctx.get("error", "") if isinstance(ctx, dict) else ""
        at = f" at character {loc[1]}" if len(loc) > 1 else ""
        param, message = "body", f"body: malformed JSON ({why or 'cannot parse'}){at}"
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem(s))"
    return error_response(422, message, error="bad_parameter", param=param)


async def _sinergi_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SinergiError)
    if isinstance(exc, StoreUnavailable):
        holder = getattr(request.app.state, "store", None)
        if holder is not None:
            holder.mark_down()
        return unavailable_response(exc.message)
    if exc.status >= 500:
        # Store and schema failures may quote Cypher or paths: log them, answer plainly.
        log.error("internal error on %s: %s", request.url.path, exc.message)
        return error_response(500, "internal error; see the server log", error=exc.code)
    param = exc.param if isinstance(exc, ParameterError) else None
    return error_response(exc.status, exc.message, error=exc.code, param=param)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(500, "internal error; see the server log", error="internal")


#: Draws an error answer as a page for people (the dashboard's HTML error page).
Pages = Callable[[Request, JSONResponse], Response]


def install_handlers(app: FastAPI, pages: Pages | None = None) -> None:
    """Every failure in the one JSON shape; a browser asking for a dashboard page gets
    it as a page (``error_pages``), drawn by ``pages`` (the dashboard's) when given."""
    from .error_pages import for_pages

    app.add_exception_handler(HTTPException, for_pages(_http_error, pages))
    app.add_exception_handler(RequestValidationError, for_pages(_validation_error, pages))
    app.add_exception_handler(SinergiError, for_pages(_sinergi_error, pages))
    app.add_exception_handler(Exception, for_pages(_unexpected, pages))
