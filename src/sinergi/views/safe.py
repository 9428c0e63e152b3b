"""Making untrusted text safe for a network page.

Names, titles, evidence sentences and URLs come from news articles and planners'
spreadsheets, so they are hostile until proven otherwise. Everything that came
from data is HTML-escaped here, before pyvis sees it: vis-network and pyvis's own
templates put ``title`` into the DOM as HTML in places, and an escaped string is
inert wherever it ends up. The page decodes labels back to plain text only for
canvas drawing (``fillText`` never parses HTML). Links are http/https only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

# Browsers drop these inside URLs, which is how "java\tscript:" sneaks past naive checks.
_URL_JUNK = re.compile(r"[\x00-\x20\x7f\"'<>`\\]")
_MAX_TEXT = 600


def esc(value: object) -> str:
    """HTML-escape any value as text (quotes too, so it is safe in attributes)."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def clip(text: str, limit: int = _MAX_TEXT) -> str:
    """Shorten long evidence so one tooltip cannot swamp the page (before escaping)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe_url(url: object) -> str | None:
    """``url`` if it is an absolute http(s) URL with a host and nothing odd in it, else None."""
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not candidate or _URL_JUNK.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def link(url: object, text: str = "source") -> str:
    """An escaped ``<a>`` to an http(s) URL, or the escaped text when the URL is unsafe."""
    good = safe_url(url)
    if good is None:  # shown as inert text so the analyst still sees what the source said
        return f"{esc(text)}: {esc(url)} (not an http/https link)" if url else ""
    return (
        f'<a href="{esc(good)}" target="_blank" rel="noopener noreferrer nofollow">'
        f"{esc(text)}</a>"
    )


def tooltip(
    heading: object,
    fields: Iterable[tuple[str, object]],
    evidence: object = None,
    source_url: object = None,
    source_text: str = "source",
) -> str:
    """Tooltip HTML: a bold heading, ``label: value`` lines, the evidence and its link.

    Every value is escaped here; the labels are ours (still escaped, to be safe).
    """
    lines = [f"<b>{esc(heading)}</b>"]
    for label, value in fields:
        if value in (None, "", []):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list | tuple) else value
        lines.append(f"{esc(label)}: {esc(shown)}")
    if evidence:
        lines.append(f"<i>“{esc(clip(str(evidence)))}”</i>")
    if source_url:
        lines.append(link(source_url, source_text))
    return "<br>".join(lines)
