"""One polite HTTP client for ``sinergi fetch``, built on httpx.

It asks robots.txt and the pacer before every request (redirect hops included),
follows redirects itself so that a loop is named as one, stops reading a body at
``SINERGI_FETCH_MAX_BYTES``, sends ``If-None-Match``/``If-Modified-Since`` when it
knows them, and retries HTTP 429 and 5xx after ``SINERGI_FETCH_BACKOFF`` seconds,
doubled each time (or the server's ``Retry-After``, up to a minute). Anything else
that is not a 200 or a 304 becomes a ``FetchFailure``.
"""

from __future__ import annotations

import codecs
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from ...settings import Settings
from .failure import FetchFailure, http_status
from .polite import Pacer, Robots

MAX_REDIRECTS = 10
MAX_RETRY_AFTER = 60.0
_RETRY = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Fetched:
    """A 200 (with its body) or a 304 (``not_modified``, empty body)."""

    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    body: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares, if Python knows it."""
        for param in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset":
                name = value.strip().strip('"').lower()
                try:
                    return codecs.lookup(name).name
                except LookupError:
                    return None
        return None


class Client:
    """``get(url)`` → ``Fetched`` or ``FetchFailure``; see the module docstring."""

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings, self.sleep = settings, sleep
        self.http = httpx.Client(
            timeout=settings.fetch_timeout, follow_redirects=False, transport=transport,
            headers={"User-Agent": settings.fetch_user_agent,
                     "Accept-Language": "id, en;q=0.5"})
        self.pacer = Pacer(settings.fetch_delay, sleep=sleep)
        self.robots = Robots(self._robots_txt, self.pacer)
        self.requests = 0
        self._retried = 0

    def close(self) -> None:
        self.http.close()

    def get(self, url: str, *, etag: str | None = None,
            last_modified: str | None = None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._follow(url, headers, check_robots=True)

    def _robots_txt(self, url: str) -> str:
        got = self._follow(url, {}, check_robots=False)
        return got.body.decode("utf-8", "replace")

    def _follow(self, url: str, headers: dict[str, str], *, check_robots: bool) -> Fetched:
        seen = [url]
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            _check_scheme(url, current)
            if check_robots:
                self.robots.check(current)
            status, resp_headers, body = self._request(url, current, headers)
            if status in (200, 304):
                return Fetched(url, current, status, resp_headers, body)
            if status not in (301, 302, 303, 307, 308) or "location" not in resp_headers:
                raise http_status(url, status, self._retried)
            nxt = urldefrag(urljoin(current, resp_headers["location"]))[0]
            if nxt in seen:
                raise FetchFailure(url, f"pengalihan berputar ({' -> '.join([*seen, nxt])})",
                                   "redirect loop")
            seen.append(nxt)
            current = nxt
        raise FetchFailure(url, f"terlalu banyak pengalihan (lebih dari {MAX_REDIRECTS})",
                           f"too many redirects (more than {MAX_REDIRECTS})")

    def _request(self, asked: str, url: str, headers: dict[str, str]
                 ) -> tuple[int, httpx.Headers, bytes]:
        self._retried = 0
        while True:
            self.pacer.wait(url)
            self.requests += 1
            try:
                return self._attempt(asked, url, headers)
            except _Retry as retry:
                self._retried += 1
                self.sleep(retry.wait)

    def _attempt(self, asked: str, url: str, headers: dict[str, str]
                 ) -> tuple[int, httpx.Headers, bytes]:
        try:
            return self._exchange(asked, url, headers)
        finally:
            self.pacer.done(url)

    def _exchange(self, asked: str, url: str, headers: dict[str, str]
                  ) -> tuple[int, httpx.Headers, bytes]:
        try:
            with self.http.stream("GET", url, headers=headers) as resp:
                if resp.status_code in _RETRY and self._retried < self.settings.fetch_retries:
                    raise _Retry(self._backoff(resp.headers.get("retry-after")))
                body = self._body(asked, resp) if resp.status_code == 200 else b""
                return resp.status_code, resp.headers, body
        except httpx.TimeoutException:
            raise FetchFailure(
                asked, f"waktu habis setelah {self.settings.fetch_timeout:g} detik",
                f"timed out after {self.settings.fetch_timeout:g} s") from None
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise FetchFailure(asked, f"tidak dapat terhubung ({type(exc).__name__})",
                               f"cannot connect ({exc})") from None

    def _backoff(self, retry_after: str | None) -> float:
        wait = self.settings.fetch_backoff * (2 ** self._retried)
        if retry_after and retry_after.strip().isdigit():
            wait = max(wait, float(retry_after))
        return min(wait, MAX_RETRY_AFTER)

    def _body(self, asked: str, resp: httpx.Response) -> bytes:
        # httpx's timeout bounds each read; a server dripping a byte at a time would
        # never trip it, so the whole body gets the same time again, no more.
        deadline = time.monotonic() + self.settings.fetch_timeout
        cap = self.settings.fetch_max_bytes
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise _oversize(asked, cap)
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise _oversize(asked, cap)
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("body too slow")
            chunks.append(chunk)
        return b"".join(chunks)


class _Retry(Exception):
    def __init__(self, wait: float) -> None:
        self.wait = wait


def _oversize(url: str, cap: int) -> FetchFailure:
    return FetchFailure(url, f"lebih besar dari {cap} bita (SINERGI_FETCH_MAX_BYTES)",
                        f"larger than {cap} bytes (SINERGI_FETCH_MAX_BYTES)")


def _check_scheme(asked: str, url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchFailure(asked, f"bukan alamat http/https ({url})",
                           f"not an http/https address ({url})")


__all__ = ["Client", "Fetched", "MAX_REDIRECTS"]
