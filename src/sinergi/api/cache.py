"""A short-lived cache of question answers, per store, so a busy dashboard does not ask
the graph the same question fifty times a second.

Answers live ``CACHE_SECONDS`` at most (writes by other processes, such as
``sinergi load`` on the same Neo4j, show up after that); writes through the API
(``POST ingest/articles``) clear the store's cache at once. Concurrent misses for
one question wait for the first instead of all asking the store ("single flight").
Only successful answers are kept. ``create_app(..., cache_seconds=0)`` turns it off.
The cache also carries the app's settings, so that an uncached answer does not build a
new ``Settings`` (reading the environment costs more than a short query) per request.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from ..settings import Settings

CACHE_SECONDS = 10.0
MAX_ENTRIES = 512


class AnswerCache:
    """Answers by key, each kept ``ttl`` seconds, at most ``MAX_ENTRIES`` (oldest dropped)."""

    def __init__(self, ttl: float, settings: Settings | None = None) -> None:
        self.ttl = ttl
        self.settings = settings
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._locks: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if self.ttl <= 0:
            return compute()
        found = self._fresh(key)
        if found is not None:
            return found[1]
        with self._lock:
            key_lock = self._locks.setdefault(key, threading.Lock())
        with key_lock:
            found = self._fresh(key)  # another request may have answered meanwhile
            if found is not None:
                return found[1]
            value = compute()
            with self._lock:
                self.misses += 1
                self._entries[key] = (time.monotonic() + self.ttl, value)
                self._entries.move_to_end(key)
                while len(self._entries) > MAX_ENTRIES:
                    old, _ = self._entries.popitem(last=False)
                    self._locks.pop(old, None)
            return value

    def peek(self, key: Hashable) -> tuple[bool, Any]:
        """``(True, answer)`` when a fresh answer is kept, without waiting on anything."""
        found = self._fresh(key) if self.ttl > 0 else None
        return (True, found[1]) if found is not None else (False, None)

    def _fresh(self, key: Hashable) -> tuple[float, Any] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] < time.monotonic():
                return None
            self.hits += 1
            return entry

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


# One cache per open store; it goes away with the store.
_CACHES: weakref.WeakKeyDictionary[Any, AnswerCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def configure(store: Any, ttl: float, settings: Settings | None = None) -> None:
    """Give ``store`` a new, empty cache of answers kept ``ttl`` seconds (0: none), for an
    app built with ``settings``."""
    with _CACHES_LOCK:
        _CACHES[store] = AnswerCache(ttl, settings)


def lookup(store: Any) -> AnswerCache | None:
    """The cache ``configure`` gave ``store``; None outside the API."""
    with _CACHES_LOCK:
        return _CACHES.get(store)
