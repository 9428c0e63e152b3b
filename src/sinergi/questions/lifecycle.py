"""Python steps of the agreement-lifecycle questions (``expiring``, ``unfollowed``,
``quiet-teams``): the cut-off dates the embedded dialect cannot compute, and the day
counts shown next to each row. Registered on import (``registry`` imports this module).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import ParameterError
from .post import Rows, post_step, prepare_step


def days_after(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def months_before(iso: str, months: int) -> str:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    day = dt.date.fromisoformat(iso)
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d).isoformat()
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")


def _bounded(params: dict[str, Any], name: str, most: int) -> int:
    value = int(params[name])
    if not 0 <= value <= most:
        raise ParameterError(f"{name}: must be between 0 and {most}, got {value}", param=name)
    return value


def _days_between(start: str | None, end: str | None) -> int | None:
    if not start or not end:
        return None
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


@prepare_step("expiring")
def _expiring(params: dict[str, Any]) -> None:
    days = _bounded(params, "days", 100 * 366)
    params["since"] = days_after(params["as_of"], -days)
    params["until"] = days_after(params["as_of"], days)


@post_step("expiring")
def _days_left(rows: Rows, params: dict[str, Any]) -> Rows:
    for row in rows:
        row["days_left"] = _days_between(params["as_of"], row["valid_until"])
    return rows


def whole_months(start: str, end: str) -> int:
    """Calendar months from ``start`` to ``end``, counting only completed ones."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    months = (b.year - a.year) * 12 + b.month - a.month
    return months - 1 if b.day < a.day else months


@prepare_step("unfollowed")
@prepare_step("quiet-teams")
def _months_cutoff(params: dict[str, Any]) -> None:
    params["cutoff"] = months_before(params["as_of"], _bounded(params, "months", 1200))


@post_step("unfollowed")
def _months_since(rows: Rows, params: dict[str, Any]) -> Rows:
    for row in rows:
        row["months_since"] = whole_months(row["signed_on"], params["as_of"])
    return rows


@post_step("quiet-teams")
def _last_meeting(rows: Rows, params: dict[str, Any]) -> Rows:
    for row in rows:
        date, _, key = (row.pop("last") or "").partition(" ")
        row["last_meeting"], row["meeting"] = (date, key) if key else (None, None)
        row["status"] = "quiet" if key else "no-meeting-known"
        row["months_quiet"] = whole_months(date, params["as_of"]) if key else None
        row["how"] = row["how"] if key else None
    return rows


@prepare_step("changes")
def _period(params: dict[str, Any]) -> None:
    if params["from"] > params["to"]:
        raise ParameterError("from: later than to", param="from")


@post_step("changes")
def _changes(rows: Rows, params: dict[str, Any]) -> Rows:
    for row in rows:
        before = row["before"] or None
        if before and row["change"] == "official-replaced":
            before = before.split(" ", 1)[-1]  # "date name": the name
        row["before"] = before
        row["evidence"] = (row["evidence"] or "").strip() or None
    return rows
