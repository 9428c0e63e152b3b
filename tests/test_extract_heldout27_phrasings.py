"""Read from the misses of bench/heldout27 (issue 14): instruments split per partner and
read twice, from a headline's "tiga PKS" and from the lead's list of the same partners,
are one per partner. Every text is written for these tests."""

from __future__ import annotations

from extracted import agreement_keys as _keys
from extracted import read as _read


def test_instruments_split_per_partner_twice_are_one_per_partner() -> None:
    text = ("Tiga Daerah di Bekasi Raya Teken PKS dengan Imigrasi\n\n"
            "BEKASI - Kantor Imigrasi Kelas I Non TPI Bekasi meneken tiga perjanjian kerja sama "
            "(PKS) sekaligus dengan Pemerintah Kota (Pemkot) Bekasi, Pemerintah Kabupaten "
            "(Pemkab) Bekasi dan Pemkot Depok, Selasa (9/5/2023). Masing-masing PKS diteken "
            "oleh Kepala Kantor Imigrasi dengan Wali Kota Bekasi, Bupati Bekasi serta Wali Kota "
            "Depok.")
    agreements = _read(text)["agreements"]
    assert len(agreements) == len(_keys(text)) == 3
