"""Request size limits: 414 for a URL over ``MAX_URL_BYTES``; 413 before reading when
Content-Length is too large, and 413 while streaming when a body without (or lying
about) its length grows too large."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_response

#: Longest path plus query string the app reads (longer ones arriving in pieces are
#: refused even earlier by uvicorn, see ``server``).
MAX_URL_BYTES = 8 * 1024


class BodyLimit:
    """Pure ASGI middleware: no buffering, so streamed bodies are counted as they come."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if url > MAX_URL_BYTES:
            response = error_response(414, f"URL too long: {url} bytes, the limit is "
                                            f"{MAX_URL_BYTES} bytes", param="url")
            await response(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            response = error_response(413, self._message(declared), param="body")
            await response(scope, receive, send)
            return
        await self.app(scope, self._counting(receive), send)

    def _message(self, size: int | None = None) -> str:
        got = f"{size} bytes" if size is not None else "more"
        return f"request body too large: {got}, the limit is {self.max_bytes} bytes"

    def _counting(self, receive: Receive) -> Receive:
        seen = 0

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    # Raised inside the route's body read, so the app's handlers
                    # turn it into the shared error shape.
                    raise HTTPException(413, self._message())
            return message

        return wrapped


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
