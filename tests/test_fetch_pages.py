"""What a page says about itself (date, canonical, language), read from its HTML alone,
and what feeds and sitemaps list."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from sinergi.news.fetch.discover import parse_feed, parse_sitemap
from sinergi.news.fetch.failure import FetchFailure
from sinergi.news.fetch.metadata import canonical_url, day_of, language, published
from sinergi.news.fetch.page import extract_page, parse_html

BODY = ("<p>Samarinda - Pemerintah Kota Samarinda dan Kantor Imigrasi Kelas I TPI Samarinda "
        "membahas pengawasan orang asing di kawasan industri, Kamis (6/3).</p><p>Rapat juga "
        "membahas pendataan pekerja asing di pelabuhan dan laporan bulanan Timpora kota.</p>")


def _tree(head: str, body: str = BODY, lang: str = "id"):  # type: ignore[no-untyped-def]
    return parse_html(f'<html lang="{lang}"><head>{head}</head><body><article>{body}'
                      "</article></body></html>".encode(), "u")


@pytest.mark.parametrize(("value", "day"), [
    ("2025-05-14T23:30:00-05:00", date(2025, 5, 14)),  # the day as written, not in UTC
    ("2025-05-14", date(2025, 5, 14)),
    ("Wed, 14 May 2025 23:30:00 +0800", date(2025, 5, 14)),
    ("2025/05/14 10:00:00", date(2025, 5, 14)),
    ("Rabu, 14 Mei 2025 10:00 WIB", date(2025, 5, 14)),
    ("14 Agustus 2025", date(2025, 8, 14)),
    ("kemarin", None), ("", None), ("2025-13-45", None), ("14 Kemarin 2025", None),
])
def test_day_of(value: str, day: date | None) -> None:
    assert day_of(value) == day


def test_the_article_json_ld_wins_and_a_modification_date_is_never_taken() -> None:
    ld = ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage", '
          '"datePublished": "2024-01-01"}, {"@type": ["NewsArticle"], '
          '"dateModified": "2025-03-09", "datePublished": "2025-03-06T10:00:00+08:00"}]}'
          "</script>")
    meta = '<meta property="article:published_time" content="2025-03-07T08:00:00+07:00">'
    assert published(_tree(ld + meta), "") == (date(2025, 3, 6), "json-ld")
    only_modified = ('<script type="application/ld+json">{"@type": "NewsArticle", '
                     '"dateModified": "2025-03-09"}</script>'
                     '<meta property="article:modified_time" content="2025-03-09">')
    assert published(_tree(only_modified), "Samarinda - tanpa tanggal") == (None, None)


def test_a_broken_json_ld_falls_back_to_the_meta_tags() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", </script>'
            '<meta name="pubdate" content="2025-03-06">')
    assert published(_tree(head), "") == (date(2025, 3, 6), "meta")


def test_the_article_time_tag_but_not_a_comment_s() -> None:
    body = ('<div class="comment"><time datetime="2025-03-10">10/3</time></div>'
            '<header><time datetime="2025-03-06T09:00:00+08:00">Kamis</time></header>' + BODY)
    assert published(_tree("", body), "") == (date(2025, 3, 6), "meta")
    comment_only = '<div class="comments"><time datetime="2025-03-10">10/3</time></div>' + BODY
    assert published(_tree("", comment_only), "") == (None, None)


def test_the_dateline_when_the_page_has_no_date() -> None:
    assert published(_tree(""), "Samarinda, 6 Maret 2025 - Pemkot ...") == (
        date(2025, 3, 6), "dateline")


def test_canonical_and_language() -> None:
    tree = _tree('<link rel="canonical" href="/berita/1">', lang="id-ID")
    assert canonical_url(tree, "https://x.example/b?utm=1") == "https://x.example/berita/1"
    assert language(tree) == "id"
    assert language(_tree("", lang="")) is None
    assert canonical_url(_tree(""), "https://x.example/b") == "https://x.example/b"


def test_a_page_without_an_article_fails() -> None:
    with pytest.raises(FetchFailure, match="tidak ada artikel"):
        extract_page(b"<html><body><nav>Beranda</nav><p>Halo</p></body></html>", "u", "u")


def test_a_feed_lists_its_links_with_dates() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id>
<updated>2025-03-07T00:00:00Z</updated>
<entry><title>a</title><id>1</id><link href="/berita/1#top"/>
<published>2025-03-06T10:00:00Z</published>
<updated>2025-03-07T00:00:00Z</updated></entry></feed>"""
    listing = parse_feed(atom, "https://x.example/feed")
    assert [(e.url, e.day) for e in listing.pages] == [
        ("https://x.example/berita/1", date(2025, 3, 6))]


@pytest.mark.parametrize("body", [b"<rss><channel><item><link>https://x.example/1</link>",
                                  b"<html><body>Bukan feed</body></html>", b""])
def test_a_broken_feed_fails_whole(body: bytes) -> None:
    with pytest.raises(FetchFailure, match="feed rusak"):
        parse_feed(body, "https://x.example/feed")


def test_a_gzipped_sitemap_and_an_index() -> None:
    urlset = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
              b"https://x.example/1</loc><lastmod>2025-03-06T10:00:00+08:00</lastmod></url>"
              b"</urlset>")
    listing = parse_sitemap(gzip.compress(urlset), "https://x.example/s.xml.gz", 10_000)
    assert [(e.url, e.day) for e in listing.pages] == [("https://x.example/1", date(2025, 3, 6))]
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
             b"<loc>/s1.xml</loc></sitemap></sitemapindex>")
    listing = parse_sitemap(index, "https://x.example/index.xml", 10_000)
    assert listing.pages == () and [e.url for e in listing.sitemaps] == [
        "https://x.example/s1.xml"]


def test_a_news_sitemap_dates_its_pages() -> None:
    news = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
            b"<loc>https://x.example/1</loc><news:news><news:publication>"
            b"<news:name>X</news:name><news:language>id</news:language></news:publication>"
            b"<news:publication_date>2025-03-06T10:00:00+08:00</news:publication_date>"
            b"<news:title>t</news:title></news:news></url></urlset>")
    listing = parse_sitemap(news, "https://x.example/news.xml", 10_000)
    assert [(e.url, e.day) for e in listing.pages] == [("https://x.example/1", date(2025, 3, 6))]


@pytest.mark.parametrize("body", [b"<urlset><url><loc>x", b"<html></html>",
                                  b"\x1f\x8bnot gzip"])
def test_a_broken_sitemap_fails_whole(body: bytes) -> None:
    with pytest.raises(FetchFailure, match="sitemap rusak"):
        parse_sitemap(body, "https://x.example/s.xml", 10_000)
