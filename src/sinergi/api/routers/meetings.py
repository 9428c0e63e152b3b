"""``GET /meetings``: signings, audiences, coordination meetings ..., filtered and paginated."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...schema import MeetingKind
from ..deps import StoreDep
from ..models import MeetingPage
from ..questions import page
from .agreements import DateFrom, DateTo, TopicQ, iso
from .common import READ_ERRORS, Limit, Offset, Province

router = APIRouter(tags=["meetings"])


@router.get("/meetings", response_model=MeetingPage, responses=READ_ERRORS)
def meetings(
    store: StoreDep,
    province: Province = None,
    topic: TopicQ = None,
    kind: Annotated[MeetingKind | None, Query(description="Meeting kind.")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Meetings held in or attended for a province, by topic, kind and date, newest first.

    Example: `/api/v1/meetings?province=Kalimantan%20Selatan&kind=COORDINATION`
    """
    params = {
        "province": province,
        "topic": topic.value if topic else None,
        "kind": kind.value if kind else None,
        "date_from": iso(date_from),
        "date_to": iso(date_to),
    }
    return page(store, "list-meetings", params, limit, offset)
