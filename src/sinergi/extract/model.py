"""Typed results of reading one news article, and their JSON form.

``ArticleExtraction.to_json()`` gives exactly the contract of
``docs/extraction.md`` (``source``, ``published``, ``institutions``,
``officials``, ``agreements``, ``meetings``) plus provenance extras that the
contract allows: ``evidence``/``start``/``end``/``confidence`` on every item,
``mention``/``aliases`` on institutions, ``extractor`` and ``warnings`` at the top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

VERSION = "0.1.0"
EXTRACTOR = f"sinergi-rules/{VERSION}"


@dataclass(frozen=True)
class Article:
    """One article as read from a file or a JSON line."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class InstitutionRef:
    """How an item points at an institution of the same article."""

    name: str
    kind: str
    place: str | None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "place": self.place}


@dataclass
class Evidence:
    """The sentence a fact was read from: ``text[start:end] == sentence``; ``reasons``
    say what lowered the confidence (shown in ``sinergi review``)."""

    sentence: str
    start: int
    end: int
    confidence: float
    reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"evidence": self.sentence, "start": self.start, "end": self.end,
                               "confidence": round(self.confidence, 2)}
        if self.reasons:
            out["reasons"] = list(self.reasons)
        return out


@dataclass
class Institution:
    name: str
    kind: str
    place: str | None
    mention: str
    aliases: list[str]
    evidence: Evidence

    @property
    def ref(self) -> InstitutionRef:
        return InstitutionRef(self.name, self.kind, self.place)

    def to_json(self) -> dict[str, Any]:
        return {**self.ref.to_json(), "mention": self.mention, "aliases": self.aliases,
                **self.evidence.to_json()}


@dataclass
class Official:
    name: str
    title: str
    institution: InstitutionRef | None
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        inst = self.institution.to_json() if self.institution else None
        return {"name": self.name, "title": self.title, "institution": inst,
                **self.evidence.to_json()}


@dataclass
class Agreement:
    kind: str
    status: str
    date: str | None
    parties: list[InstitutionRef]
    topics: list[str]
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "status": self.status, "date": self.date,
                "parties": [p.to_json() for p in self.parties], "topics": self.topics,
                **self.evidence.to_json()}


@dataclass
class Meeting:
    kind: str
    date: str | None
    participants: list[InstitutionRef]
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "date": self.date,
                "participants": [p.to_json() for p in self.participants],
                **self.evidence.to_json()}


@dataclass
class ArticleExtraction:
    source: str
    published: str | None
    institutions: list[Institution] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extractor: str = EXTRACTOR

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "published": self.published,
            "institutions": [i.to_json() for i in self.institutions],
            "officials": [o.to_json() for o in self.officials],
            "agreements": [a.to_json() for a in self.agreements],
            "meetings": [m.to_json() for m in self.meetings],
            "extractor": self.extractor,
            "warnings": self.warnings,
        }
