"""Time the pipelined load (issue 20): read, extract in workers, resolve and write.

Writes ``--articles`` synthetic news texts of real length (``bench/synth_news.py``) to
a JSON Lines file, then for each backend and each ``--workers`` count: empties the
store, loads the reference layer (not timed), and loads the file the way
``sinergi load articles --workers N`` does (``read_articles`` streamed into
``load_articles``). Prints, as JSON per run: seconds, articles/s, the writing
process's split of time (reading, asking the store what it holds, waiting for
extraction, resolving and writing), the CPU extraction took wherever it ran, the
peak RSS of the whole process tree (writer, fork server and workers, sampled), and
what was created; then each run's speed-up over the first ``--workers`` count.

The Neo4j run empties the server SINERGI_* names: on the shared machine, hold the
lock (``flock /tmp/sinergi-neo4j.lock ...``).

    python bench/pipeline.py --articles 300 --workers 1 2
    eval "$(scripts/neo4j-local env)"
    python bench/pipeline.py --articles 10000 --backends neo4j embedded --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_news import write_jsonl  # noqa: E402

from sinergi.extract import read_articles  # noqa: E402
from sinergi.news.load import load_articles  # noqa: E402
from sinergi.reference.load import load_reference  # noqa: E402
from sinergi.settings import Settings  # noqa: E402
from sinergi.stores import open_graph  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.scandir(f"/proc/{pid}/task"):
            kids += [int(k) for k in Path(task.path, "children").read_text().split()]
    except OSError:
        pass
    return kids


def _tree_rss() -> int:
    """Bytes resident in this process and all its descendants (Linux /proc). The
    children files, not a scan of all of /proc: the sampler runs in the writing
    process, and scanning /proc four times a second took 5 % of its time."""
    tree, frontier = {os.getpid()}, [os.getpid()]
    while frontier:
        children = [c for c in _children(frontier.pop()) if c not in tree]
        tree.update(children)
        frontier.extend(children)
    total = 0
    for pid in tree:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total


class PeakRss:
    """Samples the process tree's RSS every ``every`` seconds while in the block."""

    def __init__(self, every: float = 0.25) -> None:
        self.every, self.peak = every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _tree_rss())


def run(settings: Settings, path: Path, workers: int, n: int) -> dict[str, Any]:
    with open_graph(settings) as store:
        store.clear()
        store.ensure_schema()
        load_reference(store)
        with PeakRss() as rss:
            start, cpu = time.perf_counter(), time.process_time()
            report = load_articles(store, read_articles([path]), workers=workers)
            seconds = time.perf_counter() - start
            writer_cpu = time.process_time() - cpu
    return {
        "backend": settings.backend,
        "workers": workers,
        "articles": n,
        "seconds": round(seconds, 1),
        "articles_per_s": round(report.articles_loaded / seconds),
        "loaded": report.articles_loaded,
        "errors": len(report.errors),
        "writer_cpu_s": round(writer_cpu, 1),
        "split_s": report.timings.as_dict(),
        "peak_rss_mib": round(rss.peak / 2**20),
        "created": report.created,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="synthetic articles")
    parser.add_argument("--seed", type=int, default=11, help="text generator seed")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="worker counts to time, in order (the first is the baseline)")
    parser.add_argument("--backends", nargs="+", choices=["embedded", "neo4j"],
                        default=["embedded"], help="stores to load into")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(Path(tmp) / "berita.jsonl", args.articles, args.seed)
        for backend in args.backends:
            settings = Settings().model_copy(update={
                "backend": backend, "neo4j_timeout": 30.0,
                **({"data_dir": Path(tmp) / "data"} if backend == "embedded" else {})})
            runs = [run(settings, path, w, args.articles) for w in args.workers]
            for r in runs:
                r["speedup"] = round(r["articles_per_s"] / runs[0]["articles_per_s"], 2)
                print(json.dumps(r), flush=True)
            same = all(r["created"] == runs[0]["created"] for r in runs)
            print(json.dumps({"backend": backend, "same_counts_for_every_worker_count": same}))
            results.append(same and all(r["errors"] == 0 for r in runs))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
