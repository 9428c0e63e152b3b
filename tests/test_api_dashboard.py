"""The coverage and gaps tables page (/cakupan): both languages, status colours, escaping."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api_client import api_client
from graph_fixture import AG_TANBU
from sinergi.settings import Settings
from sinergi.stores import GraphStore

HOSTILE = '<img src=x onerror="alert(1)">'


@pytest.fixture
def client(settings: Settings, store: GraphStore) -> Iterator[TestClient]:
    with api_client(settings, store) as c:
        with store.writer() as w:  # hostile texts where the page shows data
            w.node("Region", {"key": "63.99", "name": HOSTILE, "level": "regency",
                              "parent": "63", "province": "63"})
            w.node("Article", {"key": "article:evil", "url": "javascript:alert(1)",
                               "title": "</td><script>alert(2)</script>"})
            w.rel("REPORTS", ("Article", "article:evil"), ("Agreement", AG_TANBU),
                  {"fact": AG_TANBU, "evidence": "<b>bold</b> claim"})
        yield c


def test_indonesian_by_default_english_on_request(client: TestClient) -> None:
    page = client.get("/cakupan")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="id">' in page.text
    assert "Provinsi" in page.text and "Tampilkan" in page.text and "Topik" in page.text
    assert "Kalimantan Selatan" in page.text  # the province list comes from the graph
    english = client.get("/cakupan", params={"lang": "en"}).text
    assert '<html lang="en">' in english
    assert "Province" in english and ">Show<" in english and "Provinsi" not in english
    assert "Tampilkan" in client.get("/cakupan", params={"lang": "xx"}).text  # unknown -> id


def test_coverage_and_gaps_with_status_colours_and_links(client: TestClient) -> None:
    html = client.get("/cakupan", params={"province": "63", "topic": "TIMPORA", "lang": "en"}).text
    assert 'id="coverage"' in html and 'id="gaps"' in html
    assert "Kabupaten Tanah Bumbu" in html
    assert 'class="st st-ok">Signed<' in html  # the label, not the raw value
    assert f'href="/evidence/{AG_TANBU}?lang=en" title="{AG_TANBU}"' in html
    assert 'href="/api/v1/viz/province?province=63&amp;topic=TIMPORA"' in html
    assert "<th>Name</th>" in html and "<td>Regency</td>" in html
    indonesian = client.get("/cakupan", params={"province": "63", "topic": "TIMPORA"}).text
    assert "Cakupan" in indonesian and "<th>Nama</th>" in indonesian


def test_everything_from_data_is_escaped(client: TestClient) -> None:
    html = client.get("/cakupan", params={"province": "63", "topic": "TIMPORA"}).text
    assert HOSTILE not in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    evidence = client.get(f"/evidence/{AG_TANBU}").text
    assert "<script>alert(2)" not in evidence and "&lt;script&gt;alert(2)" in evidence
    assert "<b>bold</b>" not in evidence and "&lt;b&gt;bold&lt;/b&gt;" in evidence
    assert 'href="javascript:' not in evidence
    assert 'href="https://example.org/a3"' in evidence  # a real source stays a link


def test_evidence_page_and_bad_input(client: TestClient) -> None:
    r = client.get(f"/evidence/{AG_TANBU}", params={"lang": "en"})
    assert r.status_code == 200 and "Evidence for" in r.text
    assert "Bukti untuk" in client.get(f"/evidence/{AG_TANBU}").text
    # Pages answer people: HTML in the page's language, never the API's raw JSON.
    browser = {"Accept": "text/html"}  # a script asking for JSON keeps getting JSON
    missing = client.get("/evidence/agreement:none", headers=browser)
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "Halaman tidak ditemukan" in missing.text and "agreement:none" in missing.text
    bad = client.get("/cakupan", params={"topic": "GOLF", "lang": "en"}, headers=browser)
    assert bad.status_code == 422 and "cannot be answered" in bad.text and "GOLF" in bad.text
    assert '"ok"' not in bad.text and 'id="problem"' in bad.text
