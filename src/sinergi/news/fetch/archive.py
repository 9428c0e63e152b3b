"""The archive ``sinergi fetch`` writes: JSON Lines in the ``articles.jsonl`` shape
(``id``, ``url``, ``title``, ``published``, ``text``, read back by ``sinergi load
articles``) plus where and when each page was read (``final_url``, ``canonical_url``,
``fetched_at``, ``content_sha256``, ``language``, ``published_from``) and the raw HTML,
kept beside the archive as ``<archive stem>-html/<content_sha256>.html`` for provenance.

Only whole articles are appended, one line each, after their HTML is on disk; a page
that failed leaves no trace here.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...extract import Article
from .page import Page


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def record(page: Page, *, url: str, final_url: str, raw: bytes,
           extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """One archive line for ``page`` read from ``url`` (``raw_html`` is set by ``append``)."""
    out: dict[str, Any] = {
        "id": page.canonical_url, "url": page.canonical_url, "title": page.title,
        "published": page.published, "text": page.text,
        "published_from": page.published_from, "language": page.language,
        "requested_url": url, "final_url": final_url, "canonical_url": page.canonical_url,
        "fetched_at": now_iso(), "content_sha256": sha256(raw),
    }
    out.update({k: v for k, v in (extra or {}).items() if v is not None})
    return out


class Archive:
    """Appends records to ``path`` and their raw HTML to the folder beside it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.raw_dir = path.with_name(f"{path.stem}-html")

    def append(self, rec: dict[str, Any], raw: bytes) -> dict[str, Any]:
        self.raw_dir.mkdir(parents=True, exist_ok=True)
        raw_path = self.raw_dir / f"{rec['content_sha256']}.html"
        if not raw_path.exists():
            raw_path.write_bytes(raw)
        rec = {**rec, "raw_html": f"{self.raw_dir.name}/{raw_path.name}"}
        line = json.dumps(rec, ensure_ascii=False) + "\n"
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line)
        return rec


def to_article(rec: dict[str, Any]) -> Article:
    """An archive record as the extractor reads it (its date passed as ``published``)."""
    return Article(source=rec["id"], text=rec["text"], url=rec.get("url"),
                   title=rec.get("title"), published=rec.get("published"))


__all__ = ["Archive", "now_iso", "record", "sha256", "to_article"]
