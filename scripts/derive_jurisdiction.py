"""Write src/sinergi/data/jurisdiction_derived.csv: the jurisdiction no source states.

Runs ``sinergi.reference.derived.derive`` over ``offices.csv`` and the kab/kota
centroids (area-weighted, from the kab/kota boundaries GeoJSON), and writes one row per
office, kab/kota and period with the rule that gave it. Run it after every change to
``offices.csv``; ``--check`` exits 1 when the committed file differs from what it would
write (so a stale file is caught), without writing.

    python scripts/derive_jurisdiction.py [--boundaries kabkota.geojson] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sinergi.reference.derived import DERIVED_FILE, Point, derive, write_derived
from sinergi.reference.gazetteer import build_gazetteer
from sinergi.reference.offices import read_offices

DATA = Path(__file__).resolve().parents[1] / "src" / "sinergi" / "data"


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(signed area, x, y) of one closed ring of [lon, lat] points (shoelace)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def centroids(path: Path) -> dict[str, Point]:
    """Kab/kota code -> (lat, lon): the area-weighted centroid of its outer rings."""
    out: dict[str, Point] = {}
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        parts = [_ring_centroid(p[0]) for p in polygons]
        total = sum(abs(a) for a, _, _ in parts) or 1.0
        lon = sum(abs(a) * x for a, x, _ in parts) / total
        lat = sum(abs(a) * y for a, _, y in parts) / total
        out[feature["properties"]["code"]] = (lat, lon)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", type=Path,
                        default=DATA / "boundaries" / "kabkota.geojson")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    if not args.boundaries.is_file():
        print(f"{args.boundaries}: no kab/kota boundaries GeoJSON (features with "
              "properties.code); pass --boundaries PATH", file=sys.stderr)
        return 2
    gaz = build_gazetteer(DATA)
    text = write_derived(derive(read_offices(DATA, gaz), gaz, centroids(args.boundaries)))
    target = DATA / DERIVED_FILE
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is stale: run scripts/derive_jurisdiction.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
