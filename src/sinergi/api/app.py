"""The HTTP API: ``create_app(settings)`` builds the FastAPI app that ``sinergi serve`` runs.

Read endpoints live under ``/api/v1`` (one router per resource), the dashboard at
``/``. The store is opened in the lifespan and closed on shutdown; the app starts
even when the store is down and then answers 503 until it is back (see ``store``).
Every error has the one shape of ``errors.ErrorBody``.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .. import __version__
from ..maps.page import NATIONAL
from ..maps.svg import warm as warm_map
from ..settings import Settings
from ..stores import GraphStore
from . import dashboard
from .dashboard.problems import problem_page
from .docs import install_docs
from .errors import install_handlers
from .limits import BodyLimit
from .routers import (
    agreements,
    evidence,
    health,
    ingest,
    institutions,
    maps,
    meetings,
    queries,
    regions,
    views,
)
from .server import JsonCORS
from .store import StoreHolder

PREFIX = "/api/v1"
ROUTERS = (health, regions, institutions, agreements, meetings, evidence, queries, views, maps,
           ingest)

DESCRIPTION = """
Read how Indonesian government institutions work together: regions, institutions,
agreements (MoU/PKS), meetings, the evidence behind each fact, the named questions
(coverage, gaps, ...) and network views.

* Every error answers one JSON shape: `{"ok": false, "status", "error", "message",
  "param", "hint"}`.
* When the graph store is unreachable every endpoint answers **503** with a
  `Retry-After` header, within the store timeout (`SINERGI_NEO4J_TIMEOUT`).
* Writing (`POST /api/v1/ingest/articles`) needs `Authorization: Bearer <SINERGI_API_KEY>`;
  without a configured key the server is read-only (403).
* Answers are cached for up to `SINERGI_CACHE_SECONDS` (default 10 s; writes through
  this API clear the cache at once; writes by other processes show within that time).
* With the embedded backend, `sinergi serve` holds the database file open: other
  `sinergi` commands on the same `SINERGI_DATA_DIR` must wait until it stops.
"""


def create_app(
    settings: Settings | None = None,
    *,
    store: GraphStore | None = None,
    cache_seconds: float | None = None,
) -> FastAPI:
    """The app for ``settings``; ``store`` lends an already open store (tests), which the
    app then uses but does not close. Answers are cached ``cache_seconds`` (default
    ``settings.cache_seconds``; see ``cache``)."""
    settings = settings or Settings()
    if cache_seconds is None:
        cache_seconds = settings.cache_seconds

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        holder = StoreHolder(settings, store, cache_seconds)
        app.state.store = holder
        holder.try_open()  # never raises: a down store means 503s, not a dead server
        # The national map's outlines take ~2 s to compute once: not on the first visitor.
        threading.Thread(target=warm_map, args=NATIONAL, daemon=True).start()
        try:
            yield
        finally:
            holder.close()

    app = FastAPI(
        title="Sinergi API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        openapi_url=f"{PREFIX}/openapi.json",
        docs_url=None,  # served offline by install_docs
        redoc_url=None,
    )
    app.state.settings = settings
    # Replaced at start-up by the lifespan; here so that an app never started still answers.
    app.state.store = StoreHolder(settings, store, cache_seconds)
    install_handlers(app, pages=problem_page)
    install_docs(app, PREFIX)
    for module in ROUTERS:
        app.include_router(module.router, prefix=PREFIX)
    app.include_router(dashboard.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    if settings.cors_origins:
        app.add_middleware(
            JsonCORS,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
        )
    return app
