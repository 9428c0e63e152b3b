"""Coverage map benchmark: the national map page in headless Chromium, and the GeoJSON.

An embedded store gets the reference layer and the sample articles (what ``sinergi
demo`` loads); the app is served by uvicorn on 127.0.0.1 with the answer cache off,
so every request asks the graph again. Then:

1. GeoJSON: ``GET /api/v1/map?topic=TIMPORA`` with and without ``Accept-Encoding:
   gzip``: bytes on the wire, and the median server time of ``--runs``;
2. page: ``/?topic=TIMPORA`` opened ``--runs`` times in headless Chromium with the
   network off; time from navigation start until the map is drawn (load event, then
   two animation frames, so the 514 shapes have been painted), and the shapes counted.
   The first visit after start-up is reported apart (it may find the outlines still
   being computed by the start-up thread).

Target: the national map drawn in under 2 s.

Example:
    python bench/map.py
    python bench/map.py --runs 7 --screenshot docs/img/map-national.png --markdown
"""

from __future__ import annotations

import argparse
import platform
import socket
import statistics
import tempfile
import threading
import time
import urllib.request
from importlib import resources
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
DRAWN = """() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(
    () => resolve(performance.now()))))"""


def load(data_dir: Path) -> Any:
    from sinergi.extract import read_articles
    from sinergi.ingest import load_articles
    from sinergi.reference.load import load_reference
    from sinergi.settings import Settings
    from sinergi.stores import open_graph

    settings = Settings(backend="embedded", data_dir=data_dir)
    store = open_graph(settings)
    load_reference(store)
    sample = resources.files("sinergi") / "data" / "sample" / "articles.jsonl"
    load_articles(store, read_articles([str(sample)]))
    return settings, store


def serve(settings: Any, store: Any) -> tuple[str, Any]:
    import uvicorn

    from sinergi.api.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(settings, store=store, cache_seconds=0)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def geojson(base: str, runs: int) -> dict[str, float]:
    url = f"{base}/api/v1/map?topic=TIMPORA"
    out: dict[str, float] = {}
    for name, encoding in (("gzip", "gzip"), ("plain", "identity")):
        times, size = [], 0
        for _ in range(runs):
            request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
            start = time.perf_counter()
            with urllib.request.urlopen(request) as response:
                size = len(response.read())
            times.append(time.perf_counter() - start)
        out[f"{name}_bytes"], out[f"{name}_s"] = size, statistics.median(times)
    return out


def page_times(base: str, runs: int, screenshot: Path | None) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    times, shapes = [], 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for i in range(runs + 1):
                page = browser.new_page(viewport={"width": 1280, "height": 960})
                page.goto(f"{base}/?topic=TIMPORA", wait_until="load")
                times.append(page.evaluate(DRAWN) / 1000)
                shapes = page.locator("svg.peta path.region").count()
                if screenshot and i == runs:
                    screenshot.parent.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(screenshot), full_page=True)
                page.close()
        finally:
            browser.close()
    return {"first": times[0], "median": statistics.median(times[1:]),
            "best": min(times[1:]), "shapes": shapes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, default=None)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings, store = load(Path(tmp) / "data")
        base, server = serve(settings, store)
        try:
            sizes = geojson(base, args.runs)
            drawn = page_times(base, args.runs, args.screenshot)
        finally:
            server.should_exit = True
            store.close()
    machine = f"{platform.machine()}, {platform.python_version()}, {platform.node()}"
    if args.markdown:
        print(f"| national map drawn (first visit / median / best of {args.runs}) | "
              f"{drawn['first']:.2f} s / {drawn['median']:.2f} s / {drawn['best']:.2f} s, "
              f"{drawn['shapes']} shapes |")
        print(f"| GeoJSON, 514 features: gzip / plain | {sizes['gzip_bytes'] / 1e3:.0f} kB / "
              f"{sizes['plain_bytes'] / 1e3:.0f} kB ({sizes['gzip_s']:.2f} s / "
              f"{sizes['plain_s']:.2f} s) |")
        print(f"| machine | {machine} |")
        return
    print(f"page: {drawn}\ngeojson: {sizes}\nmachine: {machine}")


if __name__ == "__main__":
    main()
