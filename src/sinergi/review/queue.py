"""The review queue: what the machine read with doubt, one row per fact.

``review_queue`` lists facts whose REPORTS edges say ``needs_review`` or carry a
confidence below a threshold (and institutions flagged ``needs_review``), with the
evidence sentence and source, leaving out facts someone already decided on.
"""

from __future__ import annotations

from typing import Any

from ..schema import FACT_TARGETS, REVIEW_BELOW, ReviewStatus
from ..stores import GraphStore

_SUMMARY = {
    "Agreement": ("kind", "status", "signed_on", "title"),
    "Meeting": ("kind", "date", "venue"),
    "Person": ("name",),
    "Institution": ("name", "kind"),
    "Region": ("name",),
}
_SOURCE = {"Article": ("title", "url", "published_on"), "Record": ("file", "row")}


def review_queue(store: GraphStore, below: float = REVIEW_BELOW) -> list[dict[str, Any]]:
    """One row per fact in doubt, lowest confidence first."""
    decided = {r["t"] for r in store.run("MATCH (d:Decision) RETURN DISTINCT d.target AS t")}
    facts: dict[str, dict[str, Any]] = {}
    for src, props in _SOURCE.items():
        for label in FACT_TARGETS:
            for row in _reports_in_doubt(store, src, label, props, below):
                if row["fact"] not in decided:
                    _merge_row(facts, label, row, src)
    for row in store.run("MATCH (i:Institution) WHERE i.status = $s RETURN i.key AS key, "
                         "i.name AS name, i.kind AS kind", {"s": ReviewStatus.NEEDS_REVIEW}):
        if row["key"] not in facts and row["key"] not in decided:
            facts[row["key"]] = {"key": row["key"], "what": "Institution",
                                 "summary": _join(row["name"], row["kind"]), "reason": None,
                                 "evidence": None,
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
        "RETURN e.fact AS fact, t.key AS target, e.evidence AS evidence, "
        "e.reason AS reason, e.confidence AS confidence, e.status AS status, "
        f"s.key AS source, {returns}",
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
                              "reason": row["reason"], "evidence": row["evidence"],
                              "source": source, "sources": 1,
                              "confidence": conf, "status": row["status"]}
        return
    have["sources"] += 1
    if conf is not None and (have["confidence"] is None or conf < have["confidence"]):
        have.update(confidence=conf, reason=row["reason"] or have["reason"],
                    evidence=row["evidence"] or have["evidence"],
                    source=source)
