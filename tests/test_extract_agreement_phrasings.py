"""Agreements by category of phrasing, second round of issue 14 (rules written from
half B of dev2): an instrument said not to exist, one not signed yet, an instrument
renamed by a later demonstrative. Every text is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sinergi.news.extract import Article, extract_article


def _agreements(text: str) -> list[dict[str, Any]]:
    return extract_article(Article("t", text)).to_json()["agreements"]


@pytest.mark.parametrize("sentence", [
    "Layanan paspor di Mal Pelayanan Publik Kabupaten Bone belum optimal karena belum adanya "
    "Perjanjian Kerja Sama (PKS) antara Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas "
    "I TPI Makassar.",
    "Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I TPI Makassar sejauh ini tidak "
    "memiliki nota kesepahaman tentang layanan paspor.",
    "Tanpa adanya MoU, Kantor Imigrasi Kelas I TPI Makassar tidak dapat membuka layanan di "
    "Pemerintah Kabupaten Bone.",
])
def test_an_instrument_said_not_to_exist_is_no_agreement(sentence: str) -> None:
    assert _agreements(sentence) == []


def test_an_instrument_not_signed_yet_is_planned() -> None:
    text = ("Perjanjian kerja sama antara Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I "
            "TPI Makassar belum ditandatangani hingga akhir bulan ini.")
    [a] = _agreements(text)
    assert (a["kind"], a["status"]) == ("PKS", "planned")


def test_an_instrument_renamed_with_a_demonstrative_is_the_one_already_read() -> None:
    text = ("Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I TPI Makassar menandatangani "
            "kesepakatan bersama layanan paspor, Senin (3/3/2025). Setelah perjanjian kerja sama "
            "itu, warga Bone dapat mengurus paspor di Mal Pelayanan Publik Kabupaten Bone.")
    [a] = _agreements(text)
    assert (a["kind"], a["status"], a["date"]) == ("MOU", "signed", "2025-03-03")


def test_a_second_instrument_of_another_kind_without_demonstrative_stays_separate() -> None:
    text = ("Pemerintah Kabupaten Bone dan Kantor Imigrasi Kelas I TPI Makassar menandatangani "
            "nota kesepahaman, Senin (3/3/2025). Keduanya juga menandatangani perjanjian kerja "
            "sama layanan paspor di Mal Pelayanan Publik.")
    assert sorted(a["kind"] for a in _agreements(text)) == ["MOU", "PKS"]
