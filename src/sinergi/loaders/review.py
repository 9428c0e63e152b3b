"""The review queue: what the machine read with doubt, and people's decisions on it.

``review_queue`` lists facts whose REPORTS edges say ``needs_review`` or carry a
confidence below a threshold (and institutions flagged ``needs_review``), one row per
fact with its evidence sentence and source, leaving out facts someone already decided.

Decisions are data, never deletions of history: each is a ``Decision`` node
(action, target, decided_by, decided_at, reason, source) linked by ``DECISION_ON``.

- accept / reject: every REPORTS edge naming the fact gets that status, and so does the
  fact's own flag (``review`` on Agreement, Meeting and HOLDS_POSITION, ``status`` on
  Institution and Person). Questions drop what is rejected.
- merge A into B (two nodes of one label): every relationship of A is re-created on B
  (keys recomputed, REPORTS ``fact`` renamed), A's name and aliases become B's aliases,
  then A is deleted; the Decision keeps A's key and its properties (``before``, JSON).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, NotFound, ParameterError
from ..schema import NODES, RELS, ReviewStatus, short_hash
from ..stores import GraphStore, Tx
from .record_columns import REVIEW, header_id
from .sheets import Sheet, text, write_xlsx_rows
from .staging import flush_into, staged

REVIEW_BELOW = 0.6
_TARGETS = ("Agreement", "Meeting", "Person", "Institution", "Region")
_FLAG = {"Agreement": "review", "Meeting": "review", "Institution": "status", "Person": "status"}
_SUMMARY = {
    "Agreement": ("kind", "status", "signed_on", "title"),
    "Meeting": ("kind", "date", "venue"),
    "Person": ("name",),
    "Institution": ("name", "kind"),
    "Region": ("name",),
}
_SOURCE = {"Article": ("title", "url", "published_on"), "Record": ("file", "row")}
STATUS_FOR = {"accept": ReviewStatus.ACCEPTED.value, "reject": ReviewStatus.REJECTED.value}


@dataclass(frozen=True)
class Target:
    label: str  # the node the fact hangs on
    node: str  # its key
    fact: str  # the fact key: the node's, or a relationship's (a position)

    @property
    def is_node(self) -> bool:
        return self.fact == self.node


@dataclass(frozen=True)
class PlannedDecision:
    action: str
    target: Target
    into: Target | None
    by: str | None
    why: str | None
    source: str | None
    key: str | None = None  # fixed for decisions from a sheet, so reloading is a no-op


# --- the queue --------------------------------------------------------------------------


def review_queue(store: GraphStore, below: float = REVIEW_BELOW) -> list[dict[str, Any]]:
    """One row per fact in doubt, lowest confidence first."""
    decided = {r["t"] for r in store.run("MATCH (d:Decision) RETURN DISTINCT d.target AS t")}
    facts: dict[str, dict[str, Any]] = {}
    for src, props in _SOURCE.items():
        for label in _TARGETS:
            for row in _reports_in_doubt(store, src, label, props, below):
                if row["fact"] not in decided:
                    _merge_row(facts, label, row, src)
    for row in store.run("MATCH (i:Institution) WHERE i.status = $s RETURN i.key AS key, "
                         "i.name AS name, i.kind AS kind", {"s": ReviewStatus.NEEDS_REVIEW}):
        if row["key"] not in facts and row["key"] not in decided:
            facts[row["key"]] = {"key": row["key"], "what": "Institution",
                                 "summary": _join(row["name"], row["kind"]), "evidence": None,
                                 "source": None, "sources": 0, "confidence": None,
                                 "status": ReviewStatus.NEEDS_REVIEW.value}
    _describe_positions(store, facts)
    return sorted(facts.values(), key=lambda r: (r["confidence"] is None,
                                                 r["confidence"] or 0, r["key"]))


def _describe_positions(store: GraphStore, facts: dict[str, dict[str, Any]]) -> None:
    keys = [k for k, row in facts.items() if row["what"] == "Person" and "|" in k]
    for r in store.run("MATCH (p:Person)-[h:HOLDS_POSITION]->(i:Institution) WHERE h.key IN $k "
                       "RETURN h.key AS key, p.name AS person, h.title AS title, "
                       "i.name AS inst, i.key AS inst_key", {"k": keys}):
        facts[r["key"]]["summary"] = f"{r['person']}: {r['title']}, {r['inst'] or r['inst_key']}"


def _reports_in_doubt(store: GraphStore, src: str, label: str, src_props: tuple[str, ...],
                      below: float) -> list[dict[str, Any]]:
    returns = ", ".join([f"t.{p} AS t_{p}" for p in _SUMMARY[label]]
                        + [f"s.{p} AS s_{p}" for p in src_props])
    return store.run(
        f"MATCH (s:{src})-[e:REPORTS]->(t:{label}) "
        "WHERE coalesce(e.status, '') <> $rejected "
        "AND (e.status = $doubt OR e.confidence < $below) "
        f"RETURN e.fact AS fact, t.key AS target, e.evidence AS evidence, "
        f"e.confidence AS confidence, e.status AS status, s.key AS source, {returns}",
        {"rejected": ReviewStatus.REJECTED, "doubt": ReviewStatus.NEEDS_REVIEW, "below": below})


def _join(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p not in (None, ""))


def _merge_row(facts: dict[str, dict[str, Any]], label: str, row: dict[str, Any],
               src: str) -> None:
    summary = _join(*(row[f"t_{p}"] for p in _SUMMARY[label]))
    if src == "Article":
        source = _join(row["s_title"] or row["source"], row["s_url"], row["s_published_on"])
    else:
        source = f"{row['s_file']} row {row['s_row']}"
    have = facts.get(row["fact"])
    conf = row["confidence"]
    if have is None:
        facts[row["fact"]] = {"key": row["fact"], "what": label, "summary": summary,
                              "evidence": row["evidence"], "source": source, "sources": 1,
                              "confidence": conf, "status": row["status"]}
        return
    have["sources"] += 1
    if conf is not None and (have["confidence"] is None or conf < have["confidence"]):
        have.update(confidence=conf, evidence=row["evidence"] or have["evidence"],
                    source=source)


# --- finding what a key names -----------------------------------------------------------


def find_target(store: GraphStore, key: str) -> Target:
    for label in NODES:
        if label in _TARGETS and store.run(
                f"MATCH (n:{label} {{key: $k}}) RETURN n.key AS k", {"k": key}):
            return Target(label, key, key)
    for label in _TARGETS:
        rows = store.run(f"MATCH ()-[e:REPORTS]->(t:{label}) WHERE e.fact = $k "
                         "RETURN t.key AS t LIMIT 1", {"k": key})
        if rows:
            return Target(label, rows[0]["t"], key)
    raise NotFound(f"no fact {key!r}: not a node key, nor the fact of any REPORTS edge")


def plan(store: GraphStore, action: str, keys: Iterable[str], *, by: str | None,
         why: str | None, into: str | None = None) -> list[PlannedDecision]:
    """Check decisions before making any (a bad key changes nothing)."""
    if action not in ("accept", "reject", "merge"):
        raise ParameterError(f"unknown action {action!r}", param="action")
    survivor = find_target(store, into) if into else None
    planned = []
    for key in keys:
        target = find_target(store, key)
        if action == "merge":
            _check_merge(target, survivor)
        planned.append(PlannedDecision(action, target, survivor, by, why, None))
    return planned


def _check_merge(target: Target, survivor: Target | None) -> None:
    if survivor is None:
        raise ParameterError("merge needs the key of the node that survives (--into)",
                             param="into")
    if not (target.is_node and survivor.is_node) or target.label != survivor.label:
        raise ParameterError(f"can only merge two nodes of one label, not {target.label} "
                             f"{target.fact} into {survivor.label} {survivor.fact}", param="into")
    if target.node == survivor.node:
        raise ParameterError(f"cannot merge {target.node} into itself", param="into")


# --- applying decisions -----------------------------------------------------------------


def apply_planned(store: GraphStore, planned: list[PlannedDecision]) -> int:
    """Apply each decision in its own transaction; returns how many were new."""
    done = 0
    for d in planned:
        if d.key and store.run("MATCH (d:Decision {key: $k}) RETURN d.key AS k", {"k": d.key}):
            continue  # the same sheet row was applied before
        if d.action == "merge":
            _merge(store, d)
        else:
            _set_status(store, d)
        done += 1
    return done


def _decision(store: GraphStore, d: PlannedDecision, on: Target, before: str | None = None
              ) -> Any:
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    key = d.key or "decision:" + short_hash(d.action, d.target.fact, at, d.by, d.why)
    w = staged(store)
    w.node("Decision", {"key": key, "action": d.action, "target": d.target.fact,
                        "merged_into": d.into.node if d.into else None, "decided_by": d.by,
                        "decided_at": at, "reason": d.why, "source": d.source,
                        "before": before})
    w.rel("DECISION_ON", ("Decision", key), (on.label, on.node))
    return w


def _set_status(store: GraphStore, d: PlannedDecision) -> None:
    status, t = STATUS_FOR[d.action], d.target
    w = _decision(store, d, t)
    with store.transaction() as tx:
        tx.run("MATCH ()-[e:REPORTS]->() WHERE e.fact = $k SET e.status = $s",
               {"k": t.fact, "s": status})
        if t.is_node and t.label in _FLAG:
            tx.run(f"MATCH (n:{t.label} {{key: $k}}) SET n.{_FLAG[t.label]} = $s",
                   {"k": t.node, "s": status})
        elif not t.is_node:
            tx.run("MATCH (:Person)-[h:HOLDS_POSITION]->(:Institution) WHERE h.key = $k "
                   "SET h.review = $s", {"k": t.fact, "s": status})
        flush_into(tx, w)


def _merge(store: GraphStore, d: PlannedDecision) -> None:
    gone, keep = d.target, d.into
    assert keep is not None
    label = gone.label
    before = store.run(f"MATCH (n:{label} {{key: $k}}) RETURN n", {"k": gone.node})[0]["n"]
    w = _decision(store, d, keep, json.dumps(before, ensure_ascii=False, sort_keys=True,
                                             default=str))
    renamed = _repoint(store, w, label, gone.node, keep.node)
    if "aliases" in NODES[label].props:
        _add_aliases(store, w, label, keep.node, before)
    with store.transaction() as tx:
        flush_into(tx, w)
        tx.run(f"MATCH (n:{label} {{key: $k}}) DETACH DELETE n", {"k": gone.node})
        _rename_facts(tx, {gone.node: keep.node, **renamed})


def _repoint(store: GraphStore, w: Any, label: str, gone: str, keep: str) -> dict[str, str]:
    """Queue a copy on ``keep`` of every relationship of ``gone``; old -> new rel keys."""
    renamed: dict[str, str] = {}
    for spec in RELS.values():
        props = [p for p in spec.props if p != "key"]
        cols = "".join(f", r.{p} AS {p}" for p in props)
        for src, dst in spec.pairs:
            for side, pattern in (("src", f"(m:{src} {{key: $k}})-[r:{spec.type}]->(o:{dst})"),
                                  ("dst", f"(o:{src})-[r:{spec.type}]->(m:{dst} {{key: $k}})")):
                if (src if side == "src" else dst) != label:
                    continue
                for row in store.run(f"MATCH {pattern} RETURN o.key AS other, r.key AS key"
                                     f"{cols}", {"k": gone}):
                    if row["other"] in (gone, keep):
                        continue  # would become a loop on the survivor
                    new_key = "|".join(keep if p == gone else p for p in row["key"].split("|"))
                    values = {p: row[p] for p in props}
                    if values.get("fact") == gone:
                        values["fact"] = keep
                    ends = ((label, keep), (dst, row["other"])) if side == "src" else (
                        (src, row["other"]), (label, keep))
                    w.rel(spec.type, ends[0], ends[1], {"key": new_key, **values})
                    renamed[row["key"]] = new_key
    return renamed


def _add_aliases(store: GraphStore, w: Any, label: str, keep: str, before: dict[str, Any]
                 ) -> None:
    row = store.run(f"MATCH (n:{label} {{key: $k}}) RETURN n.aliases AS a, n.name AS name",
                    {"k": keep})[0]
    names = [*(row["a"] or []), before.get("name"), *(before.get("aliases") or [])]
    aliases = [a for a in dict.fromkeys(n for n in names if n) if a != row["name"]]
    w.node(label, {"key": keep, "aliases": aliases or None})


def _rename_facts(tx: Tx, renamed: dict[str, str]) -> None:
    # Positions and other edges re-keyed by the merge are facts of REPORTS edges elsewhere.
    for old, new in renamed.items():
        tx.run("MATCH ()-[e:REPORTS]->() WHERE e.fact = $old SET e.fact = $new",
               {"old": old, "new": new})


# --- the review sheet -------------------------------------------------------------------


def write_review_sheet(rows: list[dict[str, Any]], out: Path) -> Path:
    """The queue as a workbook with an empty decision column, for people who prefer Excel."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    if out.suffix.lower() != ".xlsx":
        raise ParameterError(f"--out must end in .xlsx, not {out.name!r}", param="out")
    book = Workbook()
    ws: Any = book.active
    ws.title = "review"
    write_xlsx_rows(ws, [[c.header for c in REVIEW]])
    write_xlsx_rows(ws, ([r.get(c.id) for c in REVIEW] for r in rows))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    col = [c.id for c in REVIEW].index("decision") + 1
    letter = ws.cell(row=1, column=col).column_letter
    dv = DataValidation(type="list", formula1='"accept,reject,merge"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"{letter}2:{letter}{max(len(rows) + 1, 2)}")
    ws.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out


def read_review_sheet(sheet: Sheet, store: GraphStore
                      ) -> tuple[list[PlannedDecision], list[InputError]]:
    """Decisions filled in a review sheet; rows with an empty decision are skipped."""
    index = {header_id(h, REVIEW): i for i, h in enumerate(sheet.headers) if h}
    planned, errors = [], []
    for n, cells in sheet.rows:
        cell = {c: text(cells[i]) if i < len(cells) else None for c, i in index.items()}
        action = (cell.get("decision") or "").lower()
        if not action:
            continue
        source = f"{Path(sheet.file).name} row {n}"
        written = cell.get("key") or ""
        key = "decision:" + short_hash(action, written, source)
        if store.run("MATCH (d:Decision {key: $k}) RETURN d.key AS k", {"k": key}):
            continue  # applied when this sheet was loaded before (a merged key is gone now)
        try:
            if action not in STATUS_FOR and action != "merge":
                raise ParameterError(f"decision {action!r}: use accept, reject or merge",
                                     param="decision")
            target = find_target(store, written)
            merge_into = cell.get("merge_into")
            into = find_target(store, merge_into) if merge_into else None
            if action == "merge":
                _check_merge(target, into)
        except (NotFound, ParameterError) as exc:
            param = getattr(exc, "param", None)
            column = {"into": "merge_into", None: "key"}.get(param, param)
            errors.append(InputError(exc.message, file=sheet.where, line=n, column=column))
            continue
        planned.append(PlannedDecision(action, target, into, cell.get("by"), cell.get("why"),
                                       source, key))
    return planned, errors
