"""Fetch throughput: pages per second that ``sinergi fetch`` reads and parses from the
fixture news site of the tests (tests/fetch_site) served on 127.0.0.1, delay set to 0.

Usage: python bench/fetch.py [--pages N] [--rounds R]

Serves N article pages (default 200: the fixture stories in both layouts, each made
unique by a running number) listed by one RSS feed, then times a whole run
``Fetcher.run(--feed)`` into a fresh archive and state, R rounds (default 3), and prints
the best and median rounds in pages/s. It also times the parsing alone
(``extract_page`` on the same bytes, no HTTP) to show where the time goes. With the
default ``SINERGI_FETCH_DELAY`` of 1 s one host gives at most 1 page/s, so the code
must stay far above that.
"""

from __future__ import annotations

import dataclasses
import html
import multiprocessing
import statistics
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from fetch_site.articles import STORIES  # noqa: E402
from fetch_site.pages import page  # noqa: E402


def _pages(n: int, base: str) -> tuple[dict[str, bytes], bytes]:
    pages: dict[str, bytes] = {}
    for i in range(n):
        story = STORIES[i % len(STORIES)]
        story = dataclasses.replace(
            story, slug=f"{story.slug}-{i}",
            paragraphs=(*story.paragraphs, f"Berita ini bernomor arsip {i} di redaksi."))
        pages[f"/{story.slug}"] = page(story, base).encode()
    items = "".join(f"<item><title>{i}</title><link>{base}{p}</link></item>"
                    for i, p in enumerate(pages))
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>b</title>'
            f"<link>{html.escape(base)}</link><description>d</description>{items}"
            "</channel></rss>").encode()
    return pages, feed


def _serve(n: int, port: multiprocessing.SimpleQueue) -> None:  # type: ignore[type-arg]
    """The site, in a process of its own so that serving does not share our core."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    pages, feed = _pages(n, f"http://127.0.0.1:{server.server_address[1]}")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = feed if self.path == "/feed.xml" else pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/rss+xml" if body is feed
                             else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    Handler.protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    Handler.disable_nagle_algorithm = True  # else headers and body wait 40 ms for an ACK
    server.RequestHandlerClass = Handler
    port.put(server.server_address[1])
    server.serve_forever()


def main(argv: list[str]) -> int:
    from sinergi.news.fetch import Fetcher, Origin, Plan
    from sinergi.news.fetch.page import extract_page
    from sinergi.settings import Settings

    n = int(argv[argv.index("--pages") + 1]) if "--pages" in argv else 200
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 3
    port: multiprocessing.SimpleQueue = multiprocessing.SimpleQueue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=_serve, args=(n, port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port.get()}"
    pages, _ = _pages(n, base)
    runs, parse = [], []
    try:
        for _ in range(rounds):
            with tempfile.TemporaryDirectory() as tmp:
                conf = Settings(data_dir=Path(tmp), fetch_delay=0)
                started = time.perf_counter()
                with Fetcher(conf, Path(tmp) / "arsip.jsonl") as fetcher:
                    report = fetcher.run(Plan(feeds=[(f"{base}/feed.xml", Origin())]))
                runs.append(time.perf_counter() - started)
                assert len(report.archived) == n and not report.failures, report.failures
            started = time.perf_counter()
            for path, body in pages.items():
                extract_page(body, base + path, base + path)
            parse.append(time.perf_counter() - started)
    finally:
        server.terminate()
    print(f"{n} pages, {rounds} rounds, delay 0 (one host, 127.0.0.1, served by another "
          "process)")
    print(f"fetch run (HTTP + parse + archive): best {n / min(runs):.0f} pages/s, "
          f"median {n / statistics.median(runs):.0f} pages/s")
    print(f"parse only (extract_page):          best {n / min(parse):.0f} pages/s, "
          f"median {n / statistics.median(parse):.0f} pages/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
