"""What ``sinergi fetch`` already read, so that nothing unchanged is fetched twice.

A small SQLite file in the data dir (``SINERGI_DATA_DIR/fetch-state.sqlite``) keeps,
per archive and page URL, the validators the server sent (ETag, Last-Modified) and the
hash of the article's text; and per feed or sitemap, its validators and the entries
it listed, so that a feed answering 304 still names its pages. Pages are keyed per
archive: fetching into another archive starts afresh, and so does an archive file
that was deleted.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS page (
    archive TEXT NOT NULL, url TEXT NOT NULL, etag TEXT, last_modified TEXT,
    text_sha256 TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (archive, url));
CREATE INDEX IF NOT EXISTS page_text ON page (archive, text_sha256);
CREATE TABLE IF NOT EXISTS listing (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, entries TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Seen:
    etag: str | None
    last_modified: str | None
    text_sha256: str
    fetched_at: str


class FetchState:
    """Page and listing memory for one archive; see the module docstring."""

    def __init__(self, path: Path, archive: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        # WAL without a sync per commit: a crash may forget the last pages read (they are
        # then read again, and the loader skips a text it already holds), while a sync
        # per page cost 30 ms, more than parsing it.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self.archive = str(archive.resolve())
        if not archive.exists():
            with self.db:
                self.db.execute("DELETE FROM page WHERE archive = ?", (self.archive,))

    def close(self) -> None:
        self.db.close()

    def page(self, url: str) -> Seen | None:
        row = self.db.execute(
            "SELECT etag, last_modified, text_sha256, fetched_at FROM page "
            "WHERE archive = ? AND url = ?", (self.archive, url)).fetchone()
        return Seen(*row) if row else None

    def has_text(self, text_sha256: str) -> bool:
        return self.db.execute("SELECT 1 FROM page WHERE archive = ? AND text_sha256 = ?",
                               (self.archive, text_sha256)).fetchone() is not None

    def remember_page(self, url: str, seen: Seen) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO page VALUES (?, ?, ?, ?, ?, ?)",
                (self.archive, url, seen.etag, seen.last_modified, seen.text_sha256,
                 seen.fetched_at))

    def listing(self, url: str) -> tuple[str | None, str | None, list[list[str | None]]] | None:
        row = self.db.execute("SELECT etag, last_modified, entries FROM listing WHERE url = ?",
                              (url,)).fetchone()
        return (row[0], row[1], json.loads(row[2])) if row else None

    def remember_listing(self, url: str, etag: str | None, last_modified: str | None,
                         entries: list[list[str | None]]) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO listing VALUES (?, ?, ?, ?)",
                            (url, etag, last_modified, json.dumps(entries)))


__all__ = ["FetchState", "Seen"]
