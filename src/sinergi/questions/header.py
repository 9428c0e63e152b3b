"""The header of a ``.cypher`` question file: what it asks, its parameters, its columns.

A question file starts with ``//`` comment lines in a strict format; anything the
parser does not know is an error (a typo must not silently drop a parameter):

    // title: Coverage of a topic in a province
    // title_id: Cakupan topik di provinsi
    // summary_id: Satu kalimat untuk perencana (dasbor).
    // summary_en: One sentence for planners (the dashboard).
    // description: One sentence or more; the line may repeat.
    // param: topic: topic -- the cooperation topic (required: no default)
    // param: as_of: date = today -- the day the question is asked about
    // param: q = "" -- an untyped parameter is a string
    // columns: region, name, status, agreements
    // sets: agreements
    // order: region

``title_id``, ``summary_id`` and ``summary_en`` are what the dashboard shows (title in
Bahasa Indonesia, a one-line explanation in both languages); a test requires them of
every packaged question, the parser accepts a header without them.
``param``: ``NAME[: TYPE] [= DEFAULT] -- DESCRIPTION``. No default means required;
``= null`` means optional without a value; ``= today`` (dates) means
``Settings().today`` or the real date. ``sets``: list columns whose order means
nothing; they come back sorted, so both backends give identical rows. ``order``:
the final row order (``col`` or ``col desc``), applied in Python because Neo4j
cannot order the result of a ``UNION``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import SchemaError

TYPES = ("string", "int", "date", "topic", "province", "region", "institution", "bool",
         "limit", "offset", "agreement_kind", "agreement_status", "agreement_type",
         "meeting_kind", "region_level", "institution_kind")

_PARAM = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s*(?::\s*(?P<type>[a-z_]+))?\s*"
    r"(?:=\s*(?P<default>\S.*?))?\s*--\s*(?P<doc>.+)$"
)
_KEYS = ("title", "title_id", "summary_id", "summary_en", "description", "param", "columns",
         "sets", "order")

#: Marks a default computed when the question runs (the date of "today").
TODAY = "today"


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: Any
    doc: str


@dataclass(frozen=True)
class Header:
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    sets: tuple[str, ...] = ()
    order: tuple[tuple[str, bool], ...] = field(default=())  # (column, descending)
    title_id: str = ""
    summary_id: str = ""
    summary_en: str = ""


def _default(raw: str | None, type_: str, where: str) -> tuple[bool, Any]:
    """``(required, default)`` from the text after ``=``."""
    if raw is None:
        return True, None
    if raw == "null":
        return False, None
    if raw == TODAY:
        if type_ != "date":
            raise SchemaError(f"{where}: only a date parameter may default to today")
        return False, TODAY
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        raise SchemaError(f"{where}: default {raw!r} is not a JSON literal") from None
    return False, value


def _param(text: str, where: str) -> Param:
    m = _PARAM.match(text)
    if not m:
        raise SchemaError(f"{where}: expected 'NAME[: TYPE] [= DEFAULT] -- description'")
    type_ = m["type"] or "string"
    if type_ not in TYPES:
        raise SchemaError(f"{where}: unknown type {type_!r}; known: {', '.join(TYPES)}")
    required, default = _default(m["default"], type_, where)
    return Param(m["name"], type_, required, default, m["doc"].strip())


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split(",") if n.strip())


def _order(text: str, where: str) -> tuple[tuple[str, bool], ...]:
    out = []
    for item in _names(text):
        parts = item.split()
        if len(parts) > 2 or (len(parts) == 2 and parts[1].lower() not in ("asc", "desc")):
            raise SchemaError(f"{where}: bad order item {item!r}")
        out.append((parts[0], len(parts) == 2 and parts[1].lower() == "desc"))
    return tuple(out)


def parse_header(text: str, source: str) -> Header:
    """Read the leading ``//`` lines of a question file; ``source`` names it in errors."""
    fields: dict[str, list[str]] = {k: [] for k in _KEYS}
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped.startswith("//"):
            break
        body = stripped[2:].strip()
        if not body:
            continue
        key, sep, value = body.partition(":")
        if not sep or key.strip() not in _KEYS:
            raise SchemaError(f"{source}:{n}: unknown header line {body!r}")
        fields[key.strip()].append(value.strip())
    where = source
    if len(fields["title"]) != 1 or not fields["columns"]:
        raise SchemaError(f"{where}: a header needs one 'title:' and a 'columns:' line")
    for key in ("title_id", "summary_id", "summary_en"):
        if len(fields[key]) > 1:
            raise SchemaError(f"{where}: '{key}:' is one line")
    params = tuple(_param(p, f"{where}: param {p!r}") for p in fields["param"])
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise SchemaError(f"{where}: a parameter is declared twice")
    columns = tuple(c for line in fields["columns"] for c in _names(line))
    sets = tuple(c for line in fields["sets"] for c in _names(line))
    order = tuple(o for line in fields["order"] for o in _order(line, where))
    unknown = [c for c in (*sets, *(o[0] for o in order)) if c not in columns]
    if unknown:
        raise SchemaError(f"{where}: sets/order name unknown columns {unknown}")
    return Header(
        title=fields["title"][0],
        description=" ".join(fields["description"]),
        params=params,
        columns=columns,
        sets=sets,
        order=order,
        title_id=" ".join(fields["title_id"]),
        summary_id=" ".join(fields["summary_id"]),
        summary_en=" ".join(fields["summary_en"]),
    )
