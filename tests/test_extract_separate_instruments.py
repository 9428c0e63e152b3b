"""Several instruments of one kind at one event, told sentence by sentence: each pair of
parties is its own agreement (issue 14; the spec's "separate instruments signed with
several partners"), while later mentions of one instrument stay one. Every text is
written for these tests."""

from __future__ import annotations

from typing import Any

from sinergi.extract import Article, extract_article


def _agreements(text: str) -> list[dict[str, Any]]:
    return extract_article(Article("t", text, published="2025-09-10")).to_json()["agreements"]


def _parties(text: str) -> list[tuple[str, str, list[str]]]:
    return sorted((a["kind"], a["status"], sorted(p["name"] for p in a["parties"]))
                  for a in _agreements(text))


def test_an_mou_between_another_pair_of_organisations_is_another_agreement() -> None:
    text = ("Pemerintah Kabupaten Sambas menandatangani nota kesepahaman dengan Kantor "
            "Imigrasi Kelas II TPI Sambas tentang pengawasan orang asing, Senin (8/9/2025). "
            "Pada acara yang sama, nota kesepahaman antara Pemerintah Kabupaten Sambas dan "
            "Universitas Tanjungpura tentang penelitian perbatasan juga ditandatangani.")
    got = _parties(text)
    assert len(got) == 2, got
    assert {n for _, _, names in got for n in names if "Universitas" in n}
    assert all("Pemerintah Kabupaten Sambas" in names for _, _, names in got)


def test_a_later_mention_of_the_same_pair_is_the_same_agreement() -> None:
    text = ("Pemerintah Kabupaten Sambas menandatangani nota kesepahaman dengan Kantor "
            "Imigrasi Kelas II TPI Sambas, Senin (8/9/2025). Menurut Bupati, nota "
            "kesepahaman antara Pemkab Sambas dan Kantor Imigrasi Sambas berlaku lima tahun.")
    assert len(_agreements(text)) == 1


def test_a_counted_instrument_signed_by_a_dinas_is_its_own_agreement() -> None:
    text = ("Bupati Sambas menandatangani tiga dokumen kerja sama dengan Kantor Imigrasi "
            "Kelas II TPI Sambas, Senin (8/9/2025). Dokumen pertama berupa PKS layanan paspor "
            "antara Pemerintah Kabupaten Sambas dan Kantor Imigrasi Kelas II TPI Sambas. "
            "Dokumen kedua merupakan PKS pemanfaatan data kependudukan yang diteken Kepala "
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sambas dengan Kepala Kantor "
            "Imigrasi Kelas II TPI Sambas.")
    pks = [names for kind, _, names in _parties(text) if kind == "PKS"]
    assert len(pks) == 2, pks
    assert any(any(n.startswith("Dinas Kependudukan") for n in names) for names in pks)
    assert any("Pemerintah Kabupaten Sambas" in names for names in pks)


def test_two_separate_pks_announced_without_partners_then_listed() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Sambas meneken dua perjanjian kerja sama terpisah, "
            "Senin (8/9/2025). PKS pertama dengan Pemerintah Kabupaten Bengkayang mengatur "
            "layanan paspor. PKS kedua dengan Pemerintah Kabupaten Sanggau mengatur "
            "pengawasan orang asing. Menurut kepala kantor, PKS serupa dengan Pemerintah "
            "Kabupaten Landak akan diteken bulan depan.")
    got = _parties(text)
    assert [(k, s) for k, s, _ in got] == [("PKS", "planned"), ("PKS", "signed"),
                                           ("PKS", "signed")], got
    for _, _, names in got:
        assert len(names) == 2 and "Kantor Imigrasi Kelas II TPI Sambas" in names, names
    assert sorted(n for _, _, names in got for n in names if "Kabupaten" in n) == [
        "Pemerintah Kabupaten Bengkayang", "Pemerintah Kabupaten Landak",
        "Pemerintah Kabupaten Sanggau"]


def test_a_headline_naming_the_instruments_adds_no_one_party_agreement() -> None:
    text = ("Dua PKS Diteken Kantor Imigrasi Sambas\n\nKantor Imigrasi Kelas II TPI Sambas "
            "meneken dua perjanjian kerja sama terpisah, Senin (8/9/2025). PKS pertama dengan "
            "Pemerintah Kabupaten Bengkayang mengatur layanan paspor. PKS kedua dengan "
            "Pemerintah Kabupaten Sanggau mengatur pengawasan orang asing.")
    got = _agreements(text)
    assert len(got) == 2, [a["parties"] for a in got]
    assert all(len(a["parties"]) == 2 for a in got)


def test_the_programme_going_on_with_a_signing_is_a_signing() -> None:
    text = ("Usai penandatanganan nota kesepahaman antara Pemerintah Kabupaten Sambas dan "
            "Kantor Imigrasi Kelas II TPI Sambas, Senin (8/9/2025), acara dilanjutkan dengan "
            "penandatanganan perjanjian kerja sama antara Dinas Tenaga Kerja Kabupaten Sambas "
            "dan Kantor Imigrasi Kelas II TPI Sambas.")
    assert [(k, s) for k, s, _ in _parties(text)] == [("MOU", "signed"), ("PKS", "signed")]


def test_an_earlier_pks_with_another_dinas_is_another_agreement() -> None:
    text = ("Pemerintah Kabupaten Sambas meneken perjanjian kerja sama dengan Kantor Imigrasi "
            "Kelas II TPI Sambas, Senin (8/9/2025). Kerja sama ini melengkapi PKS yang lebih "
            "dulu diteken Kantor Imigrasi Kelas II TPI Sambas dengan Dinas Kependudukan dan "
            "Pencatatan Sipil Kabupaten Sambas pada tahun lalu.")
    got = _parties(text)
    assert len(got) == 2, got
    assert any(any(n.startswith("Dinas Kependudukan") for n in names) for _, _, names in got)


def test_what_a_signed_pks_will_do_is_no_planned_pks() -> None:
    text = ("Dinas Tenaga Kerja Kabupaten Sambas dan Kantor Imigrasi Kelas II TPI Sambas "
            "menandatangani perjanjian kerja sama, Senin (8/9/2025). Menurut kepala kantor, "
            "PKS dengan Dinas Tenaga Kerja akan memudahkan pencocokan data tenaga kerja asing.")
    assert [(k, s) for k, s, _ in _parties(text)] == [("PKS", "signed")]


def test_one_instrument_with_each_partner() -> None:
    text = ("BADUNG - Pada kesempatan yang sama dilakukan penandatanganan perjanjian kerja sama "
            "antara Dinas Kependudukan dan Pencatatan Sipil Kabupaten Badung dengan dua kantor "
            "imigrasi, Jumat (15/11/2019). Kepala Dinas Kependudukan dan Pencatatan Sipil "
            "Kabupaten Badung, Made Wijaya, menandatangani PKS masing-masing dengan Kepala "
            "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai, Ari Kurniawan, dan Kepala Kantor "
            "Imigrasi Kelas I TPI Denpasar, Eko Prasetyo.")
    got = _parties(text)
    assert len(got) == 2, got
    for kind, status, names in got:
        assert (kind, status) == ("PKS", "signed")
        assert len(names) == 2 and names[0].startswith("Dinas Kependudukan"), names


def test_a_heading_announcing_separate_pks_adds_none_of_its_own() -> None:
    text = ("Satu Kesepakatan, Tiga PKS\n\nKantor Imigrasi Kelas I TPI Bandar Lampung "
            "menandatangani tiga perjanjian kerja sama terpisah dengan Pemerintah Kabupaten "
            "Lampung Selatan, Pemerintah Kabupaten Pesawaran, dan Pemerintah Kota Metro, "
            "Selasa (23/11/2021). PKS dengan Lampung Selatan diteken Sekretaris Daerah "
            "Kabupaten Lampung Selatan; dengan Pesawaran oleh Bupati Pesawaran; dan dengan "
            "Metro oleh Wakil Wali Kota Metro.")
    got = _parties(text)
    assert len(got) == 3, got
    assert all(len(names) == 2 and "Kantor Imigrasi Kelas I TPI Bandar Lampung" in names
               for _, _, names in got), got


def test_each_regency_signing_its_own_document_is_one_agreement_each() -> None:
    text = ("BANYUWANGI - Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur "
            "menandatangani kesepakatan bersama dengan tiga pemerintah kabupaten, Selasa "
            "(20/1/2026). Masing-masing kabupaten meneken dokumennya sendiri. Untuk "
            "Banyuwangi, kesepakatan diteken Bupati Banyuwangi, Ahmad Fauzan; Pemerintah "
            "Kabupaten Situbondo diwakili Bupati Situbondo, Moh. Syaifullah.")
    got = _parties(text)
    assert len(got) == 2, got
    assert all(len(names) == 2 for _, _, names in got), got


def test_a_province_and_its_regencies_signing_one_agreement_stay_one() -> None:
    text = ("YOGYAKARTA - Pemerintah Daerah DIY, Kantor Wilayah Direktorat Jenderal Imigrasi "
            "DIY, Pemerintah Kabupaten Sleman dan Pemerintah Kabupaten Bantul meneken "
            "kesepakatan bersama tentang pengawasan orang asing, Selasa (4/2/2025).")
    assert len(_parties(text)) == 1


def test_a_perjanjian_between_another_pair_after_a_one_party_signing() -> None:
    text = ("PANGURURAN - Bupati Samosir menandatangani perjanjian kerja sama tentang "
            "pengawasan orang asing, Jumat (6/2/2026). Pertemuan berlangsung hangat. Kerja "
            "sama serupa lebih dulu berjalan di Toba. Perjanjian antara Pemerintah Kabupaten "
            "Toba dan Kantor Imigrasi Kelas II Non TPI Pematangsiantar itu diteken pada Maret "
            "2023.")
    got = _parties(text)
    assert len(got) == 2, got
    assert any(names == ["Kantor Imigrasi Kelas II Non TPI Pematangsiantar",
                         "Pemerintah Kabupaten Toba"] for _, _, names in got), got



def test_a_similar_pks_with_another_regency_is_not_the_extension() -> None:
    text = ("SLEMAN - Perjanjian kerja sama antara Pemerintah Kabupaten Sleman dan Kantor "
            "Imigrasi Kelas I TPI Yogyakarta berakhir pada Desember mendatang, Kamis "
            "(8/8/2024). Kepala Kantor Imigrasi Kelas I TPI Yogyakarta, Yudi Prasetyo, hadir. "
            "Adapun Yudi menjelaskan, draf perpanjangan PKS kini tengah ditelaah pihaknya. "
            "Menurutnya, Kantor Imigrasi Kelas I TPI Yogyakarta juga tengah menyusun draf PKS "
            "serupa dengan Pemerintah Kabupaten Bantul.")
    planned = [names for _, status, names in _parties(text) if status == "planned"]
    assert sorted(planned) == [
        ["Kantor Imigrasi Kelas I TPI Yogyakarta", "Pemerintah Kabupaten Bantul"],
        ["Kantor Imigrasi Kelas I TPI Yogyakarta", "Pemerintah Kabupaten Sleman"]], planned


def test_one_more_pks_with_the_regencys_own_dinas() -> None:
    text = ("BATULICIN - Kantor Imigrasi Kelas II TPI Batulicin dan Pemerintah Kabupaten Tanah "
            "Bumbu menandatangani perjanjian kerja sama tentang layanan paspor, Kamis "
            "(13/2/2025). Bersamaan dengan itu, Kantor Imigrasi Kelas II TPI Batulicin juga "
            "menandatangani PKS dengan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah "
            "Bumbu tentang pemanfaatan data kependudukan.")
    got = _parties(text)
    assert len(got) == 2, got
    assert any(any(n.startswith("Dinas Kependudukan") for n in names) for _, _, names in got)


def test_several_signers_each_with_one_partner() -> None:
    """ "A, B dan C masing-masing menandatangani MoU dengan D": one MoU each, with D."""
    text = ("Pati - Pemerintah Kabupaten Kudus, Pemerintah Kabupaten Jepara dan Pemerintah "
            "Kabupaten Grobogan masing-masing menandatangani kesepakatan bersama dengan Kantor "
            "Imigrasi Kelas II Non TPI Pati, Rabu (17/11/2021).")
    got = sorted(sorted(f"{p['kind']}:{p['place']}" for p in a["parties"])
                 for a in extract_article(Article("t", text)).to_json()["agreements"])
    assert got == [["KANIM:Pati", "PEMKAB:Grobogan"], ["KANIM:Pati", "PEMKAB:Jepara"],
                   ["KANIM:Pati", "PEMKAB:Kudus"]]


def test_one_signer_with_partners_announced_as_several_instruments() -> None:
    """ "menandatangani PKS dengan A, B dan C ... tiga PKS terpisah tersebut": one each."""
    text = ("Imigrasi Bandar Lampung teken PKS dengan tiga pemda\n\n"
            "Metro - Kantor Imigrasi Kelas I TPI Bandar Lampung menandatangani perjanjian kerja "
            "sama dengan Pemerintah Kabupaten Tanggamus, Pemerintah Kabupaten Pesawaran dan "
            "Pemerintah Kota Metro untuk layanan paspor di tiga daerah itu, Kamis (8/8/2024). "
            "Penandatanganan tiga PKS terpisah tersebut berlangsung di aula pemkot.")
    got = sorted(sorted(f"{p['kind']}:{p['place']}" for p in a["parties"])
                 for a in extract_article(Article("t", text)).to_json()["agreements"])
    assert got == [["KANIM:Bandar Lampung", "PEMKAB:Pesawaran"],
                   ["KANIM:Bandar Lampung", "PEMKAB:Tanggamus"],
                   ["KANIM:Bandar Lampung", "PEMKOT:Metro"]]


def test_a_city_and_a_regency_of_one_name_are_two_parties() -> None:
    text = ("Blitar - Kantor Imigrasi Kelas II Non TPI Blitar menandatangani perjanjian kerja "
            "sama dengan masing-masing Pemerintah Kota Blitar dan Pemerintah Kabupaten Blitar, "
            "Selasa (25/2/2020).")
    got = sorted(sorted(f"{p['kind']}:{p['place']}" for p in a["parties"])
                 for a in extract_article(Article("t", text)).to_json()["agreements"])
    assert got == [["KANIM:Blitar", "PEMKAB:Blitar"], ["KANIM:Blitar", "PEMKOT:Blitar"]]
