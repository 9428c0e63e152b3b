"""``sinergi load reference``: writes the reference layer into the graph.

From the package data (or another folder laid out the same way) it writes, per
``docs/graph-model.md``: every Region with ``PART_OF`` to its parent; a Pemprov,
Pemkab or Pemkot for every province and kab/kota with ``JURISDICTION_OVER`` to its
region; the immigration offices with ``PART_OF``, ``LOCATED_IN`` and
``JURISDICTION_OVER``; ``SUCCEEDED_BY`` between predecessor and successor offices; and
one ``Program`` per topic.

All files are read and validated first; only then is everything written in one atomic
writer block, so a bad row never leaves half a reference layer behind. Writes are
upserts by key, so loading twice changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from ..schema import (
    PROGRAM_NAMES,
    InstitutionKind,
    RegionLevel,
    Topic,
    agreement_type,
    institution_key,
    program_key,
)
from ..stores import GraphStore, Writer
from .derived import Derived, read_derived
from .gazetteer import REGION_ALIAS, Gazetteer, Region, build_gazetteer, data_root, load_gazetteer
from .offices import Office, Succession, read_offices, read_succession

_PEMDA = {
    RegionLevel.PROVINCE: (InstitutionKind.PEMPROV, "Pemerintah Provinsi", ("Pemprov", "Provinsi")),
    RegionLevel.REGENCY: (InstitutionKind.PEMKAB, "Pemerintah Kabupaten",
                          ("Pemkab", "Pemda", "Kabupaten", "Pemerintah Daerah")),
    RegionLevel.CITY: (InstitutionKind.PEMKOT, "Pemerintah Kota",
                       ("Pemkot", "Pemko", "Pemda", "Kota", "Pemerintah Daerah")),
}


class ReferenceData:
    """Everything the reference layer is made of, read and validated, not yet written."""

    def __init__(self, root: Traversable | Path | None = None) -> None:
        self.root = root if root is not None else data_root()
        self.gazetteer: Gazetteer = (
            load_gazetteer() if root is None else build_gazetteer(self.root)
        )
        self.offices: list[Office] = read_offices(self.root, self.gazetteer)
        self.succession: list[Succession] = read_succession(
            self.root, {o.key for o in self.offices}
        )
        self.derived: list[Derived] = read_derived(
            self.root, self.gazetteer, {o.key: o for o in self.offices}
        )


def pemda_key(region: Region) -> str:
    """The key of the regional government of a province or kab/kota: ``pemkab:63.10``."""
    kind = _PEMDA[RegionLevel(region.level)][0]
    return institution_key(kind, region.code)


def pemda_aliases(region: Region, abbreviations: Iterable[str] = ()) -> list[str]:
    """Written forms of a regional government: "Pemkab Kotabaru", "Pemda Kotabaru", ..."""
    _, _, words = _PEMDA[RegionLevel(region.level)]
    places = [region.short_name, *abbreviations]
    return list(dict.fromkeys(f"{w} {p}" for p in places for w in words))


def has_reference(store: GraphStore) -> bool:
    """The graph holds the reference layer (its regions)."""
    rows = store.run("MATCH (r:Region) RETURN count(r) AS n")
    return bool(rows and rows[0]["n"])


def ensure_reference(store: GraphStore, announce: Callable[[str], None] | None = None) -> bool:
    """Load the reference layer when the graph has none: news and planners' rows name
    institutions and regions, and resolve against it. True when it was loaded now."""
    if has_reference(store):
        return False
    if announce:
        announce("Loading the reference data first (regions, offices) ...")
    load_reference(store)
    return True


#: The steps ``load_reference`` reports to its ``progress`` callback, in order.
STEPS = ("files checked", "regions", "governments", "offices", "derived jurisdiction",
         "succession", "programs", "saved", "agreement types")


def load_reference(store: GraphStore, root: Path | None = None,
                   progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Validate every reference file, then write them in one atomic block.

    Returns how many rows of each kind were written (``Region``, ``Institution``,
    ``PART_OF``, ...). Raises ``InputError``/``InputErrors`` (nothing written) on bad input.
    ``progress`` is told each of ``STEPS`` once done (the CLI's progress bar).
    """
    done = progress or (lambda step: None)
    data = ReferenceData(root)
    done(STEPS[0])
    counts: Counter[str] = Counter()
    with store.writer(atomic=True) as w:
        _write_regions(w, data.gazetteer, counts)
        done(STEPS[1])
        _write_pemda(w, data.gazetteer, counts)
        done(STEPS[2])
        _write_offices(w, data.offices, data.gazetteer, counts)
        done(STEPS[3])
        _write_derived(w, data.derived, counts)
        done(STEPS[4])
        _write_succession(w, data.succession, counts)
        done(STEPS[5])
        _write_programs(w, counts)
        done(STEPS[6])
    done(STEPS[7])
    refresh_agreement_types(store, counts)
    done(STEPS[8])
    return dict(counts)


def refresh_agreement_types(store: GraphStore, counts: Counter[str] | None = None) -> int:
    """Give every agreement the cooperation type its parties' kinds make today.

    The type is written with the agreement, from the kinds its parties had then; an
    agreement written before types existed has none, and one whose party was later
    given its kind by reference data has a stale one. Returns how many changed."""
    rows = store.run("MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement) "
                     "RETURN a.key AS key, a.coop_type AS stored, collect(i.kind) AS kinds")
    stale = []
    for r in rows:
        kind = agreement_type(r["kinds"]).value
        if r["stored"] != kind:
            stale.append((r["key"], kind))
    if stale:
        with store.writer(atomic=True) as w:
            for key, kind in stale:
                w.node("Agreement", {"key": key, "coop_type": kind})
    if counts is not None and stale:
        counts["agreement types refreshed"] += len(stale)
    return len(stale)


def _write_regions(w: Writer, gaz: Gazetteer, counts: Counter[str]) -> None:
    for r in gaz.regions.values():
        w.node("Region", {"key": r.code, "name": r.name, "level": r.level,
                          "parent": r.parent_code, "province": r.province_code})
        counts["Region"] += 1
    for r in gaz.regions.values():
        if r.parent_code:
            w.rel("PART_OF", ("Region", r.code), ("Region", r.parent_code))
            counts["PART_OF"] += 1


def _abbreviations(gaz: Gazetteer) -> dict[str, list[str]]:
    # "Kukar" -> 64.02: written short forms of a region, for the Pemda's aliases.
    out: dict[str, list[str]] = {}
    for a in gaz.aliases:
        if a.kind == REGION_ALIAS and (a.place is None or a.place == a.alias):
            out.setdefault(a.target, []).append(a.alias)
    return out


def _write_pemda(w: Writer, gaz: Gazetteer, counts: Counter[str]) -> None:
    abbrev = _abbreviations(gaz)
    for r in [*gaz.provinces(), *gaz.kabkota()]:
        kind, prefix, _ = _PEMDA[RegionLevel(r.level)]
        key = pemda_key(r)
        w.node("Institution", {
            "key": key, "name": f"{prefix} {r.short_name}", "kind": kind.value,
            "place": r.short_name, "region": r.code,
            "aliases": pemda_aliases(r, abbrev.get(r.code, [])),
        })
        w.rel("JURISDICTION_OVER", ("Institution", key), ("Region", r.code), {"partial": False})
        counts["Institution"] += 1
        counts["JURISDICTION_OVER"] += 1


def _office_region(office: Office, gaz: Gazetteer) -> str | None:
    if office.located_in:
        return office.located_in
    provinces = [j.code for j in office.jurisdiction if "." not in j.code]
    return provinces[0] if provinces else None


def _write_offices(
    w: Writer, offices: list[Office], gaz: Gazetteer, counts: Counter[str]
) -> None:
    for o in offices:
        w.node("Institution", {
            "key": o.key, "name": o.name, "kind": o.kind, "place": o.place,
            "region": _office_region(o, gaz), "office_class": o.office_class,
            "aliases": list(o.aliases), "source_url": o.source_url, "source_date": o.source_date,
            "derived_by": o.derived_by,
        })
        counts["Institution"] += 1
    for o in offices:
        if o.parent_key:
            w.rel("PART_OF", ("Institution", o.key), ("Institution", o.parent_key))
            counts["PART_OF"] += 1
        if o.located_in:
            w.rel("LOCATED_IN", ("Institution", o.key), ("Region", o.located_in))
            counts["LOCATED_IN"] += 1
        for j in o.jurisdiction:
            props: dict[str, Any] = {
                "partial": bool(j.districts), "districts": list(j.districts) or None,
                "since": j.since, "until": j.until,
                "source_url": j.source_url, "source_date": j.source_date,
                "provenance": j.provenance, "derived_by": j.derived_by,
            }
            # A later period of the same office and kab/kota is its own edge.
            qualifier = f"since:{j.since}" if j.since else None
            w.rel("JURISDICTION_OVER", ("Institution", o.key), ("Region", j.code), props,
                  qualifier=qualifier)
            counts["JURISDICTION_OVER"] += 1


def _write_derived(w: Writer, rows: list[Derived], counts: Counter[str]) -> None:
    # One edge per office, kab/kota and period: the same office may serve a kab/kota
    # again later, so the period is part of the edge's key.
    for d in rows:
        w.rel("JURISDICTION_OVER", ("Institution", d.office_key), ("Region", d.code),
              {"partial": False, "since": d.since, "until": d.until,
               "provenance": "derived", "derived_by": d.derived_by},
              qualifier=f"derived:{d.since or '-'}")
        counts["JURISDICTION_OVER (derived)"] += 1


def _write_succession(w: Writer, rows: list[Succession], counts: Counter[str]) -> None:
    for s in rows:
        note = f"{s.note} (source: {s.source_url})" if s.note else f"source: {s.source_url}"
        w.rel("SUCCEEDED_BY", ("Institution", s.predecessor_key),
              ("Institution", s.successor_key), {"on_date": s.on_date, "note": note})
        counts["SUCCEEDED_BY"] += 1


def _write_programs(w: Writer, counts: Counter[str]) -> None:
    for topic in Topic:
        w.node("Program", {"key": program_key(topic), "name": PROGRAM_NAMES[topic],
                           "topic": topic.value})
        counts["Program"] += 1
