"""What a news page says about itself: publication date, canonical URL, language.

The date is read in this order, and the first found wins (``published_from`` says
which): the JSON-LD of an Article/NewsArticle (``datePublished``), the meta tags and
microdata of publication (``article:published_time``, ``itemprop=datePublished``,
``pubdate``, Dublin Core; the first ``<time datetime>`` of the ``<article>`` outside
its comments last), then the dateline at the head of the text (read by the
extractor's own ``published_from_dateline``). A modification date is never taken for
a publication date. A timestamp keeps the day as written on the page
(``2025-05-14T23:30:00+08:00`` is the 14th), not the day in UTC.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from lxml import html as lxml_html

from ...extract.dates import MONTHS, published_from_dateline

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting",
                  "analysisnewsarticle"}
_META_NAMES = ("article:published_time", "og:published_time", "datepublished", "pubdate",
               "publishdate", "publish-date", "publish_date", "content_publisheddate",
               "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created",
               "parsely-pub-date", "sailthru.date", "date")
# The first <time datetime> of the article or its header, outside any comment.
_ARTICLE_TIME = ("(//article//time[@datetime][not(ancestor::*[contains(@class, 'comment') "
                 "or contains(@id, 'comment')])])[1]")
# "2025-06-02T10:00:00+07:00", and the "2025/06/02 10:00:00" some Indonesian CMSs write
_ISO_DAY = re.compile(r"^\s*((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)")
# "Senin, 2 Juni 2025 10:00 WIB"
_WORDY_DAY = re.compile(r"^\s*(?:[A-Za-z']+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?\s+((?:19|20)\d\d)\b")


def day_of(value: str | None) -> date | None:
    """The calendar day of an ISO timestamp, an RFC 2822 date or an Indonesian date
    ("Senin, 2 Juni 2025") as written, else None."""
    if not value:
        return None
    m = _ISO_DAY.match(value)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _WORDY_DAY.match(value)
        if m and m[2].lower() in MONTHS:
            return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _jsonld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue  # a broken JSON-LD block is common; the meta tags still count
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", "")
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def jsonld_published(tree: lxml_html.HtmlElement) -> date | None:
    """``datePublished`` of the article; of the web page only when no article has one."""
    objects = list(_jsonld_objects(tree))
    for kinds in (_ARTICLE_TYPES, {"webpage"}):
        for obj in objects:
            if _types(obj) & kinds:
                found = day_of(str(obj.get("datePublished") or ""))
                if found:
                    return found
    return None


def meta_published(tree: lxml_html.HtmlElement) -> date | None:
    values: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        values.setdefault(key, meta.get("content"))
    for name in _META_NAMES:
        found = day_of(values.get(name))
        if found:
            return found
    for node in tree.xpath(f'//*[@itemprop="datePublished"]|//time[@pubdate]|{_ARTICLE_TIME}'):
        found = day_of(node.get("datetime") or node.get("content") or node.text_content())
        if found:
            return found
    return None


def page_date(tree: lxml_html.HtmlElement) -> tuple[date | None, str | None]:
    """The publication day the markup states, and where (``json-ld``, ``meta``)."""
    for source, found in (("json-ld", jsonld_published(tree)), ("meta", meta_published(tree))):
        if found:
            return found, source
    return None, None


def published(tree: lxml_html.HtmlElement, text: str) -> tuple[date | None, str | None]:
    """The publication day and where it was read (``json-ld``, ``meta``, ``dateline``)."""
    found, source = page_date(tree)
    if found:
        return found, source
    found = published_from_dateline(text)
    return (found, "dateline") if found else (None, None)


def title(tree: lxml_html.HtmlElement) -> str | None:
    """The headline: ``og:title``, else the first ``<h1>``, else ``<title>``."""
    for found in (*tree.xpath('//meta[@property="og:title"]/@content'),
                  *(h.text_content() for h in tree.iter("h1")),
                  tree.findtext(".//title")):
        text = " ".join(str(found or "").split())
        if text:
            return text
    return None


def canonical_url(tree: lxml_html.HtmlElement, final_url: str) -> str:
    for href in (*tree.xpath('//link[@rel="canonical"]/@href'),
                 *tree.xpath('//meta[@property="og:url"]/@content')):
        if str(href).strip():
            return urljoin(final_url, str(href).strip())
    return final_url


def language(tree: lxml_html.HtmlElement) -> str | None:
    """The page's declared language as a primary subtag (``id``, ``en``), else None."""
    candidates = [tree.get("lang"), tree.get("xml:lang"),
                  *tree.xpath('//meta[@http-equiv="content-language"]/@content'),
                  *tree.xpath('//meta[@property="og:locale"]/@content')]
    for value in candidates:
        tag = re.split(r"[-_,;\s]", str(value or "").strip().lower())[0]
        if re.fullmatch(r"[a-z]{2,3}", tag):
            return tag
    return None


__all__ = ["canonical_url", "day_of", "language", "page_date", "published", "title"]
