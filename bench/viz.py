"""Network view benchmark: how long a province view takes to generate and to open.

Three measurements, each the median (and best) of ``--runs``:

1. render: synthetic networks of several sizes (``sinergi.views.synthetic``) ->
   networkx -> the HTML page (cap, layout, escaping, inlining), wall and CPU time;
2. view: the same 5,000-node network written into an embedded store the way the
   loaders write facts, then ``render_view(store, "province", {"province": "63"})``
   (the graph-province question plus rendering);
3. browser: the 5,000-node page opened in headless Chromium (file://), time from
   navigation start until the network is drawn and usable (``window.sinergi.readyAt``).

Targets: 5,000-node province view generated in under 5 s, interactive in under 5 s.

Example:
    python bench/viz.py
    python bench/viz.py --runs 5 --sizes 500,2000,5000,10000 --markdown
    python bench/viz.py --no-browser
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph
from sinergi.views import Page, build_graph, render_graph, render_view
from sinergi.views.synthetic import synthetic_network

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def timed(func: Callable[[], Any], runs: int) -> tuple[list[float], list[float], Any]:
    walls, cpus, result = [], [], None
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = func()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return walls, cpus, result


def load_store(store: GraphStore, nodes: list[dict[str, Any]],
               edges: list[dict[str, Any]]) -> None:
    """Write a synthetic network as loaders would: province 63, its kab/kota, facts."""
    by_key = {n["key"]: n for n in nodes}
    with store.writer(atomic=False) as w:
        w.node("Region", {"key": "63", "name": "Provinsi Uji", "level": "province",
                          "province": "63"})
        for n in nodes:
            if n["label"] == "Region":
                w.node("Region", {"key": n["key"], "name": n["name"], "level": "regency",
                                  "parent": "63", "province": "63"})
            elif n["label"] == "Institution":
                w.node("Institution", {"key": n["key"], "name": n["name"], "kind": n["kind"],
                                       "region": "63.00"})
            elif n["label"] == "Agreement":
                w.node("Agreement", {"key": n["key"], "kind": n["kind"], "status": "signed",
                                     "signed_on": n["date"], "topics": n["topics"]})
            elif n["label"] == "Meeting":
                w.node("Meeting", {"key": n["key"], "kind": n["kind"], "date": n["date"],
                                   "topic": n["topics"][0]})
            else:
                w.node("Person", {"key": n["key"], "name": n["name"]})
        for e in edges:
            src, dst = by_key[e["source"]]["label"], by_key[e["target"]]["label"]
            props = {"title": e["title"]} if e["type"] == "HOLDS_POSITION" else {}
            w.rel(e["type"], (src, e["source"]), (dst, e["target"]), props,
                  qualifier=props.get("title"))


def browser_ready(html_path: Path, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(html_path.as_uri(), timeout=60_000)
            page.wait_for_function("window.sinergi && window.sinergi.ready", timeout=60_000)
            times.append(page.evaluate("window.sinergi.readyAt") / 1000)
            page.close()
        browser.close()
    return times


def _row(what: str, walls: list[float], cpus: list[float] | None, extra: str) -> list[str]:
    cpu = f"{statistics.median(cpus):.2f}" if cpus else "-"
    return [what, f"{statistics.median(walls):.2f}", f"{min(walls):.2f}", cpu, extra]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="500,2000,5000,10000")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="sinergi-bench-viz-"))
    big_page = tmp / "province-5000.html"
    for size in (int(s) for s in args.sizes.split(",")):
        g = build_graph(*synthetic_network(size))
        walls, cpus, html = timed(lambda g=g: render_graph(g, Page("bench")), args.runs)
        if size == 5000:
            big_page.write_text(html, encoding="utf-8")
        rows.append(_row(f"render {size:,} nodes ({g.number_of_edges():,} edges)", walls, cpus,
                         f"{len(html) / 2**20:.1f} MiB page"))
    store = open_graph(Settings(backend="embedded", data_dir=tmp / "data"))
    try:
        load_store(store, *synthetic_network(5000))
        walls, cpus, html = timed(lambda: render_view(store, "province", {"province": "63"}),
                                  args.runs)
        rows.append(_row("view: province of 5,000 nodes from the embedded store", walls, cpus,
                         "graph-province question + render"))
    finally:
        store.close()
    if not args.no_browser:
        if not big_page.exists():
            big_page.write_text(render_graph(build_graph(*synthetic_network(5000)),
                                             Page("bench")), encoding="utf-8")
        ready = browser_ready(big_page, args.runs)
        rows.append(_row("browser: 5,000-node page usable (navigation -> drawn)", ready, None,
                         "headless Chromium, file://"))
    head = ["measurement", "median s", "best s", "CPU s", "note"]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        for r in [head, *rows]:
            print(f"{r[0]:<58} {r[1]:>9} {r[2]:>7} {r[3]:>6}  {r[4]}")


if __name__ == "__main__":
    main()
