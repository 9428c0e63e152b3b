"""Cues in the text that bound the year of a date written without one ("Rabu (21/5)").

The spec: take the latest year, not after the publication date, on which the day falls
on the named weekday, *unless other cues in the text point to an earlier year*. Besides
the immigration office names (``dates.era_bounds``), news gives:

- *the anniversary of a programme or an institution*: "Hari Bakti Imigrasi ke-74"
  (first held 26 January 1950, so the 74th is 2024), "HUT RI ke-79" (1945 + 79),
  "Hari Bhayangkara ke-78" (1946 + 78), "Hari Pengayoman ke-79" (1945 + 79): the year
  is named without being written;
- *who holds an office*: a President named as such (Joko Widodo: 20 Oct 2014 to
  20 Oct 2024; Prabowo Subianto: from 20 Oct 2024), the old Departemen Hukum dan HAM
  (renamed a ministry in 2009), acting regional heads (a "Pj" bupati, wali kota or
  gubernur: the long interregnum of May 2022 to 2025, when most regions had one).

Each cue is a bound (not before, not after); a set of bounds that contradict each
other is ignored rather than guessed between.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_ANNIVERSARY = re.compile(
    r"\b(?P<what>hari\s+bakti\s+imigrasi|hbi|hut\s+(?:ke\s*-?\s*\d+\s+)?(?:ri|kemerdekaan(?:\s+ri)?"
    r"|republik\s+indonesia)|dirgahayu\s+(?:ri|republik\s+indonesia)|hari\s+bhayangkara|"
    r"hari\s+pengayoman|hut\s+tni|hari\s+ulang\s+tahun\s+(?:ke-?\s*\d+\s+)?(?:ri|kemerdekaan)"
    r")\s*(?:ke\s*-?\s*(?P<n>\d{1,3}))?", re.IGNORECASE)
_NTH = re.compile(r"\bke\s*-?\s*(\d{1,3})\b")
_FOUNDED = {"imigrasi": 1950, "hbi": 1950, "bhayangkara": 1946, "pengayoman": 1945, "tni": 1945}

_PRESIDENT = re.compile(r"\bPresiden\s+(?:RI\s+|Republik\s+Indonesia\s+)?(?:\w+\s+)?"
                        r"(?P<who>Joko\s+Widodo|Jokowi|Prabowo)\b")
_OLD_DEPARTMENT = re.compile(r"\bDepkumham\b|\bDepartemen\s+Hukum\s+dan\s+(?:HAM|Hak\s+Asasi)")
_ACTING_HEAD = re.compile(r"\b(?:Pj\.?|Penjabat)\s+(?:Bupati|Wali\s*kota|Walikota|Gubernur)\b")
_REORG = date(2024, 10, 20)
_TERMS = {"joko widodo": (date(2014, 10, 20), _REORG), "jokowi": (date(2014, 10, 20), _REORG),
          "prabowo": (_REORG, None)}


def anniversary_years(text: str) -> tuple[int, ...]:
    """Years named by the anniversary of a programme or an institution."""
    low = text.lower()
    if "ke" not in low or not any(w in low for w in ("hut", "hari", "hbi", "dirgahayu")):
        return ()
    years = set()
    for m in _ANNIVERSARY.finditer(text):
        n = m.group("n") or (_NTH.search(m.group("what")) or [None, None])[1]
        if n is None:
            continue
        what = m.group("what").lower()
        base = next((y for key, y in _FOUNDED.items() if key in what), 1945)
        years.add(base + int(n))
    return tuple(sorted(years))


@lru_cache(maxsize=16)
def office_bounds(text: str) -> tuple[date | None, date | None]:
    """(not before, not after) from who holds which office (see the module docstring)."""
    bounds: list[tuple[date | None, date | None]] = []
    # Substring checks first: most articles name none of these, and ``in`` is far
    # cheaper than a regex scan of the whole text.
    if "Presiden" in text:
        for m in _PRESIDENT.finditer(text):
            bounds.append(_TERMS[" ".join(m.group("who").lower().split())])
    if "Dep" in text and _OLD_DEPARTMENT.search(text):
        bounds.append((None, date(2009, 12, 31)))
    if ("Pj" in text or "Penjabat" in text) and _ACTING_HEAD.search(text):
        bounds.append((date(2022, 5, 1), date(2025, 12, 31)))
    return combine(bounds)


def combine(bounds: list[tuple[date | None, date | None]]) -> tuple[date | None, date | None]:
    """The tightest window all bounds allow; none when they contradict each other."""
    lows = [b for b, _ in bounds if b is not None]
    highs = [a for _, a in bounds if a is not None]
    low, high = max(lows, default=None), min(highs, default=None)
    if low is not None and high is not None and low > high:
        return None, None
    return low, high
