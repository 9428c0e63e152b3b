"""Cues that bound the year of a date written without one (issue 14, round 2): the
anniversary of a programme, a President named as such, an acting regional head, the
old Departemen name. Every text is written for these tests."""

from __future__ import annotations

from datetime import date

from sinergi.extract import Article, extract_article
from sinergi.extract.datecues import anniversary_years, combine, office_bounds


def _meeting_date(text: str) -> str | None:
    [m] = extract_article(Article("t", text)).to_json()["meetings"]
    return m["date"]


def test_an_anniversary_names_its_year() -> None:
    assert anniversary_years("Peringatan Hari Bakti Imigrasi ke-74 digelar meriah.") == (2024,)
    assert anniversary_years("Menyambut HUT RI ke-79, kantor berhias.") == (2024,)
    assert anniversary_years("Dalam rangka Hari Bhayangkara ke-78 Polres menggelar bakti "
                             "sosial.") == (2024,)
    assert anniversary_years("Rapat digelar hari Senin.") == ()


def test_an_anniversary_picks_the_year_of_a_date_without_one() -> None:
    # 16 July is a Tuesday in 2024 and in 2019 (and 2030); the 74th Hari Bakti says 2024.
    text = ("Dalam rangka Hari Bakti Imigrasi ke-74, Kantor Imigrasi Kelas I TPI Kupang "
            "menggelar rapat koordinasi dengan Pemerintah Kota Kupang, Selasa (16/7).")
    assert _meeting_date(text) == "2024-07-16"


def test_who_holds_an_office_bounds_the_year() -> None:
    assert office_bounds("Sesuai arahan Presiden Joko Widodo, layanan dipermudah.") == (
        date(2014, 10, 20), date(2024, 10, 20))
    assert office_bounds("Pj Bupati Garut membuka rapat.") == (date(2022, 5, 1),
                                                               date(2025, 12, 31))
    assert office_bounds("Rapat dibuka Bupati Garut.") == (None, None)


def test_a_president_in_office_keeps_an_undated_event_in_his_term() -> None:
    # 16 July is a Thursday in 2026 and in 2020: "Presiden Joko Widodo" points to 2020.
    text = ("Kantor Imigrasi Kelas I TPI Kupang menggelar rapat koordinasi dengan Pemerintah "
            "Kota Kupang, Kamis (16/7), menindaklanjuti arahan Presiden Joko Widodo.")
    article = Article("t", text, published="2026-11-30")
    [m] = extract_article(article).to_json()["meetings"]
    assert m["date"] == "2020-07-16"
    without = Article("t", text.replace("Presiden Joko Widodo", "pimpinan"),
                      published="2026-11-30")
    assert extract_article(without).to_json()["meetings"][0]["date"] == "2026-07-16"


def test_contradicting_bounds_are_ignored() -> None:
    assert combine([(date(2024, 10, 20), None), (None, date(2009, 12, 31))]) == (None, None)
