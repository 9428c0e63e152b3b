"""``POST /ingest/articles``: load news articles through the same ``sinergi.ingest`` as
the CLI, so the same rules hold (the reference layer is loaded first when absent).

Writes need ``Authorization: Bearer <SINERGI_API_KEY>``: 403 while no key is
configured (the server is read-only by default), 401 for a missing or wrong key.
Bodies above ``SINERGI_MAX_REQUEST_BYTES`` are refused with 413 (see ``limits``); the key
is checked before the body is read (``KeyFirstRoute``); each text passes the input gate
(``sinergi.gate``: size, NUL, empty, binary) like a file given to ``sinergi load``, and a
``published`` that is not a real date is refused (422).
Loading an article twice creates nothing new."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ...errors import InputError, ParameterError
from ...gate import check_article
from ..cache import lookup
from ..deps import ApiKeyDep, KeyFirstRoute, SettingsDep, StoreDep
from ..errors import error_responses
from ..models import IngestReport, IngestRequest

router = APIRouter(tags=["ingest"], route_class=KeyFirstRoute)


@router.post(
    "/ingest/articles",
    response_model=IngestReport,
    dependencies=[ApiKeyDep],
    responses=error_responses(401, 403, 413, 422, 503),
)
def ingest_articles(body: IngestRequest, store: StoreDep, settings: SettingsDep
                    ) -> dict[str, Any]:
    """Extract, resolve and load articles; answers what was loaded and created.

    Example: `curl -H "Authorization: Bearer $SINERGI_API_KEY" -H "Content-Type:
    application/json" -d '{"articles": [{"id": "a1", "text": "..."}]}'
    http://127.0.0.1:8000/api/v1/ingest/articles`
    """
    from ...extract import Article
    from ...ingest import load_articles

    articles = [
        Article(a.id, _checked(i, a.id, a.text, settings.max_article_bytes), url=a.url,
                title=a.title, published=a.published)
        for i, a in enumerate(body.articles)
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


def _checked(index: int, article_id: str, text: str, limit: int) -> str:
    """The text through the same gate as the CLI's files (size, NUL, empty, binary)."""
    try:
        return check_article(text, article_id, limit)
    except InputError as exc:
        raise ParameterError(f"articles.{index}.text: {exc.problem}",
                             param=f"articles.{index}.text") from None
