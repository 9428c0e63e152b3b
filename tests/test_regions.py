"""The vendored region CSVs (Kepmendagri 300.2.2-2138/2025) and the gazetteer built on them."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from sinergi.errors import InputError
from sinergi.reference.gazetteer import build_gazetteer, load_gazetteer, norm


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _package_rows(name: str) -> list[dict[str, str]]:
    # Through importlib.resources, as an installed wheel would be read.
    source = resources.files("sinergi").joinpath("data", "regions", name)
    with source.open("r", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_package_data_is_readable_through_importlib_resources():
    assert len(_package_rows("provinces.csv")) == 38
    assert len(_package_rows("kabkota.csv")) == 514
    assert len(_package_rows("kecamatan.csv")) == 7285
    provenance = resources.files("sinergi").joinpath("data", "regions", "PROVENANCE.md")
    text = provenance.read_text(encoding="utf-8")
    assert "16d12bb752bc656434b5d5722d4d46f33cbbd8e9b3c9251f721baaadeda82615" in text
    assert "300.2.2-2138" in text and "Copyright (c) 2017-2025 Cahya DSN" in text


def test_pinned_counts(gaz):
    assert len(gaz.provinces()) == 38
    kabkota = gaz.kabkota()
    assert len(kabkota) == 514
    assert Counter(r.level for r in kabkota) == {"regency": 416, "city": 98}
    assert len(gaz.kabkota("63")) == 13
    assert len(gaz.kabkota("64")) == 10
    assert len(gaz.kabkota("65")) == 5
    assert len(gaz.kabkota("62")) == 14
    assert len(gaz.kabkota("61")) == 14


def test_codes_unique_and_new_papua_provinces_present():
    codes = [r["code"] for f in ("provinces.csv", "kabkota.csv", "kecamatan.csv")
             for r in _package_rows(f)]
    assert len(codes) == len(set(codes))
    provinces = {r["code"] for r in _package_rows("provinces.csv")}
    assert {"93", "94", "95", "96"} <= provinces


def test_banjarmasin(gaz):
    r = gaz.region("63.71")
    assert (r.name, r.short_name, r.level, r.province_code) == (
        "Kota Banjarmasin", "Banjarmasin", "city", "63")
    assert gaz.region("63.10").name == "Kabupaten Tanah Bumbu"
    assert gaz.region("63.10.01").parent_code == "63.10"
    assert gaz.region("99") is None


@pytest.mark.parametrize(
    "written, code",
    [
        ("Batulicin", "63.10.01"),
        ("Batu Licin", "63.10.01"),
        ("Deliserdang", "12.07"),
        ("Deli Serdang", "12.07"),
        ("Kukar", "64.02"),
        ("Tanbu", "63.10"),
        ("Kalsel", "63"),
        ("kaltim", "64"),
        ("Banjar Baru", "63.72"),
        ("Banjarbaru", "63.72"),
        ("Kab. Tanah Bumbu", "63.10"),
        ("Kota Banjarmasin", "63.71"),
        ("Palangka Raya", "62.71"),
        ("HSS", "63.06"),
        ("Mahulu", "64.11"),
        ("Sangatta", "64.08"),
        ("Tanjung Redeb", "64.03"),
        ("Entikong", "61.03.21"),
        ("Muba", "16.06"),
        # Former names: news from before the rename names the same regency.
        ("Maluku Tenggara Barat", "81.03"),
        ("Kabupaten Toba Samosir", "12.12"),
        ("Mamuju Utara", "76.01"),
    ],
)
def test_find_regions_by_name_and_alias(gaz, written, code):
    assert code in [r.code for r in gaz.find_regions(written)]


def test_ambiguous_names_return_every_candidate(gaz):
    assert [r.code for r in gaz.find_regions("Bekasi")] == ["32.16", "32.75"]
    assert [r.code for r in gaz.find_regions("Kota Bekasi")] == ["32.75"]
    assert [r.code for r in gaz.find_regions("Kabupaten Bekasi")] == ["32.16"]
    assert [r.code for r in gaz.find_regions("Bekasi", level="city")] == ["32.75"]
    assert gaz.find_regions("Martapura", level="district", province="Kalsel")[0].code == "63.03.05"
    assert gaz.find_regions("Atlantis") == []


@pytest.mark.parametrize(
    "written, place",
    [
        ("Kukar", "Kutai Kartanegara"),
        ("Kalsel", "Kalimantan Selatan"),
        ("Tanbu", "Tanah Bumbu"),
        ("Banjar Baru", "Banjarbaru"),
        ("Kabupaten Kotabaru", "Kotabaru"),
        ("Batulicin", "Batulicin"),
        ("Kota Banjarmasin", "Banjarmasin"),
        ("Nowhere Land", None),
    ],
)
def test_place_name(gaz, written, place):
    assert gaz.place_name(written) == place


def test_expand_abbreviation(gaz):
    assert gaz.expand_abbreviation("Pemko") == ("PEMKOT", "Pemerintah Kota")
    assert gaz.expand_abbreviation("pemkab") == ("PEMKAB", "Pemerintah Kabupaten")
    assert gaz.expand_abbreviation("Kanim") == ("KANIM", "Kantor Imigrasi")
    assert gaz.expand_abbreviation("Disdukcapil") == (
        "DINAS", "Dinas Kependudukan dan Pencatatan Sipil")
    assert gaz.expand_abbreviation("Pemda")[0] == "PEMDA"
    assert gaz.expand_abbreviation("Setdako") == ("SETDA", "Sekretariat Daerah Kota")
    assert gaz.expand_abbreviation("Banjarmasin") is None


def test_norm_ignores_case_space_and_punctuation():
    assert norm("Batu-Licin ") == norm("batulicin") == "batulicin"


def _copy_data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "regions").mkdir(parents=True)
    for name in ("provinces.csv", "kabkota.csv", "kecamatan.csv"):
        src = resources.files("sinergi").joinpath("data", "regions", name)
        (root / "regions" / name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    src = resources.files("sinergi").joinpath("data", "aliases.csv")
    (root / "aliases.csv").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def test_bad_kabkota_row_names_file_and_line(tmp_path):
    root = _copy_data(tmp_path)
    path = root / "regions" / "kabkota.csv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("63.99,Kabupaten Khayalan,kabupaten,77\n")
    with pytest.raises(InputError) as err:
        build_gazetteer(root)
    assert err.value.file.endswith("kabkota.csv")
    assert err.value.line == 516
    assert "unknown parent region 77" in err.value.message


def test_bad_alias_kind_is_refused(tmp_path):
    root = _copy_data(tmp_path)
    with (root / "aliases.csv").open("a", encoding="utf-8") as fh:
        fh.write("Kabkhayal,63.99,region,,\n")
    with pytest.raises(InputError, match="unknown region code '63.99'"):
        build_gazetteer(root)
