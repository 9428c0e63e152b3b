"""The evidence page: the sentences and sources behind one fact."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import HTMLResponse

from ...errors import NotFound
from ..deps import StoreDep
from ..labels import labels
from ..questions import ask
from ..routers.common import KEYED_ERRORS
from .render import Lang, evidence_href, page

router = APIRouter(tags=["dashboard"])


@router.get("/evidence/{key}", response_class=HTMLResponse, responses=KEYED_ERRORS)
def evidence_page(
    store: StoreDep,
    key: Annotated[str, Path(min_length=1, max_length=500, description="Fact key.")],
    lang: Lang = None,
) -> HTMLResponse:
    """The sentences and sources behind a fact, as a page (the JSON is /api/v1/evidence)."""
    chosen, words = labels(lang)
    rows = ask(store, "evidence", {"key": key}).rows
    if not rows:
        raise NotFound(f"no evidence for {key!r}: no article or record reports it")
    return page("evidence.html", t=words, lang=chosen, key=key, rows=rows,
                switch=f"{evidence_href(key, 'en' if chosen == 'id' else 'id')}")
