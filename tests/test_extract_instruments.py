"""Agreements whose instrument is not named MoU/PKS, and status cues (issue 14): grants,
loans, a signed "kerja sama", instruments that run or end, extensions being prepared.
Every text is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sinergi.extract import Article, extract_article


def _agreements(text: str) -> list[dict[str, Any]]:
    return extract_article(Article("t", text)).to_json()["agreements"]


def _key(a: dict[str, Any]) -> tuple[str, str, frozenset[tuple[str, str | None]]]:
    return a["kind"], a["status"], frozenset((p["kind"], p["place"]) for p in a["parties"])


GRANT = """Kendari - Pemerintah Kabupaten Konawe dan Kantor Imigrasi Kelas I TPI Kendari \
menandatangani naskah perjanjian hibah lahan seluas dua hektare, Selasa (4/3/2025).
Lahan itu akan dipakai untuk gedung Unit Kerja Kantor Imigrasi."""

LOAN = """Ende - Bupati Ende menyerahkan kepada Kantor Imigrasi Kelas II Non TPI Ende berita \
acara pinjam pakai sebuah gedung milik daerah, Rabu (5/3/2025). Pemerintah Kabupaten Ende \
meminjamkan gedung itu selama lima tahun."""

PROMISE = """Pemerintah Kabupaten Konawe berjanji menyediakan tanah yang nantinya berupa \
hibah bagi Kantor Imigrasi Kendari. Kantor kami masih bersifat pinjam pakai, kata kepala \
Kantor Imigrasi Kendari."""


def test_a_signed_grant_deed_is_an_other_agreement() -> None:
    [a] = _agreements(GRANT)
    assert _key(a) == ("OTHER", "signed", frozenset({("PEMKAB", "Konawe"), ("KANIM", "Kendari")}))
    assert a["date"] == "2025-03-04"


def test_a_loan_handed_over_is_an_agreement() -> None:
    [a] = _agreements(LOAN)
    assert a["kind"] == "OTHER" and a["status"] == "signed"
    assert ("KANIM", "Ende") in _key(a)[2]


def test_a_grant_promised_or_a_building_on_loan_is_no_instrument() -> None:
    assert _agreements(PROMISE) == []


def test_an_mou_that_is_a_grant_is_one_mou() -> None:
    text = ("Pemerintah Kabupaten Konawe menandatangani nota kesepahaman hibah tanah dengan "
            "Kantor Imigrasi Kelas I TPI Kendari, Senin (3/3/2025).")
    assert [a["kind"] for a in _agreements(text)] == ["MOU"]


@pytest.mark.parametrize("sentence", [
    "Pemerintah Kota Kendari dan Kantor Imigrasi Kelas I TPI Kendari menyepakati kerja sama "
    "layanan paspor, Senin (3/3/2025).",
    "Penandatanganan kerja sama antara Pemerintah Kota Kendari dan Kantor Imigrasi Kelas I TPI "
    "Kendari berlangsung di balai kota, Senin (3/3/2025).",
    "Kerja sama layanan paspor itu telah ditandatangani Pemerintah Kota Kendari dan Kantor "
    "Imigrasi Kelas I TPI Kendari, Senin (3/3/2025).",
])
def test_a_signed_cooperation_without_instrument_name_is_a_pks(sentence: str) -> None:
    [a] = _agreements(sentence)
    assert _key(a) == ("PKS", "signed",
                       frozenset({("PEMKOT", "Kendari"), ("KANIM", "Kendari")}))


def test_a_later_signing_of_the_cooperation_is_the_same_instrument() -> None:
    text = ("Pemerintah Kota Kendari dan Kantor Imigrasi Kelas I TPI Kendari menyepakati "
            "perjanjian kerja sama layanan paspor, Senin (3/3/2025). Penandatanganan kerja sama "
            "itu disaksikan para kepala dinas.")
    assert [a["kind"] for a in _agreements(text)] == ["PKS"]


def test_cooperation_without_two_parties_is_not_an_instrument() -> None:
    assert _agreements("Penandatanganan kerja sama akan memperkuat layanan publik.") == []


def test_a_pks_that_ends_soon_exists_and_has_no_signing_date() -> None:
    text = ("Perjanjian Kerja Sama antara Pemerintah Kabupaten Konawe dan Direktorat Jenderal "
            "Imigrasi akan berakhir pada 30 Juni 2025.")
    [a] = _agreements(text)
    assert (a["kind"], a["status"], a["date"]) == ("PKS", "signed", None)


def test_an_extension_being_drafted_is_a_second_planned_agreement() -> None:
    text = ("Pemerintah Kabupaten Konawe dan Direktorat Jenderal Imigrasi menggelar rapat "
            "penyusunan perpanjangan perjanjian kerja sama Unit Kerja Kantor Imigrasi, "
            "Rabu (5/3/2025).")
    got = sorted((a["kind"], a["status"]) for a in _agreements(text))
    assert got == [("PKS", "planned"), ("PKS", "signed")]


def test_an_extension_only_considered_is_not_a_second_agreement() -> None:
    text = ("Kami berharap Pemerintah Kabupaten Konawe dan Direktorat Jenderal Imigrasi "
            "mengevaluasi PKS itu jika memang akan dilakukan perpanjangan PKS tersebut.")
    assert [(a["kind"], a["status"]) for a in _agreements(text)] == [("PKS", "signed")]


def test_a_plan_in_a_relative_clause_does_not_make_the_instrument_planned() -> None:
    text = ("Hari ini Direktorat Jenderal Imigrasi dan Pemerintah Kabupaten Konawe menyepakati "
            "perjanjian kerja sama pembentukan kantor yang akan ditempatkan di gedung eks "
            "Bappeda.")
    [a] = _agreements(text)
    assert a["status"] == "signed"


def test_a_cooperation_that_may_be_signed_later_is_planned() -> None:
    text = ("Perjanjian kerja sama antara Direktorat Jenderal Imigrasi dengan Pemerintah "
            "Kabupaten Konawe dapat dilakukan di Jakarta tanpa seremoni.")
    [a] = _agreements(text)
    assert a["status"] == "planned"


def test_a_kanwil_known_only_from_its_posts_is_the_provinces() -> None:
    text = ("Ternate - Rapat Tim Pengawasan Orang Asing Provinsi Maluku Utara dibuka Kadiv "
            "Keimigrasian, Kamis (14/11/2024), yang membacakan sambutan Kakanwil.")
    kinds = {(i["kind"], i["place"]) for i in extract_article(Article("t", text)).to_json()[
        "institutions"]}
    assert ("KANWIL", "Maluku Utara") in kinds


def test_dirjen_keimigrasian_is_the_directorate_general() -> None:
    text = ("Bupati Konawe meneken MoU dengan Dirjen Keimigrasian di Jakarta, "
            "Senin (3/3/2025).")
    kinds = {i["kind"] for i in extract_article(Article("t", text)).to_json()["institutions"]}
    assert "IMIGRASI_PUSAT" in kinds


def test_an_agreement_without_a_named_party_is_left_out_with_a_warning() -> None:
    found = extract_article(Article("t", "Penandatanganan MoU itu berlangsung meriah.")).to_json()
    assert found["agreements"] == []
    assert any("without a named party" in w for w in found["warnings"])


def test_the_mpp_where_the_service_runs_is_not_a_party() -> None:
    text = ("Bupati Lumajang menandatangani nota kesepakatan dengan Kantor Imigrasi Kelas II "
            "Non TPI Jember tentang layanan paspor di Mal Pelayanan Publik (MPP) Kabupaten "
            "Lumajang, Senin (3/3/2025).")
    [a] = _agreements(text)
    assert "MPP" not in {p["kind"] for p in a["parties"]}


def test_a_signing_told_as_already_done_is_not_the_reported_event() -> None:
    text = ("Bupati Lumajang menerima audiensi Kepala Kantor Imigrasi Kelas II Non TPI Jember, "
            "Senin (3/3/2025). Keduanya menyebut teken MoU antara Pemerintah Kabupaten Lumajang "
            "dengan Kantor Imigrasi Jember yang sudah pula dilakukan.")
    data = extract_article(Article("t", text)).to_json()
    assert [(a["kind"], a["status"], a["date"]) for a in data["agreements"]] == [
        ("MOU", "signed", None)]
    assert [m["kind"] for m in data["meetings"]] == ["AUDIENCE"]


def test_an_extension_named_after_the_running_pks_is_a_second_planned_agreement() -> None:
    text = ("Perjanjian kerja sama antara Pemerintah Kabupaten Lebak dan Kantor Imigrasi Kelas I "
            "TPI Serang berlaku sampai Agustus 2025, dan kini perpanjangannya sedang dibahas "
            "kedua pihak.")
    got = sorted((a["kind"], a["status"]) for a in _agreements(text))
    assert got == [("PKS", "planned"), ("PKS", "signed")]


def test_an_extension_named_after_it_only_if_needed_is_not_a_second_agreement() -> None:
    text = ("Perjanjian kerja sama antara Pemerintah Kabupaten Lebak dan Kantor Imigrasi Kelas I "
            "TPI Serang masih berlaku, dan jika diperlukan perpanjangannya akan dibahas tahun "
            "depan.")
    assert [(a["kind"], a["status"]) for a in _agreements(text)] == [("PKS", "signed")]


def test_who_only_witnesses_the_signing_is_not_a_party() -> None:
    text = ("Pemerintah Kabupaten Lebak dan Kantor Imigrasi Kelas I TPI Serang menandatangani "
            "nota kesepahaman layanan paspor, Senin (3/3/2025). Acara itu juga dihadiri Kepala "
            "Kepolisian Resor Lebak dan Kepala Dinas Kependudukan dan Pencatatan Sipil "
            "Kabupaten Lebak.")
    [a] = _agreements(text)
    assert _key(a)[2] == frozenset({("PEMKAB", "Lebak"), ("KANIM", "Serang")})


def test_witnesses_named_before_the_signing_only_cover_their_clause() -> None:
    text = ("Disaksikan Kapolres Lebak, Pemerintah Kabupaten Lebak dan Kantor Imigrasi Kelas I "
            "TPI Serang menandatangani nota kesepahaman layanan paspor, Senin (3/3/2025).")
    [a] = _agreements(text)
    assert _key(a)[2] == frozenset({("PEMKAB", "Lebak"), ("KANIM", "Serang")})


def test_a_pks_extension_drafted_by_a_setda_unit_is_between_the_old_parties() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Serang dan Dinas Kependudukan dan Pencatatan Sipil "
            "Kabupaten Lebak mengevaluasi pelaksanaan perjanjian kerja sama pemanfaatan data, "
            "Selasa (4/3/2025). PKS yang diteken pada Juni 2023 itu berakhir tahun ini. "
            "Rancangan PKS perpanjangan kini disusun Bagian Kerja Sama Sekretariat Daerah "
            "Kabupaten Lebak.")
    got = {a["status"]: a for a in _agreements(text)}
    assert set(got) == {"signed", "planned"}
    assert got["signed"]["date"] is None  # running since June 2023: no signing that day
    parties = {p["kind"] for p in got["planned"]["parties"]}
    assert parties == {"KANIM", "DINAS"}


def test_a_pks_about_extending_stay_permits_is_no_extension() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Serang dan Pemerintah Kabupaten Lebak menandatangani "
            "PKS perpanjangan izin tinggal bagi tenaga kerja asing, Senin (3/3/2025).")
    assert [(a["kind"], a["status"]) for a in _agreements(text)] == [("PKS", "signed")]


def test_a_letter_named_as_a_requirement_is_not_a_signed_one() -> None:
    text = ("Direktorat Jenderal Imigrasi mensyaratkan surat dukungan dari kepala daerah "
            "sebelum membuka unit kerja baru di Kabupaten Lebak.")
    assert all(a["status"] == "planned" for a in _agreements(text))


def test_an_instrument_followed_up_exists_and_its_follow_up_is_planned() -> None:
    text = ("Pemerintah Provinsi Banten dan Kantor Wilayah Direktorat Jenderal Imigrasi Banten "
            "sepakat bekerja sama mengawasi orang asing, Senin (3/3/2025). Nota kesepahaman "
            "keduanya akan ditindaklanjuti dengan perjanjian kerja sama teknis di tiap "
            "kabupaten.")
    got = sorted((a["kind"], a["status"]) for a in _agreements(text))
    assert got == [("MOU", "signed"), ("PKS", "planned")]


def test_a_cooperation_between_two_named_by_its_signing_clause_is_a_pks() -> None:
    text = ("Kerja sama antara Pemerintah Provinsi Banten dan Kantor Wilayah Direktorat Jenderal "
            "Imigrasi Banten yang diteken tahun 2021 berakhir bulan depan.")
    [a] = _agreements(text)
    assert (a["kind"], a["status"], a["date"]) == ("PKS", "signed", None)
    assert {p["kind"] for p in a["parties"]} == {"PEMPROV", "KANWIL"}


RUNNING = """Pemerintah Kabupaten Sintang dan Kantor Imigrasi Kelas II TPI Entikong mengevaluasi \
perjanjian kerja sama layanan paspor, Selasa (3/6/2025). Karena masa berlakunya segera habis, \
rancangan PKS perpanjangan mulai disusun. PKS tersebut diteken pada 14 Juli 2022 oleh Bupati \
Sintang dan Kepala Kantor Imigrasi Entikong."""


def test_a_running_pks_keeps_the_day_it_was_signed() -> None:
    """ "PKS tersebut diteken pada 14 Juli 2022" after the extension being drafted: the
    running PKS, signed that day; the extension stays planned, undated."""
    got = {(a["status"], a["date"]) for a in _agreements(RUNNING)}
    assert got == {("signed", "2022-07-14"), ("planned", None)}, got


def test_a_running_pks_dated_after_its_signers() -> None:
    text = ("AMBON - Pemerintah Kota Ambon dan Kantor Imigrasi Kelas I TPI Ambon mengevaluasi "
            "perjanjian kerja sama layanan paspor, Selasa (13/8/2024). PKS tersebut "
            "ditandatangani oleh Wali Kota Ambon saat itu dan Kepala Kantor Imigrasi Ambon pada "
            "25 Agustus 2021 dengan masa berlaku tiga tahun.")
    assert [(a["status"], a["date"]) for a in _agreements(text)] == [("signed", "2021-08-25")]
