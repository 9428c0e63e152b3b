"""Instruments listed one by one, each with its partner ("MoU dengan A ..., kemudian MoU
dengan B"): one agreement per partner, signed by the same host (issue 14, the spec's
"separate instruments signed with several partners"). Every text is written for these
tests."""

from __future__ import annotations

from typing import Any

from sinergi.extract import Article, extract_article


def _agreements(text: str) -> list[dict[str, Any]]:
    return extract_article(Article("t", text, published="2025-03-20")).to_json()["agreements"]


def _pairs(text: str) -> list[tuple[str, str, frozenset[str]]]:
    return sorted((a["kind"], a["status"], frozenset(p["kind"] for p in a["parties"]))
                  for a in _agreements(text))


LIST = """SERANG - Kepala Kantor Imigrasi Kelas I TPI Serang, Rudi Hartono, menandatangani nota \
kesepahaman dengan Pemerintah Kabupaten Pandeglang tentang layanan paspor keliling, Rabu \
(19/3/2025). Selain itu ada pula MoU dengan Pemerintah Kota Cilegon tentang data \
kependudukan, lalu MoU dengan Kepolisian Resor Serang Kota tentang pengawasan orang asing."""


def test_each_partner_named_with_its_own_mou_is_a_separate_agreement() -> None:
    got = _agreements(LIST)
    assert len(got) == 3
    partners = sorted(next(p["place"] for p in a["parties"] if p["kind"] != "KANIM") for a in got)
    assert partners == ["Cilegon", "Pandeglang", "Serang"]
    for a in got:
        assert a["status"] == "signed"
        assert any(p["kind"] == "KANIM" for p in a["parties"]), a["parties"]


def test_the_same_partner_named_again_is_the_same_agreement() -> None:
    text = ("Pemerintah Kabupaten Pandeglang menandatangani MoU dengan Kantor Imigrasi Kelas I "
            "TPI Serang tentang layanan paspor, Rabu (19/3/2025). Bupati mengatakan MoU dengan "
            "Kantor Imigrasi Serang itu memudahkan warga.")
    assert _pairs(text) == [("MOU", "signed", frozenset({"PEMKAB", "KANIM"}))]


def test_a_new_host_named_before_the_same_kind_of_partner_is_a_new_agreement() -> None:
    text = ("Pemerintah Kabupaten Pandeglang menandatangani MoU dengan Kantor Imigrasi Kelas I "
            "TPI Serang, Rabu (19/3/2025). Pemerintah Kota Cilegon juga menandatangani MoU "
            "dengan Kantor Imigrasi Kelas I TPI Serang pada hari yang sama.")
    got = _agreements(text)
    assert sorted(p["place"] for a in got for p in a["parties"] if p["kind"] != "KANIM") == [
        "Cilegon", "Pandeglang"]


def test_a_single_instrument_with_two_parties_is_not_split() -> None:
    text = ("Pemerintah Kabupaten Pandeglang dan Kantor Imigrasi Kelas I TPI Serang "
            "menandatangani MoU tentang layanan paspor, Rabu (19/3/2025). MoU dengan Kantor "
            "Imigrasi itu berlaku lima tahun.")
    assert len(_agreements(text)) == 1


ANNOUNCED = """BLITAR - Wali Kota Blitar, Santoso Wibowo, menandatangani tiga naskah kerja sama \
terpisah dengan tiga mitra di Balai Kota, Kamis (20/3/2025). Naskah pertama ialah PKS dengan \
Kantor Imigrasi Kelas II Non TPI Blitar tentang layanan paspor. Berikutnya Nota Kesepakatan \
dengan Kejaksaan Negeri Blitar tentang pendampingan hukum. Terakhir, penandatanganan kerja \
sama dengan PT Sumber Rejeki Blitar tentang pelatihan kerja."""


def test_instruments_listed_after_an_announcement_each_have_the_announcing_host() -> None:
    got = _pairs(ANNOUNCED)
    assert got == [("MOU", "signed", frozenset({"PEMKOT", "KEJAKSAAN"})),
                   ("PKS", "signed", frozenset({"PEMKOT", "KANIM"})),
                   ("PKS", "signed", frozenset({"PEMKOT", "NON_GOV"}))]


def test_an_announcement_of_instruments_still_to_sign_makes_them_planned() -> None:
    text = ("BLITAR - Wali Kota Blitar akan menandatangani dua naskah terpisah dengan dua mitra "
            "pekan depan. Naskah pertama berupa PKS dengan Kantor Imigrasi Kelas II Non TPI "
            "Blitar. Naskah kedua berupa Nota Kesepakatan dengan Kejaksaan Negeri Blitar.")
    assert [a["status"] for a in _agreements(text)] == ["planned", "planned"]
