"""``sinergi fetch``: read news where it is published (pages, feeds, sitemaps) into an
archive that ``sinergi load articles`` reads, and with ``--load`` load it too."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import click

from ..errors import ParameterError
from .common import open_store, settings
from .main import cli
from .terminal import say


@cli.command()
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="An RSS or Atom feed; every page it lists is read (repeatable).")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
              help="A sitemap or sitemap index; every page it lists is read (repeatable).")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False, path_type=Path),
              help="A sources.toml listing feeds and sitemaps (name, feed/sitemap, province, "
                   "selector).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Skip pages published (or listed as changed) before this date.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Archive to append to (JSON Lines; raw HTML goes to ARCHIVE-html/ beside "
                   "it). Default: SINERGI_DATA_DIR/fetch/articles.jsonl.")
@click.option("--load", "load_after", is_flag=True,
              help="Also load the newly archived articles into the graph.")
def fetch(urls: tuple[str, ...], feeds: tuple[str, ...], sitemaps: tuple[str, ...],
          sources_file: Path | None, since: datetime | None, out: Path | None,
          load_after: bool) -> None:
    """Download news pages, extract each article and append it to an archive.

    Reads the pages given, and those that --feed/--sitemap/--sources list, politely:
    robots.txt is obeyed, one request per host per SINERGI_FETCH_DELAY seconds, with a
    User-Agent naming Sinergi. Each article keeps its text without menus, related links
    or comments, its title, publication date (page metadata, JSON-LD or dateline),
    canonical URL and language. A second run fetches nothing unchanged.

    A page that fails (404, timeout, not HTML, too large, redirect loop, no article,
    malformed feed or sitemap) prints one line "URL: alasan / reason"; nothing of it is
    archived or loaded, the run goes on, and the exit code is 1.

    Example:

    \b
        sinergi fetch --feed https://berita.example/feed --since 2025-01-01 --load
        sinergi fetch https://berita.example/2025/05/pks-timpora --out arsip.jsonl
        sinergi fetch --sources sources.toml   (see docs/fetch.md)
    """
    from ..news.fetch import Fetcher, Plan, read_sources

    if not (urls or feeds or sitemaps or sources_file):
        raise ParameterError(
            "beri minimal satu URL, --feed, --sitemap atau --sources / give at least one "
            "URL, --feed, --sitemap or --sources")
    plan = Plan(urls=list(urls), feeds=[(f, _no_origin()) for f in feeds],
                sitemaps=[(s, _no_origin()) for s in sitemaps])
    if sources_file:
        plan.add_sources(read_sources(sources_file))
    conf = settings()
    archive = out or conf.data_dir / "fetch" / "articles.jsonl"
    archive.parent.mkdir(parents=True, exist_ok=True)
    with Fetcher(conf, archive,
                 on_failure=lambda f: say(f.line, err=True)) as fetcher:
        report = fetcher.run(plan, since.date() if since else None)
    _summary(report, archive)
    if load_after and report.archived:
        _load(report.archived)
    elif load_after:
        say("Tidak ada artikel baru untuk dimuat / no new article to load")
    if report.failures:
        raise SystemExit(1)


def _no_origin() -> Any:
    from ..news.fetch import Origin

    return Origin()


def _summary(report: Any, archive: Path) -> None:
    n, same, old, bad = (len(report.archived), report.unchanged, report.older,
                         len(report.failures))
    say(f"{n} artikel baru, {same} tidak berubah, {old} lebih lama dari --since, "
               f"{bad} gagal / {n} new article(s), {same} unchanged, {old} older than --since, "
               f"{bad} failed")
    say(f"{report.requests} permintaan HTTP dalam {report.seconds:.1f} dtk / "
               f"{report.requests} HTTP request(s) in {report.seconds:.1f} s; "
               f"arsip / archive: {archive}")


def _load(records: list[dict[str, Any]]) -> None:
    from ..ingest import load_articles
    from ..news.fetch import to_article

    # One process extracts: a polite fetch brings pages far slower than they are read.
    with open_store() as store:
        report = load_articles(store, [to_article(r) for r in records],
                               announce=lambda m: say(m, err=True))
    for message in report.errors:
        say(message, err=True)
    say(f"{report.articles_loaded} artikel dimuat, {report.articles_unchanged} sudah "
               f"ada / {report.articles_loaded} article(s) loaded, "
               f"{report.articles_unchanged} already stored")
    for what, count in sorted(report.created.items()):
        say(f"  +{count} {what}")
    if report.errors:
        raise SystemExit(1)
