"""Instruments named one by one, each with its partner, at one signing.

    Bupati X menandatangani tiga naskah terpisah dengan tiga mitra berbeda. Naskah
    pertama adalah PKS dengan Kantor Imigrasi ... Kedua, Kesepakatan Bersama dengan
    Kejari ... Ketiga, PKS dengan Universitas ...

Each "instrument dengan P" is its own agreement between P and the signing side (the
*host*), which the sentence often leaves out. The host is, in this order: the party
named before the instrument in the same sentence; the side named before "dengan" in a
sentence that announced several instruments ("tiga naskah terpisah", see
``partners.SEVERAL``); the host of the last instrument read with a named partner.
A partner is compared by organisation (``partners.organisation``), so "MoU dengan
Kantor Imigrasi Serang" and, later, "MoU dengan Imigrasi" are one instrument.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .entities import Entity
from .instruments import UMBRELLA
from .mention import Mention
from .partners import SEVERAL, organisation, witness_span
from .sentences import Sentence

PARTY_KINDS = frozenset({"PEMPROV", "PEMKAB", "PEMKOT", "DPRD", "SETDA", "DINAS", "KESBANGPOL",
                         "BADAN", "KANWIL", "KANIM", "IMIGRASI_PUSAT", "POLRI", "TNI",
                         "KEJAKSAAN", "PUSAT_LAIN", "NON_GOV", "ULP", "MPP"})
# "MoU dengan X", "nota kesepahaman (MoU) dengan pihak X": the partner follows the name.
# "PKS kedua dengan X", "PKS serupa dengan X": the instrument's rank in the list, or a
# word saying it is like the one before, may come between.
_NAMED_WITH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:pertama|kedua|ketiga|keempat|kelima|"
                         r"serupa|sejenis|sekaligus)\s+)?(?:dengan|bersama)\s+(?:pihak\s+)?",
                         re.IGNORECASE)
# "dengan Kanim A dan Kanim B", "dengan A, B serta C": one list of partners.
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:dan|serta)\s+)?", re.IGNORECASE)
_WITH = re.compile(r"\bdengan\b", re.IGNORECASE)
_SIGNING = re.compile(r"\b(?:menandatangani|meneken|menyepakati|penandatanganan|"
                      r"ditandatangani|diteken|menjalin)\b", re.IGNORECASE)


@dataclass
class Placed:
    """A party of a sentence with where its first mention starts and ends in it."""

    entity: Entity
    start: int
    end: int


def sentence_mentions(index: int, mentions: list[Mention]) -> Iterator[tuple[int, Mention]]:
    """The mentions of sentence ``index`` with their positions in ``mentions``. Mentions
    are in text order: the sentence's run is found by bisection, not by reading every
    mention of the article."""
    lo = bisect.bisect_left(mentions, index, key=lambda m: m.sentence)
    for i in range(lo, len(mentions)):
        if mentions[i].sentence != index:
            break
        yield i, mentions[i]


def party_mentions(sent: Sentence, mentions: list[Mention], by_mention: dict[int, Entity]
                   ) -> Iterator[tuple[Entity, Mention]]:
    """Each mention of a possible party in a sentence (not an apposition), in text order."""
    for i, m in sentence_mentions(sent.index, mentions):
        e = by_mention.get(i)
        if e is not None and e.kind in PARTY_KINDS and "apposition" not in m.flags:
            yield e, m


def served(sent: Sentence, pos: int, mentions: list[Mention], by_mention: dict[int, Entity]
           ) -> set[int]:
    """ "nota kesepahaman yang diteken ... menjadi payung bagi kerja sama di tingkat kantor
    imigrasi": the ids of the entities named only after the umbrella word that follows
    offset ``pos``, whom the instrument serves, not its parties."""
    u = UMBRELLA.search(sent.text, pos)
    if u is None:
        return set()
    before: set[int] = set()
    after: set[int] = set()
    for e, m in party_mentions(sent, mentions, by_mention):
        (after if m.start - sent.start > u.start() else before).add(id(e))
    return after - before


# "layanan paspor di Mal Pelayanan Publik": the MPP is where the service runs (it
# attends the signing at most), not a party to the instrument.
_AT = re.compile(r"\b(?:di|ke|pada)\s+$", re.IGNORECASE)


def entities_in(sent: Sentence, mentions: list[Mention], by_mention: dict[int, Entity]
                ) -> list[Entity]:
    """The possible parties of a sentence, each once: not who only witnesses a signing,
    nor an MPP named as where a service runs ("layanan paspor di MPP")."""
    out: list[Entity] = []
    # Who only witnesses the signing is not a party (the spec): skip what is named there.
    lo_w, hi_w = witness_span(sent.text) or (-1, -1)
    for e, m in party_mentions(sent, mentions, by_mention):
        at = m.start - sent.start
        if not lo_w <= at < hi_w and e not in out \
                and not (e.kind == "MPP" and _AT.search(sent.text, 0, at)):
            out.append(e)
    return out


def placed(sent: Sentence, mentions: list[Mention], by_mention: dict[int, Entity]
           ) -> list[Placed]:
    """The parties of a sentence, each once, at their first mention."""
    out: list[Placed] = []
    for e, m in party_mentions(sent, mentions, by_mention):
        if all(e is not p.entity for p in out):
            out.append(Placed(e, m.start - sent.start, m.end - sent.start))
    return out


# "Adapun dengan Universitas Balikpapan (Uniba), imigrasi menandatangani nota
# kesepahaman": the partner told first, in a list of instruments.
_FRONTED = re.compile(r"\W*(?:adapun\s+|sementara\s+(?:itu\s+)?|sedangkan\s+)?dengan\s+",
                      re.IGNORECASE)


def partners_after(sent: Sentence, end: int, mentions: list[Mention],
                   by_mention: dict[int, Entity]) -> tuple[list[Entity], list[Placed]]:
    """The partners named right after an instrument's name that ends at ``end`` ("MoU
    dengan Ombudsman", "PKS dengan Kanim A dan Kanim B"), and the sentence's parties;
    two empty lists when no partner is named."""
    w = _NAMED_WITH.match(sent.text, end) or _FRONTED.match(sent.text)
    if w is None:
        return [], []
    parties = placed(sent, mentions, by_mention)
    out: list[Entity] = []
    at = w.end()
    for p in parties:
        if p.start < at:
            continue
        if p.start != at:
            break
        out.append(p.entity)
        j = _LIST_JOIN.match(sent.text, p.end)
        at = j.end() if j is not None and j.end() > p.end else -1
    return out, parties


# "Nota Kesepahaman antara Pemprov NTB dengan Kanwil NTB tentang ...": the instrument's own
# clause names its parties, up to what it is about or a relative clause.
_BETWEEN = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?antara\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\b(?:tentang|yang|untuk|mengenai|terkait|guna|dalam|pada)\b|[.;]",
                         re.IGNORECASE)


def between(sent: Sentence, end: int, mentions: list[Mention],
            by_mention: dict[int, Entity]) -> list[Entity]:
    """The parties named in "antara A dengan B" right after an instrument's name that
    ends at ``end``; empty when there is no such clause."""
    w = _BETWEEN.match(sent.text, end)
    if w is None:
        return []
    stop = _CLAUSE_END.search(sent.text, w.end())
    limit = stop.start() if stop is not None else len(sent.text)
    return [p.entity for p in placed(sent, mentions, by_mention) if w.end() <= p.start < limit]


def announced_host(sent: Sentence, parties: list[Placed]) -> list[Entity]:
    """The signing side of a sentence that announces several instruments ("menandatangani
    tiga naskah terpisah dengan tiga mitra"): the parties named before "dengan", or
    with no "dengan" ("Kanim X meneken dua PKS terpisah"), before the count."""
    t = sent.text
    several = SEVERAL.search(t)
    if several is None:
        return []
    with_ = _WITH.search(t)
    end = with_.start() if with_ is not None else several.start()
    if not _SIGNING.search(t, 0, end):
        return []
    return [p.entity for p in parties if p.start < end]


def host_side(hosts: list[Entity], partner: Entity) -> list[Entity]:
    """``hosts`` without anyone of the partner's organisation."""
    org = organisation(partner)
    return [e for e in hosts if organisation(e) != org]
