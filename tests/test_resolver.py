"""The resolver: written forms as they appear in headlines and datelines -> graph keys.

All forms below were written for this test in the style of regional news; none is
copied from an article.
"""

from __future__ import annotations

import pytest

from sinergi.reference.gazetteer import load_gazetteer
from sinergi.reference.resolver import Resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_gazetteer())


FORMS = [
    # regional governments
    ("Pemkab Kukar", None, None, "pemkab:64.02"),
    ("Pemko Banjarmasin", None, None, "pemkot:63.71"),
    ("Pemkot Banjarmasin", None, None, "pemkot:63.71"),
    ("Pemerintah Kota Banjarmasin", None, None, "pemkot:63.71"),
    ("Pemda Kotabaru", None, None, "pemkab:63.02"),
    ("Pemerintah Kabupaten Tanah Bumbu", None, None, "pemkab:63.10"),
    ("Pemkab Tanbu", None, None, "pemkab:63.10"),
    ("Pemkab Kutai Timur", None, None, "pemkab:64.08"),
    ("Pemkab Kutim", None, None, "pemkab:64.08"),
    ("Pemkab PPU", None, None, "pemkab:64.09"),
    ("Pemkab Mahulu", None, None, "pemkab:64.11"),
    ("Pemkab HST", None, None, "pemkab:63.07"),
    ("Pemkab Batola", None, None, "pemkab:63.04"),
    ("Pemkab Kobar", None, None, "pemkab:62.01"),
    ("Pemkab Kotim", None, None, "pemkab:62.02"),
    ("Pemkab Kubu Raya", None, None, "pemkab:61.12"),
    ("Pemkab Deliserdang", None, None, "pemkab:12.07"),
    ("Pemkab Deli Serdang", None, None, "pemkab:12.07"),
    ("Pemkab Muba", None, None, "pemkab:16.06"),
    ("Pemko Banjar Baru", None, None, "pemkot:63.72"),
    ("Pemkot Palangka Raya", None, None, "pemkot:62.71"),
    ("Pemkot Samarinda", None, None, "pemkot:64.72"),
    ("Pemprov Kalsel", None, None, "pemprov:63"),
    ("Pemprov Kaltim", None, None, "pemprov:64"),
    ("Pemerintah Provinsi Kalimantan Utara", None, None, "pemprov:65"),
    ("Pemerintah Daerah Provinsi Kalimantan Barat", None, None, "pemprov:61"),
    ("Pemprov Jatim", None, None, "pemprov:35"),
    ("Kabupaten Kotabaru", "PEMKAB", None, "pemkab:63.02"),
    ("Banjarmasin", "PEMKOT", None, "pemkot:63.71"),
    ("Kutai Kartanegara", "PEMKAB", None, "pemkab:64.02"),
    # immigration offices, with and without class
    ("Kanim Kelas II TPI Batulicin", None, None, "kanim:batulicin"),
    ("Imigrasi Batulicin", None, None, "kanim:batulicin"),
    ("Kantor Imigrasi Batulicin", None, None, "kanim:batulicin"),
    ("Kantor Imigrasi Kelas II TPI Batulicin", None, None, "kanim:batulicin"),
    ("Kantor Imigrasi Kelas I TPI Banjarmasin", None, None, "kanim:banjarmasin"),
    ("Imigrasi Banjarmasin", None, None, "kanim:banjarmasin"),
    ("Kanim Samarinda", None, None, "kanim:samarinda"),
    ("Imigrasi Kelas I TPI Balikpapan", None, None, "kanim:balikpapan"),
    ("Kantor Imigrasi Tanjung Redeb", None, None, "kanim:tanjung-redeb"),
    ("Imigrasi Berau", None, None, "kanim:tanjung-redeb"),
    ("Kanim Tarakan", None, None, "kanim:tarakan"),
    ("Imigrasi Nunukan", None, None, "kanim:nunukan"),
    ("Kantor Imigrasi Kelas I Non TPI Palangka Raya", None, None, "kanim:palangka-raya"),
    ("Imigrasi Palangkaraya", None, None, "kanim:palangka-raya"),
    ("Imigrasi Sampit", None, None, "kanim:sampit"),
    ("Kanim Entikong", None, None, "kanim:entikong"),
    ("Kantor Imigrasi Kelas III TPI Putussibau", None, None, "kanim:putussibau"),
    ("Imigrasi Singkawang", None, None, "kanim:singkawang"),
    ("Batulicin", "KANIM", None, "kanim:batulicin"),
    ("ULP Barabai", None, None, "ulp:barabai"),
    ("UKK Balangan", None, None, "ulp:balangan"),
    ("UKK Imigrasi Tapin", None, None, "ulp:tapin"),
    ("MPP Kukar", None, None, "mpp:64.02"),
    ("Mal Pelayanan Publik Kutai Kartanegara", None, None, "mpp:64.02"),
    # regional offices and the centre
    ("Kanwil Kemenkumham Kalsel", None, None, "kanwil:63:kemenkumham"),
    ("Kantor Wilayah Kementerian Hukum dan HAM Kalimantan Selatan", None, None,
     "kanwil:63:kemenkumham"),
    ("Divisi Keimigrasian Kanwil Kemenkumham Kalteng", None, None, "kanwil:62:kemenkumham"),
    ("Kantor Wilayah Ditjen Imigrasi Kalimantan Selatan", None, None, "kanwil:63:ditjenim"),
    ("Kanwil Imigrasi Kalsel", None, None, "kanwil:63:ditjenim"),
    ("Kantor Wilayah Direktorat Jenderal Imigrasi Kalimantan Timur", None, None,
     "kanwil:64:ditjenim"),
    ("Kanwil Ditjenim Kalteng", None, None, "kanwil:62:ditjenim"),
    ("Kanwil Ditjen Imigrasi Jawa Timur", None, None, "kanwil:35:ditjenim"),
    ("Kemenkumham Kaltim", None, None, "kanwil:64:kemenkumham"),
    ("Ditjen Imigrasi", None, None, "imigrasi_pusat:-:direktorat-jenderal-imigrasi"),
    ("Direktorat Jenderal Imigrasi", None, None, "imigrasi_pusat:-:direktorat-jenderal-imigrasi"),
    ("Kemenimipas", None, None, "imigrasi_pusat:-:kementerian-imigrasi-dan-pemasyarakatan"),
    ("Kemenkumham", None, None, "imigrasi_pusat:-:kementerian-hukum-dan-hak-asasi-manusia"),
    # secretariats, services and teams
    ("Setdako Banjarmasin", None, None, "setda:63.71:sekretariat-daerah-kota-banjarmasin"),
    ("Sekretariat Daerah Kota Banjarmasin", None, None,
     "setda:63.71:sekretariat-daerah-kota-banjarmasin"),
    ("Setda Kabupaten Tabalong", None, None, "setda:63.09:sekretariat-daerah-kabupaten-tabalong"),
    ("Disdukcapil Kukar", None, None,
     "dinas:64.02:dinas-kependudukan-dan-pencatatan-sipil-kabupaten-kutai-kartanegara"),
    ("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kutai Kartanegara", None, None,
     "dinas:64.02:dinas-kependudukan-dan-pencatatan-sipil-kabupaten-kutai-kartanegara"),
    ("Kesbangpol Nunukan", None, None, "kesbangpol:65.03"),
    ("DPRD Tabalong", None, None, "dprd:63.09"),
    ("Timpora Kabupaten Tanah Bumbu", None, None, "timpora:63.10"),
    ("Timpora Kecamatan Sandaran", None, None, "timpora:64.08.11"),
]


@pytest.mark.parametrize("text, kind, context, key", FORMS, ids=[f[0] for f in FORMS])
def test_written_forms_resolve_to_keys(resolver, text, kind, context, key):
    res = resolver.resolve(text, kind=kind, context=context)
    assert res.key == key, res
    assert res.confidence >= 0.5


def test_at_least_sixty_forms():
    assert len(FORMS) >= 60


def test_reference_rules_are_marked(resolver):
    # The article loader trusts names only from rules starting with "reference".
    assert resolver.resolve("Pemkab Kukar").rule.startswith("reference")
    assert resolver.resolve("Imigrasi Batulicin").rule.startswith("reference")
    assert not resolver.resolve("Setdako Banjarmasin").rule.startswith("reference")


def test_resolution_carries_canonical_name_and_place(resolver):
    res = resolver.resolve("Pemkab Kukar")
    assert (res.kind, res.name, res.place, res.region_code) == (
        "PEMKAB", "Pemerintah Kabupaten Kutai Kartanegara", "Kutai Kartanegara", "64.02")
    office = resolver.resolve("Kanim Kelas II TPI Batulicin")
    assert (office.kind, office.place, office.region_code) == ("KANIM", "Batulicin", "63.10")


def test_ambiguous_pemda_is_not_guessed(resolver):
    res = resolver.resolve("Pemda Bekasi")
    assert res.key is None and res.rule == "ambiguous"
    assert set(res.candidates) == {"pemkab:32.16", "pemkot:32.75"}


@pytest.mark.parametrize(
    "text, context, key",
    [
        ("Pemda Bekasi", "Wali Kota Bekasi membuka rapat koordinasi", "pemkot:32.75"),
        ("Pemda Bekasi", "Bupati Bekasi menerima kunjungan", "pemkab:32.16"),
        ("Pemda Bekasi", "di Kabupaten Bekasi, Jawa Barat", "pemkab:32.16"),
        ("Pemerintah Kota Bekasi", None, "pemkot:32.75"),
        ("Pemkab Bekasi", None, "pemkab:32.16"),
    ],
)
def test_ambiguity_settled_by_text_or_context(resolver, text, context, key):
    assert resolver.resolve(text, context=context).key == key


def test_bare_region_names(resolver):
    assert resolver.resolve("Kotabaru").key == "63.02"
    bekasi = resolver.resolve("Bekasi")
    assert bekasi.key is None and set(bekasi.candidates) == {"32.16", "32.75"}


def test_kanwil_without_ministry_is_ambiguous(resolver):
    res = resolver.resolve("Kanwil Kalsel")
    assert res.key is None and res.rule == "ambiguous"
    assert set(res.candidates) == {"kanwil:63:ditjenim", "kanwil:63:kemenkumham"}


def test_unknown_bodies_get_deterministic_low_confidence_keys(resolver):
    a = resolver.resolve("PT Sinar Borneo Sejahtera", kind="NON_GOV")
    b = resolver.resolve("PT Sinar Borneo Sejahtera", kind="NON_GOV")
    assert a.key == b.key == "non_gov:-:pt-sinar-borneo-sejahtera"
    assert a.confidence < 0.5 and a.rule == "unknown"
    # An office the register does not list gets the key the register would give it.
    office = resolver.resolve("Kantor Imigrasi Kelas II Non TPI Khayalan")
    assert office.key == "kanim:khayalan" and office.confidence < 0.9
    assert not office.rule.startswith("reference")
    listed = resolver.resolve("Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta")
    assert (listed.key, listed.rule) == ("kanim:soekarno-hatta", "reference:office")
    assert resolver.resolve("Pemkab Khayalan").key == "pemkab:khayalan"


def test_other_ministry_kanwil_is_keyed_by_name(resolver):
    res = resolver.resolve("Kanwil Kemenag Kalsel")
    assert res.kind == "KANWIL" and res.region_code == "63"
    assert res.key not in ("kanwil:63:ditjenim", "kanwil:63:kemenkumham")


def test_place_from_context_when_the_name_has_none(resolver):
    res = resolver.resolve("Disdukcapil", context="Kukar")
    assert res.region_code == "64.02" and res.kind == "DINAS"


@pytest.mark.parametrize(("written", "key"), [
    ("Pemkab Gorut", "pemkab:75.05"),
    ("Pemkab Lampura", "pemkab:18.03"),
    ("Pemkab Tubaba", "pemkab:18.12"),
    ("Pemkab Konut", "pemkab:74.09"),
    ("Pemkab Malteng", "pemkab:81.01"),
    ("Pemkab Pasbar", "pemkab:13.12"),
])
def test_short_forms_of_regencies_in_news(resolver: Resolver, written: str, key: str) -> None:
    """Short forms regional news use for regencies outside Kalimantan (added with the
    articles of issue 14's invented sets, which used them)."""
    assert resolver.resolve(written).key == key
