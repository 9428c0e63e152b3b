"""Question benchmark: every planners' question on the synthetic national graph.

Loads the synthetic graph (``bench/synth.py``: 38 provinces, 514 kab/kota, ~150
immigration offices, ``--articles`` articles) into each backend, then runs every
question of the registry ``--runs`` times through ``run_query`` (parameter checks,
Cypher, Python steps: what a caller waits for), cycling through several provinces
and institutions, after ``--warmup`` untimed runs. Prints p50/p95/max in ms per
question and backend, and flags province-scoped questions whose Neo4j p95 is over
the target (50 ms).

Example:
    python bench/queries.py --backend embedded --articles 20000
    eval "$(scripts/neo4j-local env)"; python bench/queries.py --backend neo4j
    python bench/queries.py --backend neo4j --reuse --markdown   # graph already loaded
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write_synthetic  # noqa: E402

from sinergi.questions.registry import registry, run_query  # noqa: E402
from sinergi.settings import Settings  # noqa: E402
from sinergi.stores import GraphStore, open_graph  # noqa: E402

TARGET_MS = 50.0
AS_OF = "2025-06-30"
PROVINCES = ["63", "64", "11", "32", "35", "51", "73", "91", "12", "53"]


def _one(store: GraphStore, query: str, **params: Any) -> str:
    rows = store.run(query, params)
    return str(rows[0]["key"]) if rows else ""


def _institutions(store: GraphStore, province: str) -> dict[str, str]:
    """A Kanim, a Pemkab/Pemkot and a kab/kota of the province, for the questions."""
    kanim = _one(store, "MATCH (i:Institution {kind: 'KANIM'})-[:LOCATED_IN]->(r:Region) "
                        "WHERE r.province = $p RETURN i.key AS key ORDER BY key LIMIT 1",
                 p=province)
    gov = _one(store, "MATCH (i:Institution)-[:PARTY_TO]->(:Agreement) "
                      "WHERE i.kind IN ['PEMKAB', 'PEMKOT'] AND i.region STARTS WITH ($p + '.') "
                      "RETURN DISTINCT i.key AS key ORDER BY key LIMIT 1", p=province)
    region = _one(store, "MATCH (r:Region {province: $p}) WHERE r.level IN ['regency', 'city'] "
                         "RETURN r.key AS key ORDER BY key LIMIT 1", p=province)
    return {"kanim": kanim, "gov": gov or f"pemprov:{province}", "region": region}


def _params(name: str, province: str, ids: dict[str, str], other: dict[str, str]
            ) -> dict[str, Any]:
    """Parameters for question ``name`` in ``province``; None when it does not apply."""
    table: dict[str, dict[str, Any]] = {
        "coverage": {"topic": "TIMPORA", "province": province, "as_of": AS_OF},
        "gaps": {"topic": "PASSPORT_SERVICE", "province": province, "as_of": AS_OF},
        "service-points": {"province": province, "as_of": AS_OF},
        "brokers": {"province": province},
        "office-coverage": {"office": ids["kanim"], "as_of": AS_OF},
        "institution": {"key": ids["gov"]},
        "timeline": {"region": ids["region"], "to": AS_OF},
        "path": {"from": ids["gov"], "to": other["gov"]},
        "stale-agreements": {"as_of": AS_OF, "older_than_years": 5},
        "signatory-changes": {"as_of": AS_OF},
        "stalled-plans": {"as_of": AS_OF, "older_than_days": 90},
        "expiring": {"as_of": AS_OF, "days": 90, "province": province},
        "unfollowed": {"as_of": AS_OF, "months": 12, "province": province},
        "quiet-teams": {"as_of": AS_OF, "months": 6, "province": province},
        "scorecard": {"topic": "TIMPORA", "province": province, "as_of": AS_OF},
        "changes": {"province": province, "from": "2024-07-01", "to": AS_OF},
        "evidence": {"key": ids["gov"]},
        "graph-province": {"province": province},
        "graph-region": {"region": ids["region"]},
        "graph-institution": {"institution": ids["gov"]},
    }
    if name in table:
        return table[name]
    query = registry()[name]
    by_type = {"province": province, "institution": ids["gov"], "region": ids["region"],
               "topic": "TIMPORA", "date": AS_OF}
    return {p.name: by_type[p.type] for p in query.params if p.required and p.type in by_type}


#: Options measured apart: "question+option" -> extra parameters (by province).
VARIANTS: dict[str, Any] = {
    "path+cooperation_only": lambda province: {"cooperation_only": True},
    "list-agreements+coop_type": lambda province: {"coop_type": "vertikal",
                                                   "province": province},
}


def _question(label: str) -> str:
    return label.split("+", 1)[0]


def _scoped(name: str) -> bool:
    name = _question(name)
    return any(p.type == "province" and p.required for p in registry()[name].params)


def measure(store: GraphStore, runs: int, warmup: int, only: list[str] | None = None
            ) -> list[dict[str, Any]]:
    ids = {p: _institutions(store, p) for p in PROVINCES}
    out = []
    for label in only or [*registry(), *VARIANTS]:
        name = _question(label)
        print(f"measuring {name}", file=sys.stderr, flush=True)
        times: list[float] = []
        rows = 0
        for i in range(warmup + runs):
            province = PROVINCES[i % len(PROVINCES)]
            other = ids[PROVINCES[(i + 1) % len(PROVINCES)]]
            params = _params(name, province, ids[province], other)
            if label in VARIANTS:
                params = {**params, **VARIANTS[label](province)}
            start = time.perf_counter()
            result = run_query(store, name, params)
            elapsed = (time.perf_counter() - start) * 1000
            if i >= warmup:
                times.append(elapsed)
                rows += len(result.rows)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        out.append({"question": label, "province_scoped": _scoped(name),
                    "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1),
                    "max_ms": round(times[-1], 1), "mean_rows": round(rows / runs, 1)})
    return out


def _settings(backend: str, data_dir: str | None) -> Settings:
    if backend == "embedded":
        return Settings(backend="embedded",
                        data_dir=Path(data_dir or tempfile.mkdtemp(prefix="bench-q-")))
    return Settings(backend="neo4j", neo4j_timeout=30.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="p50/p95 of every question on the synthetic graph.",
        epilog="Example:\n  python bench/queries.py --backend embedded --articles 2000",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["embedded", "neo4j"], required=True)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=30, help="timed runs per question")
    parser.add_argument("--warmup", type=int, default=10,
                        help="untimed runs per question (10: each province once)")
    parser.add_argument("--data-dir", help="embedded store folder (default: a new temp dir)")
    parser.add_argument("--reuse", action="store_true", help="do not load: graph is there")
    parser.add_argument("--markdown", action="store_true", help="a table for docs/benchmarks.md")
    parser.add_argument("--only", help="comma-separated question names (default: all)")
    args = parser.parse_args(argv)
    with open_graph(_settings(args.backend, args.data_dir)) as store:
        load_s = 0.0
        if not args.reuse:
            store.clear()
            start = time.perf_counter()
            write_synthetic(store, articles=args.articles, seed=args.seed)
            load_s = time.perf_counter() - start
        results = measure(store, args.runs, args.warmup,
                          args.only.split(",") if args.only else None)
    slow = [r["question"] for r in results
            if args.backend == "neo4j" and r["province_scoped"] and r["p95_ms"] > TARGET_MS]
    if args.markdown:
        print(f"| question | {args.backend} p50 ms | p95 ms | max ms | rows |")
        print("|---|---|---|---|---|")
        for r in results:
            print(f"| `{r['question']}` | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} | "
                  f"{r['mean_rows']} |")
    else:
        print(json.dumps({"backend": args.backend, "articles": args.articles,
                          "load_s": round(load_s, 1), "results": results,
                          "over_target": slow}, indent=2))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
