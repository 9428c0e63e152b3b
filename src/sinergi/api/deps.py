"""``Annotated`` dependencies the routes declare: settings, the store, the write key."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from ..settings import Settings
from ..stores import GraphStore
from .store import StoreHolder


# The two getters below are ``async`` only so that FastAPI calls them on the event
# loop: a plain ``def`` dependency costs a worker-thread hop on every request.
async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_holder(request: Request) -> StoreHolder:
    holder: StoreHolder = request.app.state.store
    return holder


async def get_store(holder: Annotated[StoreHolder, Depends(get_holder)]) -> GraphStore:
    """The store, or 503 (``StoreUnavailable``) before the route runs any query. Async so
    that the usual case (checked within the last second) costs no worker thread."""
    store = holder.peek()
    if store is None:
        store = await run_in_threadpool(holder.get)
    return store


SettingsDep = Annotated[Settings, Depends(get_settings)]
HolderDep = Annotated[StoreHolder, Depends(get_holder)]
StoreDep = Annotated[GraphStore, Depends(get_store)]

_bearer = HTTPBearer(
    auto_error=False,
    description="The key set in SINERGI_API_KEY, sent as `Authorization: Bearer <key>`.",
)


def require_api_key(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """403 while no key is configured (read-only server), 401 for a missing or wrong key."""
    if not settings.api_key:
        raise HTTPException(
            403, "writes are disabled on this server: set SINERGI_API_KEY to enable ingestion"
        )
    given = credentials.credentials if credentials else ""
    if not given or not secrets.compare_digest(given.encode(), settings.api_key.encode()):
        raise HTTPException(
            401, "missing or wrong API key: send 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


ApiKeyDep = Depends(require_api_key)


class KeyFirstRoute(APIRoute):
    """A write route that checks the API key before FastAPI reads the body: without it a
    malformed body answered 422 (with the schema's field names) to a caller without a
    key. ``ApiKeyDep`` stays on the route for the OpenAPI security scheme."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def key_first(request: Request) -> Response:
            credentials = await _bearer(request)
            require_api_key(request.app.state.settings, credentials)
            return await handler(request)

        return key_first
