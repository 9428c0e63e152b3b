"""Agreements by category of phrasing, second round of issue 14 (rules written from
half B of dev2): an instrument said not to exist, one not signed yet, an instrument
renamed by a later demonstrative. Every text is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sinergi.extract import Article, extract_article


def _agreements(text: str) -> list[dict[str, Any]]:
    return extract_article(Article("t", text)).to_json()["agreements"]


@pytest.mark.parametrize("sentence", [
    "Layanan paspor di Mal Pelayanan Publik Kabupaten Bone belum optimal karena belum adanya "
    "Perjanjian Kerja Sama (PKS) antara Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas "
    "I TPI Makassar.",
    "Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I TPI Makassar sejauh ini tidak "
    "memiliki nota kesepahaman tentang layanan paspor.",
    "Tanpa adanya MoU, Kantor Imigrasi Kelas I TPI Makassar tidak dapat membuka layanan di "
    "Pemerintah Kabupaten Bone.",
])
def test_an_instrument_said_not_to_exist_is_no_agreement(sentence: str) -> None:
    assert _agreements(sentence) == []


def test_an_instrument_not_signed_yet_is_planned() -> None:
    text = ("Perjanjian kerja sama antara Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I "
            "TPI Makassar belum ditandatangani hingga akhir bulan ini.")
    [a] = _agreements(text)
    assert (a["kind"], a["status"]) == ("PKS", "planned")


def test_an_instrument_renamed_with_a_demonstrative_is_the_one_already_read() -> None:
    text = ("Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I TPI Makassar menandatangani "
            "kesepakatan bersama layanan paspor, Senin (3/3/2025). Setelah perjanjian kerja sama "
            "itu, warga Bone dapat mengurus paspor di Mal Pelayanan Publik Kabupaten Bone.")
    [a] = _agreements(text)
    assert (a["kind"], a["status"], a["date"]) == ("MOU", "signed", "2025-03-03")


def test_a_second_instrument_of_another_kind_without_demonstrative_stays_separate() -> None:
    text = ("Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I TPI Makassar menandatangani "
            "nota kesepahaman, Senin (3/3/2025). Keduanya juga menandatangani perjanjian kerja "
            "sama layanan paspor di Mal Pelayanan Publik.")
    assert sorted(a["kind"] for a in _agreements(text)) == ["MOU", "PKS"]


def _parties(a: dict[str, Any]) -> frozenset[tuple[str, str | None]]:
    return frozenset((p["kind"], p["place"]) for p in a["parties"])


def test_separate_instruments_with_several_partners_are_one_agreement_each() -> None:
    text = ("Bupati Garut menandatangani nota kesepahaman dengan tiga instansi, yakni Kantor "
            "Imigrasi Kelas II TPI Tasikmalaya, Kejaksaan Negeri Garut dan Polres Garut, Rabu "
            "(5/3/2025).")
    found = _agreements(text)
    assert {_parties(a) for a in found} == {
        frozenset({("PEMKAB", "Garut"), ("KANIM", "Tasikmalaya")}),
        frozenset({("PEMKAB", "Garut"), ("KEJAKSAAN", "Garut")}),
        frozenset({("PEMKAB", "Garut"), ("POLRI", "Garut")}),
    }
    assert {(a["kind"], a["status"], a["date"]) for a in found} == {
        ("MOU", "signed", "2025-03-05")}


def test_each_regional_government_signs_its_own_instrument_when_the_text_says_so() -> None:
    text = ("Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah menandatangani MoU dengan "
            "Pemerintah Kota Semarang, Pemerintah Kabupaten Kendal dan Pemerintah Kabupaten "
            "Demak, Selasa (4/3/2025). Masing-masing MoU mengatur layanan paspor. MoU tersebut "
            "berlaku lima tahun.")
    found = _agreements(text)
    assert len(found) == 3
    assert all(("KANWIL", "Jawa Tengah") in _parties(a) and len(a["parties"]) == 2
               for a in found)


@pytest.mark.parametrize("text", [
    # immigration bodies sign as one side: a Kanwil with its Kanim
    "Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah bersama Kantor Imigrasi Kelas I TPI "
    "Semarang menandatangani MoU dengan Pemerintah Kota Semarang, Selasa (4/3/2025). "
    "Masing-masing pihak menunjuk pejabat penghubung.",
    # several partners without a word saying the instruments were several
    "Pemerintah Kabupaten Garut menandatangani nota kesepahaman dengan Kantor Imigrasi Kelas "
    "II TPI Tasikmalaya, Kejaksaan Negeri Garut dan Polres Garut, Rabu (5/3/2025).",
])
def test_one_instrument_with_several_parties_stays_one(text: str) -> None:
    assert len(_agreements(text)) == 1


def test_commissions_and_campuses_are_partners_and_a_representative_office_has_a_place() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Padang menandatangani nota kesepahaman dengan tiga "
            "lembaga: Komnas HAM Perwakilan Sumatera Barat, Ombudsman RI Perwakilan Sumatera "
            "Barat dan UIN Imam Bonjol Padang, Senin (3/3/2025).")
    found = _agreements(text)
    partners = {(p["kind"], p["place"], p["name"].split()[0]) for a in found for p in a["parties"]
                if p["kind"] != "KANIM"}
    assert partners == {("PUSAT_LAIN", "Sumatera Barat", "Komisi"),
                        ("PUSAT_LAIN", "Sumatera Barat", "Ombudsman"),
                        ("NON_GOV", None, "UIN")}
    assert len(found) == 3


@pytest.mark.parametrize("sentence", [
    "Pemerintah Kota Sibolga dan Kantor Imigrasi Kelas II TPI Sibolga menandatangani "
    "kesepakatan kerja sama layanan paspor, Senin (2/6/2025).",
    "Pemerintah Kota Sibolga dan Kantor Imigrasi Kelas II TPI Sibolga menandatangani Memorandum "
    "of Agreement (MoA) layanan paspor, Senin (2/6/2025).",
])
def test_other_names_of_an_implementing_agreement_are_a_pks(sentence: str) -> None:
    [a] = _agreements(sentence)
    assert (a["kind"], a["status"], _parties(a)) == (
        "PKS", "signed", frozenset({("PEMKOT", "Sibolga"), ("KANIM", "Sibolga")}))


def test_an_instrument_signed_in_a_past_year_is_not_this_events_signing() -> None:
    text = ("Nota kesepahaman antara Pemerintah Kabupaten Jember dan Kantor Imigrasi Kelas II "
            "TPI Jember yang diteken pada 2022 kini dievaluasi bersama.")
    data = extract_article(Article("t", text)).to_json()
    [a] = data["agreements"]
    assert (a["kind"], a["status"], a["date"]) == ("MOU", "signed", None)
    assert all(m["kind"] != "SIGNING" for m in data["meetings"])


def test_an_instrument_being_finalised_is_planned() -> None:
    text = ("Nota kesepahaman Pemerintah Kabupaten Jember dengan Kantor Imigrasi Kelas II TPI "
            "Jember masih dalam tahap finalisasi.")
    [a] = _agreements(text)
    assert (a["kind"], a["status"]) == ("MOU", "planned")


def test_renewing_an_instrument_at_the_event_is_signing_it() -> None:
    text = ("Pemerintah Kabupaten Jember dan Kantor Imigrasi Kelas II TPI Jember memperpanjang "
            "perjanjian kerja sama layanan paspor, Senin (2/6/2025).")
    [a] = _agreements(text)
    assert (a["kind"], a["status"], a["date"]) == ("PKS", "signed", "2025-06-02")
    assert a["confidence"] >= 0.6


def test_a_university_named_by_its_acronym_alone_is_a_partner() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Makassar menandatangani nota kesepahaman dengan Unhas "
            "tentang magang mahasiswa, Senin (3/3/2025).")
    [a] = _agreements(text)
    names = {p["name"] for p in a["parties"] if p["kind"] == "NON_GOV"}
    assert names == {"Universitas Hasanuddin"}


def test_the_office_a_building_is_granted_to_is_a_party_not_a_venue() -> None:
    text = ("Pemerintah Kabupaten Blora menghibahkan gedung eks kantor dinas kepada Kantor "
            "Imigrasi Kelas II Non TPI Pati melalui penandatanganan naskah hibah, Rabu "
            "(4/6/2025).")
    [a] = _agreements(text)
    assert (a["kind"], a["status"], _parties(a)) == (
        "OTHER", "signed", frozenset({("PEMKAB", "Blora"), ("KANIM", "Pati")}))


def test_an_immigration_office_signing_with_two_regions_signs_two_instruments() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Palu menandatangani perjanjian kerja sama dengan "
            "Pemerintah Kota Palu dan Pemerintah Kabupaten Sigi, Rabu (4/6/2025).")
    assert {_parties(a) for a in _agreements(text)} == {
        frozenset({("KANIM", "Palu"), ("PEMKOT", "Palu")}),
        frozenset({("KANIM", "Palu"), ("PEMKAB", "Sigi")}),
    }


def test_a_witness_is_no_partner_of_its_own_instrument() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Palu dan Pemerintah Kota Palu menandatangani perjanjian "
            "kerja sama, disaksikan Gubernur Sulawesi Tengah, Rabu (4/6/2025).")
    assert len(_agreements(text)) == 1


SIGNERS = ("YOGYAKARTA - Pemerintah Daerah DIY dan Kantor Wilayah Direktorat Jenderal Imigrasi "
           "DIY meneken kesepakatan bersama tentang pengawasan orang asing, Selasa (4/2/2025). "
           "Sementara dari kabupaten, naskah diteken Bupati Sleman Endah Kusuma dan Bupati "
           "Gunungkidul Suharyanto Adi, disaksikan Kepala Kepolisian Daerah DIY.")


def test_signers_named_after_the_instrument_are_its_parties() -> None:
    [a] = _agreements(SIGNERS)
    assert {p["place"] for p in a["parties"] if p["kind"] == "PEMKAB"} == {
        "Sleman", "Gunungkidul"}
    assert "POLRI" not in {p["kind"] for p in a["parties"]}  # a witness


def test_a_letter_signed_earlier_is_not_the_days_signing() -> None:
    text = ("MASAMBA - Kepala Kantor Imigrasi Kelas II Non TPI Palopo beraudiensi dengan Bupati "
            "Luwu Utara, Senin (22/7/2024). Bupati menyebut pemkab telah menerbitkan surat "
            "dukungan pembentukan unit layanan paspor. Surat yang diteken bupati pada awal bulan "
            "ini ditujukan kepada Kantor Imigrasi Kelas II Non TPI Palopo.")
    data = extract_article(Article("t", text)).to_json()
    [a] = data["agreements"]
    assert (a["kind"], a["status"], a["date"]) == ("OTHER", "signed", None)
    assert {p["kind"] for p in a["parties"]} == {"PEMKAB", "KANIM"}
    assert [m["kind"] for m in data["meetings"]] == ["AUDIENCE"]


def test_an_instrument_that_is_needed_is_planned() -> None:
    text = ("TENGGARONG - Kepala Kantor Imigrasi Kelas I TPI Samarinda beraudiensi dengan "
            "Bupati Kutai Kartanegara, Senin (4/8/2025). Menurut dia, perlu ada nota "
            "kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan Kantor Imigrasi "
            "Kelas I TPI Samarinda sebelum layanan paspor dibuka di mal pelayanan publik.")
    assert [(a["kind"], a["status"]) for a in _agreements(text)] == [("MOU", "planned")]


def test_an_instrument_being_discussed_is_planned() -> None:
    text = ("Bupati Tapanuli Tengah Terima Kakanim Sibolga, Bahas Nota Kesepahaman Layanan "
            "Paspor\n\nPANDAN - Bupati Tapanuli Tengah menerima Kepala Kantor Imigrasi Kelas II "
            "TPI Sibolga, Senin (15/3/2021). Keduanya membahas nota kesepahaman antara "
            "Pemerintah Kabupaten Tapanuli Tengah dan Kantor Imigrasi Kelas II TPI Sibolga.")
    assert [(a["kind"], a["status"]) for a in _agreements(text)] == [("MOU", "planned")]


def test_the_official_who_tells_of_a_pks_speaks_for_its_other_side() -> None:
    text = ("PANDAN - Kepala Kantor Imigrasi Kelas II TPI Sibolga, Yusuf Harahap, beraudiensi "
            "dengan Bupati Tapanuli Tengah, Senin (15/3/2021). Pertemuan berlangsung "
            "hangat. Yusuf menambahkan, kerja sama "
            "serupa sudah terjalin dengan Pemerintah Kota Sibolga melalui perjanjian kerja "
            "sama yang diteken pada Agustus 2020 lalu.")
    [pks] = [a for a in _agreements(text) if a["kind"] == "PKS"]
    assert {p["kind"] for p in pks["parties"]} == {"PEMKOT", "KANIM"}


def test_the_other_signer_named_by_name_brings_the_other_side() -> None:
    text = ("PENAJAM - Kepala Kantor Imigrasi Kelas I TPI Balikpapan, Erwin Saputra, menyambut "
            "baik rencana itu, Senin (3/2/2025). Pertemuan berlangsung hangat. Kamis (6/2), "
            "Sekretaris Daerah Kabupaten Penajam Paser Utara, Tohar Wibisono, dan Erwin "
            "menandatangani perjanjian pinjam pakai gedung bekas kantor camat.")
    [loan] = _agreements(text)
    assert {p["kind"] for p in loan["parties"]} >= {"KANIM"}, loan["parties"]


def test_a_letter_is_between_its_signer_and_whom_it_is_addressed_to() -> None:
    text = ("TUAPEJAT - Bupati Kepulauan Mentawai telah menandatangani surat dukungan "
            "pembentukan unit kerja imigrasi pada akhir Desember lalu. Surat itu ditujukan "
            "kepada Direktorat Jenderal Imigrasi dan disampaikan melalui Kantor Imigrasi Kelas "
            "I TPI Padang.")
    [letter] = _agreements(text)
    assert {p["kind"] for p in letter["parties"]} == {"PEMKAB", "IMIGRASI_PUSAT"}


def test_a_pks_said_to_follow_an_mou_does_not_take_the_mous_parties() -> None:
    text = ("MATARAM - Kantor Imigrasi Kelas I TPI Mataram dan Pemerintah Kabupaten Lombok Barat "
            "menandatangani perjanjian kerja sama, Kamis (9/6/2022). PKS tersebut merupakan "
            "tindak lanjut dari nota kesepahaman antara Pemerintah Provinsi Nusa Tenggara Barat "
            "dan Kantor Wilayah Kementerian Hukum dan HAM Nusa Tenggara Barat.")
    [pks] = [a for a in _agreements(text) if a["kind"] == "PKS"]
    assert {p["kind"] for p in pks["parties"]} == {"KANIM", "PEMKAB"}, pks["parties"]


def test_a_signing_dated_after_publication_is_still_to_come() -> None:
    data = extract_article(Article(
        "t", "Nota kesepahaman antara Kantor Imigrasi Kelas I TPI Balikpapan dan Pemerintah "
             "Kabupaten Paser ditandatangani pada 15 Desember 2017.",
        published="2017-11-20")).to_json()
    [a] = data["agreements"]
    assert a["status"] == "planned" and a["confidence"] < 0.6
    assert data["meetings"] == []


def test_signing_the_extension_of_a_cooperation_is_a_signed_pks() -> None:
    data = extract_article(Article(
        "t", "Pemerintah Kota Tebing Tinggi dan Kantor Imigrasi Kelas II TPI Pematangsiantar "
             "menandatangani perpanjangan kerja sama layanan paspor, Senin (20/11/2023).",
        published="2023-11-21")).to_json()
    assert [(a["kind"], a["status"], a["date"]) for a in data["agreements"]] == [
        ("PKS", "signed", "2023-11-20")]
    assert [m["kind"] for m in data["meetings"]] == ["SIGNING"]
