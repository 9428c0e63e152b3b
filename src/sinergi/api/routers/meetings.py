"""``GET /meetings``: signings, audiences, coordination meetings ..., filtered and paginated."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ..deps import StoreDep
from ..models import MeetingPage
from ..questions import page
from .agreements import DateFrom, DateTo, iso
from .common import READ_ERRORS, Limit, MeetingKindQ, Offset, Province, TopicQ

router = APIRouter(tags=["meetings"])


@router.get("/meetings", response_model=MeetingPage, responses=READ_ERRORS)
def meetings(
    store: StoreDep,
    request: Request,
    province: Province = None,
    topic: TopicQ = None,
    kind: MeetingKindQ = None,
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
        "topic": topic,
        "kind": kind,
        "date_from": iso(date_from),
        "date_to": iso(date_to),
    }
    return page(store, "list-meetings", params, limit, offset, request)
