"""``GET /health``: which backend, and whether it answers.

200 when the store answers; 503 in the shared error shape when it does not, like
every other endpoint, so a load balancer can use it as a readiness probe."""

from __future__ import annotations

from fastapi import APIRouter

from ... import __version__
from ...errors import StoreUnavailable
from ..deps import HolderDep
from ..errors import error_responses
from ..models import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses=error_responses(503))
def health(holder: HolderDep) -> Health:
    """The backend in use and whether it is reachable (503 when it is not)."""
    reachable, why = holder.status()
    if not reachable:
        raise StoreUnavailable(f"{holder.backend} store unreachable: {why}")
    return Health(ok=True, backend=holder.backend, reachable=True, version=__version__)
