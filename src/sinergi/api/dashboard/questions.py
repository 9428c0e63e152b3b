"""Every registered question on the dashboard: ``/pertanyaan`` lists them,
``/pertanyaan/{name}`` asks one with a form generated from its header, and
``/pertanyaan/{name}/csv`` and ``/xlsx`` download the table shown.

The URL holds every parameter (a deep link reproduces the answer; the "link to this
answer" also fixes the defaults, such as today's date). Failures are HTML pages in
the page's language with the API's status codes.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response

from ...questions.registry import Query, registry
from ..deps import StoreDep
from .answer import Answer, Problem, answer, given_params
from .download import CSV_TYPE, XLSX_TYPE, to_csv, to_xlsx
from .form import fields, param_label
from .render import Lang, page
from .words import words

router = APIRouter(tags=["dashboard"])
Name = Annotated[str, Path(max_length=100, description="Question name.")]


def _url(path: str, params: dict[str, Any]) -> str:
    shown = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(shown)}" if shown else path


def titles(query: Query, lang: str) -> tuple[str, str]:
    """The question's title and one-line explanation in ``lang``."""
    h = query.header
    if lang == "id":
        return h.title_id or h.title, h.summary_id or h.description
    return h.title, h.summary_en or h.description


def _missing(name: str, lang: str, t: dict[str, str]) -> HTMLResponse:
    problem = Problem(404, t["not_found"], t["unknown_question"].format(name=name))
    return page("problem.html", 404, t=t, lang=lang, problem=problem,
                switch=_url(f"/pertanyaan/{name}", {"lang": "en" if lang == "id" else "id"}))


def _paging(ans: Answer, path: str, lang: str, t: dict[str, str]) -> dict[str, Any]:
    result = ans.result
    if result is None or not result.paged:
        return {}
    first, last = result.offset + 1, result.offset + len(result.rows)
    note = t["rows_of"].format(first=min(first, last) if last else 0, last=last,
                               total=result.total)
    base = {**ans.given, "lang": lang}
    out: dict[str, Any] = {"note": note}
    if result.next_offset is not None:
        out["next"] = _url(path, {**base, "offset": result.next_offset})
    if result.offset > 0 and result.limit:
        out["previous"] = _url(path, {**base, "offset": max(0, result.offset - result.limit)})
    return out


@router.get("/pertanyaan", response_class=HTMLResponse)
def index(store: StoreDep, lang: Lang = None) -> HTMLResponse:
    """Every question, with its title and one-line explanation, linked to its page.
    Answers 503 like every page while the store is unreachable (none could be asked)."""
    chosen, t = words(lang)
    items = [(q.name, *titles(q, chosen)) for q in registry().values()]
    items.sort(key=lambda item: item[1].lower())
    other = "en" if chosen == "id" else "id"
    return page("questions.html", t=t, lang=chosen, items=items,
                switch=_url("/pertanyaan", {"lang": other}))


@router.get("/pertanyaan/{name}", response_class=HTMLResponse)
def question(store: StoreDep, request: Request, name: Name, lang: Lang = None) -> HTMLResponse:
    """One question: its form, its answer (names linked, values in the page's language),
    downloads, paging, and what to do when there is nothing to show."""
    chosen, t = words(lang)
    query = registry().get(name)
    if query is None:
        return _missing(name, chosen, t)
    path = f"/pertanyaan/{name}"
    ans = answer(store, query, given_params(request.query_params), chosen, t)
    title, summary = titles(query, chosen)
    here = {**ans.given, "lang": chosen}
    other = "en" if chosen == "id" else "id"
    return page(
        "question.html", ans.status, t=t, lang=chosen, name=name, title=title,
        summary=summary, ans=ans, fields=fields(query.params, {**ans.checked, **ans.given},
                                                chosen, t),
        param_label={p.name: param_label(p, chosen) for p in query.params},
        paging=_paging(ans, path, chosen, t),
        permalink=_url(path, {**{k: v for k, v in ans.checked.items() if v is not None},
                              "lang": chosen}),
        csv=_url(f"{path}/csv", here), xlsx=_url(f"{path}/xlsx", here),
        switch=_url(path, {**ans.given, "lang": other}),
    )


@router.get("/pertanyaan/{name}/{fmt}", response_class=Response)
def download(store: StoreDep, request: Request, name: Name,
             fmt: Annotated[str, Path(pattern="^(csv|xlsx)$", description="csv or xlsx")],
             lang: Lang = None) -> Response:
    """The table of ``/pertanyaan/{name}`` with the same parameters, as CSV or XLSX."""
    chosen, t = words(lang)
    query = registry().get(name)
    if query is None:
        return _missing(name, chosen, t)
    ans = answer(store, query, given_params(request.query_params), chosen, t)
    if ans.table is None:
        problem = ans.problem or Problem(422, t["error"], t["fill_in"])
        return page("problem.html", problem.status, t=t, lang=chosen, problem=problem,
                    switch=_url(f"/pertanyaan/{name}", {**ans.given, "lang": chosen}))
    suffix = "" if not ans.result or not ans.result.offset else f"-{ans.result.offset + 1}"
    filename = f"{name}{suffix}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if fmt == "csv":
        return Response(to_csv(ans.table), media_type=CSV_TYPE, headers=headers)
    title, _ = titles(query, chosen)
    about: list[tuple[str, Any]] = [("question", title), ("name", name),
                                    *ans.checked.items()]
    if ans.result is not None and ans.result.paged:
        about.append(("rows", _paging(ans, "", chosen, t)["note"]))
    return Response(to_xlsx(ans.table, about), media_type=XLSX_TYPE, headers=headers)
