"""One planners' sheet row -> one validated fact, ready to write; or the row's problems.

``parse_sheet`` checks every cell of every row (required cells, dates, allowed values,
institution and region names, duplicate ids) and returns all problems at once, each
located ``file:row:column``. Rows without problems become ``RowFact``s: the fact's
``Shape`` (built by ``sinergi.facts``, the same builder the article loader uses, so a
sheet row and an article saying the same thing give identical nodes and edges) and a
readable rendering of the row used as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import facts
from ..errors import InputError
from ..facts import AgreementFact, MeetingFact, Party, PositionFact, Shape
from ..reference.directory import Directory, InstitutionInfo, Unresolved
from ..reference.gazetteer import short_name
from ..schema import (
    GOVERNMENT_KINDS,
    InstitutionKind,
    ReviewStatus,
    institution_key,
    person_key,
)
from ..sheets import Sheet, parse_date, split_list, text
from ..sheets import columns as sc
from .columns import SHEET_KINDS

# Kinds whose key place is the region code (the rest use the place name: kanim:batulicin).
_REGIONAL = GOVERNMENT_KINDS | {
    InstitutionKind.DPRD, InstitutionKind.SETDA, InstitutionKind.DINAS, InstitutionKind.BADAN,
    InstitutionKind.KESBANGPOL, InstitutionKind.MPP, InstitutionKind.TIMPORA,
}
ACCEPTED = ReviewStatus.ACCEPTED.value



@dataclass
class RowFact:
    kind: str
    row: int
    row_id: str
    evidence: str
    shape: Shape

    @property
    def fact(self) -> str:
        return self.shape.fact

    @property
    def label(self) -> str:
        return self.shape.label

    @property
    def target(self) -> str:
        return self.shape.target


@dataclass
class RowValues:
    """The parsed cells of one row, by column id."""

    sheet: Sheet
    row: int
    values: dict[str, Any]
    raw: dict[str, str]

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key)


def column_index(sheet: Sheet, columns: tuple[sc.Column, ...]) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, header in enumerate(sheet.headers):
        index.setdefault(sc.header_id(header, columns), i)
    return index


class RowProblem(ValueError):
    """A problem with a row as a whole, blamed on one column."""

    def __init__(self, message: str, column: str) -> None:
        super().__init__(message)
        self.column = column


def parse_sheet(
    sheet: Sheet, kind: str, directory: Directory
) -> tuple[list[RowFact], list[InputError]]:
    columns = SHEET_KINDS[kind]
    index = column_index(sheet, columns)
    errors = [InputError(f"missing required column {c.header!r}", file=sheet.where,
                         line=sheet.header_row, column=c.id)
              for c in columns if c.required and c.id not in index]
    if errors:
        return [], errors
    # An office may name another office of the same sheet as its parent: register
    # every office first, then resolve parents.
    deferred = {"parent"} if kind == "offices" else set()
    rows = []
    for n, cells in sheet.rows:
        if sc.is_example(text(_at(cells, index["id"]))):
            continue
        if shifted := sheet.overflow(n, cells):
            errors.append(shifted)
            continue
        rows.append(_read_row(sheet, n, cells, columns, index, directory, errors, deferred))
    parsed = [r for r in rows if r is not None]
    _check_ids(sheet, parsed, errors)
    if kind == "offices":
        parsed = [r for r in parsed if _register_office(r, directory, errors)]
        parsed = [r for r in parsed if _resolve_parent(r, directory, errors)]
    facts = []
    for r in parsed:
        try:
            facts.append(BUILDERS[kind](r, directory))
        except RowProblem as exc:
            errors.append(InputError(str(exc), file=sheet.where, line=r.row, column=exc.column))
    return facts, errors


def _at(cells: list[Any], i: int) -> Any:
    return cells[i] if i < len(cells) else None


def _read_row(
    sheet: Sheet, n: int, cells: list[Any], columns: tuple[sc.Column, ...],
    index: dict[str, int], directory: Directory, errors: list[InputError],
    deferred: set[str],
) -> RowValues | None:
    values: dict[str, Any] = {}
    raw: dict[str, str] = {}
    ok = True
    for col in columns:
        cell = _at(cells, index[col.id]) if col.id in index else None
        shown = text(cell)
        if shown is not None:
            raw[col.id] = "; ".join(split_list(cell)) if col.type in sc.LIST_TYPES else shown
        try:
            values[col.id] = text(cell) if col.id in deferred else _value(col, cell, directory)
        except (ValueError, Unresolved) as exc:
            errors.append(InputError(str(exc), file=sheet.where, line=n, column=col.id))
            ok = False
            continue
        if col.required and values[col.id] in (None, []):
            errors.append(InputError(f"{col.header} is required", file=sheet.where, line=n,
                                     column=col.id))
            ok = False
    return RowValues(sheet, n, values, raw) if ok else None


def _value(col: sc.Column, cell: Any, d: Directory) -> Any:
    if col.type == sc.DATE:
        return None if text(cell) is None else parse_date(cell)
    if col.type == sc.CHOICE:
        return None if text(cell) is None else _choice(col, str(text(cell)))
    if col.type == sc.CHOICES:
        return sorted({_choice(col, v) for v in split_list(cell)})
    if col.type == sc.INSTITUTION:
        return None if text(cell) is None else d.institution(str(text(cell)))
    if col.type == sc.INSTITUTIONS:
        return _each(d.institution, split_list(cell))
    if col.type == sc.REGION:
        return None if text(cell) is None else d.region(cell)
    if col.type == sc.REGIONS:
        return _each(d.region, split_list(cell))
    if col.type == sc.TEXTS:
        return list(dict.fromkeys(split_list(cell)))
    return text(cell)


def _each(resolve: Callable[[str], str], written: list[str]) -> list[str]:
    """Resolve every name of a cell, reporting all that fail, not only the first."""
    keys, problems = [], []
    for name in written:
        try:
            keys.append(resolve(name))
        except Unresolved as exc:
            problems.append(str(exc))
    if problems:
        raise Unresolved("; ".join(problems))
    return list(dict.fromkeys(keys))


def _choice(col: sc.Column, value: str) -> str:
    for choice in col.choices:
        if value.strip().lower() == choice.lower():
            return choice
    raise ValueError(f"{value!r} is not allowed here; use one of {', '.join(col.choices)}")


def _check_ids(sheet: Sheet, rows: list[RowValues], errors: list[InputError]) -> None:
    from ..schema import slug

    seen: dict[str, int] = {}
    for r in rows:
        ident = slug(str(r["id"]))
        if ident in seen:
            errors.append(InputError(f"duplicate id {r['id']!r} (also on row {seen[ident]})",
                                     file=sheet.where, line=r.row, column="id"))
        seen.setdefault(ident, r.row)


def evidence(r: RowValues) -> str:
    cells = " | ".join(f"{k}: {v}" for k, v in r.raw.items() if k != "id")
    name = Path(r.sheet.file).name
    sheet = f", sheet {r.sheet.name}" if r.sheet.name else ""
    return f"planners' register {name}{sheet}, row {r.row} (id {r['id']}): {cells}"


def _fact(r: RowValues, kind: str, shape: Shape) -> RowFact:
    return RowFact(kind, r.row, str(r["id"]), evidence(r), shape)


# --- builders, one per sheet kind -------------------------------------------------------


def agreement(r: RowValues, d: Directory) -> RowFact:
    if len(r["parties"]) < 2:
        raise RowProblem("an agreement needs at least two different parties", "parties")
    parties = []
    for key in r["parties"]:
        info = d.institutions[key]
        region = info.region if info.region in d.regions else None
        parties.append(Party(key, str(info.kind or ""), region))
    return _fact(r, "agreements", facts.agreement(AgreementFact(
        r["kind"], r["status"], r["signed_on"], tuple(parties), tuple(r["topics"]),
        signed_on=r["signed_on"], title=r["title"], valid_until=r["valid_until"],
        covers=tuple(r["covers"]))))


def meeting(r: RowValues, d: Directory) -> RowFact:
    return _fact(r, "meetings", facts.meeting(MeetingFact(
        r["kind"], r["date"], tuple(r["participants"]), tuple(r["topics"]),
        people=tuple(r["people"]), venue=r["venue"], region=r["region"])))


def official(r: RowValues, d: Directory) -> RowFact:
    if person_key(r["name"]) == "person:":
        raise RowProblem(f"{r['name']!r} is not a name", "name")
    return _fact(r, "officials", facts.position(PositionFact(
        r["name"], r["institution"], r["title"], since=r["since"], until=r["until"],
        seen_on=r["seen_on"])))


def _office_key(r: RowValues, d: Directory) -> str:
    if r["key"]:
        return str(r["key"]).lower()
    kind = InstitutionKind(r["kind"])
    same = [k for k in d.named(r["name"]) if d.institutions[k].kind == kind]
    if len(same) == 1:  # the planner describes an office the graph already has
        return same[0]
    if kind in _REGIONAL:
        if not r["region"]:
            raise RowProblem(f"a {kind} needs its region (kab/kota or province)", "region")
        return institution_key(kind, r["region"], r["name"])
    place = r["place"] or (d.regions.get(r["region"]) if r["region"] else None)
    if not place and kind not in (InstitutionKind.IMIGRASI_PUSAT, InstitutionKind.PUSAT_LAIN,
                                  InstitutionKind.NON_GOV):
        raise RowProblem(f"a {kind} needs a place or a region", "place")
    return institution_key(kind, short_name(place) if place else None, r["name"])


def _register_office(r: RowValues, d: Directory, errors: list[InputError]) -> bool:
    try:
        key = _office_key(r, d)
    except RowProblem as exc:
        errors.append(InputError(str(exc), file=r.sheet.where, line=r.row, column=exc.column))
        return False
    r.values["key"] = key
    d.add_institution(InstitutionInfo(key, r["name"], r["kind"], r["region"]), r["aliases"])
    return True


def _resolve_parent(r: RowValues, d: Directory, errors: list[InputError]) -> bool:
    if not r["parent"]:
        return True
    try:
        r.values["parent"] = d.institution(r["parent"])
    except Unresolved as exc:
        errors.append(InputError(str(exc), file=r.sheet.where, line=r.row, column="parent"))
        return False
    return True


def office(r: RowValues, d: Directory) -> RowFact:
    key = r["key"]
    f = _fact(r, "offices", Shape("Institution", key, key))
    place = r["place"] or (d.regions.get(r["region"]) if r["region"] else None)
    f.shape.nodes.append(("Institution", {
        "key": key, "name": r["name"], "kind": r["kind"],
        "place": short_name(place) if place else None, "region": r["region"],
        "office_class": r["office_class"], "aliases": r["aliases"] or None,
        "status": ACCEPTED, "source_url": r["source_url"], "source_date": r["source_date"]}))
    if r["region"]:
        f.shape.rels.append(("LOCATED_IN", ("Institution", key), ("Region", r["region"]), {},
                             None))
    if r["parent"] and r["parent"] != key:
        f.shape.rels.append(("PART_OF", ("Institution", key), ("Institution", r["parent"]), {},
                             None))
    for code in r["jurisdiction"]:
        f.shape.rels.append(("JURISDICTION_OVER", ("Institution", key), ("Region", code),
                       {"source_url": r["source_url"], "source_date": r["source_date"]}, None))
    return f


BUILDERS: dict[str, Callable[[RowValues, Directory], RowFact]] = {
    "agreements": agreement,
    "meetings": meeting,
    "officials": official,
    "offices": office,
}
