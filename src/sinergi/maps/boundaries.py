"""The kab/kota shapes shipped with the package (``data/boundaries/kabkota.geojson``).

Generated once by ``scripts/build_boundaries.py`` from cahyadsn/wilayah_boundaries (MIT,
licence and provenance beside the file). Read once per process and kept: the map of a
province is a slice of the national one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

ATTRIBUTION = ("Batas wilayah / boundaries: cahyadsn/wilayah_boundaries (MIT), "
               "https://github.com/cahyadsn/wilayah_boundaries")


@dataclass(frozen=True)
class Boundary:
    """One kab/kota: its Kemendagri code, name, province code and GeoJSON geometry."""

    code: str
    name: str
    province: str
    geometry: dict[str, Any]

    def polygons(self) -> list[list[list[list[float]]]]:
        """Always a list of polygons (each a list of rings of [lng, lat])."""
        coords = self.geometry["coordinates"]
        return [coords] if self.geometry["type"] == "Polygon" else list(coords)


@lru_cache(maxsize=1)
def boundaries() -> tuple[Boundary, ...]:
    """Every kab/kota (514), in code order."""
    path = resources.files("sinergi") / "data" / "boundaries" / "kabkota.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    found = [Boundary(f["properties"]["code"], f["properties"]["name"],
                      f["properties"]["province"], f["geometry"]) for f in data["features"]]
    return tuple(sorted(found, key=lambda b: b.code))


def for_province(province: str | None) -> tuple[Boundary, ...]:
    """The kab/kota of one province, or all of them for None."""
    every = boundaries()
    return every if not province else tuple(b for b in every if b.province == province)


@lru_cache(maxsize=1)
def province_outlines() -> dict[str, dict[str, Any]]:
    """Each province's outline (GeoJSON geometry), the borders of the national map."""
    path = resources.files("sinergi") / "data" / "boundaries" / "provinces.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["province"]: f["geometry"] for f in data["features"]}
