"""Single values that arrive from outside: dates and ids.

A date that is not a real ISO calendar date (``not-a-date``, ``2026-13-45``,
``0000-00-00``) must never be stored: callers either refuse it (the API, whose caller
can resend) or drop it with a warning (files, where the rest of the article is still
worth reading). Ids must be text (or a whole number); a list or a boolean is refused
rather than stored as ``"['a', 'b']"`` or ``"False"``.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?")


def date_problem(value: str) -> str | None:
    """Why ``value`` is not an ISO date (YYYY-MM-DD, optionally with a time), or None."""
    m = _ISO.fullmatch(value.strip())
    if not m:
        return f"{value!r} is not an ISO date (YYYY-MM-DD)"
    y, mo, d = (int(g) for g in m.groups())
    try:
        dt.date(y, mo, d)
    except ValueError:
        return f"{value!r} is not a real date"
    if y < 1900 or y > 2100:
        return f"{value!r} is not a plausible date (year {y})"
    return None


def iso_date(value: str | None) -> str | None:
    """The date part of a valid ISO date, else None (see ``date_problem``)."""
    if value is None or date_problem(value):
        return None
    return value.strip()[:10]


def id_problem(value: object) -> str | None:
    """Why ``value`` cannot be an id, or None: text or a whole number, not empty."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return f"id must be text, not {type(value).__name__} {value!r:.40}"
    if isinstance(value, str) and not value.strip():
        return "id is empty"
    return None
