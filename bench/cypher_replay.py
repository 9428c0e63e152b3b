"""Cypher-script export benchmark: write the synthetic graph as a script, replay it.

Builds the synthetic national graph (``bench/synth.py``, ``--articles`` articles) in a
temporary embedded store, exports it with ``sinergi export --format cypher``'s code, then
empties the Neo4j that ``SINERGI_NEO4J_*`` names and runs the script statement by
statement, as ``cypher-shell -f`` does. Prints the script's size and statement count, the
replay time and whether every label and relationship type has the same count as before.

Example:
    eval "$(scripts/neo4j-local env)"; python bench/cypher_replay.py --articles 20000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write_synthetic  # noqa: E402

from sinergi.backup.dump import GraphDump, dump_graph  # noqa: E402
from sinergi.backup.export import export_graph  # noqa: E402
from sinergi.settings import Settings  # noqa: E402
from sinergi.stores import open_graph  # noqa: E402


def _counts(dump: GraphDump) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in dump.nodes:
        counts[item["label"]] = counts.get(item["label"], 0) + 1
    for item in dump.rels:
        counts[item["type"]] = counts.get(item["type"], 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        embedded = Settings(backend="embedded", data_dir=Path(tmp) / "data")
        with open_graph(embedded) as store:
            write_synthetic(store, articles=args.articles, seed=args.seed)
            script = Path(tmp) / "graph.cypher"
            before = _counts(export_graph(store, "cypher", script))
        statements = [line[:-1] for line in script.read_text(encoding="utf-8").splitlines()
                      if line and not line.startswith("//")]
        with open_graph(Settings(backend="neo4j")) as neo:
            neo.clear()
            start = time.perf_counter()
            for statement in statements:
                neo.run(statement)
            seconds = time.perf_counter() - start
            after = _counts(dump_graph(neo))
    print(json.dumps({
        "articles": args.articles, "script_mb": round(script_size_mb(statements), 1),
        "statements": len(statements), "rows": sum(before.values()),
        "replay_seconds": round(seconds, 1), "identical_counts": before == after,
        "differences": {k: (before.get(k), after.get(k)) for k in set(before) | set(after)
                        if before.get(k) != after.get(k)},
    }, indent=2))
    return 0 if before == after else 1


def script_size_mb(statements: list[str]) -> float:
    return sum(len(s.encode("utf-8")) + 2 for s in statements) / 1e6


if __name__ == "__main__":
    raise SystemExit(main())
