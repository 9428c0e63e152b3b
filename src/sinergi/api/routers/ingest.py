"""``POST /ingest/articles``: load news articles through the same ``sinergi.ingest`` as
the CLI, so the same rules hold (the reference layer is loaded first when absent).

Writes need ``Authorization: Bearer <SINERGI_API_KEY>``: 403 while no key is
configured (the server is read-only by default), 401 for a missing or wrong key.
Bodies above ``SINERGI_MAX_REQUEST_BYTES`` are refused with 413 (see ``limits``).
Loading an article twice creates nothing new."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..cache import lookup
from ..deps import ApiKeyDep, StoreDep
from ..errors import error_responses
from ..models import IngestReport, IngestRequest

router = APIRouter(tags=["ingest"])


@router.post(
    "/ingest/articles",
    response_model=IngestReport,
    dependencies=[ApiKeyDep],
    responses=error_responses(401, 403, 413, 422, 503),
)
def ingest_articles(body: IngestRequest, store: StoreDep) -> dict[str, Any]:
    """Extract, resolve and load articles; answers what was loaded and created.

    Example: `curl -H "Authorization: Bearer $SINERGI_API_KEY" -H "Content-Type:
    application/json" -d '{"articles": [{"id": "a1", "text": "..."}]}'
    http://127.0.0.1:8000/api/v1/ingest/articles`
    """
    from ...ingest import load_articles
    from ...news.extract import Article

    articles = [
        Article(a.id, a.text, url=a.url, title=a.title, published=a.published)
        for a in body.articles
    ]
    report = load_articles(store, articles)
    cache = lookup(store)
    if cache is not None:
        cache.clear()  # the next read sees what was just written
    return {
        "ok": not report.errors,
        "articles_loaded": report.articles_loaded,
        "articles_unchanged": report.articles_unchanged,
        "errors": list(report.errors),
        "created": dict(report.created),
    }
