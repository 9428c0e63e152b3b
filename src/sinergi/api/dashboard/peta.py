"""The landing page ``/``: the coverage map of a topic, all 514 kab/kota or one province.

Drawn on the server (``sinergi.maps``: inline SVG, no script, no CDN), coloured by the
``coverage`` question's status on ``as_of``; each kab/kota leads to ``/wilayah/{code}``.
On a graph without regions the page says what to load instead of drawing a map.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.routing import Match

from ...errors import NoReferenceData
from ...maps.encode import gzipped
from ...maps.page import Links, render, render_empty
from ...maps.status import coverage_map
from ..deps import StoreDep
from ..questions import ask
from ..routers.common import KEYED_ERRORS
from .render import Lang

router = APIRouter(tags=["dashboard"])

DEFAULT_TOPIC = "TIMPORA"
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'")


def _links(request: Request, topic: str, province: str | None, as_of: str,
           lang: str) -> Links:
    shown = {"topic": topic, "province": province or "", "as_of": as_of}
    other = "en" if lang == "id" else "id"
    table = {"topic": topic, "province": province or "", "lang": lang}
    extra = {
        "language": "/?" + urlencode({**shown, "lang": other}),
        "table": "/cakupan?" + urlencode(table),
        "questions": f"/pertanyaan?lang={lang}",
        "geojson": "/api/v1/map?" + urlencode({k: v for k, v in shown.items() if v}),
    }
    # Only pages this app serves: the question pages may not be part of it.
    return Links(extra={k: v for k, v in extra.items() if served(request, v.split("?")[0])})


def served(request: Request, path: str) -> bool:
    """Whether a GET of ``path`` reaches a route of this app."""
    scope = {"type": "http", "path": path, "method": "GET", "root_path": "",
             "query_string": b"", "headers": []}
    return any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes)


@router.get("/", response_class=HTMLResponse, responses=KEYED_ERRORS)
async def map_page(
    store: StoreDep,
    request: Request,
    topic: Annotated[str | None, Query(max_length=60, description="Cooperation topic.")] = None,
    province: Annotated[str | None, Query(max_length=100,
                                          description="Province; empty: Indonesia.")] = None,
    as_of: Annotated[str | None, Query(max_length=10, description="Day (YYYY-MM-DD).")] = None,
    lang: Lang = None,
) -> HTMLResponse:
    """The coverage map: every kab/kota coloured by the status of a topic on a day."""
    chosen = lang if lang in ("id", "en") else "id"
    settings = request.app.state.settings
    try:
        answer = await run_in_threadpool(coverage_map, store, topic or DEFAULT_TOPIC,
                                         province or None, as_of or None,
                                         ask=ask, settings=settings)
    except NoReferenceData as exc:
        links = _links(request, topic or DEFAULT_TOPIC, None, "", chosen)
        html = render_empty(str(exc), chosen, links, topic or DEFAULT_TOPIC)
        return HTMLResponse(html, status_code=409, headers={"Content-Security-Policy": _CSP})
    links = _links(request, answer.topic, answer.province, answer.as_of, chosen)
    html = await run_in_threadpool(render, answer, chosen, links)
    headers = {"Content-Security-Policy": _CSP, "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        # ~560 kB of inline SVG nationally; a fifth of that on the wire.
        body = await run_in_threadpool(gzipped, html.encode("utf-8"))
        return HTMLResponse(body, headers={**headers, "Content-Encoding": "gzip"})
    return HTMLResponse(html, headers=headers)
