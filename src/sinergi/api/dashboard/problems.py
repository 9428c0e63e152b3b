"""The dashboard's error pages: an error the API would answer in JSON, drawn as an HTML
page in the page's language, with the same status and headers (``Retry-After``)."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from .answer import Problem
from .render import page
from .words import words

#: Status -> the heading of the page.
_HEADINGS = {404: "not_found", 409: "no_reference", 503: "unavailable", 500: "internal"}


def problem_page(request: Request, answer: JSONResponse) -> Response:
    """``answer`` (an error in the API's shape) as a page for people."""
    lang, t = words(request.query_params.get("lang"))
    body = json.loads(bytes(answer.body))
    status = int(answer.status_code)
    heading = t[_HEADINGS.get(status, "error")]
    message = "" if status in (500, 503) else str(body.get("message") or "")
    hint = t["no_reference_hint"] if status == 409 else ""
    problem = Problem(status, heading, message, hint, body.get("param"))
    other = "en" if lang == "id" else "id"
    switch = f"{request.url.path}?{urlencode({**request.query_params, 'lang': other})}"
    response = page("problem.html", status, t=t, lang=lang, problem=problem, switch=switch)
    for name in ("Retry-After",):
        if name in answer.headers:
            response.headers[name] = answer.headers[name]
    return response
