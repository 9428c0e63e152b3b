"""Acceptance of ``sinergi fetch`` (issue 18) against a news site on 127.0.0.1: every
article of a feed is loaded with its page's date, no menu/related/comment text reaches
the extractor, a second run fetches nothing, and each failure is one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from fetch_site.articles import CLUTTER, STORIES
from fetch_site.fixtures import fetch_env, fetch_env_backends, site  # noqa: F401 (fixtures)
from fetch_site.server import FAILURES, Site
from sinergi.cli.main import cli
from sinergi.extract import Article
from sinergi.news import parallel as news_extraction
from sinergi.settings import Settings
from sinergi.stores import open_graph


def _fetch(*args: str) -> Any:
    return CliRunner().invoke(cli, ["fetch", *args])


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """Every article handed to the extractor while loading."""
    seen: list[Article] = []
    real = news_extraction.extract_article

    def spy(article: Article) -> Any:
        seen.append(article)
        return real(article)

    monkeypatch.setattr(news_extraction, "extract_article", spy)
    return seen


def _archive(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_feed_load_reads_every_article_with_its_date_and_without_clutter(
        site: Site, fetch_env_backends: Settings, extracted: list[Article],  # noqa: F811
        tmp_path: Path) -> None:
    out = tmp_path / "arsip.jsonl"
    result = _fetch("--feed", f"{site.base}/feed.xml", "--out", str(out), "--load")
    assert result.exit_code == 0, result.output
    assert "4 artikel baru" in result.output and "0 gagal" in result.output

    by_url = {a.url: a for a in extracted}
    assert sorted(by_url) == sorted(site.story_urls())
    for story in STORIES:
        article = by_url[f"{site.base}/{story.slug}"]
        assert article.published == story.published, story.slug
        assert story.paragraphs[1] in article.text
        leaked = [c for c in CLUTTER if c in article.text]
        assert not leaked, f"{story.slug}: {leaked} reached the extractor"

    records = _archive(out)
    assert {r["published"] for r in records} == {s.published for s in STORIES}
    for r in records:
        assert r["language"] == "id" and r["final_url"] == r["url"]
        assert len(r["content_sha256"]) == 64 and r["fetched_at"]
        assert (out.parent / r["raw_html"]).read_bytes().startswith(b"<!DOCTYPE html>")

    graph = open_graph(fetch_env_backends)
    try:
        rows = graph.run("MATCH (a:Article) RETURN a.url AS url, a.published_on AS day")
    finally:
        graph.close()
    assert {(r["url"], str(r["day"])) for r in rows} == {
        (f"{site.base}/{s.slug}", s.published) for s in STORIES}


def test_a_second_run_fetches_nothing_new(site: Site, fetch_env: Settings,  # noqa: F811
                                          tmp_path: Path) -> None:
    out = tmp_path / "arsip.jsonl"
    assert _fetch("--feed", f"{site.base}/feed.xml", "--out", str(out)).exit_code == 0
    pages_before, lines_before = len(site.pages_hit()), len(_archive(out))

    again = _fetch("--feed", f"{site.base}/feed.xml", "--out", str(out), "--load")
    assert again.exit_code == 0, again.output
    assert "0 artikel baru, 4 tidak berubah" in again.output
    assert "Tidak ada artikel baru" in again.output
    assert len(site.pages_hit()) == pages_before  # no page asked again
    feed_hits = [h for h in site.hits if h.path == "/feed.xml"]
    assert [h.status for h in feed_hits] == [200, 304]
    assert len(_archive(out)) == lines_before


def test_each_failure_is_one_line_nothing_of_it_loaded_and_counted(
        site: Site, fetch_env: Settings, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "arsip.jsonl"
    pages = [p for p in FAILURES if not p.startswith(("/feed", "/sitemap"))]
    good = f"{site.base}/{STORIES[0].slug}"
    result = _fetch(good, *(site.base + p for p in pages),
                    "--feed", f"{site.base}/feed-rusak.xml",
                    "--sitemap", f"{site.base}/sitemap-rusak.xml", "--out", str(out), "--load")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines()
             if not line.startswith("Loading the reference data")]  # --load on an empty graph
    assert len(lines) == len(FAILURES), "\n".join(lines)  # nothing else on stderr
    for path, words in FAILURES.items():
        mine = [line for line in lines if line.startswith(f"{site.base}{path}: ")]
        assert len(mine) == 1, (path, lines)
        assert words in mine[0] and " / " in mine[0], mine[0]
    assert f"1 artikel baru, 0 tidak berubah, 0 lebih lama dari --since, {len(FAILURES)} gagal" \
        in result.stdout
    assert [r["url"] for r in _archive(out)] == [good]

    graph = open_graph(fetch_env)
    try:
        urls = [r["url"] for r in graph.run("MATCH (a:Article) RETURN a.url AS url")]
    finally:
        graph.close()
    assert urls == [good]


def test_load_articles_reads_the_archive_as_it_reads_any_jsonl(
        site: Site, fetch_env: Settings, extracted: list[Article], tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "arsip.jsonl"
    assert _fetch("--sitemap", f"{site.base}/sitemap.xml", "--out", str(out)).exit_code == 0
    assert not extracted  # fetched, not loaded
    result = CliRunner().invoke(cli, ["load", "articles", "--workers", "1", str(out)])
    assert result.exit_code == 0, result.output
    assert "4 article(s) loaded" in result.output
    assert sorted((a.url, a.published) for a in extracted) == sorted(
        (f"{site.base}/{s.slug}", s.published) for s in STORIES)


def test_no_url_feed_sitemap_or_sources_is_refused(fetch_env: Settings) -> None:  # noqa: F811
    result = _fetch()
    assert result.exit_code == 2
    assert "beri minimal satu URL" in result.output
