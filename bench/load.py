"""Load benchmark: the synthetic national graph into a store, twice.

The first pass loads into an empty store, the second re-loads the same rows (every
write an update of an existing key). For each pass it prints rows per second, and
for the run the peak memory: the RSS high-water mark of this Python process
(``resource.getrusage``) and, for Neo4j, of the server process found through the
Bolt port in ``/proc``. It fails (exit 1) when the second pass changes any node or
relationship count. Each backend runs in its own process so that memory peaks do not
mix. Writes use the writer's bulk mode (``atomic=False``: each batch commits alone).

Example:
    python bench/load.py --backend embedded --articles 20000
    eval "$(scripts/neo4j-local env)"; python bench/load.py --backend neo4j
    python bench/load.py --articles 2000 --json     # both backends when a URI is set
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import BULK_BATCH, NodeRow, rows, write_synthetic  # noqa: E402

from sinergi.schema import NODES  # noqa: E402
from sinergi.settings import Settings  # noqa: E402
from sinergi.stores import open_graph  # noqa: E402


def peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _listening_inodes(port: int) -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            # local address is HEXIP:HEXPORT; state 0A is LISTEN
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":
                inodes.add(fields[9])
    return inodes


def server_pid(port: int) -> int | None:
    """The pid of the process listening on ``port`` (the Neo4j JVM), if visible."""
    targets = {f"socket:[{i}]" for i in _listening_inodes(port)}
    if not targets:
        return None
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                if os.readlink(fd) in targets:
                    return int(proc.name)
        except OSError:
            continue
    return None


def server_memory(uri: str) -> dict[str, float] | None:
    """RSS now and its high-water mark (MiB) of the server behind a Bolt URI."""
    pid = server_pid(urlparse(uri).port or 7687)
    if pid is None:
        return None
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    values = {k: v.split()[0] for k, v in (line.split(":", 1) for line in status)
              if k in ("VmRSS", "VmHWM")}
    return {"pid": pid, "rss_mib": round(int(values["VmRSS"]) / 1024, 1),
            "peak_rss_mib": round(int(values["VmHWM"]) / 1024, 1)}


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time used so far (user + system) by this process, or by ``pid``: on a
    machine shared with other jobs it says what a load costs better than wall time."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _totals(counts: dict[str, int]) -> tuple[int, int]:
    nodes = sum(v for k, v in counts.items() if k in NODES)
    return nodes, sum(counts.values()) - nodes


def run_backend(backend: str, articles: int, seed: int, batch_size: int,
                data_dir: Path | None) -> dict[str, Any]:
    """Both passes against one backend, in this process."""
    if backend == "embedded" and data_dir is None:
        with tempfile.TemporaryDirectory(prefix="sinergi-load-") as scratch:
            return run_backend(backend, articles, seed, batch_size, Path(scratch))
    extra: dict[str, Any] = {"data_dir": data_dir} if backend == "embedded" else {}
    settings = Settings(backend=backend, **extra)
    result: dict[str, Any] = {"backend": backend, "articles": articles, "seed": seed,
                              "batch_size": batch_size}
    server = server_pid(urlparse(settings.neo4j_uri).port or 7687) if backend == "neo4j" else None
    with open_graph(settings) as store:
        store.clear()
        for name in ("first", "second"):
            load = os.getloadavg()[0]
            cpu, server_cpu = cpu_seconds(), cpu_seconds(server) if server else 0.0
            start = time.perf_counter()
            written = write_synthetic(store, articles=articles, seed=seed, batch_size=batch_size)
            seconds = time.perf_counter() - start
            counts = store.counts()
            nodes, rels = _totals(counts)
            result[name] = {"rows": written["rows"], "seconds": round(seconds, 1),
                            "rows_per_s": round(written["rows"] / seconds),
                            "python_cpu_s": round(cpu_seconds() - cpu, 1),
                            "load_average": [round(load, 1), round(os.getloadavg()[0], 1)],
                            "nodes": nodes, "relationships": rels, "counts": counts}
            if server:
                result[name]["server_cpu_s"] = round(cpu_seconds(server) - server_cpu, 1)
        result["unchanged_by_reload"] = result["first"]["counts"] == result["second"]["counts"]
        result["python_peak_rss_mib"] = peak_rss_mib()
        if backend == "neo4j":
            result["neo4j_server"] = server_memory(settings.neo4j_uri)
    return result


def generator_rate(articles: int, seed: int) -> dict[str, Any]:
    """How fast the rows are made alone: the floor of any load's time."""
    start = time.perf_counter()
    n = Counter(isinstance(r, NodeRow) for r in rows(articles=articles, seed=seed))
    seconds = time.perf_counter() - start
    total = n.total()
    return {"rows": total, "seconds": round(seconds, 1), "rows_per_s": round(total / seconds)}


def _in_child(args: argparse.Namespace, backend: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--backend", backend, "--articles", str(args.articles),
           "--seed", str(args.seed), "--batch-size", str(args.batch_size), "--json"]
    if args.data_dir:
        cmd += ["--data-dir", str(args.data_dir)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out)[0])


def _print(result: dict[str, Any]) -> None:
    print(f"{result['backend']}: {result['articles']} articles, seed {result['seed']}, "
          f"batch {result['batch_size']}")
    for name in ("first", "second"):
        p = result[name]
        print(f"  {name:6} pass: {p['rows']:,} rows in {p['seconds']} s = {p['rows_per_s']:,} "
              f"rows/s -> {p['nodes']:,} nodes, {p['relationships']:,} relationships")
        server = f", server {p['server_cpu_s']} s" if "server_cpu_s" in p else ""
        print(f"         CPU: Python {p['python_cpu_s']} s{server}; "
              f"load average {p['load_average'][0]} -> {p['load_average'][1]}")
    print(f"  counts unchanged by the re-load: {result['unchanged_by_reload']}")
    print(f"  peak RSS of this Python process: {result['python_peak_rss_mib']} MiB")
    if result.get("neo4j_server"):
        s = result["neo4j_server"]
        print(f"  Neo4j server (pid {s['pid']}): RSS {s['rss_mib']} MiB, "
              f"peak {s['peak_rss_mib']} MiB")


def main(argv: list[str] | None = None) -> int:
    doc = str(__doc__)
    parser = argparse.ArgumentParser(
        description=doc.split("\n\n")[0], epilog="Example:" + doc.split("Example:")[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--backend", choices=("embedded", "neo4j", "both"), default=None,
                        help="default: both when SINERGI_NEO4J_URI is set, else embedded")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=BULK_BATCH)
    parser.add_argument("--data-dir", type=Path, help="embedded database folder (default: temp)")
    parser.add_argument("--generator", action="store_true", help="also time the generator alone")
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    args = parser.parse_args(argv)
    backend = args.backend or ("both" if os.environ.get("SINERGI_NEO4J_URI") else "embedded")
    if backend == "both":
        results = [_in_child(args, b) for b in ("embedded", "neo4j")]
    else:
        results = [run_backend(backend, args.articles, args.seed, args.batch_size, args.data_dir)]
    if args.generator:
        results.append({"backend": "generator only", **generator_rate(args.articles, args.seed)})
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            if "first" in r:
                _print(r)
            else:
                print(f"{r['backend']}: {r['rows']:,} rows in {r['seconds']} s = "
                      f"{r['rows_per_s']:,} rows/s")
    return 0 if all(r.get("unchanged_by_reload", True) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
