"""A fetched news page into an article: main text, title, date, canonical URL, language.

trafilatura finds the main text and leaves out menus, share buttons, comments and
related-links widgets. Two kinds of clutter live inside the article body itself and
are pruned before it looks: "Baca juga:" lines (a link to another story, whose
headline would otherwise read as a sentence of this one) and paragraphs that are one
link and nothing else. A ``selector`` from sources.toml narrows the page to the
element(s) it names first, for sites whose layout trafilatura misreads.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector
from trafilatura.settings import use_config

from ...extract.dates import published_from_dateline
from .failure import FetchFailure
from .metadata import canonical_url, language, page_date, title

#: Fewer characters of main text than this is a listing, a cover or an error page.
MIN_ARTICLE_CHARS = 200

_LOWER = "translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', " \
         "'abcdefghijklmnopqrstuvwxyz')"
_LEADS = ("baca juga", "baca:", "lihat juga", "simak juga", "artikel terkait", "berita terkait",
          "baca selengkapnya")
# One union expression: trafilatura walks the tree once per expression given.
_PRUNE = " | ".join([
    "//p[" + " or ".join(f"starts-with({_LOWER}, '{lead}')" for lead in _LEADS) + "]",
    "//p[a and normalize-space(.) = normalize-space(string(a))]",
    '//*[contains(concat(" ", normalize-space(@class), " "), " related")]',
    '//*[contains(@class, "relatedposts") or contains(@class, "baca-juga")]',
])
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its signal-based timeout needs the main thread


@dataclass(frozen=True)
class Page:
    title: str | None
    text: str
    published: str | None
    published_from: str | None
    canonical_url: str
    language: str | None


def parse_html(body: bytes, url: str, charset: str | None = None) -> lxml_html.HtmlElement:
    """The page's tree. The charset of the HTTP header wins over the page's own ``<meta>``
    (as browsers do); without one, lxml reads the ``<meta>``."""
    try:
        if charset:
            try:
                return lxml_html.document_fromstring(body.decode(charset, "replace"))
            except ValueError:  # an XML declaration naming an encoding refuses a str
                pass
        return lxml_html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        raise FetchFailure(url, "HTML tidak dapat dibaca", "unreadable HTML") from None


def _narrow(tree: lxml_html.HtmlElement, selector: str, url: str) -> lxml_html.HtmlElement:
    found = CSSSelector(selector)(tree)
    if not found:
        raise FetchFailure(url, f"selector {selector!r} tidak menemukan apa pun di halaman",
                           f"selector {selector!r} matches nothing on the page")
    inner = "".join(lxml_html.tostring(el, encoding="unicode") for el in found)
    return lxml_html.document_fromstring(f"<html><body>{inner}</body></html>")


def extract_page(body: bytes, url: str, final_url: str, selector: str | None = None,
                 charset: str | None = None) -> Page:
    """The article of one page, or a ``FetchFailure`` when it holds none."""
    tree = parse_html(body, url, charset)
    # Read the markup first: trafilatura prunes the tree it is given (scripts, heads).
    canonical, lang, headline = canonical_url(tree, final_url), language(tree), title(tree)
    day, source = page_date(tree)
    doc = trafilatura.bare_extraction(
        _narrow(tree, selector, url) if selector else tree, url=final_url,
        include_comments=False, include_tables=False, favor_precision=True,
        prune_xpath=_PRUNE, config=_CONFIG)
    text = (getattr(doc, "text", None) or "").strip()
    if len(text) < MIN_ARTICLE_CHARS:
        raise FetchFailure(url, "tidak ada artikel di halaman ini",
                           "no article found on the page")
    if day is None:
        day = published_from_dateline(text)
        source = "dateline" if day else None
    return Page(headline, text, day.isoformat() if day else None, source, canonical, lang)


__all__ = ["MIN_ARTICLE_CHARS", "Page", "extract_page", "parse_html"]
