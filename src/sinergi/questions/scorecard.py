"""The Python step of ``scorecard``: status counts taken from ``coverage`` itself (so the
two questions cannot disagree), and agreements and meetings bucketed by year with their
trend. Registered on import (``registry`` imports this module)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from ..errors import ParameterError
from .post import Ask, Rows, asking_step, prepare_step

YEARS = 5
STATUSES = ("signed", "planned", "team", "province-only", "none", "unknown")


@prepare_step("scorecard")
def _scope(params: dict[str, Any]) -> None:
    if bool(params["province"]) == bool(params["region"]):
        raise ParameterError("province: give either province or region (one of them)",
                             param="province")
    first = dt.date.fromisoformat(params["as_of"]).year - YEARS + 1
    params["year_from"] = f"{first:04d}-01-01"


def _per_year(items: list[str], years: list[int]) -> list[int]:
    """Counts per year of ``"key date"`` strings, each key once (the embedded engine
    joins a missing match into a blank string, not null: skipped)."""
    pairs = (item.strip().split(" ", 1) for item in items if item and item.strip())
    days = {pair[0]: pair[1] for pair in pairs if len(pair) == 2}
    counts = Counter(int(day[:4]) for day in days.values())
    return [counts.get(year, 0) for year in years]


def trend(per_year: list[int]) -> str:
    """rising / falling / steady: the last two years against the first two."""
    if not any(per_year):
        return "no-activity"
    early, late = sum(per_year[:2]), sum(per_year[-2:])
    return "rising" if late > early else "falling" if late < early else "steady"


@asking_step("scorecard")
def _scorecard(rows: Rows, params: dict[str, Any], ask: Ask) -> Rows:
    last = dt.date.fromisoformat(params["as_of"]).year
    years = list(range(last - YEARS + 1, last + 1))
    out = []
    for row in rows:
        coverage = ask("coverage", {"topic": params["topic"], "province": row["province"],
                                    "as_of": params["as_of"]})
        if params["region"]:
            coverage = [c for c in coverage if c["region"] == params["region"]]
        counts = Counter(c["status"] for c in coverage)
        agreements = _per_year(row["agreements"], years)
        meetings = _per_year(row["meetings"], years)
        out.append({
            "scope": row["scope"], "name": row["name"], "level": row["level"],
            "topic": params["topic"],
            "status": coverage[0]["status"] if params["region"] and coverage else None,
            "regions": len(coverage),
            **{s.replace("-", "_"): counts.get(s, 0) for s in STATUSES},
            "years": years, "agreements_per_year": agreements, "meetings_per_year": meetings,
            "trend": trend([a + m for a, m in zip(agreements, meetings, strict=True)]),
        })
    return out
