"""The API's handle on the graph store: opened lazily, checked cheaply, failing fast.

The app must start and answer even when Neo4j is down, and then answer 503 within
the store timeout instead of waiting for the driver's retries. So the handle:

- opens the store without touching the server (Neo4j) and creates the schema only
  once the server has answered;
- pings the server before a request when nothing has succeeded for
  ``CHECK_AFTER`` seconds, and gives up on the ping after ``ping_budget`` seconds
  (the smaller of ``SINERGI_NEO4J_TIMEOUT`` and ``MAX_PING``): a refused connection
  fails in milliseconds, but the driver waits twice its timeout on a server that
  accepts and never answers, which alone would break the 2 s promise;
- after a failure, refuses at once for ``DOWN_FOR`` seconds (so a burst of
  requests costs one ping, not one timeout each), then tries again.

The embedded store is a file that only one process may open: while ``sinergi
serve`` runs on it, other ``sinergi`` commands on the same data directory get
"in use by another process".
"""

from __future__ import annotations

import threading
import time

from ..errors import StoreUnavailable
from ..settings import Settings
from ..stores import GraphStore, open_graph
from .cache import CACHE_SECONDS, configure

CHECK_AFTER = 1.0
DOWN_FOR = 1.0
MAX_PING = 1.5


class StoreHolder:
    """Owns (or borrows) the store the routes use; see the module docstring."""

    def __init__(
        self, settings: Settings, store: GraphStore | None = None,
        cache_seconds: float = CACHE_SECONDS,
    ) -> None:
        self.settings = settings
        self.cache_seconds = cache_seconds
        if store is not None:
            configure(store, cache_seconds, settings)
        self._store = store
        self._owned = store is None
        self._schema_ready = store is not None
        self._lock = threading.Lock()
        self._last_ok = time.monotonic() if store is not None else 0.0
        self._down_until = 0.0
        self._last_error = ""

    @property
    def backend(self) -> str:
        return self.settings.backend

    def try_open(self) -> None:
        """Open at start-up if possible; a failure is remembered, never raised."""
        self.status()

    def get(self) -> GraphStore:
        """The store, known to have answered within ``CHECK_AFTER`` s, or ``StoreUnavailable``."""
        now = time.monotonic()
        if now < self._down_until:
            raise StoreUnavailable(self._last_error or "the graph store is unreachable")
        if self._store is not None and self._schema_ready and now - self._last_ok < CHECK_AFTER:
            return self._store
        with self._lock:
            return self._check()

    def peek(self) -> GraphStore | None:
        """The store when known good right now, without blocking; raises
        ``StoreUnavailable`` while marked down; None when a check is due."""
        now = time.monotonic()
        if now < self._down_until:
            raise StoreUnavailable(self._last_error or "the graph store is unreachable")
        fresh = now - self._last_ok < CHECK_AFTER
        return self._store if self._store is not None and self._schema_ready and fresh else None

    def _check(self) -> GraphStore:
        if time.monotonic() < self._down_until:
            raise StoreUnavailable(self._last_error or "the graph store is unreachable")
        fresh = time.monotonic() - self._last_ok < CHECK_AFTER
        if self._store is not None and self._schema_ready and fresh:
            return self._store  # another request checked while this one waited
        try:
            if self._store is None:
                self._store = open_graph(self.settings, ensure_schema=False)
                configure(self._store, self.cache_seconds, self.settings)
            self._ping(self._store)
            if not self._schema_ready:
                self._store.ensure_schema()
                self._schema_ready = True
        except StoreUnavailable as exc:
            self.mark_down(exc.message)
            raise
        self._last_ok = time.monotonic()
        return self._store

    @property
    def ping_budget(self) -> float:
        return min(self.settings.neo4j_timeout, MAX_PING)

    def _ping(self, store: GraphStore) -> None:
        # In a daemon thread, so a hung connection attempt is abandoned, not waited for.
        outcome: list[BaseException | None] = []

        def attempt() -> None:
            try:
                store.ping()
                outcome.append(None)
            except BaseException as exc:  # handed to the waiting request below
                outcome.append(exc)

        worker = threading.Thread(target=attempt, name="sinergi-ping", daemon=True)
        worker.start()
        worker.join(self.ping_budget)
        if not outcome:
            raise StoreUnavailable(
                f"the {self.backend} store did not answer within {self.ping_budget:g} s"
            )
        if outcome[0] is not None:
            raise outcome[0]

    def mark_down(self, message: str | None = None) -> None:
        """Called when any request found the store unreachable."""
        self._down_until = time.monotonic() + DOWN_FOR
        self._last_ok = 0.0
        if message:
            self._last_error = message

    def status(self) -> tuple[bool, str | None]:
        """Whether the store answers now, and why not."""
        try:
            self.get()
        except StoreUnavailable as exc:
            return False, exc.message
        return True, None

    def close(self) -> None:
        with self._lock:
            if self._store is not None and self._owned:
                self._store.close()
            self._store = None if self._owned else self._store
