"""``GET /institutions`` (search) and ``GET /institutions/{key}`` (profile)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from ...errors import NotFound
from ..deps import StoreDep
from ..models import InstitutionPage, Profile
from ..questions import ask, page
from .common import KEYED_ERRORS, READ_ERRORS, InstitutionKindQ, Limit, Offset, Province

router = APIRouter(tags=["institutions"])

Key = Annotated[
    str, Path(min_length=1, max_length=300, description="Institution key.",
              examples=["kanim:batulicin"]),
]


@router.get("/institutions", response_model=InstitutionPage, responses=READ_ERRORS)
def institutions(
    store: StoreDep,
    request: Request,
    q: Annotated[
        str | None,
        Query(max_length=200, description="Text in the name, an alias or the key.",
              examples=["imigrasi batulicin"]),
    ] = None,
    kind: InstitutionKindQ = None,
    province: Province = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Institutions whose name, alias or key contains `q`, by kind and province.

    Example: `/api/v1/institutions?q=batulicin&kind=KANIM`
    """
    params = {"q": q, "kind": kind, "province": province}
    return page(store, "list-institutions", params, limit, offset, request)


@router.get("/institutions/{key}", response_model=Profile, responses=KEYED_ERRORS)
def institution(store: StoreDep, key: Key) -> dict[str, Any]:
    """An institution with its officials, agreements and meetings (the `institution` question).

    Example: `/api/v1/institutions/pemkab:63.10`
    """
    found = page(store, "list-institutions", {"q": key}, 50, 0)["items"]
    card = next((row for row in found if row["key"] == key), None)
    if card is None:
        raise NotFound(f"no institution with key {key!r}")
    result = ask(store, "institution", {"key": key})
    return {"institution": card, "columns": list(result.columns), "rows": result.rows}
