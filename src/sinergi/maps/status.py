"""The status of every kab/kota for a topic on a day: the ``coverage`` question's answer.

The map asks ``coverage`` (the same question and parameters; no province: all of them)
and colours by its status, so the map and the coverage table never disagree. The map has
four colours: ``signed``, ``planned``, ``none`` and ``unknown``. Coverage's two finer
values are kept in ``coverage`` and drawn apart: ``team`` (a Timpora team but no
agreement) and ``province-only`` (only a province-level agreement) are ``none`` for the
kab/kota's own agreement. A kab/kota that the graph does not hold at all is ``unknown``
(``coverage`` None): unknown is not none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ParameterError
from ..questions.params import CHECKS, today
from ..questions.registry import Result, get, run_query
from ..settings import Settings
from .boundaries import Boundary, for_province

Ask = Callable[[Any, str, dict[str, Any]], Result]

MAP_STATUSES = ("signed", "planned", "none", "unknown")
#: coverage status -> map colour
TO_MAP = {"signed": "signed", "planned": "planned", "team": "none", "province-only": "none",
          "none": "none", "unknown": "unknown"}
_PAGE = 500


@dataclass(frozen=True)
class Office:
    key: str
    name: str


@dataclass(frozen=True)
class RegionStatus:
    """One kab/kota on the map. ``coverage`` is the coverage question's own status
    (None: the graph does not hold the kab/kota)."""

    boundary: Boundary
    status: str
    coverage: str | None
    offices: tuple[Office, ...] = ()
    agreements: tuple[str, ...] = ()
    jurisdiction: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        return self.boundary.code

    @property
    def name(self) -> str:
        return self.boundary.name


@dataclass
class CoverageMap:
    """The answer: the day, topic and province asked, every kab/kota, and which of the
    map's provinces the graph holds no region of (their kab/kota are ``unknown``)."""

    topic: str
    as_of: str
    province: str | None
    regions: list[RegionStatus] = field(default_factory=list)
    missing_provinces: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(MAP_STATUSES, 0)
        for r in self.regions:
            out[r.status] += 1
        return out


def _ask(store: Any, name: str, params: dict[str, Any]) -> Result:
    return run_query(store, name, params)


def checked(topic: Any, province: Any = None, as_of: Any = None,
            settings: Settings | None = None) -> tuple[str, str | None, str]:
    """The map's parameters, checked the way ``coverage`` checks them (same messages)."""
    declared = {p.name: p for p in get("coverage").params}
    if topic is None or topic == "":
        raise ParameterError("topic: required (cooperation topic, e.g. TIMPORA)", param="topic")
    topic_v = CHECKS[declared["topic"].type](declared["topic"], topic)
    prov = CHECKS["province"](declared["province"], province) if province else None
    day = CHECKS["date"](declared["as_of"], as_of) if as_of else today(settings)
    return str(topic_v), prov, day


def coverage_map(store: Any, topic: Any, province: Any = None, as_of: Any = None, *,
                 ask: Ask = _ask, settings: Settings | None = None) -> CoverageMap:
    """Every kab/kota of ``province`` (all 514 for None) with its status for ``topic`` on
    ``as_of`` (default today). Raises ``NoReferenceData`` on a graph without regions."""
    topic_v, prov, day = checked(topic, province, as_of, settings)
    shapes = for_province(prov)
    held = _provinces_in_graph(store, ask)
    wanted = sorted({b.province for b in shapes})
    rows: dict[str, dict[str, Any]] = {}
    if prov is None or prov in held:
        # One question for the whole country: the same Cypher as a province's table.
        answer = ask(store, "coverage", {"topic": topic_v, "province": prov, "as_of": day})
        rows = {r["region"]: r for r in answer.rows}
    names = office_names(store, ask) if rows else {}
    result = CoverageMap(topic_v, day, prov, missing_provinces=[c for c in wanted
                                                                 if c not in held])
    result.regions = [_region(b, rows.get(b.code), names) for b in shapes]
    return result


def _region(shape: Boundary, row: dict[str, Any] | None,
            names: dict[str, str]) -> RegionStatus:
    if row is None:
        return RegionStatus(shape, "unknown", None)
    offices = tuple(Office(k, names.get(k, k)) for k in row.get("offices") or [])
    return RegionStatus(shape, TO_MAP[row["status"]], row["status"], offices,
                        tuple(row.get("agreements") or []), tuple(row.get("jurisdiction") or []))


def _provinces_in_graph(store: Any, ask: Ask) -> set[str]:
    answer = ask(store, "list-regions", {"level": "province", "limit": _PAGE, "offset": 0})
    return {str(r["key"]) for r in answer.rows}


def office_names(store: Any, ask: Ask) -> dict[str, str]:
    names: dict[str, str] = {}
    offset = 0
    while True:
        page = ask(store, "list-institutions",
                   {"kind": "KANIM", "limit": _PAGE, "offset": offset})
        names.update({str(r["key"]): str(r.get("name") or r["key"]) for r in page.rows})
        if page.next_offset is None:
            return names
        offset = page.next_offset
