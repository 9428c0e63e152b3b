"""Checking and normalising question parameters before anything reaches the database.

Each declared type (see ``header.TYPES``) has a checker that turns the text a
planner typed (or a JSON value) into the value the Cypher expects, or raises
``ParameterError`` naming the parameter. Provinces are resolved to their code
through the gazetteer (``sinergi.reference.gazetteer``); regions and institutions
given by name are resolved in the store afterwards (``resolve_in_store``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import ParameterError
from ..reference.gazetteer import load_gazetteer, province_code
from ..settings import Settings
from .header import TODAY, Param
from .vocabulary import BY_TYPE

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_REGION_CODE = re.compile(r"\d{2}(\.\d{2}){0,2}(\.\d{4})?")
_MAX_TEXT = 300
#: The most rows one page of a list answers, everywhere (CLI, API, dashboard).
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000



def today(settings: Settings | None = None) -> str:
    """``SINERGI_TODAY`` when set (reproducible answers), else the real date."""
    configured = (settings or Settings()).today
    return configured or dt.date.today().isoformat()


def _text(p: Param, value: Any) -> str:
    if not isinstance(value, str):
        raise ParameterError(f"{p.name}: harus berupa teks / expected text, got {value!r}",
                             param=p.name)
    value = value.strip()
    if len(value) > _MAX_TEXT:
        raise ParameterError(f"{p.name}: lebih dari {_MAX_TEXT} karakter / longer than "
                             f"{_MAX_TEXT} characters", param=p.name)
    return value


def _string(p: Param, value: Any) -> str:
    return _text(p, value)


def _int(p: Param, value: Any) -> int:
    if isinstance(value, bool):
        raise ParameterError(f"{p.name}: harus bilangan bulat / expected a whole number, "
                             f"got {value!r}", param=p.name)
    if isinstance(value, int):
        return value
    text = _text(p, value)
    if not re.fullmatch(r"-?\d{1,9}", text):
        raise ParameterError(f"{p.name}: harus bilangan bulat / expected a whole number, "
                             f"got {text!r}", param=p.name)
    return int(text)


def _bool(p: Param, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(p, value).lower()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise ParameterError(f"{p.name}: harus ya atau tidak / expected true or false, got {text!r}",
                         param=p.name)


def _date(p: Param, value: Any) -> str:
    text = _text(p, value)
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ParameterError(
            f"{p.name}: harus tanggal TTTT-BB-HH / expected a date as YYYY-MM-DD, got {text!r}",
            param=p.name
        ) from None


def _choice(p: Param, value: Any) -> str:
    """One value of the parameter's vocabulary, written any way a planner writes it."""
    vocabulary = BY_TYPE[p.type]
    text = _text(p, value)
    found = vocabulary.parse(text) if text else None
    if found is None:
        raise ParameterError(
            f"{p.name}: {text!r} tidak dikenal / is not a known {vocabulary.name}; "
            f"pilihan / allowed (huruf besar/kecil bebas / any case): {vocabulary.accepted()}",
            param=p.name)
    return found


def _limit(p: Param, value: Any) -> int:
    number = _int(p, value)
    if not 1 <= number <= MAX_LIMIT:
        raise ParameterError(f"{p.name}: baris per halaman antara 1 dan {MAX_LIMIT} / "
                             f"rows per page must be between 1 and {MAX_LIMIT}, "
                             f"got {number}", param=p.name)
    return number


def _offset(p: Param, value: Any) -> int:
    number = _int(p, value)
    if not 0 <= number <= MAX_OFFSET:
        raise ParameterError(f"{p.name}: baris yang dilewati antara 0 dan {MAX_OFFSET} / "
                             f"rows to skip must be between 0 and {MAX_OFFSET}, "
                             f"got {number}", param=p.name)
    return number


def _province(p: Param, value: Any) -> str:
    text = _text(p, value)
    code = province_code(text) if text else None
    if code is None:
        raise ParameterError(
            f"{p.name}: provinsi {text!r} tidak dikenal, beri kode (63) atau nama "
            f"(Kalimantan Selatan) / no province {text!r}; give a code (63) or a name "
            "(Kalimantan Selatan)",
            param=p.name,
        )
    return code


def _region(p: Param, value: Any) -> str:
    text = _text(p, value)
    if not text:
        raise ParameterError(f"{p.name}: wilayah kosong / empty region", param=p.name)
    if _REGION_CODE.fullmatch(text):
        return text
    found = load_gazetteer().find_regions(text)
    if found:
        return str(found[0].code)
    return text  # a name: resolve_in_store looks it up


def _institution(p: Param, value: Any) -> str:
    text = _text(p, value)
    if not text:
        raise ParameterError(f"{p.name}: instansi kosong / empty institution", param=p.name)
    return text


CHECKS: dict[str, Callable[[Param, Any], Any]] = {
    "string": _string,
    "int": _int,
    "bool": _bool,
    "date": _date,
    "topic": _choice,
    "agreement_kind": _choice,
    "agreement_status": _choice,
    "agreement_type": _choice,
    "meeting_kind": _choice,
    "region_level": _choice,
    "institution_kind": _choice,
    "limit": _limit,
    "offset": _offset,
    "province": _province,
    "region": _region,
    "institution": _institution,
}


def check_params(
    declared: tuple[Param, ...], given: Mapping[str, Any], settings: Settings | None = None
) -> dict[str, Any]:
    """Every declared parameter, checked and normalised; unknown names refused."""
    known = {p.name: p for p in declared}
    unknown = sorted(set(given) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise ParameterError(
            f"{unknown[0]}: parameter tidak dikenal / unknown parameter; "
            f"pertanyaan ini menerima / this question takes: {names}", param=unknown[0]
        )
    out: dict[str, Any] = {}
    for p in declared:
        value = given.get(p.name)
        if value == "" and p.default == "":  # an optional text left empty, as in a form
            value = None
        if value is None:
            if p.required:
                raise ParameterError(f"{p.name}: wajib diisi / required ({p.doc})", param=p.name)
            out[p.name] = today(settings) if p.default == TODAY else p.default
            continue
        out[p.name] = CHECKS[p.type](p, value)
    return out


# --- resolution against the store (after validation) -------------------------------

# An institution rejected in review is not found (questions leave it out everywhere).
_FIND_INSTITUTION = """
MATCH (i:Institution)
WHERE (i.key = $text OR toLower(i.name) = toLower($text) OR $text IN i.aliases)
  AND coalesce(i.status, '') <> 'rejected'
RETURN i.key AS key ORDER BY key LIMIT 6
"""
_REJECTED_INSTITUTION = """
MATCH (i:Institution {key: $text}) WHERE i.status = 'rejected' RETURN i.key AS key
"""
_FIND_REGION = """
MATCH (r:Region)
WHERE r.key = $text OR toLower(r.name) = toLower($text)
RETURN r.key AS key ORDER BY key LIMIT 6
"""


# A key is looked up first, through the key index: the name/alias search reads every
# node of the label (12,199 institutions on the national bench graph: 25 ms, most of
# what an office's or institution's question cost), and a key always wins over it.
_BY_KEY = {
    "institution": "MATCH (i:Institution {key: $text}) "
                   "WHERE coalesce(i.status, '') <> 'rejected' RETURN i.key AS key",
    "region": "MATCH (r:Region {key: $text}) RETURN r.key AS key",
}


def _lookup(store: Any, query: str, name: str, what: str, text: str) -> str:
    read = getattr(store, "read", store.run)
    if read(_BY_KEY[what], {"text": text}):
        return text
    keys = [r["key"] for r in read(query, {"text": text})]
    if text in keys:
        return text
    if not keys:
        if what == "institution" and read(_REJECTED_INSTITUTION, {"text": text}):
            raise ParameterError(f"{name}: instansi {text!r} ditolak saat peninjauan / "
                                 f"institution {text!r} was rejected in review",
                                 param=name)
        raise ParameterError(f"{name}: {text!r} tidak ada di graf / no {what} {text!r} in "
                             "the graph",
                             param=name)
    if len(keys) > 1:
        raise ParameterError(
            f"{name}: {text!r} bermakna ganda, beri kuncinya / is ambiguous, give the key: "
            f"{', '.join(keys[:5])}", param=name
        )
    return str(keys[0])


def resolve_in_store(store: Any, declared: tuple[Param, ...], values: dict[str, Any]) -> None:
    """Replace institution and region names by their keys, in place."""
    for p in declared:
        value = values.get(p.name)
        if value is None or value == "":
            continue
        if p.type == "institution":
            values[p.name] = _lookup(store, _FIND_INSTITUTION, p.name, "institution", value)
        elif p.type == "region":
            values[p.name] = _lookup(store, _FIND_REGION, p.name, "region", value)
