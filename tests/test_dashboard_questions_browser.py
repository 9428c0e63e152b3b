"""A question page in a real browser (Debian's chromium, Playwright), network off:
fill the generated form, read the answer, download it as CSV, switch language.
Every request must stay on 127.0.0.1."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from browser import ARGS, CHROMIUM
from test_dashboard_browser import KALSEL, base_url  # noqa: F401 (the Kalsel app fixture)

pytestmark = pytest.mark.browser


def test_ask_gaps_from_its_page_download_and_switch_language(
        base_url: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            context = browser.new_context(accept_downloads=True)

            def guard(route: object) -> None:
                url = route.request.url  # type: ignore[attr-defined]
                if urlsplit(url).hostname != "127.0.0.1":
                    outside.append(url)
                    route.abort()  # type: ignore[attr-defined]
                else:
                    route.continue_()  # type: ignore[attr-defined]

            context.route("**/*", guard)
            page = context.new_page()
            page.goto(f"{base_url}/pertanyaan?lang=id")
            page.click("a[href='/pertanyaan/gaps?lang=id']")
            assert page.inner_text("#title") == "Kesenjangan cakupan topik"
            page.select_option("#p-topic", label="Timpora")
            page.select_option("#p-province", label="Kalimantan Selatan")
            page.fill("#p-as_of", "2025-06-30")
            page.click("#show")
            page.wait_for_selector("table#gaps")
            assert "topic=TIMPORA" in page.url and "as_of=2025-06-30" in page.url
            rows = page.locator("table#gaps tbody tr").all_inner_texts()
            headings = page.locator("table#gaps thead th").all_inner_texts()
            with page.expect_download() as download:
                page.click("#download-csv")
            csv = open(download.value.path(), encoding="utf-8-sig").read()  # noqa: SIM115
            page.click("#lang-switch")
            page.wait_for_selector("table#gaps")
            english = page.locator("table#gaps thead th").all_inner_texts()
            english_url = page.url
        finally:
            browser.close()
    assert len(rows) == len(KALSEL) - 1, rows
    assert not any("Tanah Bumbu" in row for row in rows)
    assert "Kabupaten/Kota" not in headings and "Nama" in headings and "Status" in headings
    assert len(csv.strip().splitlines()) == len(rows) + 1
    assert csv.splitlines()[0].startswith("Kode,Nama,Jenis,Status")
    assert "Name" in english and "lang=en" in english_url and "topic=TIMPORA" in english_url
    assert not outside, outside


def test_the_network_search_finds_and_focuses_a_node(base_url: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{base_url}/api/v1/viz/province?province=63")
            page.wait_for_function("window.sinergi && window.sinergi.ready")
            page.fill("#sinergi-search", "tanah bumbu")
            page.press("#sinergi-search", "Enter")
            selected = page.evaluate("window.sinergi.network.getSelectedNodes()")
            detail = page.inner_text("#sinergi-detail-body")
            evidence = page.get_attribute("#sinergi-evidence", "href")
            page.fill("#sinergi-search", "Atlantis")
            page.press("#sinergi-search", "Enter")
            missing = page.inner_text("#sinergi-search-note")
            home = page.get_attribute("#sinergi-home", "href")
        finally:
            browser.close()
    assert selected and "Tanah Bumbu" in detail, (selected, detail)
    assert evidence is not None and evidence.startswith("/evidence/")
    assert missing == "Tidak ditemukan: Atlantis" and home == "/?lang=id"
