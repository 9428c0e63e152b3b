"""Every question on the dashboard: its page, form, names instead of keys, downloads,
paging, deep links, and the HTML pages that say what went wrong or what to load."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from api_client import api_client
from graph_fixture import AG_TANBU, AS_OF, M_KOTABARU
from sinergi.questions.registry import registry
from sinergi.questions.value_labels import TABLES
from sinergi.settings import Settings
from sinergi.stores import GraphStore

#: Parameters that give every question an answer on the fixture graph.
SAMPLES: dict[str, dict[str, str]] = {
    "brokers": {"province": "63"},
    "coverage": {"topic": "TIMPORA", "province": "63", "as_of": AS_OF},
    "gaps": {"topic": "TIMPORA", "province": "63", "as_of": AS_OF},
    "evidence": {"key": AG_TANBU},
    "graph-institution": {"institution": "kanim:batulicin"},
    "graph-province": {"province": "63"},
    "graph-region": {"region": "63.71"},
    "institution": {"key": "kanim:batulicin"},
    "list-agreements": {},
    "list-institutions": {},
    "list-meetings": {},
    "list-regions": {},
    "office-coverage": {"office": "kanim:batulicin", "as_of": AS_OF},
    "path": {"from": "kanim:batulicin", "to": "pemkot:63.71"},
    "service-points": {"province": "63", "as_of": AS_OF},
    "signatory-changes": {"as_of": AS_OF},
    "stale-agreements": {"as_of": AS_OF},
    "stalled-plans": {"as_of": AS_OF},
    "timeline": {"region": "63.71"},
    "expiring": {"as_of": AS_OF, "days": "3650"},
    "unfollowed": {"as_of": AS_OF, "months": "1"},
    "scorecard": {"topic": "TIMPORA", "province": "63", "as_of": AS_OF},
    "quiet-teams": {"as_of": AS_OF, "months": "1"},
    "changes": {"province": "63", "from": "2019-01-01", "to": AS_OF},
}
HOSTILE_TITLE = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture
def client(settings: Settings, store: GraphStore) -> Iterator[TestClient]:
    with api_client(settings, store) as c:
        with store.writer() as w:  # a title a spreadsheet would run as a formula
            w.node("Agreement", {"key": AG_TANBU, "title": HOSTILE_TITLE})
        yield c


class Cells(HTMLParser):
    """The text of every table cell, and the hrefs."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.texts: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.texts.append(data.strip())
        if self._cell is not None:
            self._cell.append(data)


def cells(html: str) -> Cells:
    parser = Cells()
    parser.feed(html)
    return parser


def test_every_question_has_sample_parameters_here() -> None:
    # A new question fails here until it has parameters that answer on the fixture graph:
    # then every test below asks it, downloads it and walks its page in Indonesian.
    assert set(SAMPLES) == set(registry()), "add the new question to SAMPLES"


def test_the_index_links_every_question_with_its_explanation(client: TestClient) -> None:
    html = client.get("/pertanyaan").text
    for name, query in registry().items():
        assert f'href="/pertanyaan/{name}?lang=id"' in html
        assert query.header.title_id in html and query.header.summary_id in html
    english = client.get("/pertanyaan", params={"lang": "en"}).text
    assert registry()["gaps"].header.summary_en in english
    assert 'href="/pertanyaan?lang=id"' in client.get("/").text  # reachable from the landing page


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_question_answers_and_downloads(client: TestClient, name: str) -> None:
    page = client.get(f"/pertanyaan/{name}", params=SAMPLES[name])
    assert page.status_code == 200, page.text
    assert f'<table id="{name}"' in page.text, f"{name}: no rows on the fixture"
    csv = client.get(f"/pertanyaan/{name}/csv", params=SAMPLES[name])
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert f'filename="{name}.csv"' in csv.headers["content-disposition"]
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + len(re.findall(r"<tr><td", page.text))
    xlsx = client.get(f"/pertanyaan/{name}/xlsx", params=SAMPLES[name])
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx.content)).worksheets[0]
    assert sheet.max_row == len(lines)


def test_the_form_comes_from_the_parameter_declarations(client: TestClient) -> None:
    html = client.get("/pertanyaan/gaps").text  # first visit: the form, no error
    assert 'id="fill-in"' in html and 'id="problem"' not in html
    assert '<select name="topic" id="p-topic" required>' in html
    assert '<option value="PASSPORT_SERVICE">Layanan paspor</option>' in html
    assert '<option value="63">Kalimantan Selatan</option>' in html
    assert '<input type="date" name="as_of"' in html  # the as-of date picker
    stale = client.get("/pertanyaan/stale-agreements").text  # no required parameter: answers
    assert 'name="older_than_years" id="p-older_than_years" value="5"' in stale


def test_names_with_links_instead_of_keys(client: TestClient) -> None:
    html = client.get("/pertanyaan/gaps", params=SAMPLES["gaps"]).text
    parsed = cells(html)
    assert not [c for c in parsed.cells if re.fullmatch(r"[a-z_]+:\S+", c)], parsed.cells
    assert "Kantor Imigrasi Kelas II TPI Batulicin" in parsed.cells
    assert '<a href="/pertanyaan/institution?key=kanim%3Abatulicin&amp;lang=id"' in html
    assert f'<a href="/evidence/{M_KOTABARU}?lang=id" title="{M_KOTABARU}">Audiensi 2025-01-15' \
        in html
    assert '<span class="st st-warn">Hanya tingkat provinsi</span>' in html


def test_deep_links_hold_every_parameter(client: TestClient) -> None:
    html = client.get("/pertanyaan/gaps", params={"topic": "timpora", "province": "Kalsel"}).text
    link = re.search(r'id="permalink" href="([^"]+)"|href="([^"]+)" id="permalink"', html)
    assert link is not None
    href = (link.group(1) or link.group(2)).replace("&amp;", "&")
    assert href.startswith("/pertanyaan/gaps?") and "topic=TIMPORA" in href
    assert "province=63" in href and re.search(r"as_of=\d{4}-\d{2}-\d{2}", href)
    assert client.get(href).status_code == 200


def test_a_cut_list_says_so_with_a_next_link(client: TestClient) -> None:
    html = client.get("/pertanyaan/list-agreements", params={"limit": "3"}).text
    assert "baris 1-3 dari 9" in html
    assert 'href="/pertanyaan/list-agreements?limit=3&amp;lang=id&amp;offset=3" id="next"' in html
    last = client.get("/pertanyaan/list-agreements", params={"limit": "3", "offset": "6"}).text
    assert "baris 7-9 dari 9" in last and 'id="next"' not in last and 'id="previous"' in last
    english = client.get("/pertanyaan/list-agreements", params={"limit": "3", "lang": "en"})
    assert "rows 1-3 of 9" in english.text


def test_a_bad_parameter_is_an_html_page_in_the_pages_language(client: TestClient) -> None:
    r = client.get("/pertanyaan/gaps", params={"topic": "Atlantis", "province": "63"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "tidak bisa dijawab" in r.text and "Parameter yang bermasalah: <strong>Topik" in r.text
    assert "Atlantis" in r.text and '"ok":' not in r.text
    assert 'value="Atlantis"' not in r.text or "<select" in r.text
    en = client.get("/pertanyaan/gaps", params={"topic": "TIMPORA", "province": "Atlantis",
                                                "lang": "en"})
    assert en.status_code == 422 and "The parameter at fault: <strong>Province" in en.text
    missing = client.get("/pertanyaan/nothing-like-this")
    assert missing.status_code == 404 and "Tidak ada pertanyaan bernama" in missing.text
    download = client.get("/pertanyaan/gaps/csv", params={"topic": "x", "province": "63"})
    assert download.status_code == 422 and download.headers["content-type"].startswith(
        "text/html")


def test_empty_answers_say_what_to_load(client: TestClient) -> None:
    html = client.get("/pertanyaan/list-meetings", params={"topic": "BORDER"}).text
    assert 'id="empty"' in html and "sinergi load articles" in html


def test_without_reference_data_the_page_says_to_load_it(
    settings: Settings, store: GraphStore
) -> None:
    with api_client(settings, store, fixture=False) as c:
        r = c.get("/pertanyaan/gaps", params={"topic": "TIMPORA", "province": "63"})
    assert r.status_code == 409 and "sinergi load reference" in r.text
    assert "data rujukan" in r.text


def test_downloads_never_carry_a_formula(client: TestClient) -> None:
    params = {"limit": "50"}
    csv = client.get("/pertanyaan/list-agreements/csv", params=params).content.decode()
    assert f"'{HOSTILE_TITLE}".replace('"', '""') in csv
    book = load_workbook(io.BytesIO(
        client.get("/pertanyaan/list-agreements/xlsx", params=params).content))
    values = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert f"'{HOSTILE_TITLE}" in values
    assert not [v for v in values if isinstance(v, str) and v.startswith("=")]


def _english_words() -> dict[str, str]:
    """Every English label and raw value of the label tables that is not also the
    Indonesian label of some value (DPRD, Timpora, Status read the same)."""
    indonesian = {t.id for table in TABLES for t in table.terms}
    words = {}
    for table in TABLES:
        for term in table.terms:
            for word in (term.en, term.value):
                if word not in indonesian:
                    words[word] = f"{table.name}: {term.value}"
    return words


#: A value for each path parameter of a dashboard page; a page with another one fails
#: the walk below until it is given one here.
PATH_VALUES = {"key": [AG_TANBU], "code": ["63.10", "63.71"]}
#: Pages worth walking with parameters too.
EXTRA = ["/?province=63&topic=TIMPORA", "/?topic=TIMPORA"]


def _pages(client: TestClient) -> list[str]:
    """Every HTML page of the app (its GET routes outside /api), with sample values."""
    urls = list(EXTRA)
    for path, operations in client.app.openapi()["paths"].items():  # type: ignore[attr-defined]
        if "get" not in operations or path.startswith("/api"):
            continue
        if path == "/pertanyaan/{name}":
            urls += [f"/pertanyaan/{n}?{urlencode(params)}" for n, params in SAMPLES.items()]
            urls += [f"/pertanyaan/{n}" for n in SAMPLES]  # the bare forms
            continue
        if path == "/pertanyaan/{name}/{fmt}":
            continue  # downloads, not pages
        names = re.findall(r"{(\w+)}", path)
        assert all(n in PATH_VALUES for n in names), f"give PATH_VALUES a value for {path}"
        if not names:
            urls.append(path)
        for n in names:
            urls += [path.replace(f"{{{n}}}", v) for v in PATH_VALUES[n]]
    return urls


def test_indonesian_pages_show_no_english_value_label(client: TestClient) -> None:
    english = _english_words()
    found = []
    pages = _pages(client)
    assert len(pages) > 2 * len(SAMPLES)
    for url in pages:
        page = client.get(url)
        assert page.status_code == 200, (url, page.status_code)
        if not page.headers["content-type"].startswith("text/html"):
            continue
        for text in cells(page.text).texts:
            for piece in (p.strip() for p in text.split(",")):
                if piece in english:
                    found.append((url, piece, english[piece]))
    assert not found, found[:20]


def test_the_walk_can_see_english_labels(client: TestClient) -> None:
    # The same walk in English finds them: the check above is not vacuous.
    english = _english_words()
    page = client.get("/pertanyaan/gaps", params={**SAMPLES["gaps"], "lang": "en"}).text
    assert {"Regency", "Province level only"} <= {t for t in cells(page).texts if t in english}
