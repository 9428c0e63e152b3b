"""People's decisions on facts, kept as data, never as deletions of history.

Each decision is a ``Decision`` node (action, target, decided_by, decided_at, reason,
source) linked by ``DECISION_ON``.

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
from typing import Any

from ..errors import NotFound, ParameterError
from ..schema import FACT_TARGETS, NODES, RELS, ReviewStatus, short_hash
from ..stores import GraphStore, Tx

_FLAG = {"Agreement": "review", "Meeting": "review", "Institution": "status", "Person": "status"}
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


# --- finding what a key names -----------------------------------------------------------


def find_target(store: GraphStore, key: str) -> Target:
    for label in NODES:
        if label in FACT_TARGETS and store.run(
                f"MATCH (n:{label} {{key: $k}}) RETURN n.key AS k", {"k": key}):
            return Target(label, key, key)
    for label in FACT_TARGETS:
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
    w = store.stage()
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
        w.flush_into(tx)


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
        w.flush_into(tx)
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
