"""The coverage map drawn on the server as SVG: one ``<path>`` per kab/kota, no script.

The shapes are projected (plate carrée: Indonesia straddles the equator, so degrees of
longitude and latitude are nearly the same length) into a box ``width`` pixels wide,
then simplified again to what a pixel can show (Douglas-Peucker at ``TOLERANCE_PX``);
islands smaller than a pixel are left out, except each kab/kota's largest part, so
every kab/kota keeps a shape. The outlines depend only on the province and width, so
they are computed once per process; only colours and titles change per answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from .boundaries import Boundary, for_province, province_outlines

TOLERANCE_PX = 0.35
MIN_AREA_PX = 0.6
Point = tuple[float, float]


@dataclass(frozen=True)
class Frame:
    """The projection of one map: degrees to pixels."""

    west: float
    north: float
    scale: float
    width: int
    height: int

    def project(self, lng: float, lat: float) -> Point:
        return ((lng - self.west) * self.scale, (self.north - lat) * self.scale)


def frame_for(shapes: Sequence[Boundary], width: int, max_height: int) -> Frame:
    xs, ys = [], []
    for b in shapes:
        for polygon in b.polygons():
            for lng, lat in polygon[0]:
                xs.append(lng)
                ys.append(lat)
    west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    scale = min(width / (east - west), max_height / (north - south))
    return Frame(west, north, scale, round((east - west) * scale), round((north - south) * scale))


def _simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative (rings can have thousands of points)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    tol2 = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = dx * dx + dy * dy
        best, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                d2 = (px - x1) ** 2 + (py - y1) ** 2
            else:
                cross = dx * (py - y1) - dy * (px - x1)
                d2 = cross * cross / norm
            if d2 > best:
                best, index = d2, i
        if best > tol2:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _area(points: Sequence[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2)
                   in zip(points, points[1:], strict=False))) / 2


def _ring_path(points: Sequence[Point]) -> str:
    head, *rest = points
    out = [f"M{head[0]:.1f} {head[1]:.1f}"]
    out += [f"L{x:.1f} {y:.1f}" for x, y in rest[:-1]]  # the last point repeats the first
    return "".join(out) + "Z"


def outline(shape: Boundary, project: Callable[[float, float], Point]) -> str:
    """The path ``d`` of one kab/kota: every part a pixel can show, and always its largest."""
    parts: list[tuple[float, str]] = []
    for polygon in shape.polygons():
        outer = [project(lng, lat) for lng, lat in polygon[0]]
        area = _area(outer)
        rings = [outer] + [[project(lng, lat) for lng, lat in r] for r in polygon[1:]]
        kept = [_simplify(r, TOLERANCE_PX) for r in rings]
        text = "".join(_ring_path(r) for i, r in enumerate(kept)
                       if len(r) >= 4 and (i == 0 or _area(r) >= MIN_AREA_PX))
        if len(kept[0]) < 4:  # a speck: draw it as its unsimplified outline
            text = _ring_path(outer)
        parts.append((area, text))
    best = max(range(len(parts)), key=lambda i: parts[i][0])
    return "".join(t for i, (a, t) in enumerate(parts) if a >= MIN_AREA_PX or i == best)


@lru_cache(maxsize=48)
def outlines(province: str | None, width: int, max_height: int) -> tuple[Frame, dict[str, str]]:
    """The frame and the path of every kab/kota of ``province`` (None: Indonesia)."""
    shapes = for_province(province)
    frame = frame_for(shapes, width, max_height)
    return frame, {b.code: outline(b, frame.project) for b in shapes}


@lru_cache(maxsize=8)
def borders(width: int, max_height: int) -> str:
    """The provinces' borders over the national map: one path, no fill."""
    frame, _ = outlines(None, width, max_height)
    parts = []
    for code, geometry in sorted(province_outlines().items()):
        shape = Boundary(code, code, code, geometry)
        parts.append(outline(shape, frame.project))
    return "".join(parts)


def warm(width: int, max_height: int) -> None:
    """Compute the national outlines ahead of the first request (about 2 s of CPU)."""
    borders(width, max_height)


@dataclass(frozen=True)
class Shape:
    """What the page draws for one kab/kota: its class, title and link."""

    code: str
    css: str
    title: str
    href: str | None


def svg(province: str | None, shapes: Sequence[Shape], *, width: int, max_height: int,
        label: str) -> str:
    frame, paths = outlines(province, width, max_height)
    lines = borders(width, max_height) if province is None else ""
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="peta" role="img" '
           f'aria-label="{escape(label)}" viewBox="0 0 {frame.width} {frame.height}" '
           f'width="{frame.width}" height="{frame.height}">', _DEFS]
    for s in shapes:
        path = (f'<path class="region {escape(s.css)}" data-code="{escape(s.code)}" '
                f'd="{paths[s.code]}"><title>{escape(s.title)}</title></path>')
        if s.href:
            path = f'<a href="{escape(s.href)}">{path}</a>'
        out.append(path)
    if lines:
        out.append(f'<path class="borders" d="{lines}"/>')
    out.append("</svg>")
    return "".join(out)


# Hatching for coverage's finer 'none' values: a Timpora team, a province-level agreement.
_DEFS = (
    '<defs>'
    '<pattern id="hatch-team" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4a582"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#ca0020" stroke-width="2"/></pattern>'
    '<pattern id="hatch-province" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(-45)"><rect width="6" height="6" fill="#f4a582"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#92c5de" stroke-width="2"/></pattern>'
    '</defs>'
)
