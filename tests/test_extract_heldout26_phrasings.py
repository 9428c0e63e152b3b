"""Phrasings read from the misses of bench/heldout26 (issue 14): a similar instrument with
another partner when the first one was told from the other side ("Pemkab A menandatangani
PKS dengan Kanim B ... draf perjanjian kerja sama serupa dengan Pemkab C"); an instrument
"sedang dijajaki"; "kami" in a quote ("kami bersama Pemkot ... sepakat menyusun nota
kesepahaman," kata Yosua). Every text is written for these tests."""

from __future__ import annotations

from extracted import agreement_keys as _keys

_SIGNED = ("Kuala Tungkal - Pemerintah Kabupaten Tanjung Jabung Barat menandatangani perjanjian "
           "kerja sama dengan Kantor Imigrasi Kelas II TPI Kuala Tungkal tentang layanan paspor, "
           "Selasa (9/5/2023). ")


def test_a_similar_instrument_with_another_government_is_the_offices() -> None:
    text = _SIGNED + ("Kepala Kantor Imigrasi menambahkan, draf perjanjian kerja sama serupa "
                      "dengan Pemerintah Kabupaten Tanjung Jabung Timur sedang disusun.")
    planned = {key[3] for key in _keys(text) if key[1] == "planned"}
    assert planned == {frozenset({("KANIM", "Kuala Tungkal"),
                                  ("PEMKAB", "Tanjung Jabung Timur")})}


def test_an_instrument_being_explored_is_planned() -> None:
    text = _SIGNED + ("Menurut Kepala Kantor Imigrasi, perjanjian kerja sama antara Kantor "
                      "Imigrasi Kelas II TPI Kuala Tungkal dan Pemerintah Kabupaten Tanjung "
                      "Jabung Timur sedang dijajaki.")
    statuses = {(key[1], key[3]) for key in _keys(text)}
    assert ("planned", frozenset({("KANIM", "Kuala Tungkal"),
                                  ("PEMKAB", "Tanjung Jabung Timur")})) in statuses


def test_we_in_a_quote_brings_the_speakers_office_as_a_side() -> None:
    text = ("Bitung - Kepala Kantor Imigrasi Kelas II TPI Bitung Yosua Pangemanan menghadiri "
            "rapat evaluasi Timpora di Kantor Wali Kota Bitung, Selasa (9/5/2023). \"Karena itu "
            "kami bersama Pemerintah Kota Bitung dan Kantor Kesyahbandaran dan Otoritas "
            "Pelabuhan Kelas I Bitung sepakat menyusun nota kesepahaman tiga pihak tentang "
            "pengawasan awak kapal asing,\" kata Yosua.")
    (mou,) = _keys(text)
    assert mou[:2] == ("MOU", "planned") and ("KANIM", "Bitung") in mou[3]
