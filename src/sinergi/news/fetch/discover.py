"""Which pages a feed (RSS/Atom, read by feedparser) or a sitemap lists.

A feed or sitemap that does not parse fails whole (one ``FetchFailure``): taking the
entries a lenient parser salvaged from a broken file would load part of it silently.
A sitemap index lists other sitemaps, which the caller reads in turn. Sitemaps may be
gzipped. XML is parsed without entities or network access.
"""

from __future__ import annotations

import gzip
import time
from dataclasses import dataclass
from datetime import date
from urllib.parse import urldefrag, urljoin

import feedparser
from lxml import etree

from .failure import FetchFailure
from .metadata import day_of

# Not errors: a feed served with a text/html or wrong-charset header still parses.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


@dataclass(frozen=True)
class Entry:
    """A page a listing names, with the date it gives (published, updated, lastmod)."""

    url: str
    day: date | None = None


@dataclass(frozen=True)
class Listing:
    pages: tuple[Entry, ...]
    sitemaps: tuple[Entry, ...] = ()


def _malformed_feed(url: str, why: str) -> FetchFailure:
    return FetchFailure(url, "feed rusak", f"malformed feed ({why})")


def parse_feed(body: bytes, url: str) -> Listing:
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, _HARMLESS):
        raise _malformed_feed(url, str(problem).strip() or type(problem).__name__)
    if not parsed.get("version"):
        raise _malformed_feed(url, "not RSS or Atom")
    pages = []
    for item in parsed.entries:
        link = item.get("link")
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        day = date(*stamp[:3]) if isinstance(stamp, time.struct_time) else None
        pages.append(Entry(urldefrag(urljoin(url, link))[0], day))
    return Listing(tuple(pages))


def _malformed_sitemap(url: str, why: str) -> FetchFailure:
    return FetchFailure(url, "sitemap rusak", f"malformed sitemap ({why})")


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _news_date(item: etree._Element) -> date | None:
    """``<news:publication_date>`` of a Google News sitemap entry, which has no lastmod."""
    for node in item.iter():
        if _local(node.tag) == "publication_date":
            return day_of((node.text or "").strip())
    return None


def parse_sitemap(body: bytes, url: str, max_bytes: int) -> Listing:
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError) as exc:
            raise _malformed_sitemap(url, f"gzip: {exc}") from None
        if len(body) > max_bytes:
            raise _malformed_sitemap(url, f"more than {max_bytes} bytes unzipped")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise _malformed_sitemap(url, str(exc)) from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise _malformed_sitemap(url, f"<{kind}> is not urlset or sitemapindex")
    entries = []
    for item in root:
        fields = {_local(child.tag): (child.text or "").strip() for child in item}
        if fields.get("loc"):
            day = day_of(fields.get("lastmod")) or _news_date(item)
            entries.append(Entry(urldefrag(urljoin(url, fields["loc"]))[0], day))
    if kind == "sitemapindex":
        return Listing((), tuple(entries))
    return Listing(tuple(entries))


__all__ = ["Entry", "Listing", "parse_feed", "parse_sitemap"]
