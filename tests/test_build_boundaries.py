"""scripts/build_boundaries.py reads the source's SQL rows the way they are written:
[lat, lng] pairs, polygons and multipolygons, quoted names; and refuses surprises."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parent.parent / "scripts" / "build_boundaries.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_boundaries", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CITY = "[[[-3.0,114.0],[-3.0,115.0],[-4.0,115.0],[-3.0,114.0]]]"
ISLANDS = ("[[[[-3.0,116.0],[-3.0,116.5],[-3.5,116.5],[-3.0,116.0]]],"
           "[[[-4.0,116.0],[-4.0,116.2],[-4.2,116.2],[-4.0,116.0]]]]")
SQL = (
    "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n"
    f"\t('63.71','Kota Uji',-3.3,114.6,'{CITY}'),\n"
    f"\t('63.10','Kabupaten Pulau O''Uji',-3.4,115.6,'{ISLANDS}');\n"
)


def test_rows_become_lng_lat_polygons_and_multipolygons() -> None:
    build = _script()
    found = build.parse({"kab_63.sql": SQL})
    assert set(found) == {"63.71", "63.10"}
    name, city = found["63.71"]
    assert name == "Kota Uji" and city.geom_type == "Polygon"
    assert city.bounds == (114.0, -4.0, 115.0, -3.0)  # x is the longitude
    name, regency = found["63.10"]
    assert name == "Kabupaten Pulau O'Uji" and regency.geom_type == "MultiPolygon"
    assert len(regency.geoms) == 2


def test_a_code_given_twice_or_a_strange_path_is_refused() -> None:
    build = _script()
    with pytest.raises(SystemExit, match="given twice"):
        build.parse({"a.sql": SQL, "b.sql": SQL})
    flat = SQL.replace("[[[-3.0,114.0]", "[[-3.0,114.0]").replace("114.0]]]')", "114.0]]')")
    with pytest.raises(SystemExit, match="nested 2 deep"):
        build.parse({"c.sql": flat})
