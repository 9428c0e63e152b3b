"""The coverage map: every kab/kota coloured by the status of a topic on a day.

``boundaries`` reads the shipped kab/kota shapes (cahyadsn/wilayah_boundaries, MIT;
see ``data/boundaries/PROVENANCE.md``), ``status`` asks the ``coverage`` question for
each province so the map and the coverage table can never disagree, ``geojson`` and
``svg`` draw the answer for other dashboards and for the page. Read side only.
"""

from .status import MAP_STATUSES, CoverageMap, RegionStatus, coverage_map

__all__ = ["MAP_STATUSES", "CoverageMap", "RegionStatus", "coverage_map"]
