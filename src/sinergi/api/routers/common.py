"""Query parameters several routers share, declared once so the OpenAPI schema agrees."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from ...questions.vocabulary import (
    AGREEMENT_KIND,
    AGREEMENT_STATUS,
    AGREEMENT_TYPE,
    INSTITUTION_KIND,
    MEETING_KIND,
    REGION_LEVEL,
    TOPIC,
    Vocabulary,
)
from ..errors import error_responses

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page.", examples=[50])]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.", examples=[0])]
Province = Annotated[
    str | None,
    Query(max_length=100, description="Province code or name.", examples=["Kalimantan Selatan"]),
]



def _said(vocab: Vocabulary, what: str) -> Any:
    # Filters are plain strings checked by the registry as `sinergi ask` does, so the
    # CLI and the API accept (any case, Indonesian words) and refuse the same values.
    return Query(max_length=60, description=f"{what}: {vocab.accepted()}",
                 examples=[vocab.values[0]])


TopicQ = Annotated[str | None, _said(TOPIC, "Cooperation topic")]
AgreementKindQ = Annotated[str | None, _said(AGREEMENT_KIND, "Agreement kind")]
AgreementStatusQ = Annotated[str | None, _said(AGREEMENT_STATUS, "Agreement status")]
AgreementTypeQ = Annotated[str | None, _said(AGREEMENT_TYPE, "Cooperation type")]
MeetingKindQ = Annotated[str | None, _said(MEETING_KIND, "Meeting kind")]
RegionLevelQ = Annotated[str | None, _said(REGION_LEVEL, "Administrative level")]
InstitutionKindQ = Annotated[str | None, _said(INSTITUTION_KIND, "Institution kind")]

#: Every data route can answer these besides 200.
READ_ERRORS = error_responses(422, 503)
KEYED_ERRORS = error_responses(404, 422, 503)
