"""Facts as the graph holds them: one builder for every source (see ``build``)."""

from .build import (
    AgreementFact,
    Evidence,
    MeetingFact,
    Party,
    PositionFact,
    Shape,
    agreement,
    meeting,
    position,
    report,
)

__all__ = [
    "AgreementFact",
    "Evidence",
    "MeetingFact",
    "Party",
    "PositionFact",
    "Shape",
    "agreement",
    "meeting",
    "position",
    "report",
]
