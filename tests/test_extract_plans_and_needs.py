"""Agreements still ahead, by category of phrasing (ninth session of issue 14, rules
written from the development splits of the real-news set): a signing listed among the
next steps, a renewal said to be needed. Every text is written for these tests."""

from __future__ import annotations

from extracted import read


def _agreements(text: str) -> list[tuple[str, str]]:
    return [(a["kind"], a["status"]) for a in read(text, None)["agreements"]]


def test_a_signing_among_the_next_steps_is_planned() -> None:
    text = ("Komisi I DPRD Kabupaten Kebumen membahas hibah tanah untuk kantor imigrasi. "
            "Setelah persetujuan DPRD, tahapan selanjutnya meliputi penerbitan keputusan "
            "bupati, penandatanganan naskah hibah antara Pemerintah Kabupaten Kebumen dan "
            "Direktorat Jenderal Imigrasi, serta pembangunan gedung.")
    assert _agreements(text) == [("OTHER", "planned")]


def test_a_renewal_said_to_be_needed_is_a_second_planned_agreement() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Pematang Siantar dan Pemerintah Kabupaten Simalungun "
            "menggelar rapat tindak lanjut Perjanjian Kerja Sama (PKS) layanan paspor. PKS "
            "tersebut telah berakhir pada 2023. Pembaruan PKS merupakan kebutuhan mendesak.")
    assert _agreements(text) == [("PKS", "signed"), ("PKS", "planned")]


def test_a_signing_done_then_its_next_steps_stays_signed() -> None:
    text = ("Pemerintah Kabupaten Kebumen dan Kantor Imigrasi Kelas II Non TPI Cilacap "
            "menandatangani perjanjian kerja sama layanan paspor, Senin (3/3/2025). Tahapan "
            "selanjutnya adalah pembukaan layanan di Mal Pelayanan Publik.")
    assert _agreements(text) == [("PKS", "signed")]


def test_we_agreed_to_make_an_agreement_said_by_the_official_just_named() -> None:
    """A quote opening its own sentence, closed by "ujarnya": "kami" is the office of the
    official named in the sentence before, so the instrument has both sides; "sepakat
    untuk" makes it a plan."""
    text = ("Kepala Kantor Imigrasi Kelas I Non TPI Agam, Kizlar Assad, menyatakan pihaknya "
            "bersedia bekerja sama. “Kami sepakat untuk melakukan perjanjian kerja sama dengan "
            "Pemkab Tanah Datar. Ini untuk warga,” ujarnya.")
    data = read(text, None)
    [agreement] = data["agreements"]
    assert agreement["status"] == "planned"
    assert {p["kind"] for p in agreement["parties"]} == {"KANIM", "PEMKAB"}


def test_pihaknya_is_the_office_of_the_official_who_spoke_before() -> None:
    text = ("Bupati Kotabaru menggelar audiensi bersama Kepala Kantor Wilayah Direktorat Jenderal "
            "Imigrasi Kalimantan Selatan, Yan Welly Wiguna, dan Kepala Kantor Imigrasi Kelas II "
            "TPI Batulicin. Yan Welly Wiguna menyampaikan apresiasi atas dukungan Pemerintah "
            "Kabupaten Kotabaru. Pihaknya akan melakukan Perjanjian Kerjasama dengan Kabupaten "
            "Kotabaru perihal pelayanan paspor.")
    data = read(text, None)
    [agreement] = data["agreements"]
    assert agreement["status"] == "planned"
    assert "KANWIL" in {p["kind"] for p in agreement["parties"]}


def test_an_mou_an_audience_was_about_is_still_a_plan() -> None:
    text = ("Audiensi tersebut menyangkut MoU pembentukan UKK antara Pemerintah Kota "
            "Subulussalam dan Kantor Wilayah Kementerian Hukum dan HAM Aceh.")
    assert [a["status"] for a in read(text)["agreements"]] == ["planned"]
