"""A news page edited after it was first read loads as a second Article with the same
URL (its text, and so its key, changed). Both versions stay as evidence, but the
coverage question counts sources by URL or record key, so one page is one source
however many versions of it were read. Both backends; texts written for this test."""

from __future__ import annotations

from sinergi.extract import Article
from sinergi.news.load import load_articles
from sinergi.questions.registry import run_query
from sinergi.reference.load import load_reference
from sinergi.stores import GraphStore

URL = "https://berita.example/2025/03/04/tanah-bumbu-imigrasi-pks"
FIRST = ("BATULICIN - Pemerintah Kabupaten Tanah Bumbu dan Kantor Imigrasi Kelas II TPI "
         "Batulicin menandatangani perjanjian kerja sama tentang Tim Pengawasan Orang Asing, "
         "Senin (3/3/2025).")
EDITED = FIRST + " Penandatanganan berlangsung di Kantor Bupati Tanah Bumbu."
OTHER_URL = "https://kabar.example/2025/03/05/timpora-tanah-bumbu"
OTHER = ("BATULICIN - Perjanjian kerja sama Tim Pengawasan Orang Asing antara Pemerintah "
         "Kabupaten Tanah Bumbu dan Kantor Imigrasi Kelas II TPI Batulicin telah ditandatangani "
         "pada Senin (3/3/2025), kata Bupati Tanah Bumbu.")


def _tanah_bumbu(store: GraphStore) -> dict[str, object]:
    rows = run_query(store, "coverage", {"topic": "TIMPORA", "province": "63",
                                         "as_of": "2025-06-30"}).rows
    return next(r for r in rows if r["region"] == "63.10")


def test_two_versions_of_one_page_are_one_source(store: GraphStore) -> None:
    load_reference(store)
    load_articles(store, [Article("a1", FIRST, url=URL, published="2025-03-04")])
    load_articles(store, [Article("a2", EDITED, url=URL, published="2025-03-04")])
    assert int(store.run("MATCH (a:Article) RETURN count(a) AS n")[0]["n"]) == 2
    row = _tanah_bumbu(store)
    assert row["status"] == "signed"
    assert row["sources"] == 1

    load_articles(store, [Article("a3", OTHER, url=OTHER_URL, published="2025-03-05")])
    assert _tanah_bumbu(store)["sources"] == 2
