"""Agreements and meetings: kinds, signed vs planned, parties, topics, the event's kind,
date and participants. All articles are written for these tests."""

from __future__ import annotations

from typing import Any

from sinergi.extract import Article, extract_article


def _extract(text: str, **kw: Any) -> dict[str, Any]:
    return extract_article(Article("test", text, **kw)).to_json()


def _parties(item: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {(p["kind"], p["place"]) for p in item.get("parties") or item["participants"]}


MOU_AND_PKS = """Banjarmasin – Pemerintah Kota (Pemko) Banjarmasin menandatangani Nota Kesepakatan \
Bersama dan Perjanjian Kerja Sama (PKS) dengan Kantor Wilayah Direktorat Jenderal Imigrasi \
Kalimantan Selatan serta Kantor Imigrasi Kelas I TPI Banjarmasin, Kamis (12/2/2026).
Kerja sama itu mencakup pengawasan orang asing yang tinggal di kota tersebut.
"""


def test_mou_and_pks_signed_together_are_two_agreements() -> None:
    data = _extract(MOU_AND_PKS)
    kinds = sorted(a["kind"] for a in data["agreements"])
    assert kinds == ["MOU", "PKS"]
    for a in data["agreements"]:
        assert a["status"] == "signed"
        assert a["date"] == "2026-02-12"
        assert _parties(a) == {("PEMKOT", "Banjarmasin"), ("KANWIL", "Kalimantan Selatan"),
                               ("KANIM", "Banjarmasin")}
        assert MOU_AND_PKS[a["start"]:a["end"]] == a["evidence"]
    [meeting] = data["meetings"]
    assert meeting["kind"] == "SIGNING"
    assert meeting["date"] == "2026-02-12"


def test_planned_agreement_with_the_parties_of_the_previous_sentence() -> None:
    text = ("Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Kalimantan Selatan, Yan Welly "
            "Wiguna, mengapresiasi dukungan Pemerintah Kabupaten Kotabaru. Ia menegaskan pihaknya "
            "akan menindaklanjuti usulan itu dengan Perjanjian Kerja Sama layanan Eazy Passport.")
    [agreement] = _extract(text)["agreements"]
    assert (agreement["kind"], agreement["status"], agreement["date"]) == ("PKS", "planned", None)
    assert _parties(agreement) == {("KANWIL", "Kalimantan Selatan"), ("PEMKAB", "Kotabaru")}
    assert agreement["topics"] == ["PASSPORT_SERVICE"]


def test_ready_to_sign_is_planned_and_no_meeting_happened() -> None:
    text = ("Bupati Kotabaru Sayed Jafar menyatakan siap menandatangani perjanjian kerja sama "
            "dengan Kantor Imigrasi Batulicin. Rencananya penandatanganan dilakukan bulan depan "
            "setelah draf PKS selesai dibahas.")
    data = _extract(text)
    assert [(a["kind"], a["status"]) for a in data["agreements"]] == [("PKS", "planned")]
    assert data["meetings"] == []


def test_reference_back_to_an_agreement_adds_no_agreement() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Batulicin dan Pemerintah Daerah Kabupaten Tanah Bumbu "
            "menandatangani kesepakatan bersama tentang Timpora. Dengan nota kesepakatan ini, "
            "kerja sama Timpora akan meluas hingga kecamatan.")
    [agreement] = _extract(text)["agreements"]
    assert (agreement["kind"], agreement["status"]) == ("MOU", "signed")
    assert agreement["topics"] == ["TIMPORA"]


def test_population_data_topic() -> None:
    text = ("Pemkab Tanah Bumbu melalui Disdukcapil menandatangani Perjanjian Kerja Sama "
            "pemanfaatan data kependudukan dengan Kantor Imigrasi Batulicin, Kamis (12/9/2024).")
    [agreement] = _extract(text)["agreements"]
    assert "POPULATION_DATA" in agreement["topics"]
    assert agreement["date"] == "2024-09-12"


def test_meeting_kinds_from_the_lead() -> None:
    cases = {
        "AUDIENCE": "Wali Kota Banjarbaru menerima audiensi Kepala Kantor Imigrasi Banjarmasin "
                    "di ruang kerjanya, Rabu (21/5).",
        "COORDINATION": "Kantor Imigrasi Kelas I TPI Ambon menggelar Rapat Koordinasi Timpora "
                        "bersama Pemkot Ambon, Jumat (25/7/2025).",
        "SOCIALIZATION": "Kantor Imigrasi Kelas II TPI Entikong memberikan sosialisasi Pas Lintas "
                         "Batas bersama Pemkab Sanggau, Senin (3/6/2024).",
        "INAUGURATION": "Wakil Bupati Kutai Timur melantik Timpora Kecamatan Sangatta Utara "
                        "bersama Kantor Imigrasi Samarinda, Selasa (27/3/2018).",
        "OPERATION": "Kantor Imigrasi Kelas II TPI Tarakan dan Polres Tarakan menggelar operasi "
                     "gabungan di sejumlah hotel, Jumat (14/6/2024).",
    }
    for kind, text in cases.items():
        [meeting] = _extract(text)["meetings"]
        assert meeting["kind"] == kind, text


def test_later_plans_do_not_change_the_kind_of_the_event() -> None:
    text = ("Idi – Kantor Imigrasi Kelas II TPI Langsa menggelar Rapat Tim Pengawasan Orang Asing "
            "bersama Kesbangpol Aceh Timur, Rabu (7/5/2025). Pemerintah setempat juga akan "
            "mengintensifkan sosialisasi kepada masyarakat.")
    [meeting] = _extract(text)["meetings"]
    assert meeting["kind"] == "COORDINATION"
    assert meeting["date"] == "2025-05-07"
    assert ("KANIM", "Langsa") in _parties(meeting)
    assert ("KESBANGPOL", "Aceh Timur") in _parties(meeting)


def test_press_release_date_is_not_the_event_date() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Batulicin dan Pemkab Tanah Bumbu menandatangani "
            "kesepakatan bersama. \"Kerja sama ini penting,\" ucap Kepala Kantor Imigrasi "
            "Batulicin melalui siaran pers, Sabtu (29/6) sore.")
    [meeting] = _extract(text)["meetings"]
    assert meeting["kind"] == "SIGNING"
    assert meeting["date"] is None


def test_a_statement_is_not_a_meeting() -> None:
    text = ("Kepala Kantor Imigrasi Kelas I TPI Kendari, Samuel Toba, mengatakan 1.954 tenaga "
            "kerja asing tercatat di Sulawesi Tenggara, Kamis (17/11/2022).")
    assert _extract(text)["meetings"] == []


def test_visit_visas_and_tourist_visits_are_not_audiences() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Denpasar mencatat pemegang visa kunjungan meningkat. "
            "Kunjungan wisatawan mancanegara ke Bali naik 20 persen, kata Kepala Kantor "
            "Imigrasi Denpasar, Made Suryawan, Senin (6/1/2025).")
    assert _extract(text)["meetings"] == []


def test_an_agreement_signed_last_year_is_not_the_event() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Tanjung Redeb bersama Disdukcapil Kabupaten Berau "
            "menggelar layanan paspor jemput bola, Sabtu (8/2/2025). Layanan ini merupakan "
            "tindak lanjut nota kesepahaman antara Pemkab Berau dan Imigrasi Tanjung Redeb yang "
            "ditandatangani tahun lalu.")
    data = _extract(text)
    [agreement] = data["agreements"]
    assert (agreement["kind"], agreement["status"], agreement["date"]) == ("MOU", "signed", None)
    assert data["meetings"][0]["kind"] != "SIGNING"


def test_every_event_word_passes_the_quick_gate() -> None:
    from sinergi.extract.lexicon import words as words_of
    from sinergi.extract.meeting_words import EVENTS, event_word

    words = words_of("""
    penandatanganan penandantanganan menandatangani ditandatangani ditandatanganinya teken
    meneken diteken pengukuhan dikukuhkan mengukuhkan pelantikan melantik dilantik
    peresmian meresmikan diresmikan launching peluncuran diluncurkan meluncurkan
    audiensi audensi kunjungan kunker berkunjung bertandang courtesy silaturahmi
    silaturahim menyambangi sosialisasi menyosialisasikan penyuluhan bimbingan bimtek
    operasi razia patroli gabungan sidak inspeksi penertiban rapat rakor pertemuan fgd
    focus diskusi menemui bertemu temu seminar webinar diseminasi deseminasi dialog""")
    for word in words:
        assert event_word(word), word
        # Some are only events with the next word ("operasi gabungan", "focus group").
        assert any(rx.search(word) for _, rx in EVENTS) or word in (
            "gabungan", "focus", "courtesy", "bimbingan", "penertiban", "operasi", "patroli",
            "inspeksi", "dialog")


def test_a_signing_scheduled_for_later_is_planned_and_the_visit_is_the_event() -> None:
    text = ("Pontianak – Wali Kota Pontianak, Edi Rusdi, menerima audiensi Kantor Imigrasi Kelas I "
            "TPI Pontianak, Jumat (4/10/2024). Penandatanganan nota kesepahaman antara Pemkot "
            "Pontianak dan Kantor Imigrasi Pontianak dijadwalkan pada bulan November.")
    data = _extract(text)
    [agreement] = data["agreements"]
    assert (agreement["kind"], agreement["status"], agreement["date"]) == ("MOU", "planned", None)
    assert _parties(agreement) == {("PEMKOT", "Pontianak"), ("KANIM", "Pontianak")}
    [meeting] = data["meetings"]
    assert (meeting["kind"], meeting["date"]) == ("AUDIENCE", "2024-10-04")


def test_a_draft_already_written_is_still_planned() -> None:
    text = ("Pemkab Sumba Timur dan Kantor Imigrasi Kelas II TPI Waingapu membahas kerja sama "
            "pengawasan orang asing. Rancangan PKS sudah rampung dan tinggal ditelaah Bagian "
            "Hukum Setda Sumba Timur.")
    statuses = {(a["kind"], a["status"]) for a in _extract(text)["agreements"]}
    assert statuses == {("PKS", "planned")}


def test_an_instrument_named_as_a_requirement_is_planned() -> None:
    text = ("Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Maluku Utara, Rudi Hartono, "
            "menyebut persyaratan pembentukan unit kerja adalah surat dukungan dari Pemerintah "
            "Provinsi Maluku Utara.")
    [agreement] = _extract(text)["agreements"]
    assert (agreement["kind"], agreement["status"]) == ("OTHER", "planned")


def test_an_office_used_under_an_earlier_agreement_is_not_a_signing() -> None:
    text = ("Sungai Penuh – Kepala Kantor Imigrasi Kelas II TPI Kerinci meresmikan loket paspor "
            "di Kota Sungai Penuh, Senin (3/3/2025). Loket itu beroperasi berdasarkan perjanjian "
            "kerja sama yang ditandatangani Pemkot Sungai Penuh dan Kantor Imigrasi Kerinci pada "
            "Januari lalu.")
    data = _extract(text)
    [agreement] = data["agreements"]
    assert (agreement["kind"], agreement["status"], agreement["date"]) == ("PKS", "signed", None)
    assert _parties(agreement) == {("PEMKOT", "Sungai Penuh"), ("KANIM", "Kerinci")}
    [meeting] = data["meetings"]
    assert (meeting["kind"], meeting["date"]) == ("INAUGURATION", "2025-03-03")
