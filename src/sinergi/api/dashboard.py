"""The dashboard at ``/``: choose a province and a topic, read coverage and gaps.

Server-rendered with Jinja2 (autoescaped), inline CSS and no script or CDN, so it
works offline and needs no build step. Every key in a table links to its evidence
page (``/evidence/{key}``); a link opens the province's network view.
"""

from __future__ import annotations

import re
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import NotFound
from ..questions.registry import registry
from ..schema import Topic
from .deps import StoreDep
from .labels import COLUMNS, labels
from .questions import ask
from .routers.common import KEYED_ERRORS

router = APIRouter(include_in_schema=True, tags=["dashboard"])

_ENV = Environment(
    loader=FileSystemLoader(FilePath(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
# Keys of facts (agreement:..., meeting:..., pemkab:63.10); bare region codes are
# reference data, which no article reports, so they are not linked.
_KEY = re.compile(r"[a-z_]+:[^\s|]+(\|[^\s]+)*")
_SAFE_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)

#: Status words -> colour class; anything else is shown neutral.
STATUS_CLASS = {
    "covered": "ok", "signed": "ok", "active": "ok", "accepted": "ok", "yes": "ok",
    "planned": "warn", "partial": "warn", "stale": "warn", "needs_review": "warn",
    "expired": "bad", "terminated": "bad", "gap": "bad", "none": "bad", "missing": "bad",
    "no": "bad", "uncovered": "bad", "team": "warn", "province-only": "warn",
}

Lang = Annotated[str | None, Query(max_length=5, description="id (default) or en.")]


def evidence_href(key: str, lang: str) -> str:
    return f"/evidence/{quote(key, safe=':|.')}?lang={lang}"


def is_key(value: Any) -> bool:
    return isinstance(value, str) and bool(_KEY.fullmatch(value))


def status_class(column: str, value: Any) -> str:
    if "status" not in column.lower() or value is None:
        return ""
    word = str(value).strip().lower().replace(" ", "_")
    return f"st st-{STATUS_CLASS.get(word, 'other')}"


def safe_url(value: Any) -> str | None:
    return str(value) if isinstance(value, str) and _SAFE_URL.fullmatch(value) else None


_ENV.globals.update(is_key=is_key, status_class=status_class, safe_url=safe_url,
                    evidence_href=evidence_href)


def _provinces(store: Any) -> list[dict[str, Any]]:
    rows = ask(store, "list-regions", {"level": "province", "limit": 100, "offset": 0}).rows
    return [{"code": r["key"], "name": r.get("name") or r["key"]} for r in rows]


def _table(store: Any, name: str, params: dict[str, Any]) -> dict[str, Any]:
    result = ask(store, name, params)
    return {"name": name, "columns": list(result.columns), "rows": result.rows}


def _province_code(value: str | None, provinces: list[dict[str, Any]]) -> str:
    # The form sends codes; a typed name is accepted too (the registry resolves it).
    for p in provinces:
        if value in (p["code"], p["name"]):
            return str(p["code"])
    return value or ""


@router.get("/", response_class=HTMLResponse, responses=KEYED_ERRORS)
def page(
    store: StoreDep,
    request: Request,
    province: Annotated[str | None, Query(max_length=100, description="Province.")] = None,
    topic: Annotated[Topic | None, Query(description="Cooperation topic.")] = None,
    lang: Lang = None,
) -> HTMLResponse:
    """The dashboard: coverage and gaps of a topic in a province, with links to evidence."""
    chosen, words = labels(lang)
    provinces = _provinces(store)
    code = _province_code(province, provinces)
    tables = []
    if code and topic:
        params = {"province": code, "topic": topic.value}
        tables = [(words[name], _table(store, name, params))
                  for name in ("coverage", "gaps") if name in registry()]
    query = {"province": code, "topic": topic.value if topic else "", "lang": chosen}
    other = "en" if chosen == "id" else "id"
    html = _ENV.get_template("dashboard.html").render(
        t=words, lang=chosen, headings=COLUMNS[chosen], provinces=provinces,
        topics=[t.value for t in Topic],
        province=code, topic=topic.value if topic else "", tables=tables,
        network=f"/api/v1/viz/province?{urlencode({'province': code, 'topic': query['topic']})}",
        switch=f"/?{urlencode({**query, 'lang': other})}",
    )
    return HTMLResponse(html)


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
    html = _ENV.get_template("evidence.html").render(
        t=words, lang=chosen, key=key, rows=rows,
        switch=f"{evidence_href(key, 'en' if chosen == 'id' else 'id')}",
    )
    return HTMLResponse(html)
