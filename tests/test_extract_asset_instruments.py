"""Grants, loans and letters of support beside each other, and instruments read with one
side only (issue 14): a loan is not the grant deed signed before it, a loan being drafted
in a quote is still a plan, the regional side of an asset is the government (not the Setda
section drafting the deed), a one-sided instrument is between that side and the story's
other, a letter handed over exists, a PKS that "belum dapat ditandatangani" is planned,
and a title announcing PKS signed separately is not one more. Every text is written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sinergi.extract import Article, extract_article


def _agreements(text: str, published: str = "2025-06-04") -> list[dict[str, Any]]:
    return extract_article(Article("t", text, published=published)).to_json()["agreements"]


def _keys(text: str) -> set[tuple[str, str, frozenset[tuple[str, str | None]]]]:
    return {(a["kind"], a["status"], frozenset((p["kind"], p["place"]) for p in a["parties"]))
            for a in _agreements(text)}


SIDES = frozenset({("PEMKAB", "Sumbawa Barat"), ("KANIM", "Sumbawa Besar")})

GRANT_THEN_LOAN = """Taliwang - Pemerintah Kabupaten Sumbawa Barat menghibahkan tanah seluas \
3.000 meter persegi kepada Kantor Imigrasi Kelas II TPI Sumbawa Besar, Senin (12/5/2025). \
Naskah perjanjian hibah diteken Bupati Sumbawa Barat dan Kepala Kantor Imigrasi Sumbawa Besar \
di aula kantor bupati. Sambil menunggu gedung dibangun, pemkab akan meminjamkan satu ruangan \
di gedung lama Bappeda. Perjanjian pinjam pakai ruangan itu ditargetkan diteken bulan depan."""


def test_a_loan_planned_after_a_grant_is_a_second_instrument_between_the_same_sides() -> None:
    assert _keys(GRANT_THEN_LOAN) == {("OTHER", "signed", SIDES), ("OTHER", "planned", SIDES)}


def test_a_handover_record_belongs_to_the_loan_it_hands_over() -> None:
    text = ("Taliwang - Pemerintah Kabupaten Sumbawa Barat dan Kantor Imigrasi Kelas II TPI "
            "Sumbawa Besar menandatangani perjanjian pinjam pakai gedung eks kantor camat, "
            "Senin (12/5/2025). Usai itu keduanya meneken berita acara serah terima (BAST) "
            "gedung tersebut.")
    assert _keys(text) == {("OTHER", "signed", SIDES)}


AUDIENCE = """Dompu - Kepala Kantor Imigrasi Kelas II TPI Bima, Rudi Hartono, beraudiensi \
dengan Bupati Dompu di pendopo, Selasa (3/6/2025). Rudi meminta Pemerintah Kabupaten Dompu \
meminjamkan gedung eks kantor camat untuk layanan paspor. "Bagian aset akan menyiapkan naskah \
perjanjian pinjam pakainya agar segera ditandatangani," kata Bupati Dompu. Bupati juga akan \
menerbitkan surat dukungan kepada Direktorat Jenderal Imigrasi untuk pembentukan unit kerja \
di Dompu."""


def test_a_loan_being_drafted_in_a_quote_is_planned_with_the_story_s_kanim() -> None:
    assert ("OTHER", "planned", frozenset({("PEMKAB", "Dompu"), ("KANIM", "Bima")})) \
        in _keys(AUDIENCE)


def test_a_letter_of_support_is_between_its_signer_and_its_addressee() -> None:
    assert ("OTHER", "planned", frozenset({("PEMKAB", "Dompu"), ("IMIGRASI_PUSAT", None)})) \
        in _keys(AUDIENCE)


def test_the_regional_side_of_a_loan_is_the_government_not_the_drafters() -> None:
    text = ("Pandeglang - Kantor Imigrasi Kelas I Non TPI Serang beraudiensi dengan Bupati "
            "Pandeglang, Rabu (5/2/2025), meminta gedung eks perpustakaan untuk layanan paspor. "
            "\"Saya sudah minta Bagian Hukum Setda Pandeglang dan BPKAD Pandeglang menyiapkan "
            "naskah perjanjian pinjam pakainya,\" kata Bupati Pandeglang.")
    assert _keys(text) == {
        ("OTHER", "planned", frozenset({("PEMKAB", "Pandeglang"), ("KANIM", "Serang")}))}


def test_an_instrument_that_a_plan_waits_for_is_planned() -> None:
    text = ("Kuala Tungkal - Kepala Kantor Imigrasi Kelas I TPI Jambi beraudiensi dengan "
            "Bupati Tanjung Jabung Barat, Senin (3/3/2025), membahas gedung untuk layanan "
            "paspor milik Pemerintah Kabupaten Tanjung Jabung Barat. Setelah perjanjian pinjam "
            "pakai gedung itu diteken, layanan paspor akan dibuka di Kuala Tungkal.")
    assert {(a["kind"], a["status"]) for a in _agreements(text)} == {("OTHER", "planned")}


def test_a_one_sided_pks_is_with_the_story_s_other_side() -> None:
    text = ("Mataram - Kantor Imigrasi Kelas I TPI Mataram menggelar rapat bersama Pemerintah "
            "Kota Mataram membahas layanan paspor bagi calon pekerja migran, Kamis (5/6/2025). "
            "Jumlah pemohon dari kota itu naik dua kali lipat sejak awal tahun. "
            "Menurut rencana, PKS tentang layanan itu akan segera ditandatangani "
            "Pemerintah Kota Mataram.")
    [a] = _agreements(text)
    assert {(p["kind"], p["place"]) for p in a["parties"]} == {("PEMKOT", "Mataram"),
                                                               ("KANIM", "Mataram")}
    assert a["status"] == "planned"


def test_a_letter_handed_over_and_dated_exists_whatever_plan_it_supports() -> None:
    text = ("Parepare - Kantor Imigrasi Kelas II Non TPI Parepare menerima kunjungan Wakil "
            "Bupati Sidenreng Rappang, Kamis (10/11/2022). Wakil Bupati menyerahkan surat "
            "dukungan Pemerintah Kabupaten Sidenreng Rappang tertanggal 7 November 2022 atas "
            "rencana pembentukan unit kerja imigrasi di Sidrap kepada Kakanim Parepare.")
    [a] = _agreements(text, "2022-11-11")
    assert (a["kind"], a["status"]) == ("OTHER", "signed")
    assert {(p["kind"], p["place"]) for p in a["parties"]} == {
        ("PEMKAB", "Sidenreng Rappang"), ("KANIM", "Parepare")}


def test_a_pks_that_could_not_be_signed_yet_is_planned_with_the_kanim() -> None:
    text = ("Menggala - Kantor Imigrasi Kelas II Non TPI Kotabumi menandatangani PKS dengan "
            "Pemerintah Kabupaten Tulang Bawang, Selasa (18/2/2025). Sementara itu, PKS dengan "
            "Pemerintah Kabupaten Mesuji belum dapat ditandatangani karena drafnya masih "
            "diharmonisasi Bagian Hukum Setdakab Mesuji.")
    assert ("PKS", "planned", frozenset({("PEMKAB", "Mesuji"), ("KANIM", "Kotabumi")})) \
        in _keys(text)


def test_a_title_announcing_pks_signed_separately_is_not_one_more() -> None:
    text = ("Imigrasi Sambas Teken PKS dengan Tiga Pemkab dan Satu Kampus\n\n"
            "SAMBAS - Kantor Imigrasi Kelas II TPI Sambas menandatangani Perjanjian Kerja Sama "
            "dengan Pemerintah Kabupaten Sambas, Pemerintah Kabupaten Bengkayang dan "
            "Pemerintah Kota Singkawang, serta Universitas Tanjungpura, Senin (3/3/2025). "
            "Masing-masing PKS ditandatangani secara terpisah di aula kantor imigrasi.")
    got = sorted(sorted(p["kind"] + ":" + str(p["place"]) for p in a["parties"])
                 for a in _agreements(text))
    assert got == [["KANIM:Sambas", "NON_GOV:None"], ["KANIM:Sambas", "PEMKAB:Bengkayang"],
                   ["KANIM:Sambas", "PEMKAB:Sambas"], ["KANIM:Sambas", "PEMKOT:Singkawang"]]


def test_the_new_instrument_is_not_the_expired_one() -> None:
    text = ("Cianjur - Kantor Imigrasi Kelas II Non TPI Sukabumi menggelar rapat bersama "
            "Pemerintah Kabupaten Cianjur, Selasa (25/6/2024). Nota Kesepahaman antara Kantor "
            "Imigrasi Sukabumi dan Pemerintah Kabupaten Cianjur yang ditandatangani tahun 2019 "
            "sudah berakhir pada Desember 2022. Bupati Cianjur menyatakan Pemkab "
            "menyambut baik. Pihaknya akan segera melapor kepada pimpinan agar penyusunan Nota "
            "Kesepahaman yang baru dapat dimulai bulan depan.")
    got = {a["status"]: {(p["kind"], p["place"]) for p in a["parties"]}
           for a in _agreements(text) if a["kind"] == "MOU"}
    assert set(got) == {"signed", "planned"}
    assert all({("PEMKAB", "Cianjur"), ("KANIM", "Sukabumi")} <= sides for sides in got.values())


def test_an_instrument_referred_to_between_other_parties_is_theirs_and_signed() -> None:
    text = ("Tanjung - Pemerintah Kabupaten Lombok Barat dan Kantor Imigrasi Kelas I TPI "
            "Mataram sepakat menyusun nota kesepahaman pengawasan orang asing, Senin "
            "(7/3/2022). Bupati meminta agar MoU yang akan dibuat nantinya mengacu pada Nota "
            "Kesepahaman antara Pemerintah Provinsi Nusa Tenggara Barat dengan Kantor Wilayah "
            "Kementerian Hukum dan HAM Nusa Tenggara Barat tentang pelayanan hukum yang telah "
            "ditandatangani pada tahun 2020.")
    assert _keys(text) == {
        ("MOU", "planned", frozenset({("PEMKAB", "Lombok Barat"), ("KANIM", "Mataram")})),
        ("MOU", "signed", frozenset({("PEMPROV", "Nusa Tenggara Barat"),
                                     ("KANWIL", "Nusa Tenggara Barat")}))}


def test_a_signing_it_is_hoped_can_happen_is_planned() -> None:
    text = ("Palu - Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Tengah "
            "menerima kunjungan Kepala Kantor Imigrasi Kelas I TPI Palu, Senin (21/11/2022). "
            "Menurut dia, PKS integrasi data tenaga kerja asing dapat ditandatangani "
            "Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Tengah pekan depan.")
    assert {(a["kind"], a["status"]) for a in _agreements(text, "2022-11-22")} == {
        ("PKS", "planned")}


def test_the_extension_of_an_instrument_referred_to_is_a_plan_between_its_parties() -> None:
    text = ("Nunukan - Pemerintah Kabupaten Nunukan dan Kantor Imigrasi Kelas II TPI Nunukan "
            "bertemu di kantor bupati, Selasa (17/6/2025). Menurut kepala kantor, Kanim Nunukan "
            "menerbitkan 6.870 paspor sejak Januari. Dalam pertemuan itu, kedua pihak juga "
            "membahas nota kesepahaman pengawasan orang asing yang telah mereka tandatangani "
            "pada 2021 dan akan berakhir pada Agustus 2025. Draf perpanjangan nota kesepahaman "
            "tersebut sedang disusun Bagian Hukum Sekretariat Daerah Kabupaten Nunukan.")
    sides = frozenset({("PEMKAB", "Nunukan"), ("KANIM", "Nunukan")})
    assert _keys(text) == {("MOU", "signed", sides), ("MOU", "planned", sides)}


def test_a_separate_draft_with_a_dinas_is_one_more_plan() -> None:
    text = ("Serang - Pemerintah Kota Serang dan Kantor Imigrasi Kelas I Non TPI Serang "
            "mengevaluasi perjanjian kerja sama pengawasan orang asing, Rabu (18/6/2025). "
            "Masa berlaku PKS akan habis pada Maret 2026 sehingga draf perpanjangannya mulai "
            "disusun. Selain itu, Dinas Tenaga Kerja Kota Serang dan Kantor Imigrasi Kelas I "
            "Non TPI Serang tengah merampungkan draf PKS tersendiri tentang data tenaga kerja "
            "asing.")
    planned = [{(p["kind"], p["place"]) for p in a["parties"]}
               for a in _agreements(text) if a["status"] == "planned"]
    assert {("DINAS", "Serang"), ("KANIM", "Serang")} in planned
    assert any(("PEMKOT", "Serang") in sides for sides in planned)


def test_an_extension_being_finalised_in_a_quote_is_a_plan() -> None:
    text = ("Atambua - Kantor Imigrasi Kelas II TPI Atambua dan Pemerintah Kabupaten Belu "
            "menggelar rapat evaluasi layanan paspor, Senin (19/2/2024). Sekretaris Daerah "
            "Kabupaten Belu mengatakan pemkab dan kantor imigrasi sepakat melanjutkan "
            "kerja sama. \"Draf PKS perpanjangan sedang kami finalkan bersama Kantor Imigrasi, "
            "targetnya ditandatangani pada Maret,\" katanya.")
    planned = [{(p["kind"], p["place"]) for p in a["parties"]}
               for a in _agreements(text) if (a["kind"], a["status"]) == ("PKS", "planned")]
    assert any({("PEMKAB", "Belu"), ("KANIM", "Atambua")} <= sides for sides in planned)


def test_a_grant_proposed_with_a_verb_is_a_planned_instrument() -> None:
    text = ("Singaraja - Pemerintah Kabupaten Jembrana meminjamkan gedung kepada Kantor Imigrasi "
            "Kelas II TPI Singaraja melalui perjanjian pinjam pakai yang ditandatangani Selasa "
            "(20/11/2018). Selain itu, Pemerintah Kabupaten Jembrana juga berencana "
            "menghibahkan lahan seluas 30 are kepada Kementerian Hukum dan HAM untuk gedung "
            "baru kantor imigrasi.")
    planned = [{(p["kind"], p["place"]) for p in a["parties"]}
               for a in _agreements(text, "2018-11-21")
               if (a["kind"], a["status"]) == ("OTHER", "planned")]
    assert any({("PEMKAB", "Jembrana"), ("IMIGRASI_PUSAT", None)} <= sides for sides in planned)


@pytest.mark.parametrize(("text", "status"), [
    # a grant received, or given "kepada" someone, is a grant made (tenth session)
    ("Kantor Imigrasi Kelas II TPI Sumbawa Besar menerima hibah tanah dari Pemerintah "
     "Kabupaten Sumbawa Barat, Senin (12/5/2025).", "signed"),
    ("Pemerintah Kabupaten Sumbawa Barat menghibahkan lahan seluas 3.000 meter persegi kepada "
     "Kantor Imigrasi Kelas II TPI Sumbawa Besar, Senin (12/5/2025).", "signed"),
    # a grant the government commits to is one to come
    ("Pemerintah Kabupaten Sumbawa Barat berkomitmen menghibahkan lahan kepada Kantor Imigrasi "
     "Kelas II TPI Sumbawa Besar.", "planned"),
])
def test_a_grant_given_to_an_office(text: str, status: str) -> None:
    assert _keys(text) == {("OTHER", status, SIDES)}


def test_a_grant_denied_is_no_instrument() -> None:
    assert _agreements("Pemerintah Kabupaten Sumbawa Barat tidak menghibahkan lahan kepada "
                       "Kantor Imigrasi Kelas II TPI Sumbawa Besar.") == []
