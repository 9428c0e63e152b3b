"""``GET /agreements``: MoU, PKS and other agreements, filtered and paginated."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from ..deps import StoreDep
from ..models import AgreementPage
from ..questions import page
from .common import (
    READ_ERRORS,
    AgreementKindQ,
    AgreementStatusQ,
    AgreementTypeQ,
    Limit,
    Offset,
    Province,
    TopicQ,
)

router = APIRouter(tags=["agreements"])

DateFrom = Annotated[dt.date | None, Query(description="Earliest date (YYYY-MM-DD).")]
DateTo = Annotated[dt.date | None, Query(description="Latest date (YYYY-MM-DD).")]


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("/agreements", response_model=AgreementPage, responses=READ_ERRORS)
def agreements(
    store: StoreDep,
    request: Request,
    province: Province = None,
    topic: TopicQ = None,
    status: AgreementStatusQ = None,
    kind: AgreementKindQ = None,
    coop_type: AgreementTypeQ = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Agreements covering a province, by topic, status, kind, cooperation type (KSDD,
    KSDPK, VERTICAL, KSDPL_KSDLL, INTERAGENCY, UNKNOWN; Indonesian words too) and signing
    date, newest first.

    Example: `/api/v1/agreements?province=63&topic=TIMPORA&status=signed`
    """
    params = {
        "province": province,
        "topic": topic,
        "status": status,
        "kind": kind,
        "coop_type": coop_type,
        "date_from": iso(date_from),
        "date_to": iso(date_to),
    }
    return page(store, "list-agreements", params, limit, offset, request)
