"""The coverage map as one self-contained HTML page (inline CSS and SVG, no script):
the landing page of the dashboard and the file ``sinergi viz map`` writes.

Bahasa Indonesia by default, English with ``lang="en"``. Every kab/kota is one shape
coloured by status; its ``<title>`` (shown on hover) names it, its status and the
serving Kanim; with ``links`` it leads to the kab/kota page ``/wilayah/{code}``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..questions.vocabulary import COVERAGE_STATUS, TOPIC
from ..schema import Topic
from .boundaries import ATTRIBUTION
from .status import CoverageMap, RegionStatus
from .svg import Shape, svg
from .words import WORDS

NATIONAL = (1200, 600)
PROVINCE = (900, 640)
SOURCE_URL = "https://github.com/cahyadsn/wilayah_boundaries"

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@lru_cache(maxsize=1)
def province_names() -> dict[str, str]:
    path = resources.files("sinergi") / "data" / "regions" / "provinces.csv"
    with path.open(encoding="utf-8") as fh:
        return {r["code"]: r["name"] for r in csv.DictReader(fh)}


@dataclass
class Links:
    """Where the page's links lead; None for the file (no server behind it)."""

    region: str | None = "/wilayah/{code}"
    form: str | None = "/"
    extra: dict[str, str] = field(default_factory=dict)


def status_label(region: RegionStatus, lang: str) -> str:
    if region.coverage is None:
        return WORDS[lang]["not_in_graph"]
    return COVERAGE_STATUS.label(region.coverage, lang)


def css_class(region: RegionStatus) -> str:
    finer = {"team": " st-team", "province-only": " st-province"}.get(region.coverage or "", "")
    return f"st-{region.status}{finer}"


def hover(region: RegionStatus, lang: str) -> str:
    words = WORDS[lang]
    offices = ", ".join(o.name for o in region.offices) or words["no_office"]
    return (f"{region.name} ({region.code}): {status_label(region, lang)}. "
            f"{words['office']}: {offices}")


def _query(answer: CoverageMap, lang: str) -> str:
    return urlencode({"topic": answer.topic, "as_of": answer.as_of, "lang": lang})


def legend(answer: CoverageMap, lang: str) -> list[dict[str, Any]]:
    counts = answer.counts()
    finer = {"team": 0, "province-only": 0}
    for r in answer.regions:
        if r.coverage in finer:
            finer[r.coverage] += 1
    rows = []
    for status in ("signed", "planned", "none", "unknown"):
        rows.append({"css": f"st-{status}", "label": COVERAGE_STATUS.label(status, lang),
                     "note": WORDS[lang][f"means_{status}"], "count": counts[status]})
        if status == "none":
            for value, css in (("team", "st-none st-team"),
                               ("province-only", "st-none st-province")):
                rows.append({"css": css, "label": COVERAGE_STATUS.label(value, lang),
                             "note": WORDS[lang][f"means_{value}"], "count": finer[value],
                             "sub": True})
    return rows


def render(answer: CoverageMap, lang: str = "id", links: Links | None = None) -> str:
    """The page of ``answer`` in ``lang``; ``links=None`` draws the self-contained file."""
    lang = lang if lang in WORDS else "id"
    words = WORDS[lang]
    size = PROVINCE if answer.province else NATIONAL
    query = _query(answer, lang)
    shapes = [Shape(r.code, css_class(r), hover(r, lang),
                    (links.region.format(code=r.code) + "?" + query)
                    if links and links.region else None)
              for r in answer.regions]
    names = province_names()
    place = names.get(answer.province or "", words["indonesia"])
    drawing = svg(answer.province, shapes, width=size[0], max_height=size[1],
                  label=f"{words['map_of']} {TOPIC.label(answer.topic, lang)}, {place}")
    return _ENV.get_template("peta.html").render(
        t=words, lang=lang, answer=answer, place=place, svg=Markup(drawing),
        legend=legend(answer, lang), total=len(answer.regions),
        topic_label=TOPIC.label(answer.topic, lang),
        topics=[(t.value, TOPIC.label(t.value, lang)) for t in Topic],
        provinces=sorted(names.items()), links=links,
        missing=[names.get(c, c) for c in answer.missing_provinces],
        attribution=ATTRIBUTION, source_url=SOURCE_URL,
    )


def render_empty(message: str, lang: str = "id", links: Links | None = None,
                 topic: str = "TIMPORA") -> str:
    """No map: the graph has no regions. Says what to load instead of a blank map."""
    lang = lang if lang in WORDS else "id"
    words = WORDS[lang]
    return _ENV.get_template("peta.html").render(
        t=words, lang=lang, answer=None, empty=message, links=links, place="",
        topics=[(t.value, TOPIC.label(t.value, lang)) for t in Topic],
        provinces=sorted(province_names().items()), topic_value=topic,
        attribution=ATTRIBUTION, source_url=SOURCE_URL,
    )
