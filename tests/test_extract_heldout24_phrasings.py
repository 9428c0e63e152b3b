"""Phrasings read from the misses of bench/heldout24 (issue 14): a government signing one
PKS with each of several Kanim ("Ketiga PKS itu masing-masing diteken Gubernur bersama
Kepala Kantor Imigrasi A, B dan C"). Every text is written for these tests."""

from __future__ import annotations

from extracted import agreement_keys as _keys

_WITH_THREE = ("Kupang - Pemerintah Provinsi Nusa Tenggara Timur menandatangani perjanjian "
               "kerja sama dengan tiga kantor imigrasi, Senin (8/5/2023), di Aula El Tari. ")
_OFFICES = ("Kepala Kantor Imigrasi Kelas I TPI Kupang, Kepala Kantor Imigrasi Kelas II TPI "
            "Atambua dan Kepala Kantor Imigrasi Kelas II TPI Labuan Bajo")
_PROVINCE = ("PEMPROV", "Nusa Tenggara Timur")


def test_a_government_signs_one_pks_with_each_kanim_when_each_signs_its_own() -> None:
    text = _WITH_THREE + f"Ketiga PKS itu masing-masing diteken Gubernur NTT bersama {_OFFICES}."
    assert _keys(text) == {
        ("PKS", "signed", "2023-05-08", frozenset({_PROVINCE, ("KANIM", town)}))
        for town in ("Kupang", "Atambua", "Labuan Bajo")}


def test_one_pks_with_several_kanim_stays_one_without_such_words() -> None:
    text = _WITH_THREE + f"Perjanjian itu diteken Gubernur NTT bersama {_OFFICES}."
    keys = _keys(text)
    assert len(keys) == 1
    assert {p for key in keys for p in key[3]} == {
        _PROVINCE, ("KANIM", "Kupang"), ("KANIM", "Atambua"), ("KANIM", "Labuan Bajo")}
