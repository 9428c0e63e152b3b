"""Partners named by a common noun at the instrument ("dengan instansi pemerintah") and
listed in a following sentence (tenth session of issue 14, rule written from the
development splits of the real-news set). Every text is written for these tests."""

from __future__ import annotations

from typing import Any

from extracted import read as _read_at


def read(text: str) -> dict[str, Any]:
    return _read_at(text, "2024-05-10")  # published after the signings of these texts

_LIST = ("Kerja sama tersebut melibatkan Dinas Kependudukan dan Pencatatan Sipil Kota "
         "Tarakan, Dinas Tenaga Kerja Kota Tarakan dan Badan Kesatuan Bangsa dan Politik "
         "Kota Tarakan.")


def _partners(data: dict[str, Any]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(p["name"] for p in a["parties"]
                               if p["kind"] != "KANIM")) for a in data["agreements"])


def test_several_instruments_one_per_partner_listed_next() -> None:
    data = read("Kantor Imigrasi Kelas II TPI Tarakan menandatangani sejumlah perjanjian kerja "
                "sama dengan instansi pemerintah, Senin (6/5/2024). " + _LIST)
    assert _partners(data) == [
        ("Badan Kesatuan Bangsa dan Politik Kota Tarakan",),
        ("Dinas Kependudukan dan Pencatatan Sipil Kota Tarakan",),
        ("Dinas Tenaga Kerja Kota Tarakan",)]
    assert {(a["kind"], a["status"], a["date"]) for a in data["agreements"]} == {
        ("PKS", "signed", "2024-05-06")}
    assert all(len(a["parties"]) == 2 for a in data["agreements"])
    # read across sentences: each goes to the review queue with its reason
    assert all(a["confidence"] < 0.6 for a in data["agreements"])


def test_one_instrument_takes_all_partners_listed_next() -> None:
    data = read("Kantor Imigrasi Kelas II TPI Tarakan menandatangani kesepakatan bersama dengan "
                "pemangku kepentingan di Tarakan, Senin (6/5/2024). Pihak yang terlibat yakni "
                "Politeknik Negeri Tarakan dan Bank Indonesia Perwakilan Kalimantan Utara.")
    [a] = data["agreements"]
    assert len(a["parties"]) == 3


def test_the_list_two_sentences_on_skips_who_only_attends() -> None:
    data = read("Kantor Imigrasi Kelas II TPI Tarakan meneken nota kesepahaman dengan sejumlah "
                "mitra, Senin (6/5/2024). Acara itu berlangsung di aula kantor. Mitra tersebut "
                "antara lain Politeknik Negeri Tarakan dan Universitas Borneo Tarakan, "
                "disaksikan Wali Kota Tarakan.")
    assert _partners(data) == [("Politeknik Negeri Tarakan",), ("Universitas Borneo Tarakan",)]


def test_a_named_partner_is_not_replaced_by_a_later_list() -> None:
    data = read("Kantor Imigrasi Kelas II TPI Tarakan menandatangani perjanjian kerja sama dengan "
                "Pemerintah Kota Tarakan, Senin (6/5/2024). " + _LIST)
    assert _partners(data) == [("Pemerintah Kota Tarakan",)]


def test_a_list_with_no_listing_word_adds_no_partner() -> None:
    data = read("Kantor Imigrasi Kelas II TPI Tarakan menandatangani perjanjian kerja sama dengan "
                "sejumlah instansi, Senin (6/5/2024). Dinas Tenaga Kerja Kota Tarakan menyambut "
                "baik langkah itu.")
    assert all(len(a["parties"]) < 2 or "Dinas Tenaga Kerja Kota Tarakan" not in
               [p["name"] for p in a["parties"]] for a in data["agreements"])


def test_counted_partners_of_one_town_each_sign_their_own() -> None:
    data = read("Kantor Imigrasi Kelas II TPI Tarakan menandatangani perjanjian kerja sama dengan "
                "tiga instansi, yakni Dinas Kependudukan dan Pencatatan Sipil Kota Tarakan, Dinas "
                "Tenaga Kerja Kota Tarakan dan Badan Kesatuan Bangsa dan Politik Kota Tarakan, "
                "Senin (6/5/2024).")
    assert len(_partners(data)) == 3


def test_a_dinas_beside_its_own_government_signs_with_it() -> None:
    data = read("Kantor Imigrasi Kelas II TPI Tarakan menandatangani perjanjian kerja sama dengan "
                "Pemerintah Kota Tarakan, Dinas Kependudukan dan Pencatatan Sipil Kota Tarakan "
                "dan Politeknik Negeri Tarakan secara terpisah, Senin (6/5/2024).")
    assert _partners(data) == [
        ("Dinas Kependudukan dan Pencatatan Sipil Kota Tarakan", "Pemerintah Kota Tarakan"),
        ("Politeknik Negeri Tarakan",)]
