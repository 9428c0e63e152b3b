"""The graph model, declared once. Both stores derive their DDL from it.

Vocabulary (institution kinds, agreement kinds, statuses and topics, meeting
kinds) is the one ``sinergi extract --json`` speaks (``docs/extraction.md``).

Key rules (every node has a ``key``; keys are stable and deterministic, so the
same thing seen in two sources becomes one node, and loading twice is a no-op):

- ``Region``: the Kemendagri code as written in the regulation: ``63`` (province),
  ``63.71`` (kabupaten/kota), ``63.71.01`` (kecamatan).
- ``Institution``: ``kind:place`` in lower case, where *place* is the region code
  when the place is a region (``pemkot:63.71``, ``pemprov:63``) and a slug of the
  place name otherwise (``kanim:batulicin``). Kinds whose kind and place do not
  identify one body (DINAS, BADAN, KANWIL, PUSAT_LAIN, NON_GOV, SETDA, POLRI,
  TNI, KEJAKSAAN) add a slug of the name: ``dinas:63.71:dinas-kependudukan-...``.
  Reference offices keep hand-chosen keys from the offices CSV.
- ``Person``: ``person:`` + slug of the name without titles or degrees.
- ``Agreement``: ``agreement:`` + a short hash of kind, status, date (or empty),
  the sorted party keys and the sorted topics.
- ``Meeting``: ``meeting:`` + a short hash of kind, date and sorted participant keys.
- ``Article``: ``article:`` + the first 16 hex digits of the text's sha256.
- ``Record``: ``record:`` + a short hash of the file *name* (not its content), the
  sheet and the planner's row id, so a corrected file replaces its own rows.
- ``Decision``: ``decision:`` + a short hash of action, target and time (one per review).
- ``Program``: ``program:`` + the topic in lower case (``program:timpora``).
- Relationships carry a ``key`` too: ``<src key>|<TYPE>|<dst key>`` (plus a
  qualifier where one pair may hold several, e.g. a position title), so every
  edge can be looked up by ``sinergi evidence KEY``. ``REPORTS`` edges point
  from an Article or Record to the node the fact hangs on and name the fact in
  ``fact`` (a node or relationship key).

Property names avoid words the embedded dialect reserves: ``on`` is ``on_date``
and character offsets are ``char_start``/``char_end``.

Dates are ISO strings (``YYYY-MM-DD``) on both backends: they compare correctly
as text and need no dialect-specific date functions.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class InstitutionKind(StrEnum):
    PEMPROV = "PEMPROV"
    PEMKAB = "PEMKAB"
    PEMKOT = "PEMKOT"
    DPRD = "DPRD"
    SETDA = "SETDA"
    DINAS = "DINAS"
    KESBANGPOL = "KESBANGPOL"
    BADAN = "BADAN"
    MPP = "MPP"
    KANWIL = "KANWIL"
    KANIM = "KANIM"
    ULP = "ULP"
    IMIGRASI_PUSAT = "IMIGRASI_PUSAT"
    TIMPORA = "TIMPORA"
    POLRI = "POLRI"
    TNI = "TNI"
    KEJAKSAAN = "KEJAKSAAN"
    PUSAT_LAIN = "PUSAT_LAIN"
    NON_GOV = "NON_GOV"
    FOREIGN = "FOREIGN"  # a foreign government or institution (Permendagri 25/2020)


#: Kinds for which kind + place do not pin down one body: the name is part of the key.
NAMED_KINDS = frozenset(
    {
        InstitutionKind.DINAS,
        InstitutionKind.BADAN,
        InstitutionKind.KANWIL,
        InstitutionKind.PUSAT_LAIN,
        InstitutionKind.NON_GOV,
        InstitutionKind.SETDA,
        InstitutionKind.POLRI,
        InstitutionKind.TNI,
        InstitutionKind.KEJAKSAAN,
        InstitutionKind.IMIGRASI_PUSAT,
        InstitutionKind.FOREIGN,
    }
)


class AgreementKind(StrEnum):
    MOU = "MOU"
    PKS = "PKS"
    OTHER = "OTHER"


class AgreementType(StrEnum):
    """The kind of cooperation an agreement is, by who its parties are (Permendagri
    22/2020 for KSDD and KSDPK, 25/2020 for partners abroad)."""

    KSDD = "KSDD"  # between regional governments (and their units)
    KSDPK = "KSDPK"  # a regional government with a third party (company, university, NGO)
    VERTICAL = "VERTICAL"  # a regional government with the central government or a vertical agency
    FOREIGN = "KSDPL_KSDLL"  # a regional government with a foreign government or institution
    INTERAGENCY = "INTERAGENCY"  # no regional government among the parties
    UNKNOWN = "UNKNOWN"  # a party of unknown kind


class AgreementStatus(StrEnum):
    SIGNED = "signed"
    PLANNED = "planned"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class Topic(StrEnum):
    TIMPORA = "TIMPORA"
    WNA_SUPERVISION = "WNA_SUPERVISION"
    PASSPORT_SERVICE = "PASSPORT_SERVICE"
    POPULATION_DATA = "POPULATION_DATA"
    BORDER = "BORDER"
    INVESTMENT = "INVESTMENT"
    TOURISM = "TOURISM"
    LABOUR = "LABOUR"
    OTHER = "OTHER"


class MeetingKind(StrEnum):
    SIGNING = "SIGNING"
    AUDIENCE = "AUDIENCE"
    COORDINATION = "COORDINATION"
    SOCIALIZATION = "SOCIALIZATION"
    INAUGURATION = "INAUGURATION"
    OPERATION = "OPERATION"
    OTHER = "OTHER"


class RegionLevel(StrEnum):
    PROVINCE = "province"
    REGENCY = "regency"
    CITY = "city"
    DISTRICT = "district"


class ReviewStatus(StrEnum):
    ACCEPTED = "accepted"
    NEEDS_REVIEW = "needs_review"
    REJECTED = "rejected"


#: A fact read with less confidence than this is written flagged ``needs_review`` and
#: listed by ``sinergi review``, instead of being trusted (or dropped) silently.
REVIEW_BELOW = 0.6


def review_status(confidence: float) -> ReviewStatus:
    """The review flag a fact read with ``confidence`` gets."""
    return ReviewStatus.NEEDS_REVIEW if confidence < REVIEW_BELOW else ReviewStatus.ACCEPTED


#: Regional governments: an agreement one of them is party to covers its region.
GOVERNMENT_KINDS = frozenset({InstitutionKind.PEMPROV, InstitutionKind.PEMKAB,
                              InstitutionKind.PEMKOT})

#: Bodies of a regional government (Pemda): its secretariat, agencies, parliament, MPP.
REGIONAL_KINDS = GOVERNMENT_KINDS | {
    InstitutionKind.DPRD, InstitutionKind.SETDA, InstitutionKind.DINAS,
    InstitutionKind.KESBANGPOL, InstitutionKind.BADAN, InstitutionKind.MPP}
#: The central government and the vertical agencies in the regions (Timpora is led by
#: the Kanim).
VERTICAL_KINDS = frozenset({
    InstitutionKind.KANWIL, InstitutionKind.KANIM, InstitutionKind.ULP,
    InstitutionKind.IMIGRASI_PUSAT, InstitutionKind.TIMPORA, InstitutionKind.POLRI,
    InstitutionKind.TNI, InstitutionKind.KEJAKSAAN, InstitutionKind.PUSAT_LAIN})


def agreement_type(party_kinds: Iterable[str | None]) -> AgreementType:
    """The cooperation type of an agreement from its parties' institution kinds: a
    foreign partner makes it KSDPL/KSDLL, then a third party KSDPK, then a central or
    vertical body VERTICAL; regional governments alone are KSDD. Without a regional
    government it is INTERAGENCY; a party of unknown kind leaves it UNKNOWN."""
    kinds = list(party_kinds)
    if not kinds or any(k not in InstitutionKind.__members__ for k in kinds):
        return AgreementType.UNKNOWN
    if not any(k in REGIONAL_KINDS for k in kinds):
        return AgreementType.INTERAGENCY
    if InstitutionKind.FOREIGN in kinds:
        return AgreementType.FOREIGN
    if InstitutionKind.NON_GOV in kinds:
        return AgreementType.KSDPK
    if any(k in VERTICAL_KINDS for k in kinds):
        return AgreementType.VERTICAL
    return AgreementType.KSDD


#: How a programme (one per topic) is named in the graph, whoever writes it first.
PROGRAM_NAMES = {
    Topic.TIMPORA: "Tim Pengawasan Orang Asing (Timpora)",
    Topic.WNA_SUPERVISION: "Pengawasan orang asing",
    Topic.PASSPORT_SERVICE: "Layanan paspor",
    Topic.POPULATION_DATA: "Pemanfaatan data kependudukan",
    Topic.BORDER: "Perbatasan dan pos lintas batas",
    Topic.INVESTMENT: "Investasi",
    Topic.TOURISM: "Pariwisata",
    Topic.LABOUR: "Ketenagakerjaan",
    Topic.OTHER: "Lainnya",
}


# --- property and table declarations -------------------------------------------------

STRING, INT, FLOAT, BOOL, STRINGS = "STRING", "INT64", "DOUBLE", "BOOLEAN", "STRING[]"


@dataclass(frozen=True)
class NodeSpec:
    label: str
    props: dict[str, str]  # name -> type; "key" is always the primary key


@dataclass(frozen=True)
class RelSpec:
    type: str
    pairs: tuple[tuple[str, str], ...]  # allowed (from label, to label)
    props: dict[str, str]


def _node(label: str, **props: str) -> NodeSpec:
    return NodeSpec(label, {"key": STRING, **props})


def _rel(type_: str, pairs: Iterable[tuple[str, str]], **props: str) -> RelSpec:
    return RelSpec(type_, tuple(pairs), {"key": STRING, **props})


_SOURCED = {"source_url": STRING, "source_date": STRING}

NODES: dict[str, NodeSpec] = {
    n.label: n
    for n in (
        _node("Region", name=STRING, level=STRING, parent=STRING, province=STRING),
        _node(
            "Institution",
            name=STRING,
            kind=STRING,
            place=STRING,
            region=STRING,
            office_class=STRING,
            aliases=STRINGS,
            status=STRING,
            derived_by=STRING,  # reference offices: the rule, when no source states the row
            **_SOURCED,
        ),
        _node("Person", name=STRING, status=STRING),
        _node(
            "Agreement",
            kind=STRING,
            coop_type=STRING,  # AgreementType, derived from the parties when written
            status=STRING,
            title=STRING,
            signed_on=STRING,
            valid_until=STRING,
            topics=STRINGS,
            review=STRING,
        ),
        _node("Meeting", kind=STRING, date=STRING, venue=STRING, topic=STRING, review=STRING),
        _node(
            "Article",
            url=STRING,
            title=STRING,
            publisher=STRING,
            published_on=STRING,
            sha256=STRING,
            source=STRING,
        ),
        _node(
            "Record",
            file=STRING,
            sheet=STRING,
            row=INT,
            sha256=STRING,
            loaded_at=STRING,
            kind=STRING,
        ),
        _node("Program", name=STRING, topic=STRING),
        # A reviewer's decision on an extracted fact, kept as data (sinergi review).
        _node(
            "Decision",
            action=STRING,
            target=STRING,
            merged_into=STRING,
            decided_by=STRING,
            decided_at=STRING,
            reason=STRING,
            source=STRING,
            before=STRING,
        ),
    )
}

_PROVENANCE = {
    "fact": STRING,
    "evidence": STRING,
    "char_start": INT,
    "char_end": INT,
    "extractor": STRING,
    "confidence": FLOAT,
    "reason": STRING,  # why the confidence is what it is (read with doubt: why)
    "status": STRING,
}
#: The nodes a fact hangs on: what a REPORTS edge may point at.
FACT_TARGETS = ("Agreement", "Meeting", "Person", "Institution", "Region")

RELS: dict[str, RelSpec] = {
    r.type: r
    for r in (
        _rel("PART_OF", [("Region", "Region"), ("Institution", "Institution")]),
        _rel(
            "JURISDICTION_OVER",
            [("Institution", "Region")],
            partial=BOOL,
            districts=STRINGS,
            since=STRING,
            until=STRING,
            provenance=STRING,  # 'sourced' (a named source says so) or 'derived'
            derived_by=STRING,  # the rule a derived jurisdiction follows
            **_SOURCED,
        ),
        _rel("LOCATED_IN", [("Institution", "Region"), ("Meeting", "Region")]),
        _rel("SUCCEEDED_BY", [("Institution", "Institution")], on_date=STRING, note=STRING),
        _rel(
            "HOLDS_POSITION",
            [("Person", "Institution")],
            title=STRING,
            since=STRING,
            until=STRING,
            seen_on=STRING,
            review=STRING,
        ),
        _rel("PARTY_TO", [("Institution", "Agreement")], role=STRING, signatory=STRING),
        _rel("COVERS", [("Agreement", "Region")]),
        _rel("ATTENDED", [("Institution", "Meeting"), ("Person", "Meeting")], role=STRING),
        _rel("ABOUT", [("Agreement", "Program"), ("Meeting", "Program")]),
        _rel(
            "REPORTS",
            [(src, dst) for src in ("Article", "Record") for dst in FACT_TARGETS],
            **_PROVENANCE,
        ),
        _rel("DECISION_ON", [("Decision", dst) for dst in FACT_TARGETS]),
    )
}


def node_spec(label: str) -> NodeSpec:
    from .errors import SchemaError

    try:
        return NODES[label]
    except KeyError:
        raise SchemaError(f"unknown node label {label!r}; known: {', '.join(NODES)}") from None


def rel_spec(type_: str) -> RelSpec:
    from .errors import SchemaError

    try:
        return RELS[type_]
    except KeyError:
        raise SchemaError(f"unknown relationship {type_!r}; known: {', '.join(RELS)}") from None


# --- keys -------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^a-z0-9.]+")
_REGION_CODE = re.compile(r"\d{2}(\.\d{2}){0,2}(\.\d{4})?")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': 'Tanah Bumbu' -> 'tanah-bumbu'."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("-", ascii_.lower()).strip("-.")


def short_hash(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode()).hexdigest()[:12]


def institution_key(kind: str, place: str | None, name: str | None = None) -> str:
    """Key of an institution from its kind, place (region code or name) and name."""
    kind_ = InstitutionKind(kind)
    is_code = bool(place and _REGION_CODE.fullmatch(place))
    place_part = place if is_code else slug(place or "")
    key = f"{kind_.value.lower()}:{place_part or '-'}"
    if kind_ in NAMED_KINDS and name:
        key += f":{slug(name)}"
    return key


def person_key(name: str) -> str:
    return f"person:{slug(name)}"


def agreement_key(
    kind: str, status: str, date: str | None, parties: Iterable[str], topics: Iterable[str]
) -> str:
    return "agreement:" + short_hash(kind, status, date, sorted(set(parties)), sorted(set(topics)))


def meeting_key(kind: str, date: str | None, participants: Iterable[str]) -> str:
    return "meeting:" + short_hash(kind, date, sorted(set(participants)))


def article_key(text: str) -> str:
    return "article:" + hashlib.sha256(text.encode()).hexdigest()[:16]


def record_key(file_name: str, sheet: str, row_id: str) -> str:
    """Key of a planners' record: the same file name, sheet and row id give the same key
    whatever the file's content, so loading a corrected file replaces its rows."""
    return f"record:{short_hash(file_name)[:8]}:{slug(sheet) or '-'}:{slug(row_id) or '-'}"


def program_key(topic: str) -> str:
    return f"program:{Topic(topic).value.lower()}"


def rel_key(src: str, type_: str, dst: str, qualifier: str | None = None) -> str:
    key = f"{src}|{type_}|{dst}"
    return f"{key}|{slug(qualifier)}" if qualifier else key
