"""Network pages speak Bahasa Indonesia by default (``lang=en``: English), have a
search box, link back to the dashboard and to the evidence of a clicked node."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from api_client import api_client
from sinergi.settings import Settings
from sinergi.stores import GraphStore
from sinergi.views.words import PHRASES, say
from viz_page import page_data


class Texts(HTMLParser):
    """The visible texts of a page (not its scripts and styles)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.texts.append(data.strip())


def texts(html: str) -> list[str]:
    parser = Texts()
    parser.feed(html)
    return parser.texts


@pytest.fixture
def client(settings: Settings, store: GraphStore) -> Iterator[TestClient]:
    with api_client(settings, store) as c:
        yield c


def test_the_province_network_speaks_indonesian(client: TestClient) -> None:
    html = client.get("/api/v1/viz/province", params={"province": "63"}).text
    assert '<html lang="id">' in html
    english = {en for en, id_ in PHRASES.items() if en != id_}
    left = [t for t in texts(html) if t in english or t.startswith(("Cooperation network",
                                                                    "Around", "Showing"))]
    assert not left, left
    assert "<title>Jaringan kerja sama: Kalimantan Selatan (63)</title>" in html
    assert "Pemerintah kabupaten" in html  # the kind filter shows labels, not PEMKAB
    data = page_data(html)
    tips = " ".join(n["title"] for n in data["nodes"])
    assert "jenis simpul: Instansi" in tips and "type: " not in tips
    assert data["words"]["showing"].startswith("Menampilkan")
    assert data["words"]["evidenceBase"] == "/evidence/"


def test_english_on_request(client: TestClient) -> None:
    html = client.get("/api/v1/viz/province", params={"province": "63", "lang": "en"}).text
    assert '<html lang="en">' in html and "Cooperation network: Kalimantan Selatan" in html
    assert ">Legend<" in html and page_data(html)["words"]["showing"].startswith("Showing")


def test_search_box_and_the_way_back(client: TestClient) -> None:
    html = client.get("/api/v1/viz/province", params={"province": "63"}).text
    assert '<input type="search" id="sinergi-search"' in html
    assert '<a id="sinergi-home" href="/?lang=id">' in html and "Kembali ke dasbor" in html


def test_say_knows_the_patterns() -> None:
    assert say("Around Kota Banjarmasin (63.71)", "id") == "Di sekitar Kota Banjarmasin (63.71)"
    assert say("Filtered (kind=KANIM): 3 of 40 nodes.", "id") == \
        "Disaring (kind=KANIM): 3 dari 40 simpul."
    assert say("Legend", "en") == "Legend"
