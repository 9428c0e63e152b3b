"""National bodies that give or receive grants and sign MoUs with regional governments,
named by their short names, and the sides of a grant told two sentences before its signing
(issue 14, eighth session). Every text is written for these tests."""

from __future__ import annotations

import re

import pytest

from extracted import agreement_keys
from extracted import read as _read
from sinergi.extract import lexicon
from sinergi.extract.mentions import find_mentions
from sinergi.extract.sentences import quote_spans, split


@pytest.mark.parametrize(("written", "name", "place"), [
    ("Bawaslu Sultra", "Badan Pengawas Pemilihan Umum Provinsi Sulawesi Tenggara",
     "Sulawesi Tenggara"),
    ("Bawaslu Provinsi Sulawesi Tenggara",
     "Badan Pengawas Pemilihan Umum Provinsi Sulawesi Tenggara", "Sulawesi Tenggara"),
    ("KPU Kabupaten Konawe", "Komisi Pemilihan Umum Kabupaten Konawe", "Konawe"),
    ("KKP", "Kementerian Kelautan dan Perikanan", None),
    ("Kemenkes", "Kementerian Kesehatan", None),
    ("BPJS Kesehatan", "Badan Penyelenggara Jaminan Sosial Kesehatan", None),
    ("Ditjen Dukcapil", "Direktorat Jenderal Kependudukan dan Pencatatan Sipil", None),
])
def test_a_national_body_signing_with_a_regional_government_is_read(
        written: str, name: str, place: str | None) -> None:
    got = _read(f"Pemerintah Provinsi Sulawesi Tenggara dan {written} menandatangani nota "
                "kesepahaman tentang pertukaran data, Rabu (8/3/2023).")
    assert (name, "PUSAT_LAIN", place) in {
        (i["name"], i["kind"], i["place"]) for i in got["institutions"]}
    assert [sorted(p["kind"] for p in a["parties"]) for a in got["agreements"]] == [
        ["PEMPROV", "PUSAT_LAIN"]]


def test_kominfo_alone_is_not_the_ministry() -> None:
    # Regional governments call their own communications office "Dinas Kominfo".
    got = _read("Dinas Kominfo Kabupaten Konawe meliput rapat koordinasi Pemerintah Kabupaten "
                "Konawe dengan Kantor Imigrasi Kendari, Senin (6/3/2023).")
    assert not any(i["name"].startswith("Kementerian") for i in got["institutions"])


_GRANT = ("Kementerian Kelautan dan Perikanan menghibahkan sebidang tanah kepada Pemerintah "
          "Kabupaten Buleleng. Lahan seluas satu hektare itu terletak di tepi pantai. "
          "Penyerahan hibah tersebut ditandai penandatanganan naskah perjanjian hibah, Selasa "
          "(7/3/2023).")


def test_a_grant_signed_two_sentences_after_its_sides_are_named() -> None:
    assert agreement_keys(_GRANT) == {
        ("OTHER", "signed", "2023-03-07",
         frozenset({("PUSAT_LAIN", None), ("PEMKAB", "Buleleng")}))}


def test_only_a_grant_two_sentences_back_lends_its_sides() -> None:
    # The instrument signed here is not the grant: the grant's sides are not its sides.
    text = ("Kementerian Kelautan dan Perikanan menghibahkan kapal kepada Pemerintah Kabupaten "
            "Buleleng. Kapal itu berlabuh di Celukan Bawang. Penandatanganan perjanjian kerja "
            "sama dengan Universitas Pendidikan Ganesha dijadwalkan pekan depan.")
    assert "PUSAT_LAIN" not in {p["kind"] for a in _read(text)["agreements"]
                                for p in a["parties"]}


def test_the_day_a_speaker_told_of_an_undated_event_is_its_day() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Sumbawa Besar menggelar rapat pembentukan Tim "
            "Pengawasan Orang Asing Kabupaten Sumbawa bersama Pemerintah Kabupaten Sumbawa. "
            "Tim itu beranggotakan instansi vertikal dan perangkat daerah. Kepala kantor "
            "imigrasi menyebut "
            "pengawasan kini lebih terpadu. \"Kami akan rutin bertemu,\" ujar Kepala Kantor "
            "Imigrasi Sumbawa Besar, Selasa (16/9/2025).")
    assert [m["date"] for m in _read(text, "2025-09-17")["meetings"]] == ["2025-09-16"]


def test_a_loan_told_by_its_verb_that_is_in_force_is_signed() -> None:
    text = ("Perlu diketahui, gedung Kantor Imigrasi Kotamobagu adalah aset Pemerintah Kota "
            "Kotamobagu yang dipinjam pakai oleh kantor imigrasi sejak 2016.")
    assert agreement_keys(text) == {
        ("OTHER", "signed", None, frozenset({("KANIM", "Kotamobagu"), ("PEMKOT", "Kotamobagu")}))}


@pytest.mark.parametrize("spelled", ["Pelindungan", "Perlindungan"])
def test_bp3mi_written_out_either_way_keeps_its_province(spelled: str) -> None:
    got = _read(f"Kantor Imigrasi Kelas I TPI Serang dan Balai Pelayanan {spelled} Pekerja "
                "Migran Indonesia (BP3MI) Provinsi Banten menandatangani perjanjian kerja sama, "
                "Kamis (2/10/2025).", "2025-10-03")
    assert ("Balai Pelayanan Pelindungan Pekerja Migran Indonesia Provinsi Banten", "Banten") in {
        (i["name"], i["place"]) for i in got["institutions"]}


def test_last_years_number_kept_in_january_is_read_as_this_year() -> None:
    # 3 January 2024 was a Wednesday; 3 January 2023 a Tuesday.
    text = ("Pemerintah Kabupaten Katingan dan Pemerintah Kabupaten Gunung Mas menandatangani "
            "nota kesepahaman kerja sama antardaerah di aula kantor bupati, Rabu 3 Januari 2023.")
    got = _read(text, "2024-01-03")
    assert [a["date"] for a in got["agreements"]] == ["2024-01-03"]
    assert [m["date"] for m in got["meetings"]] == ["2024-01-03"]
    # The weekday fitting the year written, or no publication day: as written.
    assert [a["date"] for a in _read(text.replace("Rabu", "Selasa"), "2024-01-03")[
        "agreements"]] == ["2023-01-03"]
    assert [a["date"] for a in _read(text, None)["agreements"]] == ["2023-01-03"]


def test_a_site_survey_by_a_visiting_team_is_a_visit() -> None:
    got = _read("Tim Direktorat Jenderal Imigrasi melakukan survei lokasi calon kantor unit "
                "layanan paspor di gedung milik Pemerintah Kabupaten Bojonegoro, Rabu (3/5/2023).")
    assert [(m["kind"], m["date"]) for m in got["meetings"]] == [("AUDIENCE", "2023-05-03")]


def test_a_word_of_the_language_read_as_a_name_is_dropped() -> None:
    text = ("Rapat koordinasi Kantor Imigrasi Kendari dan Pemerintah Kota Kendari dibuka "
            "Kepala Seksi Intelijen, Gerbang. Rapat membahas gerbang pelabuhan.")
    assert "Gerbang" not in {o["name"] for o in _read(text)["officials"]}
    assert "Gerbang" in {o["name"] for o in _read(text.replace("membahas gerbang", "membahas "
                                                               "dermaga"))["officials"]}


_PASAMAN = frozenset({("KANIM", "Agam"), ("PEMKAB", "Pasaman")})


@pytest.mark.parametrize(("sentence", "status"), [
    ("Pemerintah Kabupaten Pasaman sudah memberikan hibah tanah kepada Kantor Imigrasi Kelas I "
     "Non TPI Agam.", "signed"),
    ("Lahan Kantor Imigrasi Kelas I Non TPI Agam diperoleh melalui hibah dari Pemerintah "
     "Kabupaten Pasaman.", "signed"),
    ("Kantor Imigrasi Kelas I Non TPI Agam akan memanfaatkan hibah lahan dari Pemerintah "
     "Kabupaten Pasaman.", "planned"),
    ("Pemerintah Kabupaten Pasaman menawarkan gedung kepada Kantor Imigrasi Kelas I Non TPI Agam "
     "melalui skema pinjam pakai.", "planned"),
])
def test_a_grant_given_got_or_drawn_on_is_an_instrument(sentence: str, status: str) -> None:
    assert agreement_keys(sentence) == {("OTHER", status, None, _PASAMAN)}


def test_land_promised_as_a_grant_is_no_instrument_yet() -> None:
    # The maintainers' gold: a promise to give land "berupa hibah" is talk, not a grant.
    assert agreement_keys("Pemerintah Kabupaten Pasaman berjanji memberikan tanah untuk Kantor "
                          "Imigrasi Kelas I Non TPI Agam berupa hibah.") == set()


def test_a_signed_grant_told_of_again_is_not_a_second_one() -> None:
    text = ("Pemerintah Kabupaten Pasaman menandatangani naskah perjanjian hibah tanah dengan "
            "Kantor Imigrasi Kelas I Non TPI Agam, Senin (6/3/2023). Pemberian hibah tanah "
            "tersebut didasari permohonan kantor imigrasi sejak tahun lalu.")
    assert agreement_keys(text) == {("OTHER", "signed", "2023-03-06", _PASAMAN)}


def test_a_paragraph_broken_mid_sentence_at_a_line_break_is_one_sentence() -> None:
    text = ("Pemerintah Kabupaten Purworejo mempercepat pembangunan kantor imigrasi melalui "
            "penandatanganan Naskah Perjanjian\nHibah Daerah dengan Kantor Imigrasi Kelas II "
            "Non TPI Purworejo, Kamis (12/2/2026).")
    got = _read(text, "2026-02-13")
    assert [(a["kind"], a["status"], a["date"]) for a in got["agreements"]] == [
        ("OTHER", "signed", "2026-02-12")]
    assert [m["kind"] for m in got["meetings"]] == ["SIGNING"]


def test_who_the_signing_was_done_by_are_its_sides() -> None:
    text = ("Pemerintah Kabupaten Purworejo menandatangani naskah perjanjian hibah daerah untuk "
            "lahan Kantor Imigrasi Kelas II Non TPI Purworejo, Kamis (12/2/2026). Lahan itu "
            "seluas tujuh ribu meter "
            "persegi. Letaknya di Kelurahan Borokulon. Penandatanganan dilakukan langsung oleh "
            "Bupati Purworejo bersama Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Jawa "
            "Tengah.")
    assert agreement_keys(text, "2026-02-13") == {
        ("OTHER", "signed", "2026-02-12", frozenset(
            {("PEMKAB", "Purworejo"), ("KANIM", "Purworejo"), ("KANWIL", "Jawa Tengah")}))}


@pytest.mark.parametrize(("written", "name"), [
    ("Kementerian Pekerjaan Umum dan Perumahan Rakyat Khalawi Abdul Hamid",
     "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
    ("Kementerian PAN-RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    ("KemenPAN-RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
])
def test_a_ministry_ends_where_its_name_ends(written: str, name: str) -> None:
    got = _read(f"Pejabat {written} menggelar rapat bersama Kantor Imigrasi Kelas I Batam dan "
                "Pemerintah Kota Batam, Rabu (30/5/2018).", "2018-05-31")
    assert name in {i["name"] for i in got["institutions"]}


@pytest.mark.parametrize(("text", "place"), [
    ("Kantor Imigrasi Kelas I TPI Surabaya meresmikan Immigration Lounge Icon Mall Gresik "
     "bersama Pemerintah Kabupaten Gresik, Jumat (18/10/2024).", "Gresik"),
    ("Kantor Imigrasi Kelas I Tangerang membuka Gerai Paspor Tangcity Mall Tangerang bersama "
     "Pemerintah Kota Tangerang, Senin (7/10/2024).", "Tangerang"),
])
def test_a_passport_counter_named_as_a_place_of_its_own_is_a_ulp(text: str, place: str) -> None:
    got = _read(text, "2024-10-19")
    assert ("ULP", place) in {(i["kind"], i["place"]) for i in got["institutions"]}


@pytest.mark.parametrize("text", [
    "Kantor Imigrasi Kelas I TPI Pekanbaru akan membuka gerai paspor di Mal Pelayanan Publik "
    "Kabupaten Pelalawan bersama Pemerintah Kabupaten Pelalawan.",
    "Gerai Paspor Imigrasi Pekanbaru resmi beroperasi di Mal Pelayanan Publik Kabupaten "
    "Pelalawan bersama Pemerintah Kabupaten Pelalawan.",
])
def test_a_passport_desk_in_an_mpp_is_no_ulp(text: str) -> None:
    assert "ULP" not in {i["kind"] for i in _read(text, "2024-10-19")["institutions"]}


@pytest.mark.parametrize(("written", "name", "place"), [
    ("Rumah Detensi Imigrasi Makassar", "Rumah Detensi Imigrasi", "Makassar"),
    ("Rudenim Pekanbaru", "Rumah Detensi Imigrasi", "Pekanbaru"),
    ("Kemenko Polhukam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", None),
])
def test_refugee_coordination_bodies_are_read(written: str, name: str, place: str | None
                                              ) -> None:
    got = _read(f"Rapat koordinasi penanganan pengungsi luar negeri digelar {written} bersama "
                "Pemerintah Kota Makassar, Kamis (27/5/2021).", "2021-05-28")
    assert any(i["name"].startswith(name) and i["place"] == place
               for i in got["institutions"])


def test_a_signing_done_by_officials_named_without_oleh_dates_the_instrument() -> None:
    text = ("Gubernur Maluku Utara menyebut pengawasan orang asing penting. Pemerintah Provinsi "
            "Maluku Utara dan Kantor Imigrasi Kelas I TPI Ternate meneken nota kesepahaman "
            "tentang pengawasan orang asing. Kesepakatan mencakup penyuluhan. Penandatanganan "
            "dilakukan Gubernur Maluku Utara dan Kepala Kantor Imigrasi di Ternate, Sabtu (23/8).")
    got = _read(text, "2025-08-25")
    assert [a["date"] for a in got["agreements"]] == ["2025-08-23"]


def test_a_signing_said_to_be_today_in_a_quote_is_the_event() -> None:
    text = ("Kantor Imigrasi Atambua dan Pemerintah Kabupaten Timor Tengah Utara bertemu untuk "
            "membahas pemanfaatan pos imigrasi di perbatasan. \"Hari ini dilakukan "
            "penandatanganan perjanjian kerja sama pemanfaatan pos imigrasi,\" kata Kepala "
            "Kantor Imigrasi Atambua, Kamis (5/9/2024).")
    got = _read(text, "2024-09-06")
    assert [(m["kind"], m["date"]) for m in got["meetings"]] == [("SIGNING", "2024-09-05")]


def test_where_and_when_an_event_was_dates_it() -> None:
    text = ("Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Selatan mengikuti rapat koordinasi "
            "penanganan pengungsi bersama Pemerintah Kota Makassar. Rapat membahas pendataan "
            "pengungsi. Hadir pula perwakilan organisasi internasional. Pendataan dilakukan "
            "tiap bulan. Bertempat di Hotel Rinra Makassar, Kamis (27/5/2021).")
    assert [m["date"] for m in _read(text, None)["meetings"]] == ["2021-05-27"]


def test_a_post_read_into_a_name_is_dropped() -> None:
    got = _read("Pemerintah Kota Dumai menggelar rapat koordinasi pengawasan orang asing, Senin "
                "(6/3/2023). Hadir Kepala Seksi Intel Rudi Lubis bersama Kantor Imigrasi Kelas II "
                "TPI Dumai.")
    assert "Rudi Lubis" in {o["name"] for o in got["officials"]}


def test_a_paragraph_of_posts_and_names_ending_in_a_mark_is_no_headline() -> None:
    text = ("Pemerintah Kota Makassar menggelar rapat koordinasi penanganan pengungsi, Kamis "
            "(19/5/2022).\nTurut hadir, Kadiv Administrasi Sirajuddin, Kadiv Keimigrasian Jaya "
            "Saputera, Kakanim Makassar Agus Winarto dan Kakanim Parepare Arief Eka Riyanto "
            "serta Peserta dari Instansi Terkait. (*/adv)")
    names = {o["name"] for o in _read(text, "2022-05-20")["officials"]}
    assert {"Agus Winarto", "Arief Eka Riyanto"} <= names


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Menurut penyelia UKK Imigrasi Bojonegoro, Rahmad Syarif, layanan berjalan.",
     "Rahmad Syarif", "Penyelia"),
    ("Hadir Staf Khusus Bupati Bojonegoro, Bambang Edi.", "Bambang Edi", "Staf Khusus"),
])
def test_more_posts_are_read(sentence: str, name: str, title: str) -> None:
    got = _read("Kantor Imigrasi Kelas I Tanjung Perak menggelar rapat bersama Pemerintah "
                f"Kabupaten Bojonegoro, Senin (8/3/2021). {sentence}", "2021-03-09")
    assert any(o["name"] == name and o["title"].startswith(title) for o in got["officials"])


def test_a_task_force_is_no_name() -> None:
    got = _read("Kantor Imigrasi Kelas I TPI Makassar menggelar rapat bersama Pemerintah Kota "
                "Makassar, Kamis (27/5/2021). Sekretaris Satgas PPLN Kemenkopolhukam membuka "
                "rapat.", "2021-05-28")
    assert "Satgas" not in {o["name"] for o in got["officials"]}


def test_a_headline_word_after_a_unit_is_no_town() -> None:
    """ "Operasional UKK Imigrasi Kembali Tertunda": "Kembali Tertunda" (again delayed) is
    what the headline says of the unit, not where it is."""
    data = _read("Operasional UKK Imigrasi Kembali Tertunda\n\nKota Pekalongan belum memiliki "
                 "layanan paspor.")
    assert all("Tertunda" not in (e["place"] or "") for e in data["institutions"])


def test_the_directorate_general_of_immigration_named_once_is_an_institution() -> None:
    """Planners follow the Ditjen: acting in one sentence, it is an institution of the story
    (other national bodies acting once still need an event or a post to count)."""
    data = _read("Kantor Imigrasi Kelas II Non TPI Kediri menggelar sosialisasi bagi calon "
                 "pekerja migran, Senin (3/3/2025). Peserta diajak memahami prosedur paspor. "
                 "Petugas juga membuka sesi tanya jawab. Pelindungan pekerja migran merupakan "
                 "komitmen Direktorat Jenderal Imigrasi dalam mencegah keberangkatan non "
                 "prosedural. Badan Pusat Statistik mencatat jumlah pekerja migran naik.")
    kinds = {e["kind"] for e in data["institutions"]}
    assert "IMIGRASI_PUSAT" in kinds and "PUSAT_LAIN" not in kinds


def test_a_ministry_short_name_written_with_a_space_is_read() -> None:
    """ "Kemen PAN-RB": the rule of central bodies is asked for sentences with "kemen" too
    (its trigger words are kept by hand beside the lexicon)."""
    data = _read("Kemen PAN-RB menggelar rapat bersama Kantor Imigrasi Sibolga, Senin "
                 "(3/3/2025).")
    assert "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi" in {
        e["name"] for e in data["institutions"]}


def _forms() -> list[tuple[str, str]]:
    """Each central body's canonical name and each bare acronym of its pattern, as a
    writer may use them: derived from the lexicon, so a body added there without a trigger
    word for the rule, or whose written-out name its pattern misses, fails here."""
    out = []
    for pattern, name in lexicon.CENTRAL_BODIES:
        out.append((name, name))
        out += [(acronym, name) for acronym in
                re.findall(r"(?:^|\|)([A-Z][A-Za-z0-9]{1,11})(?=\||$)", pattern)]
    return out


@pytest.mark.parametrize(("written", "name"), _forms())
def test_every_central_body_is_read_by_its_name_and_acronym(written: str, name: str) -> None:
    text = f"Rapat itu dihadiri perwakilan {written} dan Kantor Imigrasi Kelas I TPI Ambon."
    bodies = {m.body for m in find_mentions(text, split(text), quote_spans(text))}
    assert any(name in body or body in name for body in bodies), bodies


def test_an_office_of_a_central_body_in_a_town_the_gazetteer_lacks() -> None:
    got = _read("Rapat dihadiri KSOP Kelas III Labuan Bajo, Bea Cukai Labuan Bajo dan Kantor "
                "Imigrasi Kelas II TPI Labuan Bajo.")
    assert {(i["name"], i["place"]) for i in got["institutions"] if i["kind"] == "PUSAT_LAIN"} == {
        ("Kantor Kesyahbandaran dan Otoritas Pelabuhan Labuan Bajo", "Labuan Bajo"),
        ("Direktorat Jenderal Bea dan Cukai Labuan Bajo", "Labuan Bajo")}
