"""Dates of Indonesian news: numeric and written dates, the year of "Rabu (21/5)" from the
weekday, relative words, the publication date (JSON, URL, dateline), impossible dates."""

from __future__ import annotations

from datetime import date

import pytest

from sinergi.extract import Article, extract_article
from sinergi.extract.dates import (
    DateContext,
    era_bounds,
    find_dates,
    published_from_dateline,
    published_from_url,
)
from sinergi.settings import Settings

TODAY = date(2026, 11, 22)


def _dates(text: str, reference: date = TODAY, published: date | None = None,
           cues: tuple[int, ...] = ()) -> tuple[list[str | None], list[str]]:
    warnings: list[str] = []
    ctx = DateContext(reference, published, cues)
    return [d.iso for d in find_dates(text, ctx, warnings)], warnings


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("digelar Kamis (12/2/2026) di Banjarmasin", "2026-02-12"),
        ("pada Senin, 18 Desember 2023 pukul 09.00", "2023-12-18"),
        ("Rabu siang (8/10/2025)", "2025-10-08"),
        ("Jumat, (25/7/2025), di Aula", "2025-07-25"),
        ("Kamis, 14/04/2022.", "2022-04-14"),
        ("pada 19 Januari 2025", "2025-01-19"),
        ("Senin (5/5/25)", "2025-05-05"),
    ],
)
def test_explicit_dates(text: str, iso: str) -> None:
    assert _dates(text)[0] == [iso]


def test_year_from_weekday_is_the_latest_not_after_the_reference() -> None:
    assert _dates("Rabu (21/5)")[0] == ["2025-05-21"]  # 21 May 2026 is a Thursday
    assert _dates("Kamis (21/5)")[0] == ["2026-05-21"]
    # Before 21 May 2025, the last Wednesday 21 May was in 2014.
    assert _dates("Rabu (21/5)", reference=date(2025, 1, 10))[0] == ["2014-05-21"]


def test_year_named_in_the_text_wins_over_the_weekday() -> None:
    # 10 September 2025 was a Wednesday, but the article speaks of its 2025 programme.
    assert _dates("Kamis (10/9)", cues=(2025,))[0] == ["2025-09-10"]


def test_a_weekday_that_fits_the_days_before_publication_beats_a_year_named_elsewhere() -> None:
    """Published Friday 16 January 2026, "Kamis (15/1)" is the day before; "sepanjang
    2025" in the text dates the year's figures, not the event."""
    pub = date(2026, 1, 16)
    assert _dates("Kamis (15/1)", reference=pub, published=pub, cues=(2025,))[0] == [
        "2026-01-15"]
    # Months before publication, the one year named still wins over the weekday.
    assert _dates("Kamis (10/9)", reference=pub, published=pub, cues=(2025,))[0] == [
        "2025-09-10"]


def test_relative_dates_need_a_publication_date() -> None:
    pub = date(2024, 4, 23)
    assert _dates("diresmikan kemarin", reference=pub, published=pub)[0] == ["2024-04-22"]
    assert _dates("diresmikan hari ini", reference=pub, published=pub)[0] == ["2024-04-23"]
    assert _dates("diresmikan kemarin")[0] == [None]


def test_impossible_dates_are_warned_never_invented() -> None:
    dates, warnings = _dates("Senin (31/2)")
    assert dates == [None]
    assert any("31/2" in w for w in warnings)
    dates, warnings = _dates("Selasa (30/2/2024)")
    assert dates == [None] and warnings


def test_weekday_that_does_not_match_a_full_date_is_warned() -> None:
    dates, warnings = _dates("Senin (12/2/2026)")  # a Thursday
    assert dates == ["2026-02-12"]
    assert any("weekday" in w for w in warnings)


def test_publication_date_from_url_and_dateline() -> None:
    assert published_from_url("https://x.id/2024/10/05/judul") == (
        date(2024, 10, 5), date(2024, 10, 31))
    assert published_from_url("https://x.id/2024/10/judul.html") == (None, date(2024, 10, 31))
    assert published_from_url("https://x.id/berita/1234") == (None, None)
    assert published_from_dateline("Judul\n441x dibaca    2021-03-04 11:23:25    Admin") == \
        date(2021, 3, 4)


def test_office_names_bound_the_era() -> None:
    assert era_bounds("Kantor Wilayah Direktorat Jenderal Imigrasi Jambi")[0] == date(2024, 10, 20)
    # the spec: Kemenkumham before 20 Oct 2024, Kemenimipas after
    assert era_bounds("Kanwil Kemenkumham Jambi")[1] == date(2024, 10, 19)


def test_the_old_ministry_on_the_20th_of_october_is_a_year_before_the_change() -> None:
    text = ("Kepala Divisi Keimigrasian Kanwil Kemenkumham Jawa Timur membuka rapat koordinasi "
            "bersama Badan Kesatuan Bangsa dan Politik Kabupaten Sidoarjo hari ini (20/10).")
    data = extract_article(Article("x", text), Settings(today="2026-12-08")).to_json()
    assert [m["date"] for m in data["meetings"]] == ["2023-10-20"]


def test_article_published_and_event_date() -> None:
    text = ("Pj Wali Kota Pontianak menerima kunjungan kerja Kepala Kantor Wilayah Kementerian "
            "Hukum dan HAM Kalimantan Barat kemarin.")
    data = extract_article(Article("x", text, published="2024-08-15")).to_json()
    assert data["published"] == "2024-08-15"
    assert data["meetings"][0]["date"] == "2024-08-14"
    data = extract_article(Article("x", text, url="https://x.id/2024/08/15/kunjungan")).to_json()
    assert data["published"] == "2024-08-15"


def test_undated_year_uses_sinergi_today() -> None:
    text = ("Pemkab Kukar dan Kantor Imigrasi Samarinda menggelar rapat koordinasi, Rabu (21/5).")
    settings = Settings(today="2024-01-01")
    data = extract_article(Article("x", text), settings).to_json()
    assert data["meetings"][0]["date"] == "2014-05-21"  # the latest Wednesday 21 May by then


def test_publication_lines_and_press_release_datelines() -> None:
    assert published_from_dateline("Judul\nDipublikasikan pada 12 Juni 2024 oleh Humas\n") == \
        date(2024, 6, 12)
    assert published_from_dateline("Jakarta, 5 Maret 2025 — Direktorat Jenderal Imigrasi") == \
        date(2025, 3, 5)
    # An event date inside the lead is not a publication date.
    assert published_from_dateline("Kupang – Rapat digelar Senin (2/6/2025) di aula.") is None


def test_yesterday_under_a_dateline_is_the_day_before_it() -> None:
    text = ("MANOKWARI, 3 Juni 2025 – Kantor Imigrasi Kelas I TPI Manokwari bersama Kesbangpol "
            "Kabupaten Manokwari menggelar rapat koordinasi pengawasan orang asing, kemarin.")
    data = extract_article(Article("t", text)).to_json()
    assert data["published"] == "2025-06-03"
    [meeting] = data["meetings"]
    assert meeting["date"] == "2025-06-02"


def test_day_and_month_in_brackets_after_hari_ini_take_the_year_the_text_names() -> None:
    text = ("Sampai 2015 sudah dibuka 12 unit. Hari ini (4/9) Pemerintah Kabupaten Lumajang dan "
            "Kantor Imigrasi Kelas I TPI Malang menandatangani perjanjian kerja sama.")
    [a] = extract_article(Article("t", text)).to_json()["agreements"]
    assert a["date"] == "2015-09-04"


def test_a_time_stamp_line_does_not_date_the_event() -> None:
    text = ("Imigrasi Bentuk Timpora Lumajang\nSelasa 05 Mar 2024 19:30 WIB\n"
            "LUMAJANG -- Kantor Imigrasi Kelas I TPI Malang membentuk Timpora Kabupaten "
            "Lumajang, Senin (4/3).\nPengukuhan Timpora dipimpin Kepala Kantor Imigrasi Malang "
            "bersama Pemerintah Kabupaten Lumajang.")
    [m] = extract_article(Article("t", text, published="2024-03-05")).to_json()["meetings"]
    assert m["date"] == "2024-03-04"


def test_a_year_of_statistics_does_not_override_the_weekday() -> None:
    # 21 May falls on a Tuesday in 2024; "sepanjang tahun 2023" counts the year before.
    text = ("Bupati Lebak meresmikan layanan paspor Kantor Imigrasi Kelas I TPI Serang di Mal "
            "Pelayanan Publik Kabupaten Lebak, Selasa (21/5). Sepanjang tahun 2023, tercatat "
            "1.200 warga Lebak mengurus paspor di Serang.")
    data = extract_article(Article("x", text), Settings(today="2026-12-07")).to_json()
    assert [m["date"] for m in data["meetings"]] == ["2024-05-21"]


def test_a_day_to_come_does_not_date_the_signing() -> None:
    text = ("Tuapejat - Menjelang Hari Bakti Imigrasi pada 26 Januari mendatang, Kantor Imigrasi "
            "Kelas I TPI Padang dan Pemerintah Kabupaten Kepulauan Mentawai menandatangani "
            "nota kesepahaman. Penandatanganan berlangsung di Aula Kantor Bupati, Kamis (17/1) "
            "lalu.")
    data = extract_article(Article("x", text, published="2019-01-21")).to_json()
    assert [a["date"] for a in data["agreements"]] == ["2019-01-17"]
    assert [m["date"] for m in data["meetings"]] == ["2019-01-17"]


def test_a_compact_date_in_the_url_is_the_publication_day() -> None:
    assert published_from_url("https://berita.example/read/20180212/535/756903/judul") == (
        date(2018, 2, 12), date(2018, 2, 28))
    assert published_from_url("https://berita.example/baca/254531/20211120/185300/x")[0] == \
        date(2021, 11, 20)
    assert published_from_url("https://berita.example/p/12345678/judul") == (None, None)
    assert published_from_url("https://berita.example/p/20241399/judul") == (None, None)


def test_a_weekday_just_before_publication_beats_the_old_office_names() -> None:
    """ "Kanwil Kemenkumham" lingers in news after the reorganisation of October 2024: a
    Saturday 23 August in the month before an article published in August 2025 is 2025,
    not the 2014 that the old name alone would suggest."""
    text = ("Pemprov Malut dan Kanwil Kemenkumham Malut menandatangani nota kesepahaman di "
            "Ternate, Sabtu (23/8).")
    data = extract_article(Article("x", text, published="2025-08-25")).to_json()
    assert [a["date"] for a in data["agreements"]] == ["2025-08-23"]


def test_a_year_named_in_the_text_does_not_override_the_office_names() -> None:
    """ "Kanwil Kemenkumham Sumsel" dates the story before 20 October 2024; a 2024 said
    about the building's repairs cannot put a Wednesday 29 November in 2024 (a Friday,
    and after the reorganisation): the weekday gives 2023."""
    text = ("Kantor Imigrasi Palembang dan Kanwil Kemenkumham Sumsel menggelar sosialisasi "
            "aset negara di Palembang, Rabu (29/11). Renovasi gedung belum bisa dilakukan "
            "tahun 2024, kata Kepala Kantor Imigrasi.")
    data = extract_article(Article("x", text), Settings(today="2026-12-07")).to_json()
    assert [m["date"] for m in data["meetings"]] == ["2023-11-29"]


def test_the_year_of_an_earlier_event_said_to_be_past_is_no_cue() -> None:
    """ "gempa 28 September 2018 silam" dates the earthquake; the groundbreaking on
    "Sabtu (28/8)" takes its year from the weekday (2021), not 2018 (a Tuesday)."""
    text = ("Kantor Imigrasi Palu dan Pemkot Palu menggelar peletakan batu pertama gedung "
            "baru, Sabtu (28/8). Kantor lama rusak akibat gempa 28 September 2018 silam.")
    data = extract_article(Article("x", text), Settings(today="2026-12-07")).to_json()
    assert [m["date"] for m in data["meetings"]] == ["2021-08-28"]


@pytest.mark.parametrize(("written", "day"), [
    ("Rapat digelar Senin lalu di aula.", "2024-05-13"),  # published on a Monday
    ("Rapat digelar pada Senin kemarin.", "2024-05-13"),
    ("Rapat digelar Jumat kemarin di aula.", "2024-05-17"),
    ("Rapat digelar pada Senin, di aula.", "2024-05-20"),  # this Monday
    ("Rapat digelar kemarin di aula.", "2024-05-19"),
])
def test_a_weekday_said_to_be_past_is_the_one_before_publication(written: str,
                                                                  day: str) -> None:
    monday = date(2024, 5, 20)
    assert [d.iso for d in find_dates(written, DateContext(monday, monday), [])] == [day]
