"""``GET /agreements``: MoU, PKS and other agreements, filtered and paginated."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...schema import AgreementKind, AgreementStatus, Topic
from ..deps import StoreDep
from ..models import AgreementPage
from ..questions import page
from .common import READ_ERRORS, Limit, Offset, Province

router = APIRouter(tags=["agreements"])

DateFrom = Annotated[dt.date | None, Query(description="Earliest date (YYYY-MM-DD).")]
DateTo = Annotated[dt.date | None, Query(description="Latest date (YYYY-MM-DD).")]
TopicQ = Annotated[Topic | None, Query(description="Cooperation topic.")]


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("/agreements", response_model=AgreementPage, responses=READ_ERRORS)
def agreements(
    store: StoreDep,
    province: Province = None,
    topic: TopicQ = None,
    status: Annotated[AgreementStatus | None, Query(description="Agreement status.")] = None,
    kind: Annotated[AgreementKind | None, Query(description="MOU, PKS or OTHER.")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Agreements covering a province, by topic, status, kind and signing date, newest first.

    Example: `/api/v1/agreements?province=63&topic=TIMPORA&status=signed`
    """
    params = {
        "province": province,
        "topic": topic.value if topic else None,
        "status": status.value if status else None,
        "kind": kind.value if kind else None,
        "date_from": iso(date_from),
        "date_to": iso(date_to),
    }
    return page(store, "list-agreements", params, limit, offset)
