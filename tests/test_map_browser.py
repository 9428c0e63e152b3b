"""The map in a real browser (Debian's chromium via Playwright), with the network off:
every request that is not for the test server is refused and recorded.

``/`` must draw 514 kab/kota shapes; a shape names its serving office on hover
(``<title>``); a click opens the kab/kota page. Without chromium the test skips with the
reason, or fails when SINERGI_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from browser import CHROMIUM, OFFLINE_ARGS, require_browser, serving
from graph_fixture import AS_OF, BANJAR, write_fixture
from sinergi.settings import Settings
from sinergi.stores import GraphStore

pytestmark = pytest.mark.browser





@pytest.fixture
def base_url(settings: Settings, store: GraphStore) -> Iterator[str]:
    require_browser()
    write_fixture(store)
    with serving(settings, store) as url:
        yield url


def test_map_draws_every_kabkota_offline_and_leads_to_its_page(base_url: str) -> None:
    from playwright.sync_api import Route, sync_playwright

    outside: list[str] = []

    def only_local(route: Route) -> None:
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=OFFLINE_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", only_local)
            page.goto(f"{base_url}/?as_of={AS_OF}")
            national = page.locator("svg.peta path.region").count()
            visible = page.locator("svg.peta path.region").first.is_visible()
            legend = page.locator("ul.legend li").count()
            page.goto(f"{base_url}/?province=63&as_of={AS_OF}")
            shapes = page.locator("svg.peta path.region").count()
            banjar = page.locator(f'path[data-code="{BANJAR}"]')
            hover = banjar.locator("title").text_content() or ""
            banjar.click()
            page.wait_for_url(f"**/wilayah/{BANJAR}?*")
            heading = page.locator("h1").inner_text()
            offices = page.locator("#offices").inner_text()
            page.click("#back")
            page.wait_for_selector("svg.peta")
            back_shapes = page.locator("svg.peta path.region").count()
        finally:
            browser.close()
    assert national == 514 and visible and legend == 6
    assert shapes == 13 == back_shapes
    assert "Kabupaten Banjar" in hover and "Kantor Imigrasi Kelas I TPI Banjarmasin" in hover
    assert "Kabupaten Banjar" in heading and "Banjarmasin" in offices
    assert outside == [], outside
