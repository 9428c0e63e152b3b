"""How every dashboard page is drawn: one Jinja2 environment (autoescaped) and the
helpers its templates call.

Pages are server-rendered with inline CSS and no CDN, so they work offline and need
no build step. Every key in a table links to its evidence page (``/evidence/{key}``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
# Keys of facts (agreement:..., meeting:..., pemkab:63.10); bare region codes are
# reference data, which no article reports, so they are not linked.
_KEY = re.compile(r"[a-z_]+:[^\s|]+(\|[^\s]+)*")
_SAFE_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)

#: Status words -> colour class; anything else is shown neutral.
STATUS_CLASS = {
    "covered": "ok", "signed": "ok", "active": "ok", "accepted": "ok", "yes": "ok",
    "planned": "warn", "partial": "warn", "stale": "warn", "needs_review": "warn",
    "expired": "bad", "terminated": "bad", "gap": "bad", "none": "bad", "missing": "bad",
    "no": "bad", "uncovered": "bad", "team": "warn", "province-only": "warn",
}

Lang = Annotated[str | None, Query(max_length=5, description="id (default) or en.")]


def evidence_href(key: str, lang: str) -> str:
    return f"/evidence/{quote(key, safe=':|.')}?lang={lang}"


def is_key(value: Any) -> bool:
    return isinstance(value, str) and bool(_KEY.fullmatch(value))


def status_class(column: str, value: Any) -> str:
    if "status" not in column.lower() or value is None:
        return ""
    word = str(value).strip().lower().replace(" ", "_")
    return f"st st-{STATUS_CLASS.get(word, 'other')}"


def safe_url(value: Any) -> str | None:
    return str(value) if isinstance(value, str) and _SAFE_URL.fullmatch(value) else None


ENV.globals.update(is_key=is_key, status_class=status_class, safe_url=safe_url,
                   evidence_href=evidence_href)


def page(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """``template`` rendered with ``context``, as an HTML response."""
    return HTMLResponse(ENV.get_template(template).render(**context), status_code=status_code)
