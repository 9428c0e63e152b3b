"""The nodes and edges each kind of fact consists of, built in one place for every source.

News articles (``sinergi.news.load``) and planners' sheets (``sinergi.records``) describe
the same things: an agreement between parties, a meeting, a person holding a post. Both
turn what they read into the typed facts below and write the ``Shape`` built here, so an
agreement read in an article and the same agreement typed in a sheet become identical
nodes and edges; only the provenance (``report``: which article or row, which sentence)
differs. ``docs/graph-model.md`` describes the shapes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..schema import (
    GOVERNMENT_KINDS,
    PROGRAM_NAMES,
    ReviewStatus,
    Topic,
    agreement_key,
    agreement_type,
    meeting_key,
    person_key,
    program_key,
    rel_key,
    review_status,
    short_hash,
)
from ..stores import Writer

ACCEPTED = ReviewStatus.ACCEPTED.value
Props = dict[str, Any]
Rel = tuple[str, tuple[str, str], tuple[str, str], Props, str | None]


@dataclass
class Shape:
    """The nodes and relationships of one fact, and the node it hangs on (``label``,
    ``target``) for its REPORTS edge; ``fact`` is the target's key, or a relationship's
    key for a position."""

    label: str
    target: str
    fact: str
    nodes: list[tuple[str, Props]] = field(default_factory=list)
    rels: list[Rel] = field(default_factory=list)

    def write(self, w: Writer, props: Callable[[Props], Props] = lambda p: p) -> None:
        """Queue every node and edge; ``props`` may adjust each property map first."""
        for label, values in self.nodes:
            w.node(label, props(values))
        for type_, src, dst, values, qualifier in self.rels:
            w.rel(type_, src, dst, props(values), qualifier)

    def about(self, topics: Iterable[str]) -> None:
        """``ABOUT`` edges to the programme of each topic (named as the reference layer
        names it, whoever writes it first)."""
        for t in topics:
            key = program_key(t)
            self.nodes.append(("Program", {"key": key, "name": PROGRAM_NAMES[Topic(t)],
                                           "topic": t}))
            self.rels.append(("ABOUT", (self.label, self.target), ("Program", key), {}, None))


@dataclass(frozen=True)
class Party:
    """An institution party to an agreement, by key; a regional government's ``region``
    is what the agreement covers."""

    key: str
    kind: str
    region: str | None = None
    signatory: str | None = None


@dataclass(frozen=True)
class AgreementFact:
    kind: str
    status: str
    date: str | None  # the date that identifies it (signed, or planned)
    parties: tuple[Party, ...]
    topics: tuple[str, ...]
    signed_on: str | None = None
    title: str | None = None
    valid_until: str | None = None
    covers: tuple[str, ...] = ()  # regions served besides the governments' own
    review: str = ACCEPTED


@dataclass(frozen=True)
class MeetingFact:
    kind: str
    date: str | None
    participants: tuple[str, ...]  # institution keys
    topics: tuple[str, ...]
    people: tuple[str, ...] = ()  # names of people who attended
    venue: str | None = None
    region: str | None = None  # where it was held
    review: str = ACCEPTED


@dataclass(frozen=True)
class PositionFact:
    name: str
    institution: str  # key
    title: str
    since: str | None = None
    until: str | None = None
    seen_on: str | None = None
    review: str | None = ACCEPTED


def agreement(f: AgreementFact) -> Shape:
    topics = sorted(set(f.topics))
    key = agreement_key(f.kind, f.status, f.date, [p.key for p in f.parties], topics)
    shape = Shape("Agreement", key, key)
    shape.nodes.append(("Agreement", {
        "key": key, "kind": f.kind, "status": f.status, "title": f.title,
        "coop_type": agreement_type(p.kind for p in f.parties).value,
        "signed_on": f.signed_on, "valid_until": f.valid_until, "topics": topics,
        "review": f.review}))
    covers = list(f.covers)
    for p in f.parties:
        shape.rels.append(("PARTY_TO", ("Institution", p.key), ("Agreement", key),
                           {"role": "party", "signatory": p.signatory}, None))
        if p.region and p.kind in GOVERNMENT_KINDS:
            covers.append(p.region)
    for code in dict.fromkeys(covers):
        shape.rels.append(("COVERS", ("Agreement", key), ("Region", code), {}, None))
    shape.about(topics)
    return shape


def meeting(f: MeetingFact) -> Shape:
    key = meeting_key(f.kind, f.date, f.participants)
    topics = sorted(set(f.topics))
    shape = Shape("Meeting", key, key)
    shape.nodes.append(("Meeting", {
        "key": key, "kind": f.kind, "date": f.date, "venue": f.venue,
        "topic": topics[0] if topics else None, "review": f.review}))
    for inst in dict.fromkeys(f.participants):
        shape.rels.append(("ATTENDED", ("Institution", inst), ("Meeting", key),
                           {"role": "participant"}, None))
    for name in f.people:
        shape.nodes.append(("Person", {"key": person_key(name), "name": name}))
        shape.rels.append(("ATTENDED", ("Person", person_key(name)), ("Meeting", key),
                           {"role": "participant"}, None))
    if f.region:
        shape.rels.append(("LOCATED_IN", ("Meeting", key), ("Region", f.region), {}, None))
    shape.about(topics)
    return shape


def position(f: PositionFact) -> Shape:
    person = person_key(f.name)
    fact = rel_key(person, "HOLDS_POSITION", f.institution, f.title)
    shape = Shape("Person", person, fact)
    shape.nodes.append(("Person", {"key": person, "name": f.name}))
    shape.rels.append(("HOLDS_POSITION", ("Person", person), ("Institution", f.institution),
                       {"title": f.title, "since": f.since, "until": f.until,
                        "seen_on": f.seen_on, "review": f.review}, f.title))
    return shape


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence (or a sheet row rendered as text), its
    offsets in the article, the extractor, how sure it was and why."""

    text: str | None
    extractor: str
    confidence: float
    start: int | None = None
    end: int | None = None
    reason: str | None = None


def report(w: Writer, source: tuple[str, str], label: str, target: str, fact: str,
           evidence: Evidence, status: str | None = None) -> str:
    """The ``REPORTS`` edge from an Article or Record to the node a fact hangs on; its
    status follows the confidence (``schema.review_status``) unless given."""
    return w.rel("REPORTS", source, (label, target), {
        "fact": fact, "evidence": evidence.text, "char_start": evidence.start,
        "char_end": evidence.end, "extractor": evidence.extractor,
        "confidence": round(evidence.confidence, 3), "reason": evidence.reason,
        "status": status or review_status(evidence.confidence).value,
    }, qualifier=short_hash(fact)[:10])
