"""Convert cahyadsn/wilayah_boundaries (MIT) into the kab/kota GeoJSON the map ships.

Run by hand, once per new release of the source (it is not part of the build):

    .venv/bin/pip install shapely          # in the "build" extra, never a runtime dependency
    .venv/bin/python scripts/build_boundaries.py --source PATH [--commit SHA]

``PATH`` is either a checkout of https://github.com/cahyadsn/wilayah_boundaries or its bare
git directory (then the files are read at ``--commit``, default HEAD). Only
``db/kab/wilayah_boundaries_kab_*.sql`` is read: one ``INSERT`` row per kab/kota with its
code, name, centroid and a JSON polygon or multipolygon of ``[lat, lng]`` pairs.

What it writes to ``src/sinergi/data/boundaries/``:

* ``kabkota.geojson``: one Feature per kab/kota (``code``, ``name``, ``province``), RFC 7946
  order ``[lng, lat]``, simplified with a Douglas-Peucker that keeps each shape valid
  (shapely ``preserve_topology``; neighbours share no vertices in the source, so each is
  simplified on its own) at ``TOLERANCE`` degrees (about 300 m; a national map is ~0.05
  degrees a pixel) and snapped to a ``GRID`` degree grid (about 11 m), each geometry made
  valid again after snapping;
* ``provinces.geojson``: each province's outline (the union of its kab/kota, simplified at
  ``PROVINCE_TOLERANCE``), the borders drawn over the national map;
* ``LICENSE`` (the source's MIT licence, kept as it must be) and ``PROVENANCE.md``.

It refuses to write anything unless the codes are exactly the 514 of
``src/sinergi/data/regions/kabkota.csv`` and every geometry is a valid (multi)polygon.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "sinergi" / "data" / "boundaries"
REGIONS = ROOT / "src" / "sinergi" / "data" / "regions" / "kabkota.csv"
SOURCE_REPO = "https://github.com/cahyadsn/wilayah_boundaries"
TOLERANCE = 0.003
PROVINCE_TOLERANCE = 0.01
CLOSE = 0.003  # degrees: gaps narrower than twice this between neighbours are closed
MIN_PROVINCE_PART = 0.0005  # square degrees, about 6 km2
GRID = 0.0001
ROW = re.compile(
    r"\('(\d\d\.\d\d)','((?:[^'\\]|\\.|'')*)',(-?[\d.]+),(-?[\d.]+),'(\[[^']*\])'\)"
)


def _read_sources(source: Path, commit: str) -> dict[str, str]:
    """File name -> SQL text of every kab/kota file, from a checkout or a git directory."""
    folder = source / "db" / "kab"
    if folder.is_dir():
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.sql"))}
    git = ["git", "--git-dir", str(source)]
    names = subprocess.run(git + ["ls-tree", "--name-only", commit, "db/kab/"],
                           capture_output=True, text=True, check=True).stdout.split()
    return {Path(n).name: subprocess.run(git + ["show", f"{commit}:{n}"], capture_output=True,
                                         text=True, check=True).stdout
            for n in names if n.endswith(".sql")}


def _commit_of(source: Path, commit: str) -> str:
    folder = source if not (source / "db").is_dir() else source / ".git"
    try:
        return subprocess.run(["git", "--git-dir", str(folder), "rev-parse", commit],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "unknown"


def _depth(value: Any) -> int:
    depth = 0
    while isinstance(value, list) and value:
        value, depth = value[0], depth + 1
    return depth


def _polygon(rings: list[list[list[float]]]) -> Polygon:
    # The source writes [lat, lng]; GeoJSON wants [lng, lat].
    flipped = [[(pt[1], pt[0]) for pt in ring] for ring in rings]
    return Polygon(flipped[0], flipped[1:])


def _geometry(path: list[Any], where: str) -> MultiPolygon | Polygon:
    depth = _depth(path)
    if depth == 3:
        geom: Any = _polygon(path)
    elif depth == 4:
        geom = MultiPolygon([_polygon(p) for p in path])
    else:
        raise SystemExit(f"{where}: path nested {depth} deep, expected a polygon or multipolygon")
    return shapely.make_valid(geom) if not geom.is_valid else geom


def _polygonal(geom: Any) -> Any:
    """make_valid may return a collection with stray lines; keep the polygons only."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def _simplify(geom: Any) -> Any:
    small = geom.simplify(TOLERANCE, preserve_topology=True)
    snapped = shapely.set_precision(small, GRID)
    if snapped.is_empty:  # a tiny island city: keep it at grid precision, unsimplified
        snapped = shapely.set_precision(geom, GRID)
    return _polygonal(shapely.make_valid(snapped))


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, list | tuple):
        return [_round(v) for v in value]
    return value


def parse(texts: dict[str, str]) -> dict[str, tuple[str, Any]]:
    found: dict[str, tuple[str, Any]] = {}
    for name, text in texts.items():
        for m in ROW.finditer(text):
            code, label = m.group(1), m.group(2).replace("''", "'").replace("\\'", "'")
            where = f"{name}: row {code}"
            if code in found:
                raise SystemExit(f"{where}: code given twice")
            found[code] = (label, _geometry(json.loads(m.group(5)), where))
    return found


def _check_codes(found: dict[str, tuple[str, Any]]) -> list[dict[str, str]]:
    with REGIONS.open(encoding="utf-8") as fh:
        regions = list(csv.DictReader(fh))
    ours = {r["code"] for r in regions}
    missing, extra = sorted(ours - set(found)), sorted(set(found) - ours)
    if missing or extra:
        raise SystemExit(f"codes differ from {REGIONS.name}: missing {missing}, unknown {extra}")
    return regions


def features(found: dict[str, tuple[str, Any]], regions: list[dict[str, str]]) -> list[dict]:
    out = []
    for region in regions:  # our order and our names (they match the source's, checked)
        geom = _simplify(found[region["code"]][1])
        if geom.is_empty or not geom.is_valid or geom.geom_type not in ("Polygon", "MultiPolygon"):
            raise SystemExit(f"{region['code']}: no valid polygon after simplification")
        shape = mapping(geom)
        out.append({"type": "Feature",
                    "properties": {"code": region["code"], "name": region["name"],
                                   "province": region["province_code"]},
                    "geometry": {"type": shape["type"],
                                 "coordinates": _round(shape["coordinates"])}})
    return out


def province_features(found: dict[str, tuple[str, Any]],
                      regions: list[dict[str, str]]) -> list[dict]:
    """Each province's outline (the union of its kab/kota), for the borders the national
    map draws over the kab/kota; coarser (``PROVINCE_TOLERANCE``), drawn at that scale."""
    by_province: dict[str, list[Any]] = {}
    for region in regions:
        by_province.setdefault(region["province_code"], []).append(found[region["code"]][1])
    out = []
    for code, parts in sorted(by_province.items()):
        # Close the slivers between neighbours (they share no vertices) and keep outer
        # rings of parts a border line can show: holes and specks are the kab/kota's job.
        merged = shapely.union_all(parts).buffer(CLOSE).buffer(-CLOSE)
        polygons = [Polygon(g.exterior) for g in getattr(merged, "geoms", [merged])
                    if g.geom_type == "Polygon" and g.area >= MIN_PROVINCE_PART]
        small = MultiPolygon(polygons).simplify(PROVINCE_TOLERANCE, preserve_topology=True)
        geom = _polygonal(shapely.make_valid(shapely.set_precision(small, GRID)))
        if geom.is_empty:
            raise SystemExit(f"province {code}: no outline after simplification")
        shape = mapping(geom)
        out.append({"type": "Feature", "properties": {"province": code},
                    "geometry": {"type": shape["type"],
                                 "coordinates": _round(shape["coordinates"])}})
    return out


def _provenance(commit: str, renamed: list[str], size: int) -> str:
    today = dt.date.today().isoformat()
    lines = [
        "# Provenance of the kab/kota boundaries",
        "",
        f"`kabkota.geojson` was generated by `scripts/build_boundaries.py` on {today} from",
        f"{SOURCE_REPO} at commit `{commit}` (files `db/kab/*.sql`), by Cahya DSN,",
        "under the MIT licence (`LICENSE` beside this file, kept as the licence requires).",
        "",
        "The source says it follows Kepmendagri No. 300.2.2-2430 Tahun 2025; its 514 kab/kota",
        "codes are exactly those of `../regions/kabkota.csv` (Kepmendagri No. 300.2.2-2138",
        "Tahun 2025), which the script checks before it writes anything.",
        "",
        f"Simplified (Douglas-Peucker that keeps each shape valid, tolerance {TOLERANCE}",
        f"degrees, about 300 m), snapped to a {GRID} degree grid and made valid; coordinates",
        f"are `[longitude, latitude]` (RFC 7946). Size: {size} bytes. Neighbours do not share",
        "vertices in the source, so each shape is simplified on its own: thin slivers or",
        "overlaps of up to about 300 m can appear along shared borders. Do not edit by hand:",
        "fix the script or the source and regenerate.",
        "",
        "`provinces.geojson`: each province's outline, the union of its kab/kota above,",
        f"simplified at {PROVINCE_TOLERANCE} degrees: the borders the national map draws.",
    ]
    if renamed:
        lines += ["", "Names that differ from the source (ours kept):", ""]
        lines += [f"* {r}" for r in renamed]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True,
                        help="checkout or git directory of cahyadsn/wilayah_boundaries")
    parser.add_argument("--commit", default="HEAD", help="commit to read from a git directory")
    args = parser.parse_args(argv)
    texts = _read_sources(args.source, args.commit)
    found = parse(texts)
    regions = _check_codes(found)
    renamed = [f"{r['code']}: {found[r['code']][0]!r} -> {r['name']!r}"
               for r in regions if found[r["code"]][0] != r["name"]]
    collection = {"type": "FeatureCollection", "features": features(found, regions)}
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "kabkota.geojson").write_text(text + "\n", encoding="utf-8")
    provinces = {"type": "FeatureCollection", "features": province_features(found, regions)}
    (OUT / "provinces.geojson").write_text(
        json.dumps(provinces, ensure_ascii=False, separators=(",", ":")) + "\n",
        encoding="utf-8")
    licence = subprocess.run(["git", "--git-dir", str(args.source), "show",
                              f"{args.commit}:LICENSE"], capture_output=True, text=True)
    if (args.source / "LICENSE").is_file():
        (OUT / "LICENSE").write_text((args.source / "LICENSE").read_text(encoding="utf-8"))
    elif licence.returncode == 0:
        (OUT / "LICENSE").write_text(licence.stdout, encoding="utf-8")
    else:
        raise SystemExit("the source has no LICENSE: refusing to ship its data without it")
    commit = _commit_of(args.source, args.commit)
    (OUT / "PROVENANCE.md").write_text(_provenance(commit, renamed, len(text) + 1),
                                       encoding="utf-8")
    print(f"{len(collection['features'])} kab/kota, {len(text) + 1} bytes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
