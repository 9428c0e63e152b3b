"""Reading the news where it is published: pages, RSS/Atom feeds and sitemaps.

``Fetcher(settings, archive).run(plan)`` downloads pages politely (``polite``,
``http``), finds what feeds and sitemaps list (``discover``), extracts each article's
main text and metadata (``page``, ``metadata``), appends it to a JSON Lines archive
with its raw HTML (``archive``) and remembers what it read (``state``) so that a
second run fetches nothing unchanged. ``sources`` reads an office's sources.toml.
"""

from __future__ import annotations

from .archive import to_article
from .failure import FetchFailure
from .run import Fetcher, FetchReport, Origin, Plan
from .sources import Source, read_sources

__all__ = ["FetchFailure", "FetchReport", "Fetcher", "Origin", "Plan", "Source",
           "read_sources", "to_article"]
