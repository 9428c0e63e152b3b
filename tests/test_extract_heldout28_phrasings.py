"""Read from the misses of bench/heldout28 (issue 14): the capital's province is "DKI
Jakarta" as a place, as in office names, not the reference data's full name. Every text
is written for these tests."""

from __future__ import annotations

from extracted import read as _read
from sinergi.reference.gazetteer import short_name


def test_the_capitals_province_is_dki_jakarta() -> None:
    text = ("Jakarta - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi DKI "
            "Jakarta dan Kantor Imigrasi Kelas I Khusus Non TPI Jakarta Selatan menandatangani "
            "perjanjian kerja sama layanan paspor di Mal Pelayanan Publik, Selasa (9/5/2023).")
    places = {i["place"] for i in _read(text)["institutions"]}
    assert places == {"DKI Jakarta", "Jakarta Selatan"}
    assert short_name("Daerah Khusus Ibukota Jakarta") == "DKI Jakarta"
    assert short_name("Daerah Istimewa Yogyakarta") == "Daerah Istimewa Yogyakarta"
