"""The API's short-lived answer cache: kept for its time, refreshed after, asked once
under concurrency, bypassed when off, and seen through the API."""

from __future__ import annotations

import threading
import time

import pytest

from api_client import api_client
from sinergi.api.cache import AnswerCache, lookup
from sinergi.settings import Settings
from sinergi.stores import GraphStore


def test_answers_live_for_their_time_then_are_asked_again() -> None:
    cache = AnswerCache(ttl=0.2)
    calls: list[int] = []
    ask = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert cache.get("q", ask) == 1 and cache.get("q", ask) == 1
    time.sleep(0.25)
    assert cache.get("q", ask) == 2
    cache.clear()
    assert cache.get("q", ask) == 3
    assert AnswerCache(ttl=0).get("q", ask) == 4 and AnswerCache(ttl=0).get("q", ask) == 5


def test_concurrent_misses_ask_once() -> None:
    cache = AnswerCache(ttl=5)
    calls: list[int] = []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.2)
        return "answer"

    answers: list[str] = []
    threads = [threading.Thread(target=lambda: answers.append(cache.get("q", slow)))
               for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == ["answer"] * 20 and len(calls) == 1


def test_the_api_serves_repeated_questions_from_the_cache(settings: Settings,
                                                         store: GraphStore) -> None:
    url = "/api/v1/queries/coverage?province=63&topic=TIMPORA&as_of=2025-06-30"
    with api_client(settings, store) as client:
        first = client.get(url).json()
        cache = lookup(store)
        assert cache is not None
        misses = cache.misses
        assert client.get(url).json() == first
        assert cache.misses == misses and cache.hits >= 1
    with api_client(settings, store, fixture=False) as client:  # a new app: a new cache
        assert client.get(url).json() == first
    assert lookup(store) is not cache


def test_sinergi_cache_seconds_sets_the_cache_and_zero_turns_it_off(
    settings: Settings, store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SINERGI_CACHE_SECONDS", "0")
    assert Settings().cache_seconds == 0
    url = "/api/v1/queries/gaps?province=63&topic=TIMPORA&as_of=2025-06-30"
    with api_client(settings, store, cache_seconds=0) as client:
        cache = lookup(store)
        assert cache is not None and cache.ttl == 0
        assert client.get(url).json() == client.get(url).json()
        assert cache.hits == 0
    with api_client(settings, store, fixture=False, cache_seconds=3.5):
        cache = lookup(store)
        assert cache is not None and cache.ttl == 3.5


def test_an_uncached_answer_takes_today_from_the_apps_settings(
    settings: Settings, store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own settings give 'today', not a new ``Settings()`` read from the
    environment per request (which also cost more CPU than the query itself)."""
    app_settings = settings.model_copy(update={"today": "2025-06-30"})
    monkeypatch.setenv("SINERGI_TODAY", "1999-01-01")
    url = "/api/v1/queries/coverage?province=63&topic=TIMPORA"
    built = []
    original = Settings.__init__

    def counting(self: Settings, *args: object, **kwargs: object) -> None:
        built.append(1)
        original(self, *args, **kwargs)

    with api_client(app_settings, store, cache_seconds=0) as client:
        monkeypatch.setattr(Settings, "__init__", counting)
        implicit = client.get(url).json()
        explicit = client.get(url + "&as_of=2025-06-30").json()
        in_1999 = client.get(url + "&as_of=1999-01-01").json()
    assert implicit == explicit != in_1999
    assert built == []
