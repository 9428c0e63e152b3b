"""Typed Python entry points to the questions most callers need (API, views, scripts).

Each wrapper runs the named question through ``run_query`` (same checks, same
rows on both backends) and turns the rows into frozen dataclasses, so callers
get attribute access and type checking instead of dict keys.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, TypeVar

from .registry import run_query

T = TypeVar("T")


def _rows(cls: type[T], store: Any, name: str, params: dict[str, Any]) -> list[T]:
    given = {k: v for k, v in params.items() if v is not None}
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    return [cls(**{n: row[n] for n in names}) for row in run_query(store, name, given).rows]


@dataclass(frozen=True)
class CoverageRow:
    region: str
    name: str
    level: str
    status: str  # signed | planned | team | province-only | none
    agreements: list[str]
    signed_on: str | None
    valid_until: str | None
    sources: int


@dataclass(frozen=True)
class GapRow:
    region: str
    name: str
    level: str
    status: str
    planned: list[str]
    last_meeting: str | None
    meeting_kind: str | None
    meeting: str | None


@dataclass(frozen=True)
class ServicePointRow:
    region: str
    name: str
    level: str
    service: str  # office | mpp | periodic | none
    offices: list[str]
    mpp: list[str]
    periodic: list[str]
    jurisdiction: list[str]


@dataclass(frozen=True)
class BrokerRow:
    rank: int
    institution: str
    name: str | None
    kind: str | None
    betweenness: float
    partners: int
    shared: int


@dataclass(frozen=True)
class PathRow:
    hops: int
    nodes: list[str]
    names: list[str]
    rels: list[str]


def coverage(store: Any, topic: str, province: str, as_of: str | None = None
             ) -> list[CoverageRow]:
    """Status of every kab/kota of ``province`` for ``topic`` on ``as_of`` (default today)."""
    return _rows(CoverageRow, store, "coverage",
                 {"topic": topic, "province": province, "as_of": as_of})


def gaps(store: Any, topic: str, province: str, as_of: str | None = None) -> list[GapRow]:
    return _rows(GapRow, store, "gaps", {"topic": topic, "province": province, "as_of": as_of})


def service_points(store: Any, province: str, as_of: str | None = None
                   ) -> list[ServicePointRow]:
    return _rows(ServicePointRow, store, "service-points",
                 {"province": province, "as_of": as_of})


def brokers(store: Any, province: str) -> list[BrokerRow]:
    return _rows(BrokerRow, store, "brokers", {"province": province})


def path(store: Any, from_: str, to: str) -> list[PathRow]:
    return _rows(PathRow, store, "path", {"from": from_, "to": to})
