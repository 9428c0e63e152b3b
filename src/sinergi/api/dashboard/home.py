"""``/cakupan``: choose a province and a topic, read the coverage and gaps tables (the
landing page ``/`` is the map, ``peta``)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from ...questions.registry import registry
from ...questions.vocabulary import TOPIC
from ...schema import Topic
from ..deps import StoreDep
from ..labels import labels
from ..questions import ask
from ..routers.common import KEYED_ERRORS
from .cells import Table, table
from .render import Lang, page

router = APIRouter(tags=["dashboard"])


def _provinces(store: Any) -> list[dict[str, Any]]:
    rows = ask(store, "list-regions", {"level": "province", "limit": 100, "offset": 0}).rows
    return [{"code": r["key"], "name": r.get("name") or r["key"]} for r in rows]


def _table(store: Any, name: str, params: dict[str, Any], lang: str) -> Table:
    return table(store, name, ask(store, name, params), lang)


def _province_code(value: str | None, provinces: list[dict[str, Any]]) -> str:
    # The form sends codes; a typed name is accepted too (the registry resolves it).
    for p in provinces:
        if value in (p["code"], p["name"]):
            return str(p["code"])
    return value or ""


@router.get("/cakupan", response_class=HTMLResponse, responses=KEYED_ERRORS)
def home(
    store: StoreDep,
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
        tables = [(words[name], _table(store, name, params, chosen))
                  for name in ("coverage", "gaps") if name in registry()]
    query = {"province": code, "topic": topic.value if topic else "", "lang": chosen}
    other = "en" if chosen == "id" else "id"
    return page(
        "dashboard.html",
        t=words, lang=chosen, provinces=provinces,
        topics=[(t.value, TOPIC.label(t.value, chosen)) for t in Topic],
        province=code, topic=topic.value if topic else "", tables=tables,
        network=f"/api/v1/viz/province?{urlencode({'province': code, 'topic': query['topic']})}",
        switch=f"/cakupan?{urlencode({**query, 'lang': other})}",
    )
