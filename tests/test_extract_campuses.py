"""Campuses in the news (ninth session of issue 14): a campus where immigration works
with students takes part in the event; a campus named for its students, or a company
named in passing, does not. Every text is written for these tests."""

from __future__ import annotations

from extracted import read


def test_a_campus_hosting_the_event_takes_part() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Ambon menggelar sosialisasi izin tinggal di "
            "Universitas Pattimura, Senin (3/3/2025), bagi mahasiswa asing.")
    data = read(text, None)
    assert ("NON_GOV", "Universitas Pattimura") in {(e["kind"], e["name"])
                                                   for e in data["institutions"]}
    [meeting] = data["meetings"]
    assert "Universitas Pattimura" in {p["name"] for p in meeting["participants"]}


def test_a_campus_named_for_its_students_does_not_take_part() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Ambon menggelar sosialisasi, Senin (3/3/2025), yang "
            "diikuti siswa SMA dan mahasiswa Sekolah Tinggi Teologi Ambon.")
    assert all(e["kind"] != "NON_GOV" for e in read(text, None)["institutions"])


def test_a_company_named_in_passing_does_not_take_part() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Ambon memeriksa dokumen tenaga kerja asing PT Maju "
            "Jaya Bahari, Senin (3/3/2025), bersama Polda Maluku.")
    assert all(e["kind"] != "NON_GOV" for e in read(text, None)["institutions"])
