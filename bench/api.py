"""API latency and throughput: ``GET /api/v1/queries/coverage`` at 50 concurrent connections.

Loads the synthetic national graph (``bench/synth.py``) into the store SINERGI_*
configures (Neo4j for the recorded figures) unless it is already there, starts
``sinergi serve``'s app under uvicorn in a child process on 127.0.0.1 (so the
client does not share the server's interpreter), warms up, then sends a bounded
number of requests (and stops early at a time limit) from an asyncio client
holding ``--concurrency`` keep-alive connections. Provinces and topics rotate so the store's
caches see a realistic spread. Prints p50/p95/p99/max latency and throughput as JSON,
the CPU each request cost the API process and, with ``--db-pid``, the Neo4j server
(from ``/proc``: on a shared machine CPU per request moves far less than latency), and
the load average.

    eval "$(scripts/neo4j-local env)"; SINERGI_BACKEND=neo4j python bench/api.py
    SINERGI_BACKEND=neo4j python bench/api.py --no-cache \
        --db-pid "$(cat ~/.cache/sinergi/neo4j-5.26/neo4j.pid)"
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write_synthetic  # noqa: E402

from sinergi.settings import Settings  # noqa: E402
from sinergi.stores import open_graph  # noqa: E402

PROVINCES = ["11", "12", "31", "32", "33", "35", "51", "63", "64", "73", "91", "94"]
TOPICS = ["TIMPORA", "PASSPORT_SERVICE", "WNA_SUPERVISION"]
AS_OF = "2025-06-30"
TARGET_P99_MS = 100.0


def ensure_graph(articles: int, seed: int) -> dict[str, int]:
    """Load the synthetic graph unless the store already holds at least that many articles."""
    # Bulk batches may take longer than the 2 s the API waits; the server keeps its own.
    with open_graph(Settings().model_copy(update={"neo4j_timeout": 30.0})) as store:
        have = int(store.run("MATCH (a:Article) RETURN count(a) AS n")[0]["n"])
        if have < articles:
            print(f"loading {articles} synthetic articles (store has {have}) ...",
                  file=sys.stderr)
            write_synthetic(store, articles=articles, seed=seed)
        counts = store.counts()
    return {k: v for k, v in counts.items() if k in ("Region", "Institution", "Agreement",
                                                      "Article", "REPORTS")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def uncached_app() -> Any:
    """The app with its answer cache off (uvicorn factory for ``--no-cache``)."""
    from sinergi.api.app import create_app

    return create_app(Settings(), cache_seconds=0)


def start_server(port: int, cached: bool, workers: int = 1) -> subprocess.Popen[bytes]:
    factory = ["sinergi.api.app:create_app"] if cached else [
        "--app-dir", str(Path(__file__).resolve().parent), "api:uncached_app"]
    cmd = [sys.executable, "-m", "uvicorn", "--factory", *factory,
           "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
           "--no-access-log", "--workers", str(workers)]
    server = subprocess.Popen(cmd, env=os.environ.copy())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        if server.poll() is not None:
            raise SystemExit("the API server exited during start-up")
        time.sleep(0.2)
    server.terminate()
    raise SystemExit("the API server did not become healthy within 60 s")


COVERAGE = "/api/v1/queries/coverage?province={province}&topic={topic}&as_of=" + AS_OF


def urls(n: int, template: str = COVERAGE) -> list[str]:
    pairs = itertools.cycle(itertools.product(PROVINCES, TOPICS))
    return [template.format(province=p, topic=t) for p, t in itertools.islice(pairs, n)]


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
               path: str) -> int:
    """One keep-alive HTTP/1.1 GET; the status. (httpx's async pool, not the server,
    was the bottleneck at 50 connections: a bare client measures the server.)"""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(int(line.split(":", 1)[1]) for line in lines
                  if line.lower().startswith("content-length:"))
    await reader.readexactly(length)
    return int(lines[0].split()[1])


async def hammer(host: str, port: int, paths: list[str], concurrency: int,
                 time_limit: float) -> tuple[list[float], Counter[int], float]:
    """Send ``paths`` over ``concurrency`` connections; latencies (s), statuses, wall time."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    todo = iter(paths)
    started = time.perf_counter()
    stop_at = started + time_limit

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            for path in todo:
                if time.perf_counter() > stop_at:
                    return
                sent = time.perf_counter()
                status = await _get(reader, writer, path)
                latencies.append(time.perf_counter() - sent)
                statuses[status] += 1
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, statuses, time.perf_counter() - started


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process and its live children (uvicorn's workers) have
    used (Linux ``/proc``): what a request costs does not depend on what else the machine
    runs, unlike its latency."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return own + sum(cpu_seconds(int(child)) for child in children)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000, help="synthetic articles")
    parser.add_argument("--seed", type=int, default=7, help="synthetic graph seed")
    parser.add_argument("--requests", type=int, default=3_000, help="requests to send")
    parser.add_argument("--concurrency", type=int, default=50, help="open connections")
    parser.add_argument("--time-limit", type=float, default=120.0, help="stop after (s)")
    parser.add_argument("--warmup", type=int, default=100, help="requests before measuring")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--db-pid", type=int,
                        help="also report the CPU per request of this process (the Neo4j server)")
    parser.add_argument("--no-cache", action="store_true",
                        help="turn the API's answer cache off (every request asks the store)")
    parser.add_argument("--path", default=COVERAGE,
                        help="the path to ask, {province} and {topic} rotating (default: "
                             "coverage); e.g. another question, to compare its cost")
    args = parser.parse_args(argv)

    def paths(n: int) -> list[str]:
        return urls(n, args.path)

    graph = ensure_graph(args.articles, args.seed)
    port = free_port()
    server = start_server(port, cached=not args.no_cache, workers=args.workers)
    try:
        asyncio.run(hammer("127.0.0.1", port, paths(args.warmup), args.concurrency,
                           args.time_limit))
        pids = {"server": server.pid, **({"db": args.db_pid} if args.db_pid else {})}
        before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        latencies, statuses, wall = asyncio.run(
            hammer("127.0.0.1", port, paths(args.requests), args.concurrency, args.time_limit))
        cpu = {f"{name}_cpu_ms_per_request":
               round((cpu_seconds(pid) - before[name]) * 1000 / max(1, len(latencies)), 2)
               for name, pid in pids.items()}
    finally:
        server.terminate()
        server.wait(30)
    ms = [x * 1000 for x in latencies]
    p99 = percentile(ms, 0.99)
    out = {
        "backend": Settings().backend, "cache": not args.no_cache, "graph": graph,
        "path": args.path,
        "workers": args.workers, "requests": len(ms),
        "concurrency": args.concurrency, "statuses": dict(statuses),
        "p50_ms": round(percentile(ms, 0.50), 1), "p95_ms": round(percentile(ms, 0.95), 1),
        "p99_ms": round(p99, 1), "max_ms": round(max(ms), 1),
        "mean_ms": round(statistics.fmean(ms), 1), "throughput_rps": round(len(ms) / wall, 1),
        **cpu, "load_average": [round(x, 1) for x in os.getloadavg()],
        "target_p99_ms": TARGET_P99_MS, "meets_target": p99 <= TARGET_P99_MS,
    }
    print(json.dumps(out, indent=2))
    return 0 if set(statuses) == {200} else 1


if __name__ == "__main__":
    sys.exit(main())
