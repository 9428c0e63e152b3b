"""What runs under the app: uvicorn's HTTP protocol and CORS, answering in the one
JSON error shape too.

uvicorn answers a request it cannot parse (a request line or headers over
``H11_MAX_INCOMPLETE_BYTES``, a ``Content-Length`` that is not a number, a broken
request line) itself, before the app sees it, with a plain-text 400. ``JsonErrorH11``
is uvicorn's h11 protocol with that answer in the shape of ``errors.ErrorBody``;
``sinergi serve`` runs uvicorn with it (``http=``). Starlette's CORS middleware refuses
a preflight from an origin it does not allow with a plain-text 400; ``JsonCORS``
answers it in the shape.
"""

from __future__ import annotations

import json

import h11
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import ErrorBody, error_response

#: Largest request line plus headers uvicorn reads before answering 400 (its default).
H11_MAX_INCOMPLETE_BYTES = 16 * 1024


def _bad_request_body() -> bytes:
    body = ErrorBody(
        ok=False, status=400, error="bad_request",
        message="malformed HTTP request: a broken request line or header (such as "
                "Content-Length), or a URL and headers over "
                f"{H11_MAX_INCOMPLETE_BYTES} bytes",
        hint="send a well-formed HTTP/1.1 request with a shorter URL")
    return json.dumps(body.model_dump()).encode()


class JsonErrorH11(H11Protocol):
    """uvicorn's h11 protocol; its own 400 answers in the one JSON error shape."""

    def send_400_response(self, msg: str) -> None:
        data = _bad_request_body()
        headers = [(b"content-type", b"application/json"),
                   (b"content-length", str(len(data)).encode()),
                   (b"connection", b"close")]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                      h11.Data(data=data), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()


class JsonCORS(CORSMiddleware):
    """CORS whose refused preflight answers 400 in the one JSON shape."""

    def preflight_response(self, request_headers: object) -> Response:
        response = super().preflight_response(request_headers)  # type: ignore[arg-type]
        if response.status_code != 400:
            return response
        refused = bytes(response.body).decode("utf-8", "replace")
        return error_response(400, f"CORS preflight refused: {refused.lower()}",
                              error="cors_refused", param="Origin",
                              hint="ask the server's operator to add your origin to "
                                   "SINERGI_CORS_ORIGINS")


def run(host: str, port: int, log_level: str) -> None:
    """Serve ``create_app()`` (settings from ``SINERGI_*``) with ``JsonErrorH11``."""
    import uvicorn

    uvicorn.run("sinergi.api.app:create_app", factory=True, host=host, port=port,
                log_level=log_level, http=JsonErrorH11,
                h11_max_incomplete_event_size=H11_MAX_INCOMPLETE_BYTES)
