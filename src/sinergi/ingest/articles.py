"""News articles into the graph, after the reference layer they resolve against."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..extract import Article
from ..news.load import LoadReport
from ..news.load import load_articles as _load
from ..reference.load import ensure_reference
from ..stores import GraphStore


def load_articles(store: GraphStore, articles: Iterable[Article],
                  announce: Callable[[str], None] | None = None, *, workers: int = 1
                  ) -> LoadReport:
    """Extract, resolve and write the articles not stored yet (``sinergi.news.load``),
    extracting in ``workers`` processes; the reference layer is loaded first when the
    graph has none."""
    ensure_reference(store, announce)
    return _load(store, articles, workers=workers)
