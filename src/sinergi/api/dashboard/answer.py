"""Asking one question for a page: the parameters from the URL, the answer as a table,
or what went wrong, said for people in the page's language (never raw JSON).

Every refusal the registry makes is already bilingual or names the parameter; here it
gets a heading and a hint in the page's language and the HTTP status the API would
answer (422, 404, 409, 503), so scripts still see the failure.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...errors import NoReferenceData, NotFound, ParameterError, SinergiError, StoreUnavailable
from ...questions.params import check_params
from ...questions.registry import Query, Result
from ..questions import ask
from .cells import Table, table

log = logging.getLogger("sinergi.api")


@dataclass
class Problem:
    status: int
    heading: str
    message: str
    hint: str = ""
    param: str | None = None


@dataclass
class Answer:
    query: Query
    given: dict[str, str]
    checked: dict[str, Any] = field(default_factory=dict)
    result: Result | None = None
    table: Table | None = None
    problem: Problem | None = None
    waiting: bool = False  # required parameters not given yet: show the form only

    @property
    def status(self) -> int:
        return self.problem.status if self.problem else 200


def given_params(query_params: Mapping[str, str]) -> dict[str, str]:
    """The question's parameters from the URL: ``lang`` is the page's, empty means unset."""
    return {k: v for k, v in query_params.items() if k != "lang" and v.strip() != ""}


def _problem(exc: SinergiError, t: dict[str, str]) -> Problem:
    if isinstance(exc, NoReferenceData):
        return Problem(exc.status, t["no_reference"], exc.message, t["no_reference_hint"])
    if isinstance(exc, StoreUnavailable):
        return Problem(503, t["unavailable"], "")
    if exc.status >= 500:
        log.error("dashboard question failed: %s", exc.message)
        return Problem(500, t["internal"], "")
    param = exc.param if isinstance(exc, ParameterError) else None
    heading = t["not_found"] if isinstance(exc, NotFound) else t["error"]
    return Problem(exc.status, heading, exc.message, param=param)


def answer(store: Any, query: Query, given: dict[str, str], lang: str,
           t: dict[str, str]) -> Answer:
    """Ask ``query`` with ``given``; a first visit without the required values waits."""
    out = Answer(query, given)
    missing = [p for p in query.params if p.required and p.name not in given]
    if missing and not given:
        out.waiting = True
        return out
    try:
        out.checked = check_params(query.params, given)
        out.result = ask(store, query.name, given)
        out.table = table(store, query.name, out.result, lang)
    except ParameterError as exc:
        if given:
            out.problem = _problem(exc, t)
        else:  # a first visit to a question needing one of several values (timeline)
            out.waiting = True
    except SinergiError as exc:
        out.problem = _problem(exc, t)
    return out
