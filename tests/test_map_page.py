"""The map page ``/``, the kab/kota page ``/wilayah/{code}`` and ``sinergi viz map``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from api_client import api_client
from graph_fixture import AG_BJM_MOU, AS_OF, BANJAR, BANJARMASIN, KOTABARU, write_fixture
from sinergi.cli.main import cli
from sinergi.maps.page import SOURCE_URL
from sinergi.questions.vocabulary import COVERAGE_STATUS
from sinergi.settings import Settings
from sinergi.stores import GraphStore, open_graph

REGION_PATH = re.compile(r'<path class="region ([^"]*)" data-code="([^"]+)"')


@pytest.fixture
def client(settings: Settings, store: GraphStore) -> Iterator[TestClient]:
    with api_client(settings, store) as c:
        yield c


def shapes(html: str) -> dict[str, str]:
    return {code: css for css, code in REGION_PATH.findall(html)}


def visible(html: str) -> str:
    """The text a reader sees: no tags, no attribute values."""
    html = re.sub(r"<style.*?</style>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace(" (", "(")


def test_national_map_is_the_landing_page(client: TestClient) -> None:
    r = client.get("/", params={"as_of": AS_OF})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    drawn = shapes(r.text)
    assert len(drawn) == 514
    assert drawn[BANJARMASIN] == "st-signed"
    assert drawn[BANJAR] == "st-none st-team" and drawn[KOTABARU] == "st-none st-province"
    assert drawn["11.01"] == "st-unknown"  # Aceh is not in the fixture graph
    assert r.text.count('<path class="borders"') == 1  # the provinces' borders, over them
    assert f'href="/wilayah/{BANJARMASIN}?topic=TIMPORA&amp;as_of={AS_OF}&amp;lang=id"' in r.text
    assert "Kantor Imigrasi Kelas I TPI Banjarmasin" in r.text  # serving office on hover
    nav = re.findall(r"<nav>(.*?)</nav>", r.text, flags=re.S)[0]
    for href in re.findall(r'href="([^"]+)"', nav):
        assert client.get(href.replace("&amp;", "&")).status_code == 200, href  # no dead link
    assert '<a href="/cakupan?' in r.text
    assert "<script" not in r.text and " src=" not in r.text  # drawn offline, nothing fetched
    assert re.findall(r'href="(https?:[^"]+)"', r.text) == [SOURCE_URL]  # attribution only
    text = visible(r.text)
    assert f"per tanggal {AS_OF}" in text and "Seluruh Indonesia" in text
    for value in ("signed", "planned", "none", "unknown", "team", "province-only"):
        assert COVERAGE_STATUS.label(value, "id") in text
    assert not re.search(r"\b(Signed|Planned|Unknown|None)\b", text)
    assert "Aceh" in text  # provinces the graph does not hold are named, not hidden
    assert "wilayah_boundaries" in text and "MIT" in text


def test_map_page_is_sent_compressed(client: TestClient) -> None:
    zipped = client.get("/", headers={"Accept-Encoding": "gzip"})
    plain = client.get("/", headers={"Accept-Encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert zipped.text == plain.text  # the client unzipped it
    assert int(zipped.headers["content-length"]) < len(plain.content) / 3


def test_province_map_english_and_counts(client: TestClient) -> None:
    r = client.get("/", params={"province": "Kalimantan Selatan", "as_of": AS_OF, "lang": "en"})
    assert r.status_code == 200
    assert len(shapes(r.text)) == 13
    text = visible(r.text)
    assert "Signed(2)" in text and "Unknown(8)" in text  # 5 of 13 in the fixture graph
    assert "Kalimantan Selatan" in text and "Belum ada" not in text
    passport = client.get("/", params={"province": "63", "topic": "layanan paspor",
                                       "as_of": AS_OF})
    assert shapes(passport.text)[KOTABARU] == "st-planned"


def refused(response: object, status: int, *words: str) -> None:
    """A refusal with the API's status that names what was wrong (JSON or HTML page)."""
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    for word in words:
        assert word in response.text, response.text  # type: ignore[attr-defined]


def test_bad_input(client: TestClient) -> None:
    refused(client.get("/", params={"topic": "GOLF"}), 422, "topic", "GOLF")
    refused(client.get("/", params={"as_of": "31-12-2025"}), 422, "as_of", "YYYY-MM-DD")


def test_empty_graph_says_what_to_load(settings: Settings, store: GraphStore) -> None:
    with api_client(settings, store, fixture=False) as c:
        r = c.get("/")
    assert r.status_code == 409 and "sinergi load reference" in r.text
    assert "<svg" not in r.text and "<form" in r.text


def test_region_page(client: TestClient) -> None:
    r = client.get(f"/wilayah/{BANJARMASIN}", params={"as_of": AS_OF})
    assert r.status_code == 200
    text = visible(r.text)
    assert "Kota Banjarmasin" in text and "Kalimantan Selatan" in text
    assert "Kantor Imigrasi Kelas I TPI Banjarmasin" in text
    assert f'href="/evidence/{AG_BJM_MOU}?lang=id"' in r.text
    assert "Rahmat Hidayat" in text  # the Wali Kota, an official of the Pemkot
    assert "Ditandatangani" in text and "Pertemuan" in text
    timeline = re.findall(r'<table id="timeline">(.*?)</table>', r.text, flags=re.S)[0]
    assert "Penandatanganan" in timeline  # the signing meeting held in Banjarmasin
    # Banjarbaru's audience of 2025-08-01 shows only on a day after it
    def banjarbaru(day: str) -> str:
        page = client.get("/wilayah/63.72", params={"as_of": day}).text
        return re.findall(r'<table id="timeline">(.*?)</table>', page, flags=re.S)[0]
    assert "2025-08-01" not in banjarbaru(AS_OF) and "2025-08-01" in banjarbaru("2025-09-01")
    assert f'href="/?topic=TIMPORA&amp;province=63&amp;as_of={AS_OF}&amp;lang=id"' in r.text
    english = visible(client.get(f"/wilayah/{BANJARMASIN}",
                                 params={"as_of": AS_OF, "lang": "en"}).text)
    assert "Serving immigration office" in english and "Signed" in english
    missing = visible(client.get("/wilayah/63.05").text)  # Tapin: not in the fixture graph
    assert "sinergi load reference" in missing
    refused(client.get("/wilayah/99.99"), 404, "99.99")


def test_cli_writes_a_self_contained_map(env: Settings, tmp_path: Path) -> None:
    store = open_graph(env)
    try:
        store.clear()
        write_fixture(store)
    finally:
        store.close()  # the CLI opens the store itself
    out = tmp_path / "peta" / "kalsel.html"
    result = CliRunner().invoke(cli, ["viz", "map", "--param", "topic=TIMPORA", "-p",
                                      "province=63", "-p", f"as_of={AS_OF}", "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert len(shapes(html)) == 13 and shapes(html)[BANJARMASIN] == "st-signed"
    assert "<script" not in html and "/wilayah/" not in html and "<form" not in html
    national = tmp_path / "indonesia.html"
    result = CliRunner().invoke(cli, ["viz", "map", "-p", "topic=TIMPORA", "--lang", "en",
                                      "-o", str(national)])
    assert result.exit_code == 0, result.output
    english = national.read_text(encoding="utf-8")
    assert len(shapes(english)) == 514 and '<html lang="en">' in english
    assert '<html lang="id">' in html
    bad = CliRunner().invoke(cli, ["viz", "map", "-p", "topic=TIMPORA", "-p", "zoom=3",
                                   "-o", str(national)])
    assert bad.exit_code == 2 and "zoom" in bad.output
