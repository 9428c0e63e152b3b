"""Read from the misses of bench/heldout27 (issue 14): instruments split per partner and
read twice, from a headline's "tiga PKS" and from the lead's list of the same partners,
are one per partner; an event told on a day of its own ("Pada Rabu (15/6/2022), Kanim
bersama Kesbangpol melanjutkan kegiatan dengan sosialisasi"). Every text is written for
these tests."""

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


_OPERATION = ("Marisa - Tim Pengawasan Orang Asing Kabupaten Pohuwato menggelar operasi gabungan "
              "di kawasan tambang Buntulia, Selasa (9/5/2023). Operasi melibatkan Kantor "
              "Imigrasi Kelas I TPI Gorontalo, Polres Pohuwato dan Badan Kesatuan Bangsa dan "
              "Politik Kabupaten Pohuwato. ")


def test_an_event_told_on_a_day_of_its_own_is_a_second_event() -> None:
    text = _OPERATION + ("Pada Rabu (10/5/2023), Kantor Imigrasi Kelas I TPI Gorontalo bersama "
                         "Badan Kesatuan Bangsa dan Politik Kabupaten Pohuwato melanjutkan "
                         "kegiatan dengan sosialisasi keimigrasian kepada aparat desa.")
    meetings = {(m["kind"], m["date"]) for m in _read(text)["meetings"]}
    assert meetings == {("OPERATION", "2023-05-09"), ("SOCIALIZATION", "2023-05-10")}


def test_a_meeting_room_on_another_day_is_no_event() -> None:
    text = _OPERATION + ("Tim telah dibekali di Ruang Rapat Kantor Bupati "
                         "Pohuwato, Senin (8/5/2023), oleh Kantor Imigrasi Kelas I TPI Gorontalo "
                         "dan Polres Pohuwato.")
    kinds = [m["kind"] for m in _read(text)["meetings"]]
    assert "COORDINATION" not in kinds
