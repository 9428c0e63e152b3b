"""The dashboard in a real browser: Debian's chromium driven by Playwright.

A small graph (the 13 kabupaten/kota of Kalimantan Selatan, their Pemda, one signed
Timpora PKS for Tanah Bumbu) is served by uvicorn on 127.0.0.1; the browser picks
Kalimantan Selatan and TIMPORA and must see the other 12 as gap rows. Without
chromium the test skips with the reason, or fails when SINERGI_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser import ARGS, CHROMIUM, require_browser, serving
from sinergi.schema import program_key
from sinergi.settings import Settings
from sinergi.stores import GraphStore

pytestmark = pytest.mark.browser

KALSEL = {
    "63.01": "Kabupaten Tanah Laut", "63.02": "Kabupaten Kotabaru", "63.03": "Kabupaten Banjar",
    "63.04": "Kabupaten Barito Kuala", "63.05": "Kabupaten Tapin",
    "63.06": "Kabupaten Hulu Sungai Selatan", "63.07": "Kabupaten Hulu Sungai Tengah",
    "63.08": "Kabupaten Hulu Sungai Utara", "63.09": "Kabupaten Tabalong",
    "63.10": "Kabupaten Tanah Bumbu", "63.11": "Kabupaten Balangan",
    "63.71": "Kota Banjarmasin", "63.72": "Kota Banjarbaru",
}
TIMPORA_PKS = "agreement:uji-timpora-tanbu"



def _write_kalsel(store: GraphStore) -> None:
    with store.writer() as w:
        w.node("Region", {"key": "63", "name": "Kalimantan Selatan", "level": "province",
                          "province": "63"})
        for code, name in KALSEL.items():
            level = "city" if name.startswith("Kota") else "regency"
            w.node("Region", {"key": code, "name": name, "level": level, "parent": "63",
                              "province": "63"})
            gov = ("pemkot:" if level == "city" else "pemkab:") + code
            w.node("Institution", {"key": gov, "name": f"Pemerintah {name}",
                                   "kind": gov.split(":")[0].upper(), "region": code})
            w.rel("JURISDICTION_OVER", ("Institution", gov), ("Region", code))
        w.node("Institution", {"key": "kanim:batulicin", "kind": "KANIM",
                               "name": "Kantor Imigrasi Kelas II TPI Batulicin"})
        w.node("Program", {"key": program_key("TIMPORA"), "name": "TIMPORA", "topic": "TIMPORA"})
        w.node("Agreement", {"key": TIMPORA_PKS, "kind": "PKS", "status": "signed",
                             "signed_on": "2023-08-01", "topics": ["TIMPORA"]})
        for party in ("pemkab:63.10", "kanim:batulicin"):
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", TIMPORA_PKS))
        w.rel("COVERS", ("Agreement", TIMPORA_PKS), ("Region", "63.10"))
        w.rel("ABOUT", ("Agreement", TIMPORA_PKS), ("Program", program_key("TIMPORA")))



@pytest.fixture
def base_url(settings: Settings, store: GraphStore) -> Iterator[str]:
    require_browser()
    _write_kalsel(store)
    with serving(settings, store) as url:
        yield url


def test_pick_kalsel_and_timpora_and_see_the_gaps(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{base_url}/cakupan?lang=en")  # "/" is the map
            assert page.title().startswith("Sinergi")
            page.select_option("#province", label="Kalimantan Selatan")
            page.select_option("#topic", "TIMPORA")
            page.click("#show")
            page.wait_for_selector("table#gaps")
            gaps = page.locator("table#gaps tbody tr").all_inner_texts()
            covered = page.locator("table#coverage tbody tr", has_text="Tanah Bumbu")
            assert "Signed" in covered.inner_text()  # the label of signed
            network = page.get_attribute("#network", "href")
            page.screenshot(path=str(Path(os.environ.get("TMPDIR", "/tmp")) / "dashboard.png"),
                            full_page=True)
        finally:
            browser.close()
    assert len(gaps) == 12, gaps
    assert not any("Tanah Bumbu" in row for row in gaps)
    assert any("Kota Banjarbaru" in row for row in gaps)
    assert network == "/api/v1/viz/province?province=63&topic=TIMPORA"
