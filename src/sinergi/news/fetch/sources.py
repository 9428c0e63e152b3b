"""``sources.toml``: an office's own list of news sources for ``sinergi fetch --sources``.

Each ``[[source]]`` table has a ``name``, at least one of ``feed`` and ``sitemap``
(a URL or a list of URLs), and optionally the ``province`` it covers (a name, code or
abbreviation the gazetteer knows; written into every article of the source) and a CSS
``selector`` naming the article's element for sites whose layout the extractor
misreads. ``docs/fetch.md`` explains it; ``sinergi/data/sources.example.toml`` ships with the
project. Any problem stops the run before a request is made, naming the file, the line
of the ``[[source]]`` and what is wrong.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from ...errors import InputError
from ...reference.gazetteer import load_gazetteer, province_code

_KEYS = {"name", "feed", "sitemap", "province", "selector"}


@dataclass(frozen=True)
class Source:
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    province: str | None = None  # canonical province name
    selector: str | None = None


def _header_lines(text: str) -> list[int]:
    return [i for i, line in enumerate(text.splitlines(), start=1)
            if line.strip().replace(" ", "").startswith("[[source]]")]


def _urls(value: object, key: str, where: tuple[str, int | None]) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, str) or urlsplit(item).scheme not in ("http", "https") \
                or not urlsplit(item).netloc:
            raise InputError(f"{key} harus alamat http(s) / {key} must be an http(s) URL: "
                             f"{item!r}", file=where[0], line=where[1])
    return tuple(str(i) for i in items)


def _source(raw: object, where: tuple[str, int | None]) -> Source:
    file, line = where
    if not isinstance(raw, dict):
        raise InputError("[[source]] harus tabel / must be a table", file=file, line=line)
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise InputError(f"kunci tidak dikenal / unknown key(s): {', '.join(unknown)} "
                         f"(allowed: {', '.join(sorted(_KEYS))})", file=file, line=line)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError("name wajib diisi / name is required", file=file, line=line)
    feeds = _urls(raw["feed"], "feed", where) if "feed" in raw else ()
    sitemaps = _urls(raw["sitemap"], "sitemap", where) if "sitemap" in raw else ()
    if not feeds and not sitemaps:
        raise InputError(f"{name}: beri feed atau sitemap / give a feed or a sitemap",
                         file=file, line=line)
    return Source(name.strip(), feeds, sitemaps, _province(raw.get("province"), where),
                  _selector(raw.get("selector"), where))


def _province(value: object, where: tuple[str, int | None]) -> str | None:
    if value is None:
        return None
    code = province_code(str(value)) if isinstance(value, str) else None
    if code is None:
        raise InputError(f"provinsi tidak dikenal / unknown province: {value!r}",
                         file=where[0], line=where[1])
    return load_gazetteer().regions[code].name


def _selector(value: object, where: tuple[str, int | None]) -> str | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise SelectorError("not a string")
        CSSSelector(value)
    except SelectorError as exc:
        raise InputError(f"selector CSS tidak sah / invalid CSS selector {value!r}: {exc}",
                         file=where[0], line=where[1]) from None
    return value


def read_sources(path: Path) -> list[Source]:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"tidak dapat dibaca / cannot read: {exc}", file=name) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"TOML tidak sah / invalid TOML: {exc}", file=name) from None
    unknown = sorted(set(data) - {"source"})
    if unknown:
        raise InputError(f"hanya tabel [[source]] / only [[source]] tables, found: "
                         f"{', '.join(unknown)}", file=name)
    raw = data.get("source", [])
    if not isinstance(raw, list) or not raw:
        raise InputError("tidak ada [[source]] / no [[source]] table", file=name)
    lines = _header_lines(text)
    return [_source(item, (name, lines[i] if i < len(lines) else None))
            for i, item in enumerate(raw)]


__all__ = ["Source", "read_sources"]
