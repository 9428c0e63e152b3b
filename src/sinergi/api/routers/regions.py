"""``GET /regions``: provinces, kabupaten/kota and kecamatan, filtered by province."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ..deps import StoreDep
from ..models import RegionPage
from ..questions import page
from .common import READ_ERRORS, Limit, Offset, Province, RegionLevelQ

router = APIRouter(tags=["regions"])


@router.get("/regions", response_model=RegionPage, responses=READ_ERRORS)
def regions(
    store: StoreDep,
    request: Request,
    province: Province = None,
    level: RegionLevelQ = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Regions by code, optionally only one province's and one level.

    Example: `/api/v1/regions?province=Kalimantan%20Selatan&level=regency`
    """
    params = {"province": province, "level": level}
    return page(store, "list-regions", params, limit, offset, request)
