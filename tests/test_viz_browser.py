"""Generated pages in a real headless Chromium (Debian's, driven by Playwright).

Checks that the network is drawn with the expected nodes, that nothing logs an
error or fetches from the network, that hostile names show as text in tooltips
and run no script, that the page's filter panel agrees with ``filters.py``, and
that a 5,000-node province view is interactive within 5 seconds.

Without /usr/bin/chromium these tests skip with the reason, or fail when
``SINERGI_REQUIRE_BROWSER=1`` (as in CI).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sinergi.views import Page, build_graph, render_graph
from sinergi.views.filters import Filters, visible
from sinergi.views.safe import esc
from sinergi.views.synthetic import synthetic_network
from viz_page import HOSTILE_EVIDENCE, HOSTILE_NAME, HOSTILE_TITLE, hostile_graph

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _unavailable(reason: str) -> None:
    if os.environ.get("SINERGI_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (SINERGI_REQUIRE_BROWSER=1): install it with "
                    "'apt-get update && apt-get install -y chromium'")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Visit:
    """A page opened from a file, with everything it logged, asked or fetched."""

    def __init__(self, browser: Any, html: str, tmp_path: Path, name: str) -> None:
        self.file = tmp_path / f"{name}.html"
        self.file.write_text(html, encoding="utf-8")
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.fetched: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: r.url.startswith("file:") or self.fetched.append(r.url))
        self.page.goto(self.file.as_uri(), timeout=60_000)
        self.page.wait_for_function("window.sinergi && window.sinergi.ready", timeout=60_000)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is on the screen."""
        return tuple(self.js("""id => {
            const net = window.sinergi.network;
            const p = net.canvasToDOM(net.getPosition(id));
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""", node_id))

    def click_node(self, node_id: str) -> None:
        """Click a node (again if it was still settling and the click missed)."""
        for _ in range(3):
            self.page.mouse.click(*self.node_point(node_id))
            if self.js("id => window.sinergi.network.getSelectedNodes().includes(id)", node_id):
                return
            self.page.wait_for_timeout(300)
        raise AssertionError(f"could not click node {node_id}")

    def screenshot(self, tmp_path: Path, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.dialogs == [], f"a script ran: {self.dialogs}"
        assert self.fetched == [], f"the page reached out: {self.fetched}"
        assert self.js("typeof window.__xss") == "undefined"


@pytest.fixture
def visit(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """Open pages with ``visit(html, name)``; each is closed after the test, so pages of
    earlier tests do not compete for the CPU with the one being checked."""
    opened: list[Visit] = []

    def open_page(html: str, name: str) -> Visit:
        opened.append(Visit(browser, html, tmp_path, name))
        return opened[-1]

    yield open_page
    for page in opened:
        page.page.close()


def _inked_pixels(visit: Visit) -> int:
    return int(visit.js("""() => {
        const c = document.querySelector('#mynetwork canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && d[i] < 200) n++; }
        return n;
    }"""))


def test_hostile_texts_show_literally_and_run_nothing(visit: Any, tmp_path: Path) -> None:
    html = render_graph(hostile_graph(), Page(f"Hostile {HOSTILE_NAME}", HOSTILE_TITLE))
    visit = visit(html, "hostile")
    assert visit.js("window.sinergi.nodes.length") == 6
    assert visit.js("window.sinergi.network.body.nodeIndices.length") == 6
    assert _inked_pixels(visit) > 500, "the network canvas is blank"
    # Hover the Dinas with the hostile name: the tooltip shows it as text.
    visit.page.mouse.move(*visit.node_point("dinas:63.10:evil"))
    tip = visit.page.locator("#sinergi-tip")
    tip.wait_for(state="visible", timeout=5_000)
    assert HOSTILE_NAME in tip.inner_text()
    assert tip.locator("img, script").count() == 0
    # Click the hostile agreement: the detail panel shows title and evidence as text.
    visit.click_node("agreement:evil")
    detail = visit.page.locator("#sinergi-detail-body")
    assert HOSTILE_TITLE in detail.inner_text()
    assert HOSTILE_EVIDENCE.replace('"', "\u201d")[:10] in detail.inner_text()
    assert 'onerror="window.__xss=1"' in detail.inner_text()
    assert detail.locator("img, script, a").count() == 0  # its javascript: link was dropped
    assert visit.js("document.querySelectorAll('img').length") == 0
    # Canvas labels are the plain names, the header shows the hostile title as text.
    label = visit.js("window.sinergi.nodes.get('dinas:63.10:evil').label")
    assert label == HOSTILE_NAME
    assert visit.page.locator("#sinergi-header h1").inner_text() == f"Hostile {HOSTILE_NAME}"
    assert visit.page.locator("#sinergi-header .subtitle").inner_text() == HOSTILE_TITLE
    shot = visit.screenshot(tmp_path, "hostile")
    assert shot.stat().st_size > 10_000
    visit.assert_clean()


def test_source_links_in_the_detail_panel_are_safe(visit: Any) -> None:
    visit = visit(render_graph(hostile_graph(), Page("links")), "links")
    visit.click_node("agreement:ok")
    link = visit.page.locator("#sinergi-detail-body a")
    assert link.get_attribute("href") == "https://news.example.org/ok?a=1&b=2"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    visit.assert_clean()


@pytest.mark.parametrize(
    "filters",
    [{"kind": "PEMKAB"}, {"topic": "TIMPORA"}, {"year": "2021"},
     {"kind": "ULP", "topic": "BORDER", "year": "2024"}, {}],
)
def test_filter_panel_agrees_with_python(visit: Any, filters: dict[str, str]) -> None:
    g = build_graph(*synthetic_network(160, seed=3))
    visit = visit(render_graph(g, Page("filters")), "filters")
    for facet, value in filters.items():
        visit.page.select_option(f"#f-{facet}", value)
    shown = set(visit.js("window.sinergi.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
    edges = visit.js("window.sinergi.edges.get({filter: e => !e.hidden})"
                     ".map(e => [e.from, e.to])")
    nodes, expected_edges = visible(g, Filters.parse(**filters))
    assert shown == {esc(n) for n in nodes}
    assert sorted(map(tuple, edges)) == sorted((esc(u), esc(v)) for u, v, _ in expected_edges)
    count = visit.page.locator("#sinergi-count").inner_text()
    assert count.startswith(f"Showing {len(nodes)} of {len(g)} nodes")
    visit.page.click("#f-reset")
    assert visit.js("window.sinergi.nodes.get({filter: n => n.hidden}).length") == 0
    visit.assert_clean()


def test_a_5000_node_province_view_is_capped_static_and_usable(visit: Any,
                                                                tmp_path: Path) -> None:
    """How fast this page renders and becomes ready is measured by ``bench/viz.py``
    (recorded in docs/benchmarks.md); here: what a large view shows and that it works."""
    g = build_graph(*synthetic_network(5000, seed=5))
    visit = visit(render_graph(g, Page("Synthetic province, 5,000 nodes")), "large")
    assert visit.js("window.sinergi.ready") is True
    assert visit.js("window.sinergi.nodes.length") == 2000
    assert visit.js("window.sinergi.network.physics.physicsEnabled") is False
    assert visit.page.locator(".sinergi-note").is_visible()
    assert "Left out: 3,000 nodes" in visit.page.locator(".sinergi-note").inner_text()
    visit.page.select_option("#f-kind", "PEMKAB")
    assert visit.js("window.sinergi.nodes.get({filter: n => !n.hidden}).length") < 2000
    visit.screenshot(tmp_path, "large")
    visit.assert_clean()
