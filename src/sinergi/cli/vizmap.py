"""``sinergi viz map``: the coverage map as one self-contained HTML file (inline SVG and
CSS, no script, no network), the same drawing as the dashboard's landing page."""

from __future__ import annotations

from pathlib import Path

from ..errors import ParameterError
from .common import open_store, settings

PARAMS = ("topic", "province", "as_of", "lang")


def write_map(params: dict[str, str], topic: str | None, out: Path, lang: str = "id") -> Path:
    """Write the map of ``params`` (topic, province, as_of; lang overrides ``lang``, the
    --lang option) to ``out``."""
    from ..maps.page import render
    from ..maps.status import coverage_map

    unknown = sorted(set(params) - set(PARAMS))
    if unknown:
        raise ParameterError(f"{unknown[0]}: unknown parameter; the map takes: "
                             f"{', '.join(PARAMS)}", param=unknown[0])
    lang = params.get("lang") or lang
    if lang not in ("id", "en"):
        raise ParameterError(f"lang: expected id or en, got {lang!r}", param="lang")
    with open_store() as store:
        answer = coverage_map(store, params.get("topic") or topic, params.get("province"),
                              params.get("as_of"), settings=settings())
    html = render(answer, lang, links=None)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
