"""A second event in one story (issue 14): the joint operation the day after a Timpora
meeting, a second courtesy call the same day, an earlier visit by the office head. Every
text is written for these tests."""

from __future__ import annotations

from typing import Any

from sinergi.extract import Article, extract_article


def _meetings(text: str, published: str = "2025-06-12") -> list[dict[str, Any]]:
    found = extract_article(Article("t", text, published=published)).to_json()["meetings"]
    return sorted(found, key=lambda m: (m["date"] or "", m["kind"]))


def _kinds(participants: list[dict[str, Any]]) -> set[str]:
    return {p["kind"] for p in participants}


RAKOR = ("PALU - Kantor Imigrasi Kelas I TPI Palu menggelar rapat koordinasi Tim Pengawasan "
         "Orang Asing Kota Palu bersama Pemerintah Kota Palu, Selasa (10/6/2025). Rapat membahas "
         "tenaga kerja asing di kawasan industri. Menindaklanjuti hasil rapat, keesokan harinya "
         "tim gabungan menggelar operasi gabungan ke sejumlah penginapan. Operasi melibatkan "
         "petugas Kantor Imigrasi Kelas I TPI Palu, Kepolisian Resor Kota Palu dan Satuan "
         "Polisi Pamong Praja Kota Palu.")


def test_the_operation_the_day_after_the_meeting_is_a_second_meeting() -> None:
    first, second = _meetings(RAKOR)
    assert (first["kind"], first["date"]) == ("COORDINATION", "2025-06-10")
    assert (second["kind"], second["date"]) == ("OPERATION", "2025-06-11")
    assert {"KANIM", "POLRI", "BADAN"} <= _kinds(second["participants"])
    assert second["reasons"], "a second event says why its confidence is lower"


def test_an_operation_only_planned_after_the_meeting_is_not_a_meeting() -> None:
    text = RAKOR.replace("keesokan harinya tim gabungan menggelar operasi gabungan",
                         "tim gabungan akan menggelar operasi gabungan pekan depan")
    assert [m["kind"] for m in _meetings(text)] == ["COORDINATION"]


def test_a_second_courtesy_call_by_the_same_head_the_same_day() -> None:
    text = ("MANADO - Kepala Kantor Imigrasi Kelas I TPI Manado, Ronny Tulangow, melakukan "
            "kunjungan kehormatan kepada Wali Kota Manado di Kantor Wali Kota, Senin (9/6/2025). "
            "Pada hari yang sama, Ronny juga bersilaturahmi ke Markas Komando Distrik Militer "
            "1309/Manado dan diterima Komandan Kodim.")
    first, second = _meetings(text)
    assert first["kind"] == second["kind"] == "AUDIENCE"
    assert second["date"] == first["date"] == "2025-06-09"
    assert _kinds(second["participants"]) == {"KANIM", "TNI"}


def test_the_same_visit_told_again_is_not_a_second_meeting() -> None:
    text = ("PASURUAN - Direktorat Jenderal Imigrasi beraudiensi dengan Pemerintah Kabupaten "
            "Pasuruan, Kamis (5/6/2025). Sebagai tindak lanjut surat bupati, tim Direktorat "
            "Jenderal Imigrasi datang melakukan audiensi bersama Pemerintah Kabupaten Pasuruan.")
    assert len(_meetings(text)) == 1


def test_an_earlier_visit_by_the_office_head_names_his_office() -> None:
    text = ("MANADO - Kepala Kantor Imigrasi Kelas I TPI Manado, Ronny Tulangow, melakukan "
            "kunjungan kehormatan kepada Wali Kota Manado, Senin (9/6/2025). Sebelumnya, pada "
            "Jumat (6/6), Ronny juga bersilaturahmi ke Markas Kepolisian Resor Kota Manado.")
    earlier = [m for m in _meetings(text) if m["date"] == "2025-06-06"]
    assert len(earlier) == 1 and _kinds(earlier[0]["participants"]) == {"KANIM", "POLRI"}


def test_a_meeting_the_day_before_an_operation() -> None:
    text = ("MOROWALI - Tim gabungan Kantor Imigrasi Kelas I TPI Palu dan Kepolisian Resor "
            "Morowali menggelar operasi gabungan di kawasan industri, Selasa (12/9/2023). "
            "Sebanyak 40 tenaga kerja asing diperiksa. Sehari sebelumnya, tim menggelar rapat "
            "persiapan yang diikuti Kepolisian Resor Morowali dan Komando Distrik Militer "
            "1311/Morowali.")
    found = _meetings(text, published="2023-09-13")
    assert [(m["kind"], m["date"]) for m in found] == [("COORDINATION", "2023-09-11"),
                                                      ("OPERATION", "2023-09-12")]
    assert {"POLRI", "TNI"} <= _kinds(found[0]["participants"])


def test_a_timpora_meeting_after_an_inauguration() -> None:
    text = ("RANGKASBITUNG - Kepala Kantor Imigrasi Kelas I TPI Serang meresmikan gerai paspor "
            "di Mal Pelayanan Publik Kabupaten Lebak, Senin (12/1/2026). Usai peresmian, "
            "Kepala Kantor Imigrasi Kelas I TPI Serang melanjutkan rapat koordinasi Tim "
            "Pengawasan Orang Asing Kabupaten Lebak. Rapat dihadiri Badan Kesatuan Bangsa dan "
            "Politik Kabupaten Lebak dan Kepolisian Resor Lebak.")
    found = _meetings(text, published="2026-01-13")
    assert sorted(m["kind"] for m in found) == ["COORDINATION", "INAUGURATION"]
    [rapat] = [m for m in found if m["kind"] == "COORDINATION"]
    assert rapat["date"] == "2026-01-12"
    assert {"KANIM", "KESBANGPOL", "POLRI"} <= _kinds(rapat["participants"])


def test_a_pks_signed_two_years_before_is_not_the_storys_signing() -> None:
    text = ("ATAMBUA - Kantor Imigrasi Kelas II TPI Atambua menggelar sosialisasi pencegahan "
            "perdagangan orang bagi kepala desa, Rabu (10/7/2019). Di sela kegiatan, kepala "
            "kantor menyinggung perjanjian kerja sama antara Pemerintah Kabupaten Belu dan "
            "Kantor Imigrasi Kelas II TPI Atambua yang ditandatangani pada 28 Agustus 2017.")
    data = extract_article(Article("t", text, published="2019-07-11")).to_json()
    assert [(m["kind"], m["date"]) for m in data["meetings"]] == [
        ("SOCIALIZATION", "2019-07-10")]
    assert [(a["status"], a["date"]) for a in data["agreements"]] == [("signed", "2017-08-28")]


def test_without_a_publication_date_the_storys_latest_day_dates_it() -> None:
    """No publication date: the story is at least as recent as the latest day it names,
    so a grant deed signed a year before its evaluation meeting is no signing of it."""
    text = ("ARSO - Pemerintah Kabupaten Keerom dan Kantor Imigrasi Kelas I TPI Jayapura "
            "menggelar rapat evaluasi kerja sama layanan paspor di Arso, Kamis (15/1/2026). "
            "Rapat juga membahas gedung di atas lahan yang dihibahkan Pemerintah Kabupaten "
            "Keerom kepada Kantor Imigrasi Kelas I TPI Jayapura berdasarkan naskah perjanjian "
            "hibah yang ditandatangani pada 19 Desember 2024.")
    data = extract_article(Article("t", text)).to_json()
    assert [(m["kind"], m["date"]) for m in data["meetings"]] == [("COORDINATION", "2026-01-15")]
    assert ("signed", "2024-12-19") in [(a["status"], a["date"]) for a in data["agreements"]]


def test_an_earlier_meeting_recalled_with_its_own_attendees() -> None:
    text = ("Timpora Bengkalis jaring dua WNA\n\n"
            "Bengkalis - Kantor Imigrasi Kelas II TPI Bengkalis bersama Kepolisian Resor "
            "Bengkalis menggelar operasi gabungan di Pelabuhan Bengkalis, Rabu (16/8/2023). "
            "Operasi itu merupakan kelanjutan rapat koordinasi Timpora Kabupaten Bengkalis yang "
            "digelar di aula kantor imigrasi pada Selasa (15/8/2023). Rapat koordinasi itu "
            "dihadiri Badan Kesatuan Bangsa dan Politik Kabupaten Bengkalis dan Kejaksaan "
            "Negeri Bengkalis.")
    found = _meetings(text, published="2023-08-17")
    assert sorted((m["kind"], m["date"]) for m in found) == [
        ("COORDINATION", "2023-08-15"), ("OPERATION", "2023-08-16")]
    [rapat] = [m for m in found if m["kind"] == "COORDINATION"]
    assert {"KESBANGPOL", "KEJAKSAAN"} <= _kinds(rapat["participants"])
    [operasi] = [m for m in found if m["kind"] == "OPERATION"]
    assert "KEJAKSAAN" not in _kinds(operasi["participants"])


def test_the_recalled_event_is_the_one_named_before_its_holding_clause() -> None:
    text = ("Operasi Timpora di Danau Toba\n\n"
            "Balige - Kantor Imigrasi Kelas II Non TPI Pematang Siantar dan Kepolisian Resor "
            "Toba menggelar operasi gabungan di Balige, Rabu (11/7/2018). Operasi gabungan itu "
            "digelar usai pelaksanaan rapat koordinasi Timpora Kabupaten Toba yang berlangsung "
            "Selasa (10/7/2018) di aula kantor bupati. Hadir pada rapat tersebut Badan Kesatuan "
            "Bangsa dan Politik Kabupaten Toba dan Kejaksaan Negeri Toba Samosir.")
    found = _meetings(text, published="2018-07-12")
    assert ("COORDINATION", "2018-07-10") in [(m["kind"], m["date"]) for m in found]


def test_an_operation_preceded_by_a_meeting_with_its_attendees() -> None:
    text = ("Unaaha - Kantor Imigrasi Kelas I TPI Kendari dan Kepolisian Resor Konawe menggelar "
            "operasi gabungan di kawasan industri Morosi, Rabu (19/6/2024). Operasi tersebut "
            "didahului rapat koordinasi Timpora Kabupaten Konawe di kantor bupati, Selasa "
            "(18/6/2024). Rapat dipimpin Sekretaris Daerah Kabupaten Konawe Muh. Arsyad dan "
            "dihadiri Badan Kesatuan Bangsa dan Politik Kabupaten Konawe serta Kejaksaan "
            "Negeri Konawe.")
    found = _meetings(text, published="2024-06-20")
    assert ("COORDINATION", "2024-06-18") in [(m["kind"], m["date"]) for m in found]
    [rapat] = [m for m in found if m["kind"] == "COORDINATION"]
    assert {"KESBANGPOL", "KEJAKSAAN"} <= _kinds(rapat["participants"])


def test_the_meeting_that_discussed_the_operations_results() -> None:
    text = ("Makassar - Kantor Imigrasi Kelas I TPI Makassar bersama Kepolisian Resor Kota "
            "Besar Makassar menggelar operasi gabungan di kawasan Pantai Losari, Selasa "
            "(10/6/2025). Petugas memeriksa dokumen 40 warga negara asing. Hasil operasi itu "
            "kemudian dibahas dalam rapat evaluasi Timpora di Kantor Wali Kota Makassar, "
            "kemarin, yang dipimpin Wali Kota Makassar. Selain Kepala Kantor Imigrasi, rapat "
            "tersebut dihadiri Kejaksaan Negeri Makassar dan Badan Kesatuan Bangsa dan Politik "
            "Kota Makassar.")
    kinds = [(m["kind"], m["date"]) for m in _meetings(text)]
    assert kinds == [("OPERATION", "2025-06-10"), ("COORDINATION", "2025-06-11")]
    rapat = _meetings(text)[1]
    assert {"KEJAKSAAN", "KESBANGPOL", "PEMKOT"} <= _kinds(rapat["participants"])


def test_a_socialisation_a_day_later_sehari_berselang() -> None:
    text = ("Merauke - Kepala Kantor Imigrasi Kelas II TPI Merauke beraudiensi dengan Bupati "
            "Merauke di kantor bupati, Senin (9/6/2025). Keduanya membahas layanan paspor di "
            "perbatasan. Sehari berselang, Selasa (10/6), tim Kantor Imigrasi Merauke menggelar "
            "sosialisasi layanan paspor di Aula Kantor Bupati Boven Digoel. Kegiatan dibuka "
            "Bupati Boven Digoel dan diikuti 120 peserta.")
    assert [(m["kind"], m["date"]) for m in _meetings(text)] == [
        ("AUDIENCE", "2025-06-09"), ("SOCIALIZATION", "2025-06-10")]


def test_the_visit_an_inauguration_follows_up_is_an_earlier_meeting() -> None:
    text = ("Pringsewu - Kantor Imigrasi Kelas I TPI Bandar Lampung meresmikan Unit Layanan "
            "Paspor di Mal Pelayanan Publik Kabupaten Pringsewu, Rabu (11/6/2025). Peresmian "
            "ditandai pengguntingan pita oleh Bupati Pringsewu. Pembukaan layanan tersebut "
            "merupakan tindak lanjut audiensi Kepala Kantor Imigrasi Bandar Lampung dengan "
            "Bupati Pringsewu pada Kamis (5/6), yang membahas penyediaan ruangan.")
    assert [(m["kind"], m["date"]) for m in _meetings(text)] == [
        ("AUDIENCE", "2025-06-05"), ("INAUGURATION", "2025-06-11")]


def test_following_up_the_storys_own_audience_is_not_another_one() -> None:
    text = ("Ciamis - Kepala Kantor Imigrasi Kelas II TPI Tasikmalaya beraudiensi dengan "
            "Bupati Ciamis di pendopo, Senin (9/6/2025). Sebagai tindak lanjut audiensi, "
            "keesokan harinya dilaksanakan sosialisasi keimigrasian bagi pengelola hotel di "
            "Aula Dinas Pariwisata Kabupaten Ciamis.")
    assert [m["kind"] for m in _meetings(text)].count("AUDIENCE") == 1


OPERATION_RECALLED = (
    "Atambua - Kepala Kantor Imigrasi Kelas II TPI Atambua menyampaikan hal itu usai rapat "
    "koordinasi Timpora Kabupaten Malaka di Betun, Rabu. Rapat yang digelar di aula kantor "
    "bupati itu dihadiri Wakil Bupati Malaka dan perwakilan Polres Malaka. Ia menyebutkan, "
    "pada Senin (8/7) petugas imigrasi bersama personel Polres Malaka telah melakukan operasi "
    "gabungan di sejumlah penginapan di Betun.")


def test_the_meetings_own_weekday_beats_the_day_of_an_earlier_operation() -> None:
    rapat = [m for m in _meetings(OPERATION_RECALLED, "2019-07-11") if m["kind"] == "COORDINATION"]
    assert [m["date"] for m in rapat] == ["2019-07-10"]


def test_an_operation_the_officers_had_carried_out_is_an_earlier_meeting() -> None:
    operasi = [m for m in _meetings(OPERATION_RECALLED, "2019-07-11") if m["kind"] == "OPERATION"]
    assert [(m["date"], _kinds(m["participants"])) for m in operasi] == [
        ("2019-07-08", {"KANIM", "POLRI"})]


def test_a_recalled_operation_involving_immigration_officers_has_the_kanim() -> None:
    text = ("Karimun - Wakil Bupati Karimun membuka rapat koordinasi Timpora Kabupaten Karimun "
            "yang diselenggarakan Kantor Imigrasi Kelas I TPI Tanjung Balai Karimun, Selasa "
            "(14/6/2022). Kepala kantor imigrasi melaporkan hasil operasi gabungan Timpora yang "
            "digelar pada Kamis (9/6) lalu, yang melibatkan petugas Imigrasi, Polres Karimun dan "
            "Kodim 0317.")
    operasi = [m for m in _meetings(text, "2022-06-15") if m["kind"] == "OPERATION"]
    assert [(m["date"], _kinds(m["participants"])) for m in operasi] == [
        ("2022-06-09", {"KANIM", "POLRI", "TNI"})]


def test_a_second_visit_to_a_body_quoted_later_is_its_own_audience() -> None:
    text = ("Bitung - Kepala Kantor Imigrasi Kelas II TPI Bitung beraudiensi dengan Wali Kota "
            "Bitung di rumah dinas wali kota, Rabu (10/7/2019). Keduanya membahas pendataan ABK "
            "asing. Usai audiensi dengan wali kota, Kepala Kantor Imigrasi bersama jajaran "
            "melanjutkan kunjungan kerja ke Markas Polres Bitung. \"Polres Bitung siap membantu "
            "imigrasi di lapangan,\" kata Kapolres.")
    first, second = (_kinds(m["participants"]) for m in _meetings(text, "2019-07-11"))
    assert "POLRI" not in first and {"KANIM", "POLRI"} <= second


def test_the_event_that_follows_up_an_audience_is_read_after_the_cue() -> None:
    text = ("Pangandaran - Kepala Kantor Imigrasi Kelas II TPI Tasikmalaya beraudiensi dengan "
            "Bupati Pangandaran, Senin (15/1/2018). Sebagai tindak lanjut audiensi, keesokan "
            "harinya dilaksanakan sosialisasi keimigrasian di Aula Dinas Pariwisata Kabupaten "
            "Pangandaran bagi pengelola hotel. Sosialisasi dibuka Kepala Dinas Pariwisata "
            "Kabupaten Pangandaran dan diikuti petugas Kantor Imigrasi Tasikmalaya.")
    assert [(m["kind"], m["date"]) for m in _meetings(text, "2018-01-17")] == [
        ("AUDIENCE", "2018-01-15"), ("SOCIALIZATION", "2018-01-16")]


def test_a_letter_of_support_signed_for_an_audience_does_not_make_it_a_signing() -> None:
    text = ("Sorong - Penjabat Gubernur Papua Barat Daya menandatangani surat dukungan bagi "
            "Kantor Imigrasi Kelas I TPI Sorong untuk pembukaan layanan di Waisai, saat "
            "menerima audiensi Kepala Kantor Imigrasi Sorong, Senin (15/5/2023).")
    assert [m["kind"] for m in _meetings(text, "2023-05-16")] == ["AUDIENCE"]


def test_the_meeting_a_socialisation_follows_up_is_an_earlier_meeting() -> None:
    text = ("Sanggau - Kantor Imigrasi Kelas II TPI Entikong menggelar sosialisasi pencegahan "
            "pekerja migran nonprosedural di Aula Kantor Camat Entikong, Senin (4/1/2021). "
            "Sosialisasi ini merupakan tindak lanjut rapat koordinasi Timpora Kabupaten Sanggau "
            "di Kantor Bupati Sanggau, Selasa (29/12). Rapat yang dipimpin Wakil Bupati Sanggau "
            "itu dihadiri Badan Kesbangpol Sanggau, Polres Sanggau dan Kodim 1204/Sanggau.")
    assert [(m["kind"], m["date"]) for m in _meetings(text, "2021-01-05")] == [
        ("COORDINATION", "2020-12-29"), ("SOCIALIZATION", "2021-01-04")]


def test_a_finding_discussed_in_a_later_rapat_is_a_second_meeting() -> None:
    text = ("Tanjung Redeb - Kantor Imigrasi Kelas II TPI Tanjung Redeb bersama Polres Berau "
            "menggelar operasi gabungan di Pulau Derawan, Selasa (17/6/2025). Temuan itu dibahas "
            "dalam rapat koordinasi Timpora di Tanjung Redeb, Rabu (18/6). Rapat yang digelar di "
            "kantor imigrasi itu dihadiri Badan Kesbangpol Berau dan Kejaksaan Negeri Berau.")
    assert [(m["kind"], m["date"]) for m in _meetings(text, "2025-06-19")] == [
        ("OPERATION", "2025-06-17"), ("COORDINATION", "2025-06-18")]


def test_a_joint_team_checking_documents_after_the_meeting_is_an_operation() -> None:
    text = ("Mukomuko - Tim Pengawasan Orang Asing Kabupaten Mukomuko menggelar rapat "
            "koordinasi di kantor bupati, Rabu (24/3/2021). Usai rapat, tim gabungan yang "
            "terdiri atas petugas Kantor Imigrasi Kelas I TPI Bengkulu dan Polres Mukomuko "
            "langsung melakukan pemeriksaan dokumen di sebuah pabrik kelapa sawit.")
    assert [m["kind"] for m in _meetings(text, "2021-03-25")] == ["COORDINATION", "OPERATION"]


def test_a_joint_check_told_with_sebelumnya_and_its_day_is_an_earlier_operation() -> None:
    text = ("Parapat - Kantor Imigrasi Kelas II Non TPI Pematangsiantar menggelar rapat "
            "koordinasi Timpora Kabupaten Simalungun di Parapat, Kamis (11/7/2019). "
            "Sebelumnya, pada Selasa (9/7), tim gabungan dari Kantor Imigrasi Pematangsiantar "
            "dan Polres Simalungun memeriksa dokumen 27 warga negara asing di lima hotel.")
    assert [(m["kind"], m["date"]) for m in _meetings(text, "2019-07-12")] == [
        ("OPERATION", "2019-07-09"), ("COORDINATION", "2019-07-11")]


SIGNED = ("KOTABARU - Pemerintah Kabupaten Kotabaru dan Kantor Imigrasi Kelas II TPI Batulicin "
          "menandatangani perjanjian kerja sama layanan paspor, Rabu (11/6/2025). Penandatanganan "
          "disaksikan Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Kalimantan "
          "Selatan. ")


def test_a_meeting_the_signing_goes_on_with_keeps_who_came() -> None:
    text = SIGNED + ("Usai penandatanganan, kegiatan dilanjutkan dengan rapat koordinasi Tim "
                     "Pengawasan Orang Asing yang dipimpin Kepala Kantor Imigrasi Batulicin.")
    second = [m for m in _meetings(text) if m["kind"] == "COORDINATION"]
    assert [m["date"] for m in second] == ["2025-06-11"]
    assert {"PEMKAB", "KANIM"} <= _kinds(second[0]["participants"])


def test_a_tour_after_the_signing_is_part_of_it() -> None:
    text = SIGNED + ("Usai penandatanganan, acara dilanjutkan dengan foto bersama dan "
                     "peninjauan ruang layanan paspor.")
    assert [m["kind"] for m in _meetings(text)] == ["SIGNING"]


def test_an_inauguration_after_the_signing_ceremony_is_a_second_meeting() -> None:
    text = SIGNED + ("Selepas prosesi penandatanganan, Bupati Kotabaru didampingi Kepala Kantor "
                     "Imigrasi Batulicin bergeser ke Mal Pelayanan Publik Kabupaten Kotabaru "
                     "untuk meresmikan loket layanan paspor.")
    kinds = [(m["kind"], m["date"]) for m in _meetings(text)]
    assert kinds == [("INAUGURATION", "2025-06-11"), ("SIGNING", "2025-06-11")]


def test_the_audience_a_cooperation_began_with_is_an_earlier_meeting() -> None:
    text = SIGNED + ("Kerja sama ini berawal dari audiensi Kepala Kantor Imigrasi Batulicin "
                     "kepada Bupati Kotabaru pada Senin (12/5) lalu.")
    assert [(m["kind"], m["date"]) for m in _meetings(text)] == [
        ("AUDIENCE", "2025-05-12"), ("SIGNING", "2025-06-11")]


def test_who_witnessed_a_second_event_told_a_sentence_later_took_part_in_it() -> None:
    text = ("SINGARAJA - Kantor Imigrasi Kelas II TPI Singaraja menggelar sosialisasi pelaporan "
            "orang asing bersama Pemerintah Kabupaten Buleleng, Kamis (12/6/2025). Sehari "
            "kemudian, Kepala Kantor Imigrasi Singaraja mengukuhkan Tim Pengawasan Orang Asing "
            "Kecamatan Seririt. Tim itu diketuai Camat Seririt. Pengukuhan disaksikan Kepala "
            "Kantor Wilayah Kementerian Hukum dan HAM Bali dan perwakilan Polres Buleleng.")
    # published after the second event: one dated after publication is not held yet
    second = [m for m in _meetings(text, published="2025-06-14") if m["kind"] == "INAUGURATION"]
    assert [m["date"] for m in second] == ["2025-06-13"]
    assert {"KANIM", "KANWIL", "POLRI"} <= _kinds(second[0]["participants"])


def test_yesterday_in_the_events_sentence_beats_a_signing_day_told_after_it() -> None:
    text = ("SORONG - Kantor Imigrasi Sorong bersama Pemerintah Kota Sorong menggelar rapat "
            "evaluasi perjanjian kerja sama layanan paspor, kemarin, di ruang rapat wali "
            "kota setempat. "
            "PKS tersebut ditandatangani kedua belah pihak pada 9 Juni 2022 dan berakhir Juni "
            "tahun ini.")
    assert [(m["kind"], m["date"]) for m in _meetings(text, "2025-05-21")] == [
        ("COORDINATION", "2025-05-20")]


def test_a_headline_meeting_then_lanjut_an_operation_reports_the_meeting_first() -> None:
    text = ("Timpora Sampit Rapat di Aula Imigrasi, Lanjut Sidak ke Perkebunan\n\n"
            "SAMPIT - Kantor Imigrasi Kelas II TPI Sampit menggelar rapat Tim Pengawasan Orang "
            "Asing bersama Pemerintah Kabupaten Kotawaringin Timur dan Polres Kotawaringin Timur, "
            "Rabu (11/6/2025). Usai rapat, tim gabungan dari Kantor Imigrasi Sampit dan Polres "
            "Kotawaringin Timur melakukan operasi gabungan ke dua perkebunan.")
    assert [m["kind"] for m in _meetings(text)] == ["COORDINATION", "OPERATION"]


def test_the_discussion_an_mou_was_drafted_in_is_an_earlier_meeting() -> None:
    text = ("SOLO - Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah dan Pemerintah Kota "
            "Surakarta menandatangani nota kesepahaman, Selasa (10/6/2025). Naskah kesepakatan "
            "disusun melalui diskusi kelompok terpumpun di Semarang, Senin (12/5), yang "
            "melibatkan Bagian Kerja Sama Setda Kota Surakarta dan Kantor Imigrasi Kelas I TPI "
            "Surakarta.")
    assert [(m["kind"], m["date"]) for m in _meetings(text)] == [
        ("COORDINATION", "2025-05-12"), ("SIGNING", "2025-06-10")]


def test_a_supervision_operation_held_earlier_is_recalled() -> None:
    text = ("LHOKSEUMAWE - Kantor Imigrasi Kelas II TPI Lhokseumawe menggelar rapat Tim "
            "Pengawasan Orang Asing bersama Pemerintah Kabupaten Aceh Utara, Selasa (10/6/2025). "
            "Pada April lalu tim gabungan imigrasi, Polres Aceh Utara dan Kodim 0103/Aceh Utara "
            "telah menggelar operasi pengawasan ke lokasi proyek.")
    assert [m["kind"] for m in _meetings(text)] == ["OPERATION", "COORDINATION"]


def test_a_series_going_on_the_next_day_with_a_socialisation_is_a_second_meeting() -> None:
    text = ("JAKARTA - Wali Kota Jakarta Selatan meresmikan Unit Layanan Paspor Kantor Imigrasi "
            "Kelas I Khusus Non TPI Jakarta Selatan, Selasa (10/6/2025). Rangkaian kegiatan "
            "berlanjut keesokan harinya dengan sosialisasi pelaporan orang asing di Kecamatan "
            "Kebayoran Baru. Sosialisasi dibuka oleh Sekretaris Kota dan menghadirkan narasumber "
            "dari Kantor Imigrasi Jakarta Selatan dan Kantor Kesbangpol Jakarta Selatan.")
    assert [(m["kind"], m["date"]) for m in _meetings(text)] == [
        ("INAUGURATION", "2025-06-10"), ("SOCIALIZATION", "2025-06-11")]


def test_a_headline_meeting_dilanjutkan_an_operation_reports_the_meeting() -> None:
    text = ("Asisten I Setda Siak Buka Rapat Koordinasi Timpora Kabupaten Siak, Dilanjutkan "
            "Operasi Gabungan\n\nSIAK - Kantor Imigrasi Kelas II TPI Siak menggelar rapat "
            "koordinasi Tim Pengawasan Orang Asing bersama Pemerintah Kabupaten Siak, Rabu "
            "(11/6/2025). Usai rapat, tim gabungan dari Kantor Imigrasi Siak dan Polres Siak "
            "melaksanakan operasi gabungan ke sejumlah penginapan.")
    assert [m["kind"] for m in _meetings(text)] == ["COORDINATION", "OPERATION"]


_SOSIALISASI = ("KALIANDA - Kantor Imigrasi Kelas I TPI Bandar Lampung menggelar sosialisasi "
                "pelaporan orang asing bersama Pemerintah Kabupaten Lampung Selatan, Rabu "
                "(11/6/2025). Kepala Kantor Imigrasi Bandar Lampung Wahyu Santoso membuka "
                "kegiatan itu. ")


def test_an_audience_done_before_with_melakukan_audiensi_is_an_earlier_meeting() -> None:
    text = _SOSIALISASI + ("Sebelumnya, pada Senin (9/6), Wahyu bersama jajarannya melakukan "
                           "audiensi dengan Bupati Lampung Selatan di Kalianda.")
    assert ("AUDIENCE", "2025-06-09") in [(m["kind"], m["date"]) for m in _meetings(text)]


def test_ia_in_a_follow_up_of_an_audience_is_who_the_sentence_before_named() -> None:
    text = _SOSIALISASI + ("Ia menambahkan, sosialisasi ini merupakan tindak lanjut dari "
                           "audiensi yang ia lakukan kepada Bupati Lampung Selatan pada awal Mei "
                           "lalu.")
    audience = [m for m in _meetings(text) if m["kind"] == "AUDIENCE"]
    assert [_kinds(m["participants"]) for m in audience] == [{"KANIM", "PEMKAB"}]


def test_an_opening_the_same_day_as_a_dated_sentence_before_it_takes_that_day() -> None:
    text = ("Warga Jepara Kini Bisa Urus Paspor di MPP\n\n"
            "JEPARA - Seorang warga tampak lega setelah berkasnya selesai diverifikasi. Ia "
            "datang bersama suaminya. \"Dulu "
            "harus ke Pati,\" ujarnya, Kamis (12/6/2025). Layanan paspor Kantor Imigrasi Kelas "
            "II Non TPI Pati resmi dibuka di Mal Pelayanan Publik Kabupaten Jepara pada hari yang "
            "sama. Peresmian ditandai pengguntingan pita oleh Bupati Jepara dan Kepala Kantor "
            "Imigrasi Pati. Pembukaan loket itu tindak lanjut perjanjian kerja sama antara "
            "Pemerintah Kabupaten Jepara dengan Kanim Pati yang telah ditandatangani pada 28 "
            "Mei 2025.")
    assert [(m["kind"], m["date"]) for m in _meetings(text)] == [("INAUGURATION", "2025-06-12")]


def test_an_operation_held_the_week_before_told_with_sebelumnya_is_recalled() -> None:
    text = ("PANGKALAN BALAI - Kantor Imigrasi Kelas I TPI Palembang menggelar rapat Tim "
            "Pengawasan Orang Asing bersama Pemerintah Kabupaten Banyuasin, Rabu (11/6/2025). "
            "Sebelumnya, pekan lalu, tim gabungan yang terdiri atas petugas Kantor Imigrasi "
            "Palembang, Polres Banyuasin dan Badan Kesbangpol Banyuasin menggelar operasi "
            "pengawasan di dua perusahaan.")
    assert [(m["kind"], m["date"]) for m in _meetings(text)] == [
        ("OPERATION", None), ("COORDINATION", "2025-06-11")]
