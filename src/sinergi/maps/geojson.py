"""The coverage map as a GeoJSON FeatureCollection (RFC 7946), for other dashboards.

One Feature per kab/kota: ``code``, ``name``, ``province``, ``status`` (signed, planned,
none, unknown), ``coverage`` (the coverage question's own status, null when the graph
does not hold the kab/kota), ``offices`` (the Kanim serving it on the day, key and name),
``agreements`` and ``jurisdiction``. The collection says what was asked, the counts per
status, and where the shapes come from.
"""

from __future__ import annotations

from typing import Any

from .boundaries import ATTRIBUTION
from .status import CoverageMap, RegionStatus


def feature(region: RegionStatus) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": region.code,
        "properties": {
            "code": region.code,
            "name": region.name,
            "province": region.boundary.province,
            "status": region.status,
            "coverage": region.coverage,
            "offices": [{"key": o.key, "name": o.name} for o in region.offices],
            "agreements": list(region.agreements),
            "jurisdiction": list(region.jurisdiction),
        },
        "geometry": region.boundary.geometry,
    }


def feature_collection(answer: CoverageMap) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "topic": answer.topic,
        "province": answer.province,
        "as_of": answer.as_of,
        "counts": answer.counts(),
        "missing_provinces": answer.missing_provinces,
        "attribution": ATTRIBUTION,
        "features": [feature(r) for r in answer.regions],
    }
