"""Grants by category of phrasing (ninth session of issue 14, rules written from the
development splits of the real-news set): a grant received ("mendapat jatah tanah
hibah dari"), its status told in a later sentence, one grant per recipient, and the
secretariat of a province named after its own name. Every text is written for these
tests."""

from __future__ import annotations

from typing import Any

from extracted import read


def _sides(data: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    return sorted((a["kind"], a["status"], sorted(p["kind"] for p in a["parties"]))
                  for a in data["agreements"])


def test_a_grant_received_is_an_agreement() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Kendari mendapat jatah tanah hibah dari Pemerintah "
            "Provinsi Sulawesi Tenggara seluas dua hektare.")
    assert _sides(read(text, None)) == [("OTHER", "signed", ["KANIM", "PEMPROV"])]


def test_the_status_of_a_grant_can_be_told_in_a_later_sentence() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Kendari mendapat jatah tanah hibah dari Pemerintah "
            "Provinsi Sulawesi Tenggara. Rencana pemberian tanah hibah tersebut masih dalam "
            "tahap pembahasan dengan DPRD.")
    [agreement] = read(text, None)["agreements"]
    assert (agreement["kind"], agreement["status"]) == ("OTHER", "planned")


def test_land_granted_to_each_of_three_bodies_is_three_grants() -> None:
    text = ("KENDARI – Kantor Wilayah Direktorat Jenderal Imigrasi Sulawesi Tenggara, Polda "
            "Sulawesi Tenggara dan Korem 143/Halu Oleo mendapat jatah tanah hibah dari "
            "Pemerintah Provinsi Sulawesi Tenggara. Kata Kepala Biro Pemerintahan Setda "
            "Pemprov Sultra, masing-masing instansi mendapat luas yang berbeda. Pemberian "
            "tanah hibah tersebut masih dalam tahap pembahasan dengan DPRD.")
    assert _sides(read(text, None)) == [("OTHER", "planned", ["KANWIL", "PEMPROV"]),
                                   ("OTHER", "planned", ["PEMPROV", "POLRI"]),
                                   ("OTHER", "planned", ["PEMPROV", "TNI"])]


def test_a_grant_to_one_body_stays_one_grant() -> None:
    text = ("Pemerintah Kabupaten Konawe memberikan hibah tanah kepada Kantor Imigrasi Kelas II "
            "TPI Kendari. Masing-masing pihak menyiapkan dokumen. Pemberian hibah tersebut "
            "masih dalam tahap pembahasan.")
    assert _sides(read(text, None)) == [("OTHER", "planned", ["KANIM", "PEMKAB"])]


def test_the_secretariat_named_after_its_province_is_the_provinces() -> None:
    text = ("KENDARI – Hal itu disampaikan Kepala Biro Pemerintahan Sekretariat Daerah (Setda) "
            "Pemprov Sultra, Laode Ali Akbar, dan Sekretaris Daerah (Sekda) Pemprov Sultra.")
    places = {(e["kind"], e["place"]) for e in read(text, None)["institutions"]}
    assert ("SETDA", "Sulawesi Tenggara") in places
    assert ("SETDA", "Kendari") not in places


def test_a_grant_said_done_is_a_signed_grant_beside_the_earlier_loan() -> None:
    text = ("Perlu diketahui, gedung kantor itu sebelumnya merupakan aset Pemerintah Kota "
            "Kotamobagu yang dipinjam pakai oleh Kantor Imigrasi Kelas III Non TPI Kotamobagu. "
            "Kini lahan dan bangunan kantor tersebut telah sepenuhnya dihibahkan kepada "
            "negara.")
    assert _sides(read(text, None)) == [("OTHER", "signed", ["KANIM", "PEMKOT"]),
                                   ("OTHER", "signed", ["KANIM", "PEMKOT"])]


def test_a_grant_committed_to_is_not_a_grant_done() -> None:
    text = ("Kepala Kantor Imigrasi Kelas II Non TPI Mamuju berterima kasih kepada Pemerintah "
            "Provinsi Sulawesi Barat yang telah berkomitmen menghibahkan lahan. Naskah "
            "perjanjian hibahnya sedang disusun.")
    assert _sides(read(text, None)) == [("OTHER", "planned", ["KANIM", "PEMPROV"])]


def test_a_grant_to_counted_recipients_is_one_per_recipient() -> None:
    text = ("Tiga instansi vertikal yakni Kantor Wilayah Kementerian Hukum dan HAM Sulawesi "
            "Tenggara, Kepolisian Daerah Sulawesi Tenggara dan Kejaksaan Tinggi Sulawesi "
            "Tenggara akan mendapatkan tanah hibah dari Pemerintah Provinsi Sulawesi Tenggara.")
    found = sorted(sorted(p["kind"] for p in a["parties"]) for a in read(text)["agreements"])
    assert found == [["KANWIL", "PEMPROV"], ["KEJAKSAAN", "PEMPROV"], ["PEMPROV", "POLRI"]]
