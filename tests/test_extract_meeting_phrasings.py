"""Meetings and dates by category of phrasing, second round of issue 14 (rules written
from half B of dev2): a seminar, attending a Timpora, an event done "sekaligus" with
another, a joint operation named loosely, an event recalled as background, the day of
an interview, a span of days. Every text is written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sinergi.extract import Article, extract_article
from sinergi.extract.dates import DateContext, find_dates


def _extract(text: str, url: str | None = None) -> dict[str, Any]:
    return extract_article(Article("t", text, url=url)).to_json()


def test_a_seminar_is_a_socialization() -> None:
    text = ("Badan Kesatuan Bangsa dan Politik Kota Kediri menggelar seminar pengawasan orang "
            "asing, Selasa (6/8/2024), dengan narasumber dari Kantor Imigrasi Kelas II TPI "
            "Kediri.")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("SOCIALIZATION", "2024-08-06")


def test_attending_a_timpora_is_a_coordination_meeting() -> None:
    text = ("Ende - Kepala Kantor Imigrasi Kelas II Non TPI Ende menghadiri Tim Pora Tingkat "
            "Provinsi Nusa Tenggara Timur di Kantor Wilayah Kementerian Hukum dan HAM Nusa "
            "Tenggara Timur, Senin (8/7/2024). Pertemuan membahas kunjungan rombongan peziarah "
            "asing bulan depan.")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("COORDINATION", "2024-07-08")


def test_the_event_named_before_sekaligus_is_the_one_reported() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Kupang menggelar rapat koordinasi Timpora Kabupaten "
            "Kupang sekaligus meresmikan desa binaan imigrasi, Kamis (3/7/2025). Kegiatan "
            "dihadiri Pemerintah Kabupaten Kupang.")
    [m] = _extract(text)["meetings"]
    assert m["kind"] == "COORDINATION"


def test_a_loosely_named_operation_is_an_operation_dated_in_a_later_sentence() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Kediri menggelar operasi pengecekan dokumen orang "
            "asing di Kabupaten Nganjuk.\n"
            "Tim terdiri dari Badan Kesatuan Bangsa dan Politik Kabupaten Nganjuk dan Polres "
            "Nganjuk.\n"
            "Kepala seksi mengatakan, sasaran operasi ini dua pabrik.\n"
            "Operasi Timpora kali ini digelar pada Kamis (23/5).")
    [m] = _extract(text, url="https://contoh.id/2019/05/24/operasi")["meetings"]
    assert (m["kind"], m["date"]) == ("OPERATION", "2019-05-23")


def test_an_event_recalled_as_background_is_not_the_reported_one() -> None:
    text = ("Unit Layanan Paspor Kabupaten Asahan yang diresmikan pada masa Bupati terdahulu "
            "kini tutup. Pemerintah Kabupaten Asahan dan Kantor Imigrasi Kelas II TPI Tanjung "
            "Balai Asahan belum memberi penjelasan.")
    assert _extract(text)["meetings"] == []
    recalled = ("Warga mengeluh Unit Layanan Paspor Kabupaten Asahan tutup. Bupati saat itu "
                "dalam peresmian menyebut layanan akan membantu jemaah umrah, kata warga.")
    assert all(m["kind"] != "INAUGURATION" for m in _extract(recalled)["meetings"])


def test_the_day_of_an_interview_does_not_make_an_event() -> None:
    text = ("Warga Kisaran mengeluhkan tutupnya Unit Layanan Paspor Kabupaten Asahan milik "
            "Kantor Imigrasi Kelas II TPI Tanjung Balai Asahan, kata seorang warga, Rabu "
            "(12/6/2024) kepada wartawan. Pemerintah Kabupaten Asahan belum menjawab.")
    assert _extract(text)["meetings"] == []


@pytest.mark.parametrize("written", [
    "Monitoring berlangsung pada 19-21 Desember 2024 di Kabupaten Bone.",
    "Monitoring berlangsung pada 19 \u2013 21 Desember 2024 di Kabupaten Bone.",
    "Data dihitung dari 1 Januari 2022 sampai 31 Desember 2023.",
    "Kegiatan digelar 10 dan 11 Desember 2024.",
    "Pelatihan berlangsung Senin (2/6) - Rabu (4/6) di Kota Bone.",
])
def test_a_span_of_days_gives_no_event_day(written: str) -> None:
    found = find_dates(written, DateContext(date(2025, 1, 1), None), [])
    assert found and all(d.iso is None for d in found)


def test_a_single_day_next_to_a_number_is_still_a_day() -> None:
    ctx = DateContext(date(2025, 1, 1), None)
    [d] = find_dates("Rapat digelar Senin (3/3/2025) dan 12 kepala desa hadir.", ctx, [])
    assert d.iso == "2025-03-03"
    [d] = find_dates("Rapat digelar Senin (3/3/2025) - 10.00 WITA di aula.", ctx, [])
    assert d.iso == "2025-03-03"


def test_every_party_signing_at_the_ceremony_attends_it() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Padang menandatangani nota kesepahaman dengan UIN Imam "
            "Bonjol Padang dan Ombudsman RI Perwakilan Sumatera Barat secara terpisah, Senin "
            "(3/3/2025).")
    [m] = _extract(text)["meetings"]
    assert m["kind"] == "SIGNING"
    assert {(p["kind"], p["place"]) for p in m["participants"]} == {
        ("KANIM", "Padang"), ("NON_GOV", None), ("PUSAT_LAIN", "Sumatera Barat")}


@pytest.mark.parametrize("sentence, kind", [
    ("Kepala Kantor Imigrasi Kelas II TPI Sibolga mengunjungi Pemerintah Kota Sibolga, Senin "
     "(2/6/2025).", "AUDIENCE"),
    ("Wali Kota Sibolga menerima kedatangan Kepala Kantor Imigrasi Kelas II TPI Sibolga, Senin "
     "(2/6/2025).", "AUDIENCE"),
    ("Kantor Imigrasi Kelas II TPI Sibolga melakukan koordinasi dengan Pemerintah Kota Sibolga "
     "terkait pengawasan orang asing, Senin (2/6/2025).", "COORDINATION"),
])
def test_visits_and_coordination_words(sentence: str, kind: str) -> None:
    [m] = _extract(sentence)["meetings"]
    assert m["kind"] == kind


def test_a_habit_or_an_arrival_of_foreigners_is_no_meeting() -> None:
    text = ("Kepala Kantor Imigrasi Kelas II TPI Sibolga mengatakan wilayahnya kedatangan 300 "
            "warga negara asing tahun ini. Pihaknya selalu melakukan koordinasi dengan Polres "
            "Sibolga.")
    assert _extract(text)["meetings"] == []


@pytest.mark.parametrize("sentence, kind", [
    ("Kepala Kantor Imigrasi Kelas II Non TPI Pati bersilaturahmi ke Pemerintah Kabupaten "
     "Blora, Rabu (4/6/2025).", "AUDIENCE"),
    ("Bupati Blora menerima Kepala Kantor Imigrasi Kelas II Non TPI Pati di ruang kerjanya, "
     "Rabu (4/6/2025).", "AUDIENCE"),
    ("Timpora Kabupaten Blora melaksanakan pengawasan lapangan ke perusahaan, Rabu (4/6/2025), "
     "dipimpin Kantor Imigrasi Kelas II Non TPI Pati bersama Polres Blora.", "OPERATION"),
])
def test_courtesy_calls_receptions_and_field_supervision(sentence: str, kind: str) -> None:
    [m] = _extract(sentence)["meetings"]
    assert m["kind"] == kind


def test_a_first_stone_laid_with_another_ministry_is_a_meeting() -> None:
    """The groundbreaking's own word ("meletakkan batu pertama") makes the event, with
    two families of bodies present and no other event word."""
    text = ("Direktur Jenderal Imigrasi bersama Direktur Jenderal Perumahan Kementerian "
            "Pekerjaan Umum dan Perumahan Rakyat meletakkan batu pertama rumah susun pegawai "
            "Kantor Imigrasi Kelas I Tarakan, Rabu (14/5/2025).")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("OTHER", "2025-05-14")


def test_a_first_stone_laid_by_immigration_alone_is_no_meeting() -> None:
    text = ("Menteri Imigrasi dan Pemasyarakatan meletakkan batu pertama gedung Kantor Imigrasi "
            "Kelas II TPI Bitung, Selasa (16/9/2025). Kantor Imigrasi Manado selama ini "
            "melayani warga Bitung.")
    assert _extract(text)["meetings"] == []


def test_an_event_called_a_dialog_is_a_coordination_meeting() -> None:
    text = ("Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Maluku menyampaikan keluhan "
            "soal gedung dalam acara dialog Direktur Jenderal Imigrasi dengan jajaran kantor "
            "imigrasi di Ambon, Kamis (6/3/2025).")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("COORDINATION", "2025-03-06")


def test_dissemination_spelt_with_an_e_is_a_socialization() -> None:
    text = ("Direktorat Jenderal Imigrasi menggelar deseminasi izin tinggal bagi mahasiswa "
            "asing bersama Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur di Malang, "
            "Senin (3/3/2025).")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("SOCIALIZATION", "2025-03-03")


@pytest.mark.parametrize("call", [
    "menemui Direktur Jenderal Imigrasi",
    "melakukan pertemuan dengan Dirjen Imigrasi",
    "bertemu dengan Sekretaris Jenderal Kementerian Imigrasi dan Pemasyarakatan",
])
def test_calling_on_the_ministrys_leadership_is_an_audience(call: str) -> None:
    text = (f"Kepala Kantor Imigrasi Kelas II TPI Sampit {call} di Jakarta, Rabu (4/6/2025), "
            "membahas kenaikan kelas kantor. Pertemuan itu juga membahas unit kerja baru.")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("AUDIENCE", "2025-06-04")


def test_meeting_a_regent_stays_a_coordination_meeting() -> None:
    text = ("Kepala Kantor Imigrasi Kelas II TPI Sampit bertemu dengan Bupati Kotawaringin "
            "Timur, Rabu (4/6/2025), membahas pengawasan orang asing.")
    [m] = _extract(text)["meetings"]
    assert m["kind"] == "COORDINATION"


def test_a_coordination_told_as_a_noun_is_a_coordination_meeting() -> None:
    text = ("Langkah ini dilakukan untuk memperkuat pendataan orang asing di Kota Tual. "
            "Koordinasi tersebut dipimpin Kepala Seksi Intelijen Kantor Imigrasi Tual dan "
            "diterima Badan Kesatuan Bangsa dan Politik Kota Tual, Senin (3/11/2025). "
            "Sinergi ini menjadi kunci pengawasan terpadu di lapangan. Sebagai tindak lanjut, "
            "Kantor Imigrasi Tual akan mengirim data perlintasan kepada pemerintah daerah guna "
            "mendukung proses validasi dan pengawasan bersama.")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("COORDINATION", "2025-11-03")


def test_friendship_as_the_aim_of_a_hosted_event_is_no_audience() -> None:
    text = ("Kantor Imigrasi Kelas I Non TPI Pemalang menyelenggarakan kegiatan Ngopi Bareng "
            "Humas, Rabu (29/10/2025), sebagai wadah komunikasi dan silaturahmi antara jajaran "
            "imigrasi dengan insan pers. Kegiatan dihadiri Kepala Kantor Wilayah Direktorat "
            "Jenderal Imigrasi Jawa Tengah. Melalui pertemuan ini, hubungan baik diharapkan "
            "terjaga.")
    [m] = _extract(text)["meetings"]
    assert m["kind"] == "COORDINATION"


def test_the_day_given_where_the_event_was_held_dates_it() -> None:
    text = ("Sanggau - Kantor Imigrasi Kelas II TPI Entikong menggelar sosialisasi keimigrasian "
            "bersama Pemerintah Kabupaten Sanggau. Warga desa menyambut baik program ini. "
            "Program ini juga didukung pemerintah desa. Pada Kamis, 18 September 2025, "
            "bertempat di Desa Malenggang, dilaksanakan kegiatan tersebut.")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("SOCIALIZATION", "2025-09-18")


def test_the_day_someone_spoke_at_the_event_dates_it() -> None:
    text = ("Semarang - Direktorat Jenderal Imigrasi menggelar diseminasi izin tinggal bagi "
            "mahasiswa asing bersama Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah. "
            "Mahasiswa asing diminta mematuhi aturan. Izin tinggal harus sesuai peruntukannya. "
            "Pelanggaran akan ditindak. Pendataan dilakukan tiap semester. Kampus diminta "
            "melapor. “Patuhi aturan,” kata Kepala Divisi Keimigrasian di lokasi acara, Hotel "
            "Aston Semarang, Kamis (15/3/2018).")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("SOCIALIZATION", "2018-03-15")


def test_a_passport_service_held_on_a_day_is_an_other_event() -> None:
    text = ("Simpang Empat - Pemerintah Kabupaten Pasaman Barat bekerja sama dengan Kantor "
            "Imigrasi Kelas II Agam membuka layanan pembuatan paspor pada hari libur, Rabu "
            "(1/5/2024), untuk memudahkan warga.")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("OTHER", "2024-05-01")


@pytest.mark.parametrize("lead", [
    # a plan
    "Kantor Imigrasi Kelas II Non TPI Madiun bersama Polres Madiun akan membuka layanan "
    "paspor massal, Rabu (18/6/2025).",
    # figures
    "Kantor Imigrasi Kelas II TPI Labuan Bajo dan Pemerintah Kabupaten Manggarai Barat "
    "mencatat 1.482 permohonan paspor sepanjang tahun, Kamis (11/1/2024).",
])
def test_a_dated_lead_with_no_event_told_is_no_meeting(lead: str) -> None:
    assert _extract(lead)["meetings"] == []


def test_a_first_stone_written_with_a_double_k_is_a_groundbreaking() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Palu dan Pemerintah Kota Palu menggelar peletakkan batu "
            "pertama gedung baru, Sabtu (28/8/2021).")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("OTHER", "2021-08-28")


@pytest.mark.parametrize("told", [
    "Buku panduan itu dibagikan kepada instansi terkait guna memudahkan koordinasi dan "
    "sosialisasi.",
    "Papua Barat memiliki banyak lokasi wisata yang sering dikunjungi orang asing.",
    "Tim pengawas orang asing setiap setahun sekali melakukan rapat yang dipimpin ketuanya.",
])
def test_an_aim_or_a_habit_is_no_event(told: str) -> None:
    text = ("Kantor Imigrasi Kelas II Non TPI Manokwari dan Pemerintah Provinsi Papua Barat "
            "menerbitkan buku panduan orang asing. " + told)
    assert _extract(text)["meetings"] == []


def test_a_routine_dissemination_held_is_still_an_event() -> None:
    text = ("Kantor Imigrasi Kelas I Khusus TPI Surabaya bersama Universitas Airlangga menggelar "
            "kegiatan rutin diseminasi keimigrasian, Kamis (23/11/2023).")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("SOCIALIZATION", "2023-11-23")


def test_opening_a_passport_counter_is_an_inauguration_not_a_visit_count() -> None:
    text = ("Jambi - Gerai layanan keimigrasian di Mal Pelayanan Publik Kota Jambi dibuka Pj Wali "
            "Kota Jambi bersama Kepala Kantor Imigrasi Kelas I TPI Jambi, Senin (5/8/2024). "
            "Pembukaan gerai ini merupakan tindak lanjut perjanjian kerja sama tahun lalu. "
            "Rata-rata kunjungan mencapai 650 orang per hari.")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("INAUGURATION", "2024-08-05")


@pytest.mark.parametrize("phrase", ["dalam rangka persiapan pembukaan gerai layanan paspor",
                                    "membahas PKS tentang pembukaan gerai layanan paspor"])
def test_preparing_or_agreeing_an_opening_is_not_the_opening(phrase: str) -> None:
    text = (f"Pemerintah Kabupaten Bone berkunjung ke Kantor Imigrasi Kelas I TPI Yogyakarta "
            f"{phrase}, Rabu (7/9/2022).")
    [m] = _extract(text)["meetings"]
    assert m["kind"] == "AUDIENCE"


@pytest.mark.parametrize("told", [
    "Mobil paspor keliling yang diluncurkan pada awal 2023 itu kini banyak dimanfaatkan warga.",
    "Penundaan launching unit kerja itu disebabkan pandemi.",
])
def test_a_launch_recalled_by_its_year_or_put_off_is_no_event(told: str) -> None:
    text = ("Kantor Imigrasi Kelas I TPI Ambon dan Kantor Wilayah Direktorat Jenderal Imigrasi "
            "Maluku mencatat permohonan paspor terus naik. " + told)
    assert _extract(text)["meetings"] == []


def test_a_survey_team_sent_to_the_site_is_a_visit() -> None:
    text = ("Probolinggo - Pemerintah Kabupaten Probolinggo menyiapkan bekas kantor perizinan "
            "untuk kantor imigrasi. Tim survei dari Direktorat Jenderal Imigrasi telah melakukan "
            "survei ke lapangan, Selasa (4/3/2025).")
    [m] = _extract(text)["meetings"]
    assert (m["kind"], m["date"]) == ("AUDIENCE", "2025-03-04")


def test_a_signing_written_without_its_last_syllable_is_a_signing() -> None:
    text = ("Direktur Jenderal Imigrasi dan Bupati Sleman melakukan penandatangan kerja sama di "
            "Jakarta pada Jumat (9/2/2018).")
    data = extract_article(Article("t", text, published="2018-02-10")).to_json()
    [m] = data["meetings"]
    assert (m["kind"], m["date"]) == ("SIGNING", "2018-02-09")


def test_a_signing_within_a_rakor_keeps_the_rakor_and_gives_its_day() -> None:
    text = ("Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Selatan menggelar rapat "
            "koordinasi penanganan pengungsi bersama Pemerintah Kota Palopo, Kamis (19/5/2022). "
            "Masih rangkaian rakor, juga dilakukan penandatanganan perjanjian kerja sama antara "
            "Kantor Imigrasi Kelas II TPI Palopo dengan Pemerintah Kota Palopo.")
    data = extract_article(Article("t", text, published="2022-05-20")).to_json()
    [m] = data["meetings"]
    assert (m["kind"], m["date"]) == ("COORDINATION", "2022-05-19")
    [a] = data["agreements"]
    assert (a["kind"], a["status"], a["date"]) == ("PKS", "signed", "2022-05-19")


def test_a_grant_handed_over_on_a_day_is_a_signing() -> None:
    text = ("Wali Kota Kediri menyerahkan hibah tanah kepada Kantor Imigrasi Kelas II TPI Kediri "
            "di aula kantor imigrasi, Rabu (3/11/2021).")
    data = extract_article(Article("t", text, published="2021-11-03")).to_json()
    [m] = data["meetings"]
    assert (m["kind"], m["date"]) == ("SIGNING", "2021-11-03")


def test_a_handover_told_as_done_on_paper_is_no_ceremony() -> None:
    text = ("Penyerahan gedung eks kantor dinas itu kepada Kantor Imigrasi Kelas II TPI Kediri "
            "telah dilakukan secara administrasi melalui berita acara serah terima oleh "
            "Pemerintah Kota Kediri.")
    data = extract_article(Article("t", text, published="2021-11-03")).to_json()
    assert data["meetings"] == []


def test_an_operation_asked_for_is_not_the_rakor_held() -> None:
    text = ("Kepala Kantor Wilayah Ditjen Imigrasi Jambi meminta jajarannya menyiapkan operasi "
            "gabungan guna mengawasi warga negara asing. \"Harus ada aksi nyata,\" tegasnya "
            "usai rapat koordinasi Tim Pengawasan Orang Asing wilayah kerja Kabupaten Bungo. "
            "Data orang asing dipaparkan dalam rapat itu. Acara digelar Kantor Imigrasi Kelas "
            "II TPI Kuala Tungkal di Muara Bungo, Kamis (25/9/2025).")
    data = extract_article(Article("t", text, published="2025-09-26")).to_json()
    [m] = data["meetings"]
    assert (m["kind"], m["date"]) == ("COORDINATION", "2025-09-25")


@pytest.mark.parametrize("text", [
    # an event to come, told after its word
    "Operasi gabungan akan dilakukan Kantor Imigrasi Kelas I TPI Balikpapan bersama Pemerintah "
    "Kabupaten Penajam Paser Utara untuk memperketat pengawasan.",
    "Rapat koordinasi bakal digelar Kantor Imigrasi Kelas I TPI Balikpapan bersama Pemerintah "
    "Kabupaten Penajam Paser Utara.",
    # an effort that goes on, not an event
    "Kantor Imigrasi Kelas I TPI Balikpapan terus melakukan sosialisasi kepada Pemerintah "
    "Kabupaten Penajam Paser Utara dan masyarakat.",
])
def test_an_event_to_come_or_an_ongoing_effort_is_no_meeting(text: str) -> None:
    assert extract_article(Article("t", text, published="2024-05-16")).to_json()["meetings"] == []


def test_a_pact_signed_to_close_a_rakor_is_an_instrument_of_the_rakor() -> None:
    text = ("Kantor Imigrasi Kelas I Khusus TPI Batam menggelar rapat koordinasi Timpora bersama "
            "Pemerintah Kota Batam dan Polresta Barelang, Selasa (7/5/2024). Kegiatan ditutup "
            "dengan penandatanganan komitmen bersama untuk meningkatkan koordinasi.")
    data = extract_article(Article("t", text, published="2024-05-08")).to_json()
    [m] = data["meetings"]
    assert (m["kind"], m["date"]) == ("COORDINATION", "2024-05-07")
    [a] = data["agreements"]
    assert (a["kind"], a["status"], a["date"]) == ("OTHER", "signed", "2024-05-07")


def test_a_visit_dated_after_publication_is_not_held_yet() -> None:
    text = ("Menteri Hukum dan HAM dijadwalkan meletakkan batu pertama kantor imigrasi saat "
            "berkunjung ke Kantor Bupati Wakatobi bersama Kantor Imigrasi Kelas I TPI Kendari "
            "pada 20 Februari 2015.")
    data = extract_article(Article("t", text, published="2015-01-30")).to_json()
    assert data["meetings"] == []
    assert any("not yet held" in w for w in data["warnings"])


def test_a_place_visited_by_many_is_no_audience() -> None:
    text = ("Kabupaten Wakatobi ramai dikunjungi wisatawan mancanegara, kata Kepala Kantor "
            "Imigrasi Kelas I TPI Kendari kepada Pemerintah Kabupaten Wakatobi.")
    assert extract_article(Article("t", text, published="2015-01-30")).to_json()["meetings"] == []
