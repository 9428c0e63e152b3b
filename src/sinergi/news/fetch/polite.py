"""Politeness: one request per host per ``SINERGI_FETCH_DELAY`` seconds, and robots.txt.

robots.txt is read once per host and run with the standard library's parser. As RFC
9309 says, a robots.txt that is missing (any 4xx) allows everything, and one that
cannot be read (5xx, timeout, no connection) forbids the whole host for this run: a
server in trouble is not a server to crawl. A ``Crawl-delay`` longer than the setting
wins for its host.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .failure import FetchFailure

# The product token robots.txt groups are matched against ("User-agent: Sinergi").
ROBOTS_AGENT = "Sinergi"


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Pacer:
    """Waits so that a request to a host starts at least ``delay`` seconds after the
    previous one to that host ended (counting from the end, so a slow answer does not
    shorten the pause the server gets). Requests to other hosts do not wait."""

    def __init__(self, delay: float, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.delay, self.sleep, self.clock = delay, sleep, clock
        self._last: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def slow_down(self, host: str, seconds: float) -> None:
        """A host's own ``Crawl-delay``; only ever lengthens the wait."""
        self._delays[host] = max(seconds, self.delay)

    def wait(self, url: str) -> None:
        host = host_of(url)
        last = self._last.get(host)
        if last is not None:
            remaining = last + self._delays.get(host, self.delay) - self.clock()
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = self.clock()

    def done(self, url: str) -> None:
        """The request to ``url`` has ended: its host's pause starts now."""
        self._last[host_of(url)] = self.clock()


class Robots:
    """robots.txt of every host asked about, read once per run through ``read``
    (which returns the file's text or raises ``FetchFailure``)."""

    def __init__(self, read: Callable[[str], str], pacer: Pacer) -> None:
        self.read, self.pacer = read, pacer
        self._rules: dict[str, RobotFileParser | FetchFailure] = {}

    def check(self, url: str) -> None:
        """Raise ``FetchFailure`` unless robots.txt lets Sinergi read ``url``."""
        host = host_of(url)
        if host not in self._rules:
            self._rules[host] = self._load(host)
        rules = self._rules[host]
        if isinstance(rules, FetchFailure):
            why = f"HTTP {rules.http_code}" if rules.http_code else "tanpa jawaban"
            why_en = f"HTTP {rules.http_code}" if rules.http_code else "no answer"
            raise FetchFailure(url, f"robots.txt situs ini tidak dapat dibaca ({why})",
                               f"the site's robots.txt cannot be read ({why_en})")
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise FetchFailure(url, "dilarang oleh robots.txt situs ini",
                               "disallowed by the site's robots.txt")

    def _load(self, host: str) -> RobotFileParser | FetchFailure:
        rules = RobotFileParser(f"{host}/robots.txt")
        try:
            text = self.read(f"{host}/robots.txt")
        except FetchFailure as exc:
            if exc.http_code is not None and 400 <= exc.http_code < 500:
                rules.parse([])  # no robots.txt: everything allowed
                return rules
            return exc
        rules.parse(text.splitlines())
        delay = rules.crawl_delay(ROBOTS_AGENT)
        if delay:
            self.pacer.slow_down(host, float(delay))
        return rules


__all__ = ["ROBOTS_AGENT", "Pacer", "Robots", "host_of"]
