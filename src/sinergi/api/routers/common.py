"""Query parameters several routers share, declared once so the OpenAPI schema agrees."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from ..errors import error_responses

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page.", examples=[50])]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.", examples=[0])]
Province = Annotated[
    str | None,
    Query(max_length=100, description="Province code or name.", examples=["Kalimantan Selatan"]),
]

#: Every data route can answer these besides 200.
READ_ERRORS = error_responses(422, 503)
KEYED_ERRORS = error_responses(404, 422, 503)
