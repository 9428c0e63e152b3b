"""Read from the misses of the development half of the real-news set (issue 14, seventh
session; docs/benchmarks.md): a by-line run into the story, "meninjau", instruments counted
or spoken of in general, the Ditjen's directorates, a unit's name taken for a person. Every
text is written for these tests."""

from __future__ import annotations

import pytest

from extracted import agreement_keys
from extracted import read as _read

_STORY = ("Kantor Imigrasi Kelas II TPI Kendari menggelar rapat koordinasi bersama Pemerintah "
          "Kota Kendari di aula balai kota, Senin (3/3/2025). Rapat membahas pengawasan orang "
          "asing yang bekerja di kawasan industri dan rencana pembukaan layanan paspor di Mal "
          "Pelayanan Publik. Wali Kota Kendari menyampaikan dukungan penuh atas kegiatan itu.")


def test_a_story_run_into_its_by_line_is_read() -> None:
    # A scraper flattened the page: the by-lines and the whole story are one line.
    got = _read("Penulis: Sari Dewi Lestari Editor: Budi Hartono " + _STORY, "2025-03-04")
    assert [(m["kind"], m["date"]) for m in got["meetings"]] == [("COORDINATION", "2025-03-03")]
    assert {i["kind"] for i in got["institutions"]} >= {"KANIM", "PEMKOT"}
    assert not {o["name"] for o in got["officials"]} & {"Sari Dewi Lestari", "Budi Hartono"}


def test_a_short_by_line_is_still_dropped() -> None:
    got = _read("Penulis: Sari Dewi Lestari\n" + _STORY, "2025-03-04")
    assert "Sari Dewi Lestari" not in {o["name"] for o in got["officials"]}
    assert len(got["meetings"]) == 1


def test_a_head_of_kanwil_inspecting_a_kanim_is_a_visit() -> None:
    got = _read("Kepala Kantor Wilayah Kementerian Hukum dan HAM Jawa Barat meninjau pelayanan "
                "di Kantor Imigrasi Kelas I TPI Bandung, Selasa (4/6/2024). Ia berbincang "
                "dengan pemohon paspor di ruang tunggu.", "2024-06-05")
    assert [(m["kind"], m["date"]) for m in got["meetings"]] == [("AUDIENCE", "2024-06-04")]
    got = _read("Peninjauan layanan di Kantor Imigrasi Kelas I TPI Bandung oleh Kepala Kantor "
                "Wilayah Kementerian Hukum dan HAM Jawa Barat berlangsung Selasa (4/6/2024).",
                "2024-06-05")
    assert [m["kind"] for m in got["meetings"]] == ["AUDIENCE"]


def test_instruments_counted_are_no_agreement() -> None:
    text = ("Kantor Wilayah Kementerian Hukum dan HAM Riau mencatat kerja sama dengan pemerintah "
            "daerah. Jumlahnya terdiri dari 14 nota kesepahaman dan 30 PKS antara kantor "
            "imigrasi dan Pemerintah Kabupaten Siak serta Pemerintah Kota Dumai.")
    assert agreement_keys(text) == set()


def test_how_instruments_are_made_is_no_agreement() -> None:
    text = ("Kantor Wilayah Kementerian Hukum dan HAM Lampung menggelar sosialisasi tata cara "
            "penyusunan perjanjian kerja sama bagi kantor imigrasi dan Pemerintah Kota Bandar "
            "Lampung, Selasa (9/5/2023). Sosialisasi mekanisme pembentukan PKS itu diikuti "
            "pejabat Pemerintah Kabupaten Lampung Selatan.")
    assert agreement_keys(text) == set()
    assert [m["kind"] for m in _read(text)["meetings"]] == ["SOCIALIZATION"]


def test_a_directorate_of_the_ditjen_is_a_central_immigration_body() -> None:
    got = _read("Direktorat Intelijen Keimigrasian mengukuhkan Desa Sukamaju di Kabupaten Garut "
                "sebagai desa binaan bersama Kantor Imigrasi Kelas II Non TPI Tasikmalaya, "
                "Kamis (11/5/2023).")
    kinds = {(i["kind"], i["place"]) for i in got["institutions"]}
    assert ("IMIGRASI_PUSAT", None) in kinds
    assert got["institutions"][0]["name"] == "Direktorat Intelijen Keimigrasian"


def test_a_technical_unit_is_no_person() -> None:
    got = _read("Menurut Kepala Unit Pelaksana Teknis (UPT) Imigrasi, layanan paspor di Kantor "
                "Imigrasi Kelas I TPI Palembang dibuka Senin (8/5/2023).")
    assert "Pelaksana Teknis" not in {o["name"] for o in got["officials"]}


def test_a_section_head_written_as_one_word_is_an_official() -> None:
    got = _read("Layanan paspor akhir pekan dibuka Kantor Imigrasi Kelas I TPI Palembang di sebuah "
                "mal, Sabtu (28/10/2023). Kasilantaskim Imigrasi Palembang Rudi Hartawan "
                "mengatakan 150 warga datang pada hari pertama.", "2023-10-29")
    (official,) = got["officials"]
    assert official["name"] == "Rudi Hartawan"
    assert official["title"].startswith("Kepala Seksi Lalu Lintas Keimigrasian")
    assert official["institution"]["kind"] == "KANIM"


@pytest.mark.parametrize("text, published", [
    pytest.param("Janji Pemerintah Kabupaten Sintang yang akan menghibahkan sebidang tanah untuk "
                 "Kantor Imigrasi Kelas II TPI Sintang belum terwujud hingga kini.",
                 "2023-05-10", id="promised in a relative clause"),
    pytest.param("Pemerintah Kabupaten Sintang belum bisa merealisasikan hibah tanah seluas dua "
                 "hektare kepada Kantor Imigrasi Kelas II TPI Sintang karena sertifikatnya "
                 "belum terbit.", "2023-05-10", id="not yet realised"),
    pytest.param("Sementara itu Pemerintah Kabupaten Sintang hanya bisa pinjam pakai gedung "
                 "bekas dinas kepada Kantor Imigrasi Kelas II TPI Sintang selama lima tahun.",
                 "2023-05-10", id="a loan offered with its term"),
    pytest.param("Kepala Kantor Imigrasi Kelas I TPI Palembang bertemu Sekda Kabupaten Ogan "
                 "Ilir, Selasa (9/3/2021). Kantor Imigrasi memperoleh kepastian hibah tanah dari "
                 "Pemerintah Kabupaten Ogan Ilir untuk pembangunan unit kerja.", "2021-03-10",
                 id="assured"),
])
def test_a_grant_or_loan_promised_offered_or_assured_is_planned(text: str,
                                                                published: str) -> None:
    assert {(k, s) for k, s, _, _ in agreement_keys(text, published)} == {("OTHER", "planned")}


def test_an_office_still_to_be_built_is_no_party() -> None:
    text = ("Pemerintah Kabupaten Wonogiri akan menghibahkan lahan untuk pembangunan kantor "
            "imigrasi di wilayah setempat. Hal itu disampaikan Bupati Wonogiri saat menerima "
            "Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah, Senin (20/1/2025). "
            "\"Nanti permohonan diajukan Kantor Imigrasi Surakarta kepada kami,\" katanya.")
    got = _read(text, "2025-01-21")
    assert "Kantor Imigrasi Wonogiri" not in {i["name"] for i in got["institutions"]}
    (grant,) = got["agreements"]
    assert grant["status"] == "planned"
    assert {(p["kind"], p["place"]) for p in grant["parties"]} == {
        ("PEMKAB", "Wonogiri"), ("KANWIL", "Jawa Tengah")}


def test_a_groundbreaking_is_an_event() -> None:
    got = _read("Bupati Buleleng meletakkan batu pertama pembangunan gedung baru Kantor Imigrasi "
                "Kelas II TPI Singaraja, Senin (17/7/2023). Kepala Kantor Imigrasi Kelas II TPI "
                "Singaraja Made Surya mengatakan gedung itu rampung tahun depan.", "2023-07-18")
    (meeting,) = got["meetings"]
    assert (meeting["kind"], meeting["date"]) == ("OTHER", "2023-07-17")
    assert {p["kind"] for p in meeting["participants"]} == {"PEMKAB", "KANIM"}


def test_an_offices_ministry_written_right_after_it_only_describes_it() -> None:
    got = _read("Pemerintah Kota Kotamobagu dan Kantor Imigrasi Kelas II Non TPI Kotamobagu "
                "Kementerian Hukum dan HAM menggelar rapat koordinasi di Kotamobagu, Kamis "
                "(12/10/2023).", "2023-10-13")
    assert "IMIGRASI_PUSAT" not in {i["kind"] for i in got["institutions"]}


def test_every_regional_agency_abbreviation_is_read() -> None:
    from sinergi.extract import lexicon

    for abbreviation, (kind, body) in lexicon.AGENCY_ABBREVIATIONS.items():
        got = _read(f"Kepala {abbreviation} Blora, Susi Widyorini, menyerahkan berkas kepada "
                    "Kantor Imigrasi Kelas II Non TPI Pati, Senin (8/5/2023).")
        assert (kind, "Blora") in {(i["kind"], i["place"]) for i in got["institutions"]}, \
            abbreviation
        assert body in {i["name"].removesuffix(" Kabupaten Blora") for i in got["institutions"]
                        if i["kind"] == kind} or kind == "KESBANGPOL", abbreviation


def test_an_instrument_being_worded_in_a_quote_is_planned_with_the_story_s_government() -> None:
    text = ("Kepala Divisi Keimigrasian Kantor Wilayah Kementerian Hukum dan HAM Sumatera "
            "Selatan beraudiensi ke Pemerintah Kota Lubuklinggau, Kamis (14/4/2022). "
            "\"Setelah pertemuan ini kita bentuk tim kecil untuk merumuskan konsep MoU-nya,\" "
            "ujarnya.")
    assert agreement_keys(text, "2022-04-15") == {
        ("MOU", "planned", None, frozenset({("KANWIL", "Sumatera Selatan"),
                                            ("PEMKOT", "Lubuk Linggau")}))}


def test_a_polda_is_the_province_s_police() -> None:
    got = _read("PASURUAN - Tim gabungan dari Polda, Kesbangpol dan Kantor Imigrasi Kelas II TPI "
                "Pasuruan menggelar operasi gabungan di Kabupaten Pasuruan, Jawa Timur, Selasa "
                "(16/8/2022).", "2022-08-17")
    assert ("POLRI", "Jawa Timur") in {(i["kind"], i["place"]) for i in got["institutions"]}
    assert ("POLRI", "Pasuruan") not in {(i["kind"], i["place"]) for i in got["institutions"]}


def test_a_timpora_formed_at_the_event_is_an_inauguration_not_its_topic() -> None:
    formed = ("Kepala Kantor Imigrasi Kelas II Non TPI Meulaboh mengajak semua pihak mengawasi "
              "orang asing, Selasa (26/2/2019). Ia mengatakan itu pada pembentukan Tim "
              "Pengawasan Orang Asing tingkat kecamatan bersama Polres Aceh Barat dan Kodim "
              "0105/Aceh Barat.")
    assert [m["kind"] for m in _read(formed, "2019-02-27")["meetings"]] == ["INAUGURATION"]
    topic = ("Kepala Kantor Imigrasi Kelas II Non TPI Meulaboh beraudiensi dengan Bupati Aceh "
             "Barat membahas pembentukan Tim Pengawasan Orang Asing tingkat kecamatan, Selasa "
             "(26/2/2019).")
    assert [m["kind"] for m in _read(topic, "2019-02-27")["meetings"]] == ["AUDIENCE"]


def test_the_day_an_instrument_ended_dates_no_event() -> None:
    text = ("Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Utara dan Pemerintah Kabupaten "
            "Samosir membahas kelanjutan PKS Unit Kerja Keimigrasian Samosir. Yang mana telah "
            "berakhir pada (15/05/2023). Ini dilakukan pada Selasa (29/04/2025).\n"
            "Rapat digelar di ruang rapat kantor bupati.")
    assert [(m["kind"], m["date"]) for m in _read(text, None)["meetings"]] == [
        ("COORDINATION", "2025-04-29")]


def test_a_letter_signed_or_a_signing_recalled_by_its_year_is_no_signing_event() -> None:
    text = ("Bupati Boven Digoel Teken Surat Dukungan, PKS Paspor Segera Diperpanjang\n"
            "Bupati Boven Digoel menerima audiensi Kepala Kantor Imigrasi Kelas II TPI Merauke "
            "di ruang kerjanya, Selasa (20/1).\n"
            "Di akhir pertemuan, Bupati menandatangani surat dukungan atas usulan pembentukan "
            "unit kerja kantor imigrasi.\n"
            "Selain itu kedua pihak juga membahas Perjanjian Kerja Sama (PKS) layanan paspor "
            "antara Pemkab Boven Digoel dan Kantor Imigrasi Merauke yang ditandatangani pada "
            "2023 dan telah berakhir pada 31 Desember 2025.")
    kinds = [m["kind"] for m in _read(text, "2026-01-21")["meetings"]]
    assert kinds == ["AUDIENCE"]


def test_an_instrument_beside_another_takes_its_sides() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Pematang Siantar dan Pemerintah Kabupaten Samosir "
            "menggelar rapat tindak lanjut Perjanjian Kerja Sama (PKS) Unit Kerja Keimigrasian "
            "yang telah berakhir, Selasa (29/4/2025).\n"
            "Selain PKS, perjanjian pinjam pakai bangunan juga telah berakhir.")
    keys = agreement_keys(text, "2025-04-30")
    assert {(k, s) for k, s, _, _ in keys} == {("PKS", "signed"), ("OTHER", "signed")}
    sides = {("KANIM", "Pematangsiantar"), ("PEMKAB", "Samosir")}
    assert all(sides <= parties for _, _, _, parties in keys)


def test_bare_bodies_of_a_provincial_team_are_the_province_s() -> None:
    text = ("PASURUAN - Tim Pengawasan Orang Asing (Pora) Jawa Timur menyisir dua perusahaan "
            "di Pasuruan, Selasa (16/8/2022). Personel gabungan merupakan perwakilan dari "
            "Bakesbangpol, Polda, Dinas Tenaga Kerja dan Dinas Kesehatan.")
    places = {(i["kind"], i["place"]) for i in _read(text, "2022-08-17")["institutions"]}
    assert {("KESBANGPOL", "Jawa Timur"), ("DINAS", "Jawa Timur")} <= places
    assert ("DINAS", "Pasuruan") not in places


def test_a_headline_word_after_a_unit_is_no_town() -> None:
    got = _read("UKK Jadi Ujung Tombak Pelayanan Imigrasi di Daerah\n"
                "Kantor Imigrasi Kelas I TPI Palembang membuka unit kerja di Kabupaten Muara Enim, "
                "Senin (8/5/2023).", "2023-05-09")
    assert "Jadi" not in {i["place"] for i in got["institutions"]}


def test_a_word_running_on_into_an_office_s_name_is_no_person() -> None:
    got = _read("Kepala Devisi Imigrasi Kanwil Kemenkumham Sumsel, Herdaus, membuka rapat Timpora "
                "bersama Pemerintah Kabupaten Musi Banyuasin, Senin (8/2/2021).", "2021-02-09")
    assert "Devisi" not in {o["name"] for o in got["officials"]}


def test_a_one_word_name_before_the_next_post_is_kept() -> None:
    got = _read("Hadir Kasubdit Pengawasan Orang Asing Kemendagri, Masykur Kepala Kantor Imigrasi "
                "Kelas I Kota Malang, Novanto, dan Pemerintah Kota Malang, Senin (8/2/2021).",
                "2021-02-09")
    assert "Masykur" in {o["name"] for o in got["officials"]}
