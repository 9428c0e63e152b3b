"""``sinergi fetch`` is polite and incremental: robots.txt, a User-Agent, one request per
host per delay, retries with backoff, conditional requests, nothing fetched twice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from fetch_site.articles import STORIES
from fetch_site.fixtures import fast_settings, site  # noqa: F401 (fixture)
from fetch_site.server import Site
from sinergi import __version__
from sinergi.news.fetch import Fetcher, Origin, Plan
from sinergi.news.fetch.polite import Pacer


def _run(tmp_path: Path, plan: Plan, since: date | None = None, sleeps: list[float] | None = None,
         **settings: object):  # type: ignore[no-untyped-def]
    conf = fast_settings(tmp_path, **settings)
    sleep = sleeps.append if sleeps is not None else None
    kwargs = {"sleep": sleep} if sleep else {}
    with Fetcher(conf, tmp_path / "arsip.jsonl", **kwargs) as fetcher:  # type: ignore[arg-type]
        return fetcher.run(plan, since)


def test_robots_is_read_once_per_host_and_every_request_names_sinergi(
        site: Site, tmp_path: Path) -> None:  # noqa: F811
    report = _run(tmp_path, Plan(urls=site.story_urls()))
    assert len(report.archived) == len(STORIES) and not report.failures
    assert [h.path for h in site.hits].count("/robots.txt") == 1
    agents = {h.headers.get("User-Agent", "") for h in site.hits}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith(f"Sinergi/{__version__} (")


def test_requests_to_one_host_keep_the_delay(site: Site, tmp_path: Path) -> None:  # noqa: F811
    _run(tmp_path, Plan(urls=site.story_urls()[:3]), fetch_delay=0.3)
    times = [h.at for h in site.hits]
    assert len(times) == 4  # robots.txt and three pages
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.29, gaps


def test_a_crawl_delay_only_lengthens_the_wait() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    pacer = Pacer(1.0, sleep=sleep, clock=lambda: now[0])
    pacer.slow_down("http://a", 5.0)
    pacer.slow_down("http://b", 0.1)
    for url in ("http://a/1", "http://a/2", "http://b/1", "http://b/2", "http://c/1"):
        pacer.wait(url)
    assert slept == [5.0, 1.0]


def test_503_is_retried_with_backoff(site: Site, tmp_path: Path) -> None:  # noqa: F811
    sleeps: list[float] = []
    report = _run(tmp_path, Plan(urls=[f"{site.base}/sibuk", f"{site.base}/selalu-sibuk"]),
                  sleeps=sleeps, fetch_backoff=1.0, fetch_retries=2)
    assert len(report.archived) == 1  # /sibuk, after two 503s
    assert [h.status for h in site.hits if h.path == "/sibuk"] == [503, 503, 200]
    assert [h.status for h in site.hits if h.path == "/selalu-sibuk"] == [503, 503, 503]
    assert [f.url for f in report.failures] == [f"{site.base}/selalu-sibuk"]
    assert "setelah 2 percobaan ulang" in report.failures[0].line
    assert sleeps == [1.0, 2.0, 1.0, 2.0]


def test_a_page_named_again_is_asked_conditionally(site: Site, tmp_path: Path) -> None:  # noqa: F811
    url = site.story_urls()[0]
    assert len(_run(tmp_path, Plan(urls=[url])).archived) == 1
    again = _run(tmp_path, Plan(urls=[url]))
    assert (len(again.archived), again.unchanged) == (0, 1)
    last = site.pages_hit()[-1]
    assert last.headers.get("If-None-Match") and last.status == 304


def test_same_text_without_validators_is_unchanged(site: Site, tmp_path: Path) -> None:  # noqa: F811
    site.conditional = False
    url = site.story_urls()[0]
    _run(tmp_path, Plan(urls=[url]))
    again = _run(tmp_path, Plan(urls=[url, f"{site.base}/pindah"]))  # /pindah: the same page
    assert (len(again.archived), again.unchanged) == (0, 2)
    assert len((tmp_path / "arsip.jsonl").read_text().splitlines()) == 1


def test_a_deleted_archive_starts_afresh(site: Site, tmp_path: Path) -> None:  # noqa: F811
    plan = Plan(feeds=[(f"{site.base}/feed.xml", Origin())])
    _run(tmp_path, plan)
    (tmp_path / "arsip.jsonl").unlink()
    assert len(_run(tmp_path, plan).archived) == len(STORIES)


def test_a_sitemap_index_and_since(site: Site, tmp_path: Path) -> None:  # noqa: F811
    origin = Origin("Kabar Banua", "Kalimantan Selatan")
    plan = Plan(sitemaps=[(f"{site.base}/sitemap.xml", origin)])
    report = _run(tmp_path, plan, since=date(2025, 7, 1))
    assert report.listings == 2 and report.older == 2 and not report.failures
    assert sorted(r["published"] for r in report.archived) == ["2025-07-21", "2025-08-12"]
    assert {(r["source"], r["province"]) for r in report.archived} == {
        ("Kabar Banua", "Kalimantan Selatan")}


def test_since_also_reads_the_page_date(site: Site, tmp_path: Path) -> None:  # noqa: F811
    report = _run(tmp_path, Plan(urls=site.story_urls()[:2]), since=date(2025, 6, 1))
    assert [r["published"] for r in report.archived] == ["2025-06-03"]
    assert report.older == 1


def test_a_redirect_is_followed_and_recorded(site: Site, tmp_path: Path) -> None:  # noqa: F811
    report = _run(tmp_path, Plan(urls=[f"{site.base}/pindah"]))
    (rec,) = report.archived
    assert rec["requested_url"] == f"{site.base}/pindah"
    assert rec["final_url"] == rec["url"] == site.story_urls()[0]
    line = json.loads((tmp_path / "arsip.jsonl").read_text())
    assert line["raw_html"].startswith("arsip-html/")


def test_a_selector_narrows_the_page(site: Site, tmp_path: Path) -> None:  # noqa: F811
    feed = f"{site.base}/feed.xml"
    good = _run(tmp_path, Plan(feeds=[(feed, Origin(selector="div.article-body, "
                                                    "div.entry-content"))]))
    assert len(good.archived) == len(STORIES)
    assert all("Bagikan" not in r["text"] for r in good.archived)
    bad = _run(tmp_path / "b", Plan(feeds=[(feed, Origin(selector="div.tidak-ada"))]))
    assert len(bad.failures) == len(STORIES)
    assert "selector 'div.tidak-ada'" in bad.failures[0].line


def test_the_charset_of_the_http_header_is_used(site: Site, tmp_path: Path) -> None:  # noqa: F811
    (rec,) = _run(tmp_path, Plan(urls=[f"{site.base}/cp1252"])).archived
    assert rec["text"].startswith("Banjarbaru \u2013 Pemerintah Kota Banjarbaru")


def test_more_redirects_than_allowed_fail(site: Site, tmp_path: Path) -> None:  # noqa: F811
    (failure,) = _run(tmp_path, Plan(urls=[f"{site.base}/jauh/0"])).failures
    assert failure.line.endswith("too many redirects (more than 10)")
    assert len([h for h in site.hits if h.path.startswith("/jauh/")]) == 11


def test_a_body_without_length_is_cut_at_the_cap(site: Site, tmp_path: Path) -> None:  # noqa: F811
    (failure,) = _run(tmp_path, Plan(urls=[f"{site.base}/besar-tanpa-panjang"])).failures
    assert "SINERGI_FETCH_MAX_BYTES" in failure.line


def test_no_server_is_one_line(tmp_path: Path) -> None:
    (failure,) = _run(tmp_path, Plan(urls=["http://127.0.0.1:9/berita"])).failures
    assert failure.line.startswith("http://127.0.0.1:9/berita: ")
    assert "tidak dapat terhubung" in failure.line or "robots.txt" in failure.line


def test_a_missing_robots_allows_and_a_broken_one_forbids(site: Site, tmp_path: Path) -> None:  # noqa: F811
    site.robots_status = 404
    assert len(_run(tmp_path / "a", Plan(urls=site.story_urls()[:1])).archived) == 1
    site.robots_status = 503
    report = _run(tmp_path / "b", Plan(urls=site.story_urls()[:2]))
    assert not report.archived and len(report.failures) == 2
    assert "robots.txt situs ini tidak dapat dibaca (HTTP 503)" in report.failures[0].line
    # read once per run (with its retries on 503), not once per page; no page was asked
    assert [h.path for h in site.hits][2:] == ["/robots.txt"] * 3


def test_a_parser_crash_on_one_page_is_one_failure(site: Site, tmp_path: Path,  # noqa: F811
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from sinergi.news.fetch import run

    real = run.extract_page
    bad = site.story_urls()[1]

    def flaky(body: bytes, url: str, *args: object) -> object:
        if url == bad:
            raise RecursionError("maximum recursion depth exceeded")
        return real(body, url, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "extract_page", flaky)
    report = _run(tmp_path, Plan(urls=site.story_urls()))
    assert len(report.archived) == len(STORIES) - 1
    (failure,) = report.failures
    assert failure.line.startswith(f"{bad}: galat tak terduga saat membaca (RecursionError")
