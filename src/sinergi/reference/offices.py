"""Reads and validates the immigration offices table and the succession table.

``offices.csv`` and ``succession.csv`` (format in ``docs/reference-data.md``) are
checked completely before anything is written: every problem is reported with its
file, line and column, and a file with any problem is refused as a whole. The result
is plain data used by the reference loader (to write the graph) and by the resolver
(to map "Kanim Batulicin" to ``kanim:batulicin`` without touching the graph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path

from ..errors import InputError, InputErrors
from ..schema import RegionLevel
from .gazetteer import Gazetteer, read_csv

OFFICE_KINDS = ("IMIGRASI_PUSAT", "KANWIL", "KANIM", "ULP", "MPP")
OFFICE_COLUMNS = [
    "key", "name", "kind", "office_class", "parent_key", "place", "located_in",
    "jurisdiction", "aliases", "source_url", "source_date", "since", "until", "note",
]
# Optional column: when filled, what the row states is not said by its source but follows
# from it by the rule named here (provenance 'derived'); empty means 'sourced'.
DERIVED_BY = "derived_by"
SUCCESSION_COLUMNS = ["predecessor_key", "successor_key", "on_date", "source_url", "note"]
# Columns a continuation row (same key again) may fill: more jurisdiction, its own source.
_CONTINUATION = {"key", "jurisdiction", "source_url", "source_date", "since", "until", "note",
                 DERIVED_BY}

_KEY = re.compile(r"[a-z_]+:[a-z0-9.\-]+(:[a-z0-9.\-]+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SOURCE_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_WIDE_KINDS = ("KANWIL", "IMIGRASI_PUSAT")  # may hold jurisdiction over whole provinces


@dataclass(frozen=True)
class Jurisdiction:
    code: str  # kab/kota (or province, for a Kanwil)
    districts: tuple[str, ...]  # kecamatan codes when only part is served
    since: str | None
    until: str | None
    source_url: str
    source_date: str
    derived_by: str | None = None  # the rule, when no source states it

    @property
    def provenance(self) -> str:
        return "derived" if self.derived_by else "sourced"


@dataclass
class Office:
    key: str
    name: str
    kind: str
    office_class: str | None
    parent_key: str | None
    place: str | None
    located_in: str | None
    aliases: tuple[str, ...]
    source_url: str
    source_date: str
    note: str
    line: int
    jurisdiction: list[Jurisdiction] = field(default_factory=list)
    since: str | None = None  # the first row's dates: when the office opened / closed
    until: str | None = None
    derived_by: str | None = None


@dataclass(frozen=True)
class Succession:
    predecessor_key: str
    successor_key: str
    on_date: str
    source_url: str
    note: str


class _Problems:
    """Collects every problem of one file so the user can fix them in one go."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[InputError] = []

    def add(self, line: int, column: str | None, message: str) -> None:
        self.errors.append(InputError(message, file=self.file, line=line, column=column))

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise InputErrors(self.errors)


def read_offices(root: Traversable | Path, gaz: Gazetteer) -> list[Office]:
    """Offices of ``root/offices.csv``, validated; raises ``InputError``/``InputErrors``."""
    source = root.joinpath("offices.csv")
    problems = _Problems(str(source))
    offices: dict[str, Office] = {}
    for line, row in read_csv(source, OFFICE_COLUMNS):
        key = row["key"]
        if not _KEY.fullmatch(key):
            problems.add(line, "key", f"key {key!r} is not lower-case 'kind:place[:name]'")
            continue
        if key in offices:
            _continuation(offices[key], row, line, gaz, problems)
            continue
        offices[key] = _office(row, line, gaz, problems)
    for office in offices.values():
        if office.parent_key and office.parent_key not in offices:
            problems.add(office.line, "parent_key", f"unknown office key {office.parent_key!r}")
        _check_overlaps(office, problems)
    problems.raise_if_any()
    return list(offices.values())


def _check_overlaps(office: Office, problems: _Problems) -> None:
    # Two rows may give one kab/kota to one office only for periods that do not meet
    # (the graph keeps one edge per office, kab/kota and start date).
    seen: dict[str, list[Jurisdiction]] = {}
    for j in office.jurisdiction:
        for other in seen.get(j.code, []):
            if _overlap(j, other):
                problems.add(office.line, "jurisdiction",
                             f"{j.code} is given to {office.key} twice for the same days")
        seen.setdefault(j.code, []).append(j)


def _overlap(a: Jurisdiction, b: Jurisdiction) -> bool:
    starts_before_b_ends = b.until is None or (a.since or "") < b.until
    return starts_before_b_ends and (a.until is None or (b.since or "") < a.until)


def _office(row: dict[str, str], line: int, gaz: Gazetteer, problems: _Problems) -> Office:
    # Kept even when invalid, so its other columns (parent_key) are checked too.
    if not row["name"]:
        problems.add(line, "name", "name is required on the first row of an office")
    if row["kind"] not in OFFICE_KINDS:
        problems.add(line, "kind", f"kind {row['kind']!r} is not one of {', '.join(OFFICE_KINDS)}")
    located = row["located_in"] or None
    if located and not _is_kabkota(gaz, located):
        problems.add(line, "located_in", f"{located!r} is not a kab/kota code")
    _check_source(row, line, problems)
    office = Office(
        key=row["key"], name=row["name"], kind=row["kind"],
        office_class=row["office_class"] or None, parent_key=row["parent_key"] or None,
        place=row["place"] or None, located_in=located,
        aliases=tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
        source_url=row["source_url"], source_date=row["source_date"], note=row["note"], line=line,
        since=row["since"] or None, until=row["until"] or None,
        derived_by=row.get(DERIVED_BY) or None,
    )
    office.jurisdiction = _jurisdiction(row, line, office.kind, gaz, problems)
    return office


def _continuation(
    office: Office, row: dict[str, str], line: int, gaz: Gazetteer, problems: _Problems
) -> None:
    extra = sorted(c for c in OFFICE_COLUMNS if row[c] and c not in _CONTINUATION)
    if extra:
        problems.add(line, extra[0], f"{office.key} is already defined on line {office.line}; "
                     f"a further row may only add jurisdiction (found {', '.join(extra)})")
        return
    if not row["jurisdiction"]:
        problems.add(line, "jurisdiction", f"further row for {office.key} adds no jurisdiction")
        return
    _check_source(row, line, problems)
    office.jurisdiction += _jurisdiction(row, line, office.kind, gaz, problems)


def _check_source(row: dict[str, str], line: int, problems: _Problems) -> None:
    if not row["source_url"].startswith(("http://", "https://")):
        problems.add(line, "source_url", "source_url must be an http(s) address")
    if not _SOURCE_DATE.fullmatch(row["source_date"]):
        problems.add(line, "source_date", "source_date must be YYYY, YYYY-MM or YYYY-MM-DD")
    for col in ("since", "until"):
        if row[col] and not _DATE.fullmatch(row[col]):
            problems.add(line, col, f"{col} must be an ISO date YYYY-MM-DD")


def _jurisdiction(
    row: dict[str, str], line: int, kind: str, gaz: Gazetteer, problems: _Problems
) -> list[Jurisdiction]:
    out: list[Jurisdiction] = []
    seen: set[str] = set()
    for item in (p.strip() for p in row["jurisdiction"].split(";")):
        if not item:
            continue
        code, _, rest = item.partition(":")
        districts = tuple(d.strip() for d in rest.split("+") if d.strip())
        region = gaz.region(code)
        wide = kind in _WIDE_KINDS and region is not None and region.level == RegionLevel.PROVINCE
        if not (wide or _is_kabkota(gaz, code)):
            allowed = "kab/kota or province" if kind in _WIDE_KINDS else "kab/kota"
            problems.add(line, "jurisdiction", f"{code!r} is not a {allowed} code")
            continue
        if code in seen:
            problems.add(line, "jurisdiction", f"{code} is listed twice")
        seen.add(code)
        for d in districts:
            kec = gaz.region(d)
            if kec is None or kec.parent_code != code:
                problems.add(line, "jurisdiction", f"{d!r} is not a kecamatan of {code}")
        out.append(Jurisdiction(code, districts, row["since"] or None, row["until"] or None,
                                row["source_url"], row["source_date"],
                                row.get(DERIVED_BY) or None))
    return out


def _is_kabkota(gaz: Gazetteer, code: str) -> bool:
    region = gaz.region(code)
    return region is not None and region.level in (RegionLevel.REGENCY, RegionLevel.CITY)


def read_succession(root: Traversable | Path, office_keys: set[str]) -> list[Succession]:
    """Rows of ``root/succession.csv``; both keys must be offices of ``offices.csv``."""
    source = root.joinpath("succession.csv")
    problems = _Problems(str(source))
    out = []
    for line, row in read_csv(source, SUCCESSION_COLUMNS):
        for col in ("predecessor_key", "successor_key"):
            if row[col] not in office_keys:
                problems.add(line, col, f"unknown office key {row[col]!r}")
        if row["predecessor_key"] == row["successor_key"]:
            problems.add(line, "successor_key", "an office cannot succeed itself")
        if not _DATE.fullmatch(row["on_date"]):
            problems.add(line, "on_date", "on_date must be an ISO date YYYY-MM-DD")
        if not row["source_url"].startswith(("http://", "https://")):
            problems.add(line, "source_url", "source_url must be an http(s) address")
        out.append(Succession(row["predecessor_key"], row["successor_key"], row["on_date"],
                              row["source_url"], row["note"]))
    problems.raise_if_any()
    return out
