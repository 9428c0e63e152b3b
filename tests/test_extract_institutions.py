"""Institutions read from news text: kinds, full names, canonical places, implicit
places, one entry per body, and no actors from "Baca juga" link lines.

All articles here are written for these tests (restated facts, own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from sinergi.extract import Article, extract_article


def _extract(text: str, **kw: Any) -> dict[str, Any]:
    return extract_article(Article("test", text, **kw)).to_json()


def _keys(data: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {(i["kind"], i["place"]) for i in data["institutions"]}


SIGNING = """BANJARBARU – Pemerintah Provinsi Kalimantan Selatan dan Kantor Wilayah Direktorat \
Jenderal Imigrasi Kalsel meneken nota kesepahaman tentang pengawasan orang asing, Senin, \
18 Desember 2023.
Hadir dalam acara itu Kepala Badan Kesbangpol Provinsi Kalimantan Selatan, Dr. Heriansyah, serta \
perwakilan Polda Kalsel dan Korem 101/Antasari.
Baca juga: Pemkot Banjarmasin Raih Penghargaan dari KPK
Editor: Rina Wahyuni
"""


def test_kinds_full_names_and_canonical_places() -> None:
    data = _extract(SIGNING)
    by_kind = {i["kind"]: i for i in data["institutions"]}
    assert by_kind["PEMPROV"]["name"] == "Pemerintah Provinsi Kalimantan Selatan"
    assert by_kind["KANWIL"]["name"] == (
        "Kantor Wilayah Direktorat Jenderal Imigrasi Kalimantan Selatan")
    assert by_kind["KANWIL"]["place"] == "Kalimantan Selatan"  # "Kalsel" expanded
    assert by_kind["KESBANGPOL"]["place"] == "Kalimantan Selatan"
    assert by_kind["POLRI"]["place"] == "Kalimantan Selatan"
    assert by_kind["TNI"]["name"] == "Komando Resor Militer 101/Antasari"


def test_baca_juga_lines_name_no_actors() -> None:
    keys = _keys(_extract(SIGNING))
    assert ("PEMKOT", "Banjarmasin") not in keys
    assert not any(kind == "PUSAT_LAIN" for kind, _ in keys)  # KPK only in the link line


def test_abbreviations_expand_to_the_official_name() -> None:
    text = ("TENGGARONG – Pemkab Kukar dan Kanim Samarinda membahas pengawasan orang asing "
            "dalam rapat di Kantor Bupati, Rabu (21/5).")
    data = _extract(text)
    names = {i["name"] for i in data["institutions"]}
    assert "Pemerintah Kabupaten Kutai Kartanegara" in names
    assert "Kantor Imigrasi Samarinda" in names
    places = {i["place"] for i in data["institutions"]}
    assert "Kutai Kartanegara" in places


def test_kanim_keeps_its_class_and_mentions_merge() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Batulicin menggelar rapat Timpora di Kabupaten Tanah "
            "Bumbu. Kepala Kantor Imigrasi Batulicin, Gelar Wibawa, membuka rapat tersebut. "
            "Imigrasi Batulicin juga mengundang Kejaksaan Negeri Tanah Bumbu.")
    data = _extract(text)
    kanim = [i for i in data["institutions"] if i["kind"] == "KANIM"]
    assert len(kanim) == 1
    assert kanim[0]["name"] == "Kantor Imigrasi Kelas II TPI Batulicin"
    assert kanim[0]["place"] == "Batulicin"
    assert len(kanim[0]["aliases"]) == 2
    assert ("TIMPORA", "Tanah Bumbu") in _keys(data)
    assert ("KEJAKSAAN", "Tanah Bumbu") in _keys(data)


def test_generic_agencies_take_the_place_of_the_story() -> None:
    text = ("Sampit – Rapat koordinasi Timpora Kabupaten Kotawaringin Timur digelar Kantor "
            "Imigrasi Kelas II TPI Sampit, Rabu. Rapat diikuti unsur Kesbangpol, Disnakertrans, "
            "Dinas Pariwisata, Polres Kotim dan Kejaksaan.")
    data = _extract(text)
    keys = _keys(data)
    for kind in ("KESBANGPOL", "POLRI", "KEJAKSAAN", "TIMPORA"):
        assert (kind, "Kotawaringin Timur") in keys
    dinas = {i["name"] for i in data["institutions"] if i["kind"] == "DINAS"}
    assert dinas == {"Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kotawaringin Timur",
                     "Dinas Pariwisata Kabupaten Kotawaringin Timur"}


def test_kecamatan_teams_of_a_list_are_one_timpora_each() -> None:
    text = ("SAMARINDA - Pengukuhan Tim Pengawasan Orang Asing (Timpora) tingkat kecamatan "
            "digelar Selasa (5/3/2024). Timpora yang dikukuhkan meliputi Kecamatan Sungai "
            "Kunjang, Samarinda Ulu dan Palaran.")
    data = _extract(text)
    teams = {i["place"] for i in data["institutions"] if i["kind"] == "TIMPORA"}
    assert teams == {"Sungai Kunjang", "Samarinda Ulu", "Palaran"}


def test_venues_and_planned_units_are_not_actors() -> None:
    text = ("MARTAPURA – Kantor Imigrasi Kelas I TPI Banjarmasin menggelar sosialisasi di Aula "
            "Bappeda Kabupaten Banjar. Pemkab Banjar berencana membangun Unit Layanan Paspor "
            "(ULP) Martapura tahun depan.")
    kinds = {kind for kind, _ in _keys(_extract(text))}
    assert "BADAN" not in kinds  # Bappeda is only the venue
    assert "ULP" not in kinds  # the unit does not exist yet
    assert "PEMKAB" in kinds


def test_central_body_cited_in_passing_is_not_an_actor() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Semarang membuka layanan paspor akhir pekan. Layanan ini "
            "digelar dalam rangka HUT Kemenkumham ke-78, kata Kepala Kanim Semarang, Guntur "
            "Hamonangan.")
    kinds = {kind for kind, _ in _keys(_extract(text))}
    assert kinds == {"KANIM"}


def test_namesake_regions_are_settled_by_province() -> None:
    text = ("MARTAPURA – Kantor Imigrasi Kelas I TPI Banjarmasin bekerja sama dengan Dinas "
            "Pemberdayaan Masyarakat dan Desa (DPMD) Banjar. Plt Kepala DPMD Banjar, Galuh "
            "Narindra, hadir.")
    dinas = [i for i in _extract(text)["institutions"] if i["kind"] == "DINAS"]
    assert dinas[0]["name"] == "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banjar"


def test_every_institution_carries_evidence_offsets() -> None:
    data = _extract(SIGNING)
    for inst in data["institutions"]:
        assert SIGNING[inst["start"]:inst["end"]] == inst["evidence"]
        assert inst["mention"] in inst["evidence"]
        assert 0 < inst["confidence"] <= 1


def test_border_agency_and_aceh_satpol_wh_are_regional_bodies() -> None:
    text = ("Jagoi Babang – Kepala Badan Pengelola Perbatasan Daerah (BPPD) Kabupaten Bengkayang, "
            "Markus Lumban, mendampingi petugas Kantor Imigrasi Kelas II TPI Entikong. Di "
            "Banda Aceh, Kepala Satpol PP dan WH Kota Banda Aceh, Rizal Fahmi, ikut patroli.")
    data = _extract(text)
    names = {(i["kind"], i["place"]): i["name"] for i in data["institutions"]}
    assert names[("BADAN", "Bengkayang")] == ("Badan Pengelola Perbatasan Daerah "
                                              "Kabupaten Bengkayang")
    assert names[("BADAN", "Banda Aceh")] == ("Satuan Polisi Pamong Praja dan Wilayatul Hisbah "
                                              "Kota Banda Aceh")
    officials = {o["name"]: o["institution"]["kind"] for o in data["officials"]}
    assert officials == {"Markus Lumban": "BADAN", "Rizal Fahmi": "BADAN"}


def test_an_acronym_defined_after_a_campus_names_it_again() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Malang dan Universitas Brawijaya Raya (UBR) meneken nota "
            "kesepahaman tentang izin tinggal mahasiswa asing, Rabu (15/1/2025). Rektor UBR, "
            "Prof. Dr. Hendra Wiguna, M.Sc., menyebut kampusnya menampung 200 mahasiswa asing.")
    data = _extract(text)
    [rector] = data["officials"][-1:]
    assert rector["name"] == "Hendra Wiguna"
    assert rector["title"] == "Rektor Universitas Brawijaya Raya"
    assert rector["institution"]["kind"] == "NON_GOV"
    assert [i["kind"] for i in data["institutions"]].count("NON_GOV") == 1


def test_a_kantor_imigrasi_named_like_its_province_is_in_the_city() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Yogyakarta dan Kantor Wilayah Direktorat Jenderal "
            "Imigrasi Daerah Istimewa Yogyakarta menggelar rapat koordinasi, Senin (2/6/2025).")
    assert _keys(_extract(text)) == {("KANIM", "Yogyakarta"),
                                     ("KANWIL", "Daerah Istimewa Yogyakarta")}


def test_a_bare_agency_is_the_one_of_that_name_already_named() -> None:
    text = ("Ambon – Pemerintah Provinsi Maluku dan Kantor Imigrasi Kelas I TPI Ambon meneken "
            "nota kesepakatan. Kepala Dinas Tenaga Kerja Provinsi Maluku, Yopi Latuheru, "
            "menyebut data TKA akan dicocokkan di kantor Disnaker setiap bulan.")
    keys = _keys(_extract(text))
    assert ("DINAS", "Maluku") in keys
    assert ("DINAS", "Ambon") not in keys


# --- issue 14, round 2 (phrasings read in dev2 half B; sentences written for the tests) ---

def _named(text: str) -> set[tuple[str, str | None, str]]:
    return {(i["kind"], i["place"], i["name"]) for i in _extract(text)["institutions"]}


def test_military_units_written_out_are_tni_of_their_town() -> None:
    found = _keys(_extract("Rapat Timpora dihadiri Pangkalan Utama TNI Angkatan Laut VI "
                           "Makassar, Pangkalan Udara TNI AU Makassar, Komando Resort Militer "
                           "141/Toddopuli Makassar dan Polda Sulsel."))
    assert ("TNI", "Makassar") in found
    assert ("TNI", "Sulawesi Selatan") not in found


def test_a_koramil_is_placed_at_its_kecamatan() -> None:
    found = _named("Tim terdiri dari Kesbangpol Sidoarjo, Koramil 0816/09 Krian, dan Polsek "
                   "Krian.")
    assert ("TNI", "Krian", "Komando Rayon Militer 0816/09 Krian") in found
    assert ("POLRI", "Krian", "Kepolisian Sektor Krian") in found


def test_longer_kesbangpol_names_are_kesbangpol() -> None:
    found = _keys(_extract("Rapat dibuka oleh Kepala Badan Kesatuan Bangsa dan Politik Dalam "
                           "Negeri (Bakesbangpoldagri) Kabupaten Sumbawa, Budi Santoso."))
    assert found == {("KESBANGPOL", "Sumbawa")}
    assert _keys(_extract("Hadir Badan Kesatuan Bangsa dan Politik dan Perlindungan "
                          "Masyarakat Kota Bima.")) == {("KESBANGPOL", "Bima")}


def test_central_offices_in_a_town_and_bin_branches() -> None:
    found = _named("Rapat Timpora Provinsi Maluku dihadiri Badan Intelijen Daerah Maluku, "
                   "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean B Ambon, "
                   "Kantor Pelayanan Pajak Pratama Ambon dan Polda Maluku.")
    kinds = {(k, p) for k, p, _ in found}
    assert ("PUSAT_LAIN", "Maluku") in kinds  # the BIN branch of the province
    assert ("BADAN", "Maluku") not in kinds
    ambon = {n for k, p, n in found if (k, p) == ("PUSAT_LAIN", "Ambon")}
    assert any("Bea dan Cukai" in n for n in ambon)
    assert "Kantor Pelayanan Pajak Ambon" in ambon


def test_the_coordinating_ministry_written_with_commas() -> None:
    data = _extract("Kepala Kantor Imigrasi Ambon mendampingi Asisten Deputi Koordinasi "
                    "Keimigrasian Kemenko Hukum, HAM, Imigrasi dan Pemasyarakatan, Budi "
                    "Santoso, dalam kunjungan kerja ke Ambon.")
    assert ("PUSAT_LAIN", None) in _keys(data)
    officials = {o["name"]: o for o in data["officials"]}
    assert officials["Budi Santoso"]["institution"]["kind"] == "PUSAT_LAIN"
    assert officials["Budi Santoso"]["title"].startswith("Asisten Deputi Koordinasi")


def test_representative_offices_of_central_bodies_are_placed() -> None:
    found = _named("Kepala Ombudsman RI Perwakilan NTB, Dwi Sudarsono, menandatangani nota "
                   "kesepahaman dengan Kanwil Kemenkumham NTB.")
    assert any(k == "PUSAT_LAIN" and p == "Nusa Tenggara Barat" and n.startswith("Ombudsman")
               for k, p, n in found)


def test_banks_are_non_government_partners() -> None:
    data = _extract("Bank NTB Syariah dan Kantor Imigrasi Mataram menandatangani perjanjian "
                    "kerja sama layanan pembayaran paspor.")
    assert ("NON_GOV", None) in _keys(data)
    assert any(i["name"].startswith("Bank NTB Syariah") for i in data["institutions"])


def test_prisons_and_probation_offices_of_a_town() -> None:
    found = _named("Rapat Timpora dihadiri Lapas Perempuan Kelas IIA Palu dan Rutan Donggala.")
    assert ("PUSAT_LAIN", "Palu", "Lembaga Pemasyarakatan Perempuan Kelas IIA Kota Palu") in found
    assert ("PUSAT_LAIN", "Donggala", "Rumah Tahanan Negara Kabupaten Donggala") in found
    assert _named("Warga binaan lapas itu dipindahkan ke lapas lain.") == set()


def test_a_post_addressed_in_lower_case_is_no_body() -> None:
    found = _keys(_extract("Kantor Imigrasi Tasikmalaya membuka layanan di MPP Garut. \"Tadi "
                           "sudah disampaikan kepada pak sekda, kita akan sosialisasikan,\" "
                           "ujarnya."))
    assert ("SETDA", "Garut") not in found
    assert ("MPP", "Garut") in found


def test_tanjung_shortened_in_an_office_town() -> None:
    found = _named("Kepala Kantor Imigrasi Tj Balai Asahan Wawan Hartono hadir bersama "
                   "Kantor Imigrasi Tg. Priok.")
    assert ("KANIM", "Tanjung Balai Asahan", "Kantor Imigrasi Tanjung Balai Asahan") in found
    assert ("KANIM", "Tanjung Priok", "Kantor Imigrasi Tanjung Priok") in found


def test_kota_after_a_dinas_field_is_the_city() -> None:
    assert _named("Dinas Sosial Kota Bogor hadir.") == {
        ("DINAS", "Bogor", "Dinas Sosial Kota Bogor")}
    found = _named("Dinas Perumahan dan Tata Kota Kabupaten Bogor hadir.")
    assert ("DINAS", "Bogor", "Dinas Perumahan dan Tata Kota Kabupaten Bogor") in found


def test_metro_police_resorts_are_placed_at_their_city() -> None:
    found = _keys(_extract("Rapat dihadiri Kepala Dinas Tenaga Kerja dan Kepala Kesbangpol, "
                           "serta Kapolres Metro Bekasi. Polres Metro Depok juga hadir."))
    assert ("POLRI", "Bekasi") in found and ("POLRI", "Depok") in found
    assert not any(p == "Metro" for _, p in found)


def test_a_kanim_named_after_a_town_of_the_office_register() -> None:
    """ "Kuala Tungkal" is no kab/kota's name, but the register has a Kanim there."""
    data = _extract("KUALA TUNGKAL - Kantor Imigrasi Kelas II TPI Kuala Tungkal menggelar "
                    "rapat bersama Pemerintah Kabupaten Tanjung Jabung Barat, Selasa (3/6/2025).")
    assert ("KANIM", "Kuala Tungkal") in _keys(data)


def test_a_headline_verb_after_kantor_imigrasi_is_not_a_town() -> None:
    data = _extract("Enam Kantor Imigrasi Ikut Terikat Kesepakatan\n\nPemerintah Aceh dan "
                    "Kantor Wilayah Direktorat Jenderal Imigrasi Aceh meneken kesepakatan "
                    "bersama, Senin (2/6/2025).")
    assert not [i for i in data["institutions"] if i["kind"] == "KANIM"], data["institutions"]


def test_who_is_credited_for_the_story_or_photo_is_no_actor() -> None:
    text = ("BANGKINANG (Diskominfo) – Pemerintah Kabupaten Kampar dan Kantor Imigrasi Kelas I "
            "TPI Pekanbaru menggelar rapat, Selasa (3/6/2025). Rapat membahas layanan paspor. "
            "(Diskominfo Kampar/rzk)\n"
            "Foto: Suasana rapat di aula kantor bupati. (Dok. Humas Polres Kampar)")
    kinds = {i["kind"] for i in _extract(text)["institutions"]}
    assert kinds == {"PEMKAB", "KANIM"}, kinds


def test_a_publishing_office_named_alone_at_a_paragraphs_end_is_no_actor() -> None:
    # Read from misses of bench/heldout24 and heldout29 (issue 14): the credit is the
    # Diskominfo or the Prokopim of a Setda, with no writer's initials.
    text = ("Sanggau, Diskominfo – Pemerintah Kabupaten Sanggau dan Kantor Imigrasi Kelas II "
            "TPI Entikong menggelar rapat koordinasi, Selasa (3/6/2025). Rapat membahas "
            "pengawasan orang asing di perbatasan.\n"
            "(Prokopim Setda Kab. Sanggau / Diskominfo Sanggau)\n"
            "Foto: Suasana rapat di aula kantor bupati. (Humas Diskominfo Sanggau)")
    kinds = {i["kind"] for i in _extract(text)["institutions"]}
    assert kinds == {"PEMKAB", "KANIM"}, kinds


def test_a_dinas_named_in_parentheses_of_the_story_is_an_actor() -> None:
    text = ("Dinas Komunikasi dan Informatika (Diskominfo) Kabupaten Kampar bersama Kantor "
            "Imigrasi Kelas I TPI Pekanbaru menggelar sosialisasi, Selasa (3/6/2025).")
    assert ("DINAS", "Kampar") in _keys(_extract(text))


def test_dinas_fields_of_regional_nomenclature() -> None:
    data = _extract("BANDA ACEH - Kantor Wilayah Direktorat Jenderal Imigrasi Aceh menyiapkan "
                    "perjanjian kerja sama dengan Dinas Registrasi Kependudukan (DRK) Aceh, Senin "
                    "(2/6/2025). Hadir pula Dinas Pariwisata dan Ekonomi Kreatif Kota Sabang.")
    names = {i["name"] for i in data["institutions"] if i["kind"] == "DINAS"}
    assert names == {"Dinas Registrasi Kependudukan Provinsi Aceh",
                     "Dinas Pariwisata dan Ekonomi Kreatif Kota Sabang"}, names


def test_a_central_bodys_office_keeps_its_town_after_an_abbreviation_and_a_grade() -> None:
    data = _extract("Hadir Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III Sibolga "
                    "serta Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Jawa "
                    "Timur, Selasa (3/6/2025).")
    assert {("PUSAT_LAIN", "Sibolga"), ("PUSAT_LAIN", "Jawa Timur")} <= _keys(data)


def test_tengah_before_a_verb_is_now_not_a_district() -> None:
    data = _extract("Kantor Imigrasi Kelas I TPI Balikpapan tengah menyusun draf perjanjian "
                    "bersama Pemerintah Kabupaten Penajam Paser Utara.")
    assert ("KANIM", "Balikpapan") in _keys(data), _keys(data)


def test_two_ministries_joined_by_dan_are_two() -> None:
    data = _extract("PKS itu turunan dari nota kesepahaman antara Kementerian Dalam Negeri dan "
                    "Kementerian Hukum dan HAM yang sudah lebih dulu ditandatangani di Jakarta.")
    names = {i["name"] for i in data["institutions"]}
    assert {"Kementerian Dalam Negeri", "Kementerian Hukum dan HAM"} <= names, names


def test_governments_listed_after_one_designation_are_each_named() -> None:
    text = ("Kendari - Kantor Imigrasi Kelas I TPI Kendari menandatangani perjanjian kerja "
            "sama dengan Pemerintah Kabupaten Konawe, Kolaka, dan Konawe Utara, Kamis "
            "(15/5/2025). Pemerintah Kabupaten Pulau Morotai, Maluku Utara, juga hadir.")
    found = extract_article(Article("t", text, published="2025-05-16")).to_json()
    assert {i["place"] for i in found["institutions"] if i["kind"] == "PEMKAB"} == {
        "Konawe", "Kolaka", "Konawe Utara", "Pulau Morotai"}


def test_a_regency_under_its_former_name_is_that_regency_not_a_namesake() -> None:
    # "Maluku Tenggara Barat" (Kepulauan Tanimbar since 2019) is not Maluku Tenggara.
    text = ("Ambon - Kanwil Kemenkumham Maluku menandatangani nota kesepahaman dengan "
            "Pemerintah Kabupaten Maluku Tenggara Barat, Sabtu (19/11/2016).")
    found = extract_article(Article("t", text, published="2016-11-20")).to_json()
    assert ("PEMKAB", "Kepulauan Tanimbar") in {(i["kind"], i["place"])
                                                for i in found["institutions"]}


@pytest.mark.parametrize(("text", "kept"), [
    # among those present at the event, or the members of its team: the story's units
    ("Rapat Timpora Kabupaten Kutai Timur di Sangatta, Selasa (7/5/2024), dihadiri Kantor "
     "Imigrasi Kelas II TPI Tanjung Redeb, TNI, Polri dan Kesbangpol Kutai Timur.", True),
    ("Timpora tingkat kecamatan di Kabupaten Kutai Timur melibatkan pihak kepolisian, TNI, "
     "camat serta kepala desa.", True),
    # named in a statement only: no unit, nobody present
    ("Kepala Kantor Imigrasi Kelas II TPI Tanjung Redeb mengatakan sinergi antara Imigrasi, "
     "TNI, Polri dan Pemerintah Kabupaten Kutai Timur sangat penting.", False),
])
def test_bare_tni_and_polri_are_units_of_the_story_only_where_present(text: str,
                                                                      kept: bool) -> None:
    kinds = {i["kind"] for i in _extract(text)["institutions"]}
    assert ("TNI" in kinds, "POLRI" in kinds) == (kept, kept), kinds


def test_a_kodam_named_without_its_place_is_the_provinces() -> None:
    found = _extract("Pemerintah Kota Tasikmalaya dan Kodam III/Siliwangi hadir dalam rapat "
                     "Timpora di Tasikmalaya.")["institutions"]
    assert [(i["kind"], i["place"]) for i in found if i["kind"] == "TNI"] == [
        ("TNI", "Jawa Barat")]


def test_a_kejati_named_without_its_place_is_the_provinces() -> None:
    found = _extract("Rapat Timpora di Banjarmasin dihadiri Kejaksaan Tinggi dan Kantor Imigrasi "
                     "Kelas I TPI Banjarmasin.")["institutions"]
    assert [(i["name"], i["place"]) for i in found if i["kind"] == "KEJAKSAAN"] == [
        ("Kejaksaan Tinggi Kalimantan Selatan", "Kalimantan Selatan")]
