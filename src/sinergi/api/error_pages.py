"""The dashboard's errors as pages: a browser asking for a dashboard page (``Accept:
text/html``, a path outside ``/api/``) gets the error as a small bilingual HTML page
with the same status, message and headers, instead of the API's JSON. Every other
caller, and every ``/api/`` path, keeps the one JSON shape."""

from __future__ import annotations

import html
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request
from starlette.responses import HTMLResponse, Response

Handler = Callable[[Request, Exception], Awaitable[Response]]

_PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>{status} - Sinergi</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>Terjadi kesalahan / Something went wrong ({status})</h1>
<p>{message}</p>{hint}
<p><a href="/">Kembali ke dasbor / Back to the dashboard</a></p>
</body></html>
"""


def wants_page(request: Request) -> bool:
    return (not request.url.path.startswith("/api/")
            and "text/html" in request.headers.get("accept", ""))


def as_page(response: Response) -> Response:
    """The JSON error ``response`` as an HTML page (same status and headers)."""
    try:
        body = json.loads(bytes(response.body))
    except ValueError:
        return response
    hint = f"<p><em>{html.escape(body['hint'])}</em></p>" if body.get("hint") else ""
    page = _PAGE.format(status=int(body.get("status", response.status_code)),
                        message=html.escape(str(body.get("message", ""))), hint=hint)
    headers = {k: v for k, v in response.headers.items()
               if k.lower() not in ("content-type", "content-length")}
    return HTMLResponse(page, status_code=response.status_code, headers=headers)


def for_pages(handler: Handler,
              pages: Callable[[Request, Any], Response] | None = None) -> Handler:
    """``handler`` answering dashboard pages' errors as pages (see the module docstring);
    ``pages`` draws them (the dashboard's page in its language), else the small page."""
    async def negotiated(request: Request, exc: Exception) -> Response:
        response = await handler(request, exc)
        if not wants_page(request):
            return response
        return pages(request, response) if pages is not None else as_page(response)

    return negotiated
