"""An answer as people read it: every cell as text in the page's language, keys shown
by name with a link, enumerated values by their label, statuses coloured.

``table(store, result, lang)`` gives the headings and, per row and column, a list of
``Part`` (a list cell has several). The page and the downloads use the same parts,
so what is downloaded is what was shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from ...questions.names import REGION_CODE, Named, label_of, names
from ...questions.registry import Result
from ...questions.value_labels import heading, label
from ..labels import COLUMNS
from .render import evidence_href, is_key, safe_url, status_class

#: Columns whose region codes are keys to name (elsewhere a number is just a number).
REGION_COLUMNS = {"region", "regions", "parent", "province", "target", "source", "nodes",
                  "key", "item"}


#: A names column repeated by a keys column: the keys column shows names, with links.
_SHOWN_BY = {"parties": "party_keys", "participants": "participant_keys", "names": "nodes"}


@dataclass(frozen=True)
class Part:
    text: str
    href: str | None = None
    cls: str = ""
    key: str | None = None  # shown on hover: the stable key behind a name


@dataclass
class Table:
    name: str
    columns: list[str]
    headings: list[str]
    rows: list[list[list[Part]]]


def region_href(code: str, lang: str) -> str:
    """A kab/kota's own page; other regions (provinces, kecamatan) their timeline."""
    if re.fullmatch(r"\d{2}\.\d{2}", code):
        return f"/wilayah/{code}?lang={lang}"
    return f"/pertanyaan/timeline?{urlencode({'region': code, 'lang': lang})}"


def institution_href(key: str, lang: str) -> str:
    return f"/pertanyaan/institution?{urlencode({'key': key, 'lang': lang})}"


def _values(value: Any) -> Iterator[Any]:
    if isinstance(value, list | tuple):
        yield from value
    elif value is not None:
        yield value


def _wanted(columns: list[str], rows: list[dict[str, Any]]) -> set[str]:
    keys = set()
    for row in rows:
        for column in columns:
            for v in _values(row.get(column)):
                if _is_named_key(column, v):
                    keys.add(v)
    return keys


def _is_named_key(column: str, value: Any) -> bool:
    if not isinstance(value, str) or "|" in value:
        return False
    if REGION_CODE.fullmatch(value):
        return column in REGION_COLUMNS
    return is_key(value)


def _named_text(found: Named, lang: str) -> str:
    if found.name:
        return found.name
    kind = label("kind", found.kind, lang) or found.kind or ""
    return " ".join(p for p in (kind, found.date) if p) or found.key


def _key_part(key: str, found: Named | None, lang: str, keep_code: bool) -> Part:
    kind = found.label if found else label_of(key)
    text = key if keep_code or found is None else _named_text(found, lang)
    if kind == "Region":
        return Part(text, region_href(key, lang), key=key)
    if kind == "Institution" and found is not None:
        return Part(text, institution_href(key, lang), key=key)
    if kind == "Article" and found is not None:
        return Part(text, safe_url(found.kind), key=key)
    return Part(text, evidence_href(key, lang), key=key)


def _part(column: str, value: Any, lang: str, found: dict[str, Named], row: dict[str, Any]
          ) -> Part:
    if isinstance(value, bool):
        return Part(("ya" if value else "tidak") if lang == "id" else ("yes" if value else "no"))
    if _is_named_key(column, value):
        # A code next to its name (coverage's region, name) stays a code.
        keep = REGION_CODE.fullmatch(value) is not None and "name" in row
        return _key_part(value, found.get(value), lang, keep)
    if isinstance(value, str) and "|" in value and is_key(value):
        return Part("bukti" if lang == "id" else "evidence", evidence_href(value, lang), key=value)
    named = label(column, value, lang)
    text = named if named is not None else ("" if value is None else str(value))
    return Part(text, cls=status_class(column, value) if isinstance(value, str) else "")


def headings(columns: list[str], lang: str) -> list[str]:
    words = COLUMNS[lang]
    return [words.get(c) or heading(c, lang) or c for c in columns]


def table(store: Any, name: str, result: Result, lang: str) -> Table:
    columns = [c for c in result.columns
               if c != "total" and _SHOWN_BY.get(c) not in result.columns]
    found = names(store, _wanted(columns, result.rows))
    rows = [[[_part(c, v, lang, found, row) for v in _values(row.get(c))] for c in columns]
            for row in result.rows]
    return Table(name, columns, headings(columns, lang), rows)


def plain(parts: list[Part]) -> str:
    """A cell as one text (downloads): its parts joined with ``; ``."""
    return "; ".join(p.text for p in parts)
