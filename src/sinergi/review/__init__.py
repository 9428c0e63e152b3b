"""The review queue and people's decisions on what the machine read with doubt."""

from .decide import PlannedDecision, Target, apply_planned, find_target, plan
from .queue import review_queue
from .sheet import read_review_sheet, write_review_sheet

__all__ = [
    "PlannedDecision",
    "Target",
    "apply_planned",
    "find_target",
    "plan",
    "read_review_sheet",
    "review_queue",
    "write_review_sheet",
]
