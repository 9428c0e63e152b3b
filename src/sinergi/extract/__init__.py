"""Reading Indonesian news articles into institutions, officials, agreements and meetings.

``extract_article(Article(...)).to_json()`` gives the contract of
``docs/extraction.md``; ``read_articles(paths, on_error=...)`` reads ``.txt``
files, folders and ``.jsonl`` files. See ``pipeline`` for the design.
"""

from __future__ import annotations

from .model import (
    EXTRACTOR,
    Agreement,
    Article,
    ArticleExtraction,
    Institution,
    InstitutionRef,
    Meeting,
    Official,
)
from .pipeline import extract_article
from .reader import read_articles

__all__ = [
    "EXTRACTOR",
    "Agreement",
    "Article",
    "ArticleExtraction",
    "Institution",
    "InstitutionRef",
    "Meeting",
    "Official",
    "extract_article",
    "read_articles",
]
