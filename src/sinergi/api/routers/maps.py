"""``GET /map``: the coverage map of a topic as GeoJSON, gzip-compressed when asked."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from ...maps.encode import geojson_bytes, gzipped
from ...maps.status import coverage_map
from ..deps import StoreDep
from ..questions import ask
from .common import READ_ERRORS, Province, TopicQ

router = APIRouter(tags=["map"])

GEOJSON = "application/geo+json"
AsOf = Annotated[str | None, Query(max_length=10, description="Day (YYYY-MM-DD); default today.",
                                   examples=["2025-06-30"])]


@router.get("/map", responses={**READ_ERRORS, 200: {"content": {GEOJSON: {}}}},
            response_class=Response)
async def coverage_geojson(
    store: StoreDep,
    request: Request,
    topic: TopicQ = None,
    province: Province = None,
    as_of: AsOf = None,
) -> Response:
    """Every kab/kota (514, or one province's) as a GeoJSON Feature with its `status` for
    the topic on `as_of`: signed, planned, none or unknown (no Kanim known to serve it,
    or the graph does not hold it), the coverage question's own status (`coverage`), the
    serving `offices` and the `agreements` behind it. Same answer as `coverage`.

    Example: `/api/v1/map?topic=TIMPORA&province=63`
    """
    settings = request.app.state.settings
    answer = await run_in_threadpool(coverage_map, store, topic, province, as_of,
                                     ask=ask, settings=settings)
    body = await run_in_threadpool(geojson_bytes, answer)
    headers = {"Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        body = await run_in_threadpool(gzipped, body)
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type=GEOJSON, headers=headers)
