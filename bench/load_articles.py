"""Time ``sinergi load articles`` end to end: read, extract, resolve, write.

Writes ``--articles`` synthetic news texts about real kab/kota and the Kanim serving
them (``bench/synth_news.py``) to a JSON Lines file, empties the store SINERGI_*
configures, loads the reference layer (not timed), then loads the file the way the
command does (``read_articles`` + ``load_articles``: one transaction per article) and
loads it again (every article is then recognised by its text and skipped). Prints
seconds, articles/s and what the first pass created, as JSON. Target (issue #4):
10,000 articles into Neo4j in under 2 minutes.

    eval "$(scripts/neo4j-local env)"
    SINERGI_BACKEND=neo4j python bench/load_articles.py --articles 10000
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
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

TARGET_SECONDS = 120.0


def timed_load(settings: Settings, path: Path) -> dict[str, Any]:
    start, cpu = time.perf_counter(), time.process_time()
    with open_graph(settings) as store:
        report = load_articles(store, read_articles([path]))
    seconds = time.perf_counter() - start
    return {
        "seconds": round(seconds, 1),
        "python_cpu_s": round(time.process_time() - cpu, 1),
        "loaded": report.articles_loaded,
        "unchanged": report.articles_unchanged,
        "errors": len(report.errors),
        "articles_per_s": round((report.articles_loaded + report.articles_unchanged) / seconds),
        "created": report.created,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles")
    parser.add_argument("--seed", type=int, default=11, help="text generator seed")
    args = parser.parse_args()
    settings = Settings().model_copy(update={"neo4j_timeout": 30.0})
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(Path(tmp) / "berita.jsonl", args.articles, args.seed)
        with open_graph(settings) as store:
            store.clear()
            store.ensure_schema()
            load_reference(store)
        first = timed_load(settings, path)
        again = timed_load(settings, path)
    result = {
        "backend": settings.backend,
        "articles": args.articles,
        "first": first,
        "reload": again,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "target_s": TARGET_SECONDS,
        "target_met": first["seconds"] < TARGET_SECONDS,
    }
    print(json.dumps(result, indent=2))
    return 0 if first["errors"] == 0 and again["loaded"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
