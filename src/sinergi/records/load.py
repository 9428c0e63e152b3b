"""Planners' record sheets into the graph: one file is one source that owns its rows.

``sinergi.ingest`` reads and validates every file first (``rows.parse_sheet``), so a
file reaching ``write_file`` is clean; it is written in one transaction.

Each fact row becomes a ``Record`` node (key from the file *name*, sheet and the row's
``id``) with a ``REPORTS`` edge to the fact (extractor ``records/<version>``,
confidence 1.0, status accepted, the row rendered as evidence). A corrected file
*replaces* what it said before:

- a file whose content is unchanged since it was loaded is skipped (``unchanged``);
- REPORTS edges the new file no longer produces, and Records of deleted rows, go;
- a fact this file alone reports is reset before it is rewritten (optional properties
  cleared, COVERS / LOCATED_IN / people / programs of a meeting redrawn), so cleared
  cells clear; facts other sources also report only get this file's values added;
- a fact no source reports any more is deleted (Agreement, Meeting, a HOLDS_POSITION,
  then people left without any relationship); an Institution, which other facts and
  the reference layer point at, is kept and marked ``status = needs_review``;
- a fact a reviewer rejected stays rejected (the new REPORTS edge says so too): a
  decision is undone in review, not by reloading a sheet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .. import __version__, facts
from ..schema import ReviewStatus, record_key
from ..sheets import Sheet
from ..stores import GraphStore, Tx, Writer
from .rows import RowFact

EXTRACTOR = f"records/{__version__}"
_REJECTED = ReviewStatus.REJECTED.value


@dataclass
class RecordsFile:
    """The validated fact rows of one file, as ``ingest`` hands them over."""

    name: str
    sha256: str
    facts: list[tuple[Sheet, RowFact]] = field(default_factory=list)


def unchanged(store: GraphStore, f: RecordsFile) -> bool:
    """The same content was loaded under this file name before."""
    rows = store.run("MATCH (r:Record {file: $name}) RETURN r.sha256 AS sha, count(r) AS n",
                     {"name": f.name})
    return len(rows) == 1 and rows[0]["sha"] == f.sha256 and rows[0]["n"] == len(f.facts)


def _prefix(f: RecordsFile) -> str:
    return record_key(f.name, "x", "x").rsplit(":", 2)[0] + ":"


# --- writing one file -------------------------------------------------------------------


def write_file(store: GraphStore, f: RecordsFile, warnings: list[str]) -> int:
    """Write one validated file, replacing what it said before (module docstring);
    returns how many facts no source reports any more were removed."""
    rejected = _rejected(store, [fact for _, fact in f.facts])
    for _, fact in f.facts:
        if fact.fact in rejected:
            warnings.append(f"{f.name} row {fact.row}: {fact.fact} was rejected in "
                            "review and stays rejected")
    w = store.stage()
    records, reports = _stage(w, f, rejected)
    new_facts = {fact.fact: fact for _, fact in f.facts}
    with store.transaction() as tx:
        old = _old_reports(tx, f.name)
        owned = _owned(tx, f, new_facts)
        persons = _reset_owned(tx, owned)
        tx.run("MATCH (:Record {file: $name})-[e:REPORTS]->() WHERE NOT e.key IN $keys "
               "DELETE e", {"name": f.name, "keys": sorted(reports)})
        tx.run("MATCH (r:Record {file: $name}) WHERE NOT r.key IN $keys DETACH DELETE r",
               {"name": f.name, "keys": sorted(records)})
        w.flush_into(tx)
        gone = {(label, target, fact) for label, target, fact in old if fact not in new_facts}
        return _remove_orphans(tx, gone, persons)


def _stage(w: Writer, f: RecordsFile, rejected: set[str]) -> tuple[set[str], set[str]]:
    """Queue every node and edge of the file; the keys of its Records and REPORTS."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    records, reports = set(), set()
    for sheet, fact in f.facts:
        key = record_key(f.name, sheet.name or fact.kind, fact.row_id)
        records.add(key)
        w.node("Record", {"key": key, "file": f.name, "sheet": sheet.name or None,
                          "row": fact.row, "sha256": f.sha256, "loaded_at": now,
                          "kind": fact.kind})
        was_rejected = fact.fact in rejected
        fact.shape.write(w, _keep_rejected if was_rejected else _as_is)
        reports.add(facts.report(w, ("Record", key), fact.label, fact.target, fact.fact,
                                 facts.Evidence(fact.evidence, EXTRACTOR, 1.0),
                                 _REJECTED if was_rejected else None))
    return records, reports


def _as_is(props: dict[str, Any]) -> dict[str, Any]:
    return props


def _keep_rejected(props: dict[str, Any]) -> dict[str, Any]:
    # A None flag leaves the stored 'rejected' in place (upserts coalesce).
    return {k: (None if k in ("review", "status") else v) for k, v in props.items()}


def _rejected(store: GraphStore, facts: list[RowFact]) -> set[str]:
    keys = sorted({f.fact for f in facts})
    out: set[str] = set()
    for label, flag in (("Agreement", "review"), ("Meeting", "review"),
                        ("Institution", "status")):
        out |= {r["k"] for r in store.run(
            f"MATCH (n:{label}) WHERE n.key IN $keys AND n.{flag} = $rej RETURN n.key AS k",
            {"keys": keys, "rej": _REJECTED})}
    out |= {r["k"] for r in store.run(
        "MATCH (:Person)-[h:HOLDS_POSITION]->(:Institution) WHERE h.key IN $keys AND "
        "h.review = $rej RETURN h.key AS k", {"keys": keys, "rej": _REJECTED})}
    return out


_TARGETS = ("Agreement", "Meeting", "Person", "Institution", "Region")


def _old_reports(tx: Tx, name: str) -> list[tuple[str, str, str]]:
    out = []
    for label in _TARGETS:
        out += [(label, r["t"], r["f"]) for r in tx.run(
            f"MATCH (:Record {{file: $name}})-[e:REPORTS]->(t:{label}) "
            "RETURN t.key AS t, e.fact AS f", {"name": name})]
    return out


def _owned(tx: Tx, f: RecordsFile, facts: dict[str, RowFact]) -> list[RowFact]:
    """The facts of this file that no other source reports."""
    shared = {r["f"] for r in tx.run(
        "MATCH (s)-[e:REPORTS]->() WHERE e.fact IN $facts AND NOT s.key STARTS WITH $prefix "
        "RETURN DISTINCT e.fact AS f", {"facts": sorted(facts), "prefix": _prefix(f)})}
    return [fact for key, fact in facts.items() if key not in shared]


def _reset_owned(tx: Tx, owned: list[RowFact]) -> set[str]:
    """Clear what a row may have stopped saying; the people unlinked, for clean-up."""
    by_kind: dict[str, list[str]] = {}
    for fact in owned:
        by_kind.setdefault(fact.kind, []).append(fact.fact)
    agreements, meetings = by_kind.get("agreements", []), by_kind.get("meetings", [])
    positions = by_kind.get("officials", [])
    tx.run("MATCH (a:Agreement) WHERE a.key IN $k SET a.title = NULL, a.valid_until = NULL",
           {"k": agreements})
    tx.run("MATCH (a:Agreement)-[c:COVERS]->(:Region) WHERE a.key IN $k DELETE c",
           {"k": agreements})
    tx.run("MATCH (m:Meeting) WHERE m.key IN $k SET m.venue = NULL, m.topic = NULL",
           {"k": meetings})
    persons = _attendees(tx, meetings)
    for pattern in ("(m:Meeting)-[x:LOCATED_IN]->(:Region)", "(m:Meeting)-[x:ABOUT]->(:Program)",
                    "(:Person)-[x:ATTENDED]->(m:Meeting)"):
        tx.run(f"MATCH {pattern} WHERE m.key IN $k DELETE x", {"k": meetings})
    tx.run("MATCH (:Person)-[h:HOLDS_POSITION]->(:Institution) WHERE h.key IN $k "
           "SET h.since = NULL, h.until = NULL, h.seen_on = NULL", {"k": positions})
    return persons


def _attendees(tx: Tx, meetings: list[str]) -> set[str]:
    return {r["p"] for r in tx.run(
        "MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.key IN $k RETURN p.key AS p",
        {"k": meetings})}


def _remove_orphans(tx: Tx, gone: set[tuple[str, str, str]], persons: set[str]) -> int:
    """Delete facts no source reports any more; returns how many were removed."""
    facts = sorted({fact for _, _, fact in gone})
    still = {r["f"] for r in tx.run(
        "MATCH ()-[e:REPORTS]->() WHERE e.fact IN $facts RETURN DISTINCT e.fact AS f",
        {"facts": facts})}
    orphans = [(label, target, fact) for label, target, fact in gone if fact not in still]
    nodes = {label: [t for lab, t, fact in orphans if lab == label and fact == t]
             for label in ("Agreement", "Meeting", "Institution")}
    positions = [fact for label, t, fact in orphans if label == "Person" and fact != t]
    persons |= _attendees(tx, nodes["Meeting"]) | {t for lab, t, _ in orphans if lab == "Person"}
    for label in ("Agreement", "Meeting"):
        tx.run(f"MATCH (n:{label}) WHERE n.key IN $k DETACH DELETE n", {"k": nodes[label]})
    tx.run("MATCH (i:Institution) WHERE i.key IN $k SET i.status = $s",
           {"k": nodes["Institution"], "s": ReviewStatus.NEEDS_REVIEW.value})
    tx.run("MATCH (:Person)-[h:HOLDS_POSITION]->(:Institution) WHERE h.key IN $k DELETE h",
           {"k": positions})
    tx.run("MATCH (p:Person) WHERE p.key IN $k OPTIONAL MATCH (p)-[x]-() "
           "WITH p, count(x) AS links WHERE links = 0 DELETE p", {"k": sorted(persons)})
    return len(nodes["Agreement"]) + len(nodes["Meeting"]) + len(positions)
