"""One ``sinergi fetch`` run: read the listings, then every page they and the command
line name, into the archive.

Feeds and sitemaps are read first (a sitemap index, its sitemaps in turn, up to
``MAX_SITEMAPS``); their pages, deduplicated, are then read interleaved across hosts,
so that one site's politeness delay is spent fetching another site's page.

Nothing unchanged is fetched twice: a page a feed or sitemap lists that is already in
the archive is not requested again unless the listing dates it after it was read; a
page given on the command line is asked for with its ETag/Last-Modified (a 304 or the
same text is "unchanged"). A page whose text is already archived under another URL is
unchanged too. Every failure is reported through ``on_failure`` and the run goes on.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from ...settings import Settings
from .archive import Archive, now_iso, record, sha256
from .discover import Entry, Listing, parse_feed, parse_sitemap
from .failure import FetchFailure, unexpected
from .http import Client, Fetched
from .page import extract_page
from .polite import host_of
from .sources import Source
from .state import FetchState, Seen

MAX_SITEMAPS = 50
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Origin:
    """Where a page was named: a sources.toml entry (name, province, selector) or not."""

    source: str | None = None
    province: str | None = None
    selector: str | None = None


@dataclass(frozen=True)
class Job:
    url: str
    origin: Origin
    day: date | None = None  # the date its listing gives
    explicit: bool = False  # named on the command line: always asked (conditionally)


@dataclass
class FetchReport:
    archived: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    older: int = 0
    failures: list[FetchFailure] = field(default_factory=list)
    listings: int = 0
    requests: int = 0
    seconds: float = 0.0


@dataclass
class Plan:
    urls: list[str] = field(default_factory=list)
    feeds: list[tuple[str, Origin]] = field(default_factory=list)
    sitemaps: list[tuple[str, Origin]] = field(default_factory=list)

    def add_sources(self, sources: Iterable[Source]) -> None:
        for s in sources:
            origin = Origin(s.name, s.province, s.selector)
            self.feeds += [(u, origin) for u in s.feeds]
            self.sitemaps += [(u, origin) for u in s.sitemaps]


class Fetcher:
    """Runs a ``Plan`` into ``archive``; see the module docstring."""

    def __init__(self, settings: Settings, archive: Path, *,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 on_failure: Callable[[FetchFailure], None] | None = None) -> None:
        self.settings = settings
        self.archive = Archive(archive)
        self.state = FetchState(settings.data_dir / "fetch-state.sqlite", archive)
        self.client = Client(settings, transport=transport, sleep=sleep)
        self.on_failure = on_failure
        self.report = FetchReport()

    def close(self) -> None:
        self.client.close()
        self.state.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fail(self, failure: FetchFailure) -> None:
        self.report.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)

    def run(self, plan: Plan, since: date | None = None) -> FetchReport:
        started = time.perf_counter()
        jobs = [Job(u, Origin(), explicit=True) for u in plan.urls]
        jobs += self._listed(plan, since)
        for job in _interleave(_dedupe(jobs)):
            try:
                self._page(job, since)
            except FetchFailure as exc:
                self.fail(exc)
            except Exception as exc:  # noqa: BLE001
                # A parser (lxml, trafilatura) tripping on one odd page must not stop the
                # run: the page is one failure line like any other.
                self.fail(unexpected(job.url, exc))
        self.report.requests = self.client.requests
        self.report.seconds = time.perf_counter() - started
        return self.report

    # -- listings ----------------------------------------------------------------------

    def _listed(self, plan: Plan, since: date | None) -> list[Job]:
        jobs: list[Job] = []
        todo = deque([(u, o, "feed") for u, o in plan.feeds] +
                     [(u, o, "sitemap") for u, o in plan.sitemaps])
        sitemaps_read = 0
        while todo:
            url, origin, kind = todo.popleft()
            if kind == "sitemap":
                sitemaps_read += 1
                if sitemaps_read > MAX_SITEMAPS:
                    self.fail(FetchFailure(url, f"lebih dari {MAX_SITEMAPS} sitemap; dilewati",
                                           f"more than {MAX_SITEMAPS} sitemaps; skipped"))
                    continue
            try:
                listing = self._listing(url, kind)
            except FetchFailure as exc:
                self.fail(exc)
                continue
            except Exception as exc:  # noqa: BLE001 (as for pages, below)
                self.fail(unexpected(url, exc))
                continue
            self.report.listings += 1
            todo.extend((e.url, origin, "sitemap") for e in listing.sitemaps)
            for e in listing.pages:
                if since is None or e.day is None or e.day >= since:
                    jobs.append(Job(e.url, origin, e.day))
                else:
                    self.report.older += 1
        return jobs

    def _listing(self, url: str, kind: str) -> Listing:
        known = self.state.listing(url)
        got = self.client.get(url, etag=known[0] if known else None,
                              last_modified=known[1] if known else None)
        if got.not_modified and known:
            return Listing(tuple(Entry(u or "", date.fromisoformat(d) if d else None)
                                 for u, d in known[2]))
        if kind == "feed":
            listing = parse_feed(got.body, url)
        else:
            listing = parse_sitemap(got.body, url, self.settings.fetch_max_bytes)
            if listing.sitemaps:
                return listing  # an index: its sitemaps are remembered, not it
        self.state.remember_listing(
            url, got.headers.get("etag"), got.headers.get("last-modified"),
            [[e.url, e.day.isoformat() if e.day else None] for e in listing.pages])
        return listing

    # -- pages -------------------------------------------------------------------------

    def _page(self, job: Job, since: date | None) -> None:
        known = self.state.page(job.url)
        if known and not job.explicit and (job.day is None
                                           or job.day.isoformat() <= known.fetched_at[:10]):
            self.report.unchanged += 1
            return
        got = self.client.get(job.url, etag=known.etag if known else None,
                              last_modified=known.last_modified if known else None)
        if got.not_modified:
            self.report.unchanged += 1
            return
        _check_html(got)
        page = extract_page(got.body, job.url, got.final_url, job.origin.selector,
                            got.charset)
        if since and page.published and date.fromisoformat(page.published) < since:
            self.report.older += 1
            return
        text_sha = sha256(page.text)
        seen = _seen(got, text_sha)
        if (known and known.text_sha256 == text_sha) or self.state.has_text(text_sha):
            self.state.remember_page(job.url, seen)
            self.report.unchanged += 1
            return
        rec = record(page, url=job.url, final_url=got.final_url, raw=got.body,
                     extra={"source": job.origin.source, "province": job.origin.province})
        self.report.archived.append(self.archive.append(rec, got.body))
        self.state.remember_page(job.url, seen)


def _seen(got: Fetched, text_sha: str) -> Seen:
    return Seen(got.headers.get("etag"), got.headers.get("last-modified"), text_sha, now_iso())


def _check_html(got: Fetched) -> None:
    kind = got.content_type
    if kind in _HTML_TYPES or (not kind and b"<html" in got.body[:2048].lower()):
        return
    raise FetchFailure(got.url, f"bukan halaman HTML ({kind or 'tanpa Content-Type'})",
                       f"not an HTML page ({kind or 'no Content-Type'})")


def _dedupe(jobs: list[Job]) -> list[Job]:
    out: dict[str, Job] = {}
    for job in jobs:
        out.setdefault(job.url, job)
    return list(out.values())


def _interleave(jobs: list[Job]) -> list[Job]:
    """Round-robin over hosts, keeping each host's order."""
    by_host: dict[str, deque[Job]] = defaultdict(deque)
    for job in jobs:
        by_host[host_of(job.url)].append(job)
    out: list[Job] = []
    while by_host:
        for host in list(by_host):
            out.append(by_host[host].popleft())
            if not by_host[host]:
                del by_host[host]
    return out


__all__ = ["FetchReport", "Fetcher", "Job", "Origin", "Plan"]
