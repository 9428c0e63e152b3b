"""Jurisdiction no source states, derived by a named rule, period by period.

Public sources name every Kantor Imigrasi and where it sits, but say which kab/kota it
serves ("wilayah kerja") for only some of them. A planner still needs to know which
office to talk to, so a kab/kota that no source places under a Kanim (or ULP) on a
given day is given one by the first rule that applies, and the edge says so
(``provenance='derived'``, ``derived_by`` = the rule):

1. ``SEAT``: the Kanim seated in the kab/kota itself;
2. ``ONLY``: the only Kanim seated in the province;
3. ``NEAREST``: the Kanim whose seat is nearest (kab/kota centroids) in the province;
4. ``KANWIL``: when no Kanim sits in the province (Papua Pegunungan), the nearest seat of a
   Kanim under the Kanwil whose jurisdiction covers the province.

Offices open and areas move (the 18 Kanim of 26 Jan 2026 took kab/kota from older
offices), so the rules run for every period between two dates at which an office or a
sourced jurisdiction starts or ends, and each result carries ``since``/``until``: asked
as of a day before a new office opened, the graph answers with the office of that day.

``derive`` is pure (centroids are passed in); ``scripts/derive_jurisdiction.py`` runs it
and writes ``jurisdiction_derived.csv``, which ``read_derived`` validates at load time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.abc import Traversable
from pathlib import Path

from ..errors import InputError, InputErrors
from .gazetteer import Gazetteer, read_csv
from .offices import Office

SEAT = "the Kanim seated in this kab/kota"
ONLY = "the only Kanim seated in the province"
NEAREST = "nearest Kanim seat in the same province"
KANWIL = "nearest Kanim seat under the Kanwil of the province (no Kanim seated in it)"
RULES = (SEAT, ONLY, NEAREST, KANWIL)

DERIVED_FILE = "jurisdiction_derived.csv"
DERIVED_COLUMNS = ["office_key", "code", "since", "until", "derived_by"]
_SERVING = ("KANIM", "ULP")

Point = tuple[float, float]  # (latitude, longitude) in degrees


@dataclass(frozen=True)
class Derived:
    office_key: str
    code: str  # kab/kota
    since: str | None
    until: str | None
    derived_by: str  # one rule, or several joined by "; " when the rule changed over time


def _active(since: str | None, until: str | None, day: str | None) -> bool:
    """Holds from ``since`` (inclusive) to ``until`` (exclusive) on ``day``; a ``day`` of
    None is the start of time (before every date), an open bound holds for ever."""
    if day is None:
        return since is None
    return (since is None or since <= day) and (until is None or day < until)


def _boundaries(offices: Iterable[Office]) -> list[str | None]:
    days: set[str] = set()
    for o in offices:
        days.update(d for d in (o.since, o.until) if d)
        for j in o.jurisdiction:
            days.update(d for d in (j.since, j.until) if d)
    return [None, *sorted(days)]


def _served(offices: list[Office], day: str | None) -> set[str]:
    """Kab/kota some source places under a Kanim or ULP on ``day`` (None: the start)."""
    out: set[str] = set()
    for o in offices:
        if o.kind in _SERVING:
            out.update(j.code for j in o.jurisdiction if _active(j.since, j.until, day))
    return out


def _distance(a: Point, b: Point) -> float:
    # Equirectangular is plenty for ranking seats inside one province.
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(x, math.radians(b[0] - a[0]))


def _nearest(code: str, seats: list[Office], centroids: Mapping[str, Point]) -> str:
    missing = [c for c in (code, *(o.located_in or "" for o in seats)) if c not in centroids]
    if missing:
        raise ValueError(f"no centroid for {', '.join(sorted(set(missing)))}")
    ranked = sorted(seats, key=lambda o: (_distance(centroids[code], centroids[o.located_in or ""]),
                                          o.key))
    return ranked[0].key


def _pick(code: str, seats: list[Office], centroids: Mapping[str, Point]) -> tuple[list[str], str]:
    here = sorted(o.key for o in seats if o.located_in == code)
    if here:
        return here, SEAT
    if len(seats) == 1:
        return [seats[0].key], ONLY
    return [_nearest(code, seats, centroids)], NEAREST


def _kanwil_seats(province: str, seats: list[Office], offices: list[Office]) -> list[Office]:
    """Kanim seated under the Kanwil whose jurisdiction covers ``province``."""
    kanwil = {o.key for o in offices if o.kind == "KANWIL"
              and any(j.code == province for j in o.jurisdiction)}
    return [o for o in seats if o.parent_key in kanwil]


def _period(
    offices: list[Office], gaz: Gazetteer, centroids: Mapping[str, Point], day: str | None
) -> dict[tuple[str, str], str]:
    """(office key, kab/kota) -> rule for the period starting on ``day``."""
    served = _served(offices, day)
    seats = [o for o in offices if o.kind == "KANIM" and o.located_in
             and _active(o.since, o.until, day)]
    out: dict[tuple[str, str], str] = {}
    for region in gaz.kabkota():
        if region.code in served:
            continue
        here = [o for o in seats if (o.located_in or "").split(".")[0] == region.province_code]
        if here:
            keys, rule = _pick(region.code, here, centroids)
        else:
            wider = _kanwil_seats(region.province_code, seats, offices)
            if not wider:
                continue  # stays unknown: no Kanim of this province or its Kanwil is known
            keys, rule = [_nearest(region.code, wider, centroids)], KANWIL
        out.update({(k, region.code): rule for k in keys})
    return out


def derive(
    offices: list[Office], gaz: Gazetteer, centroids: Mapping[str, Point]
) -> list[Derived]:
    """Derived jurisdiction of every kab/kota no source covers, period by period."""
    days = _boundaries(offices)
    runs: dict[tuple[str, str], list[tuple[str | None, str | None, list[str]]]] = {}
    for i, day in enumerate(days):
        end = days[i + 1] if i + 1 < len(days) else None
        for pair, rule in _period(offices, gaz, centroids, day).items():
            spans = runs.setdefault(pair, [])
            if spans and spans[-1][1] == day:  # continues the previous period
                since, _, rules = spans[-1]
                spans[-1] = (since, end, rules if rule in rules else [*rules, rule])
            else:
                spans.append((day, end, [rule]))
    return sorted(
        (Derived(key, code, since, until, "; ".join(rules))
         for (key, code), spans in runs.items() for since, until, rules in spans),
        key=lambda d: (d.code, d.since or "", d.office_key),
    )


def read_derived(
    root: Traversable | Path, gaz: Gazetteer, offices: Mapping[str, Office]
) -> list[Derived]:
    """Rows of ``root/jurisdiction_derived.csv``, validated; an absent file is no rows."""
    source = root.joinpath(DERIVED_FILE)
    if not source.is_file():
        return []
    errors: list[InputError] = []
    out = []
    for line, row in read_csv(source, DERIVED_COLUMNS):
        problem = _problem(row, gaz, offices)
        if problem:
            errors.append(InputError(problem[1], file=str(source), line=line, column=problem[0]))
            continue
        out.append(Derived(row["office_key"], row["code"], row["since"] or None,
                           row["until"] or None, row["derived_by"]))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)
    return out


def _problem(
    row: dict[str, str], gaz: Gazetteer, offices: Mapping[str, Office]
) -> tuple[str, str] | None:
    office = offices.get(row["office_key"])
    if office is None or office.kind not in _SERVING:
        return "office_key", f"{row['office_key']!r} is not a Kanim or ULP of offices.csv"
    region = gaz.region(row["code"])
    if region is None or region.level not in ("regency", "city"):
        return "code", f"{row['code']!r} is not a kab/kota code"
    rules = row["derived_by"].split("; ")
    if not row["derived_by"] or any(r not in RULES for r in rules):
        return "derived_by", f"derived_by must name one of the rules: {' | '.join(RULES)}"
    if row["since"] and row["until"] and row["since"] >= row["until"]:
        return "until", "until must come after since"
    return None


def write_derived(rows: Iterable[Derived]) -> str:
    """The CSV text of ``rows`` (what ``scripts/derive_jurisdiction.py`` commits)."""
    lines = [",".join(DERIVED_COLUMNS)]
    lines += [f"{d.office_key},{d.code},{d.since or ''},{d.until or ''},{d.derived_by}"
              for d in rows]
    return "\n".join(lines) + "\n"
