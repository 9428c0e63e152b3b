"""A question's form, generated from its parameter declarations (the ``.cypher`` header):
one field per parameter, of the kind its type calls for (a list of the vocabulary's
labels, a province list, a date picker, a number), filled with the values asked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...questions.header import TODAY, Param
from ...questions.vocabulary import BY_TYPE
from ...reference.gazetteer import load_gazetteer

#: Parameter names -> (Bahasa Indonesia, English); the header's own text is English.
PARAM_LABELS: dict[str, tuple[str, str]] = {
    "topic": ("Topik", "Topic"),
    "province": ("Provinsi", "Province"),
    "as_of": ("Per tanggal", "As of"),
    "key": ("Kunci", "Key"),
    "institution": ("Instansi", "Institution"),
    "office": ("Kantor imigrasi", "Immigration office"),
    "region": ("Wilayah (kode atau nama)", "Region (code or name)"),
    "status": ("Status", "Status"),
    "kind": ("Jenis", "Kind"),
    "level": ("Tingkat", "Level"),
    "date_from": ("Dari tanggal", "From date"),
    "date_to": ("Sampai tanggal", "To date"),
    "from": ("Dari", "From"),
    "to": ("Sampai", "To"),
    "limit": ("Baris per halaman", "Rows per page"),
    "offset": ("Lewati baris", "Rows to skip"),
    "q": ("Cari nama", "Search name"),
    "older_than_years": ("Lebih lama dari (tahun)", "Older than (years)"),
    "older_than_days": ("Lebih lama dari (hari)", "Older than (days)"),
    "days": ("Dalam (hari)", "Within (days)"),
    "months": ("Lebih lama dari (bulan)", "Older than (months)"),
}
#: Where "from"/"to" are institutions (path) rather than dates (timeline), say so.
_INSTITUTION_ENDS = {"from": ("Dari instansi", "From institution"),
                     "to": ("Ke instansi", "To institution")}


@dataclass
class Field:
    name: str
    label: str
    widget: str  # select, date, number, text
    value: str
    required: bool
    doc: str
    options: list[tuple[str, str]] = field(default_factory=list)  # (value, label)


def param_label(p: Param, lang: str) -> str:
    table = _INSTITUTION_ENDS if p.type == "institution" else {}
    pair = table.get(p.name) or PARAM_LABELS.get(p.name)
    if pair is None:
        return p.name
    return pair[0] if lang == "id" else pair[1]


def _options(p: Param, lang: str, words: dict[str, str]) -> list[tuple[str, str]] | None:
    if p.type in BY_TYPE:
        vocabulary = BY_TYPE[p.type]
        return [(t.value, t.id if lang == "id" else t.en) for t in vocabulary.terms]
    if p.type == "province":
        return [(r.code, r.name) for r in load_gazetteer().provinces()]
    if p.type == "bool":
        return [("true", words["yes"]), ("false", words["no"])]
    return None


def _widget(p: Param, options: list[tuple[str, str]] | None) -> str:
    if options is not None:
        return "select"
    if p.type == "date":
        return "date"
    if p.type in ("int", "limit", "offset"):
        return "number"
    return "text"


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fields(params: tuple[Param, ...], values: dict[str, Any], lang: str,
           words: dict[str, str]) -> list[Field]:
    """The form's fields; ``values`` are those asked (or checked), else the defaults."""
    out = []
    for p in params:
        options = _options(p, lang, words)
        default = None if p.default == TODAY else p.default
        value = values.get(p.name, default)
        if options is not None and not p.required:
            options = [("", words["any"]), *options]
        elif options is not None:
            options = [("", words["choose"]), *options]
        out.append(Field(p.name, param_label(p, lang), _widget(p, options), _shown(value),
                         p.required, p.doc, options or []))
    return out
