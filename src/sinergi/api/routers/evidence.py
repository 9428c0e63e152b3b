"""``GET /evidence/{key}``: the sentences and sources behind a node or relationship."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from ...errors import NotFound
from ..deps import StoreDep
from ..models import EvidenceList
from ..questions import ask
from .common import KEYED_ERRORS

router = APIRouter(tags=["evidence"])


@router.get("/evidence/{key}", response_model=EvidenceList, responses=KEYED_ERRORS)
def evidence(
    store: StoreDep,
    key: Annotated[
        str, Path(min_length=1, max_length=500, description="Node or relationship key.",
                  examples=["pemkab:63.10"]),
    ],
) -> dict[str, Any]:
    """Every article sentence and record row reporting the fact `key` (404 when none does).

    Example: `/api/v1/evidence/pemkab:63.10`
    """
    rows = ask(store, "evidence", {"key": key}).rows
    if not rows:
        raise NotFound(f"no evidence for {key!r}: no article or record reports it")
    return {"key": key, "items": rows}
