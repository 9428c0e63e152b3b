"""Partners named in a sentence after the instrument's own, which names them only by a
common noun: "Kanim A menandatangani sejumlah PKS dengan instansi pemerintah. ... Kerja
sama tersebut melibatkan Disdukcapil, Kemenag dan Diskominfo."

An instrument read with one side only, whose sentence says "dengan instansi / lembaga /
mitra / pihak ..." (no name), takes as partners the parties listed in one of the next
two sentences after a listing word ("melibatkan", "yakni", "antara lain", ...). With a
count or a distributive word at the instrument ("sejumlah PKS", "tiga mitra") each
partner has its own instrument (the spec: separate instruments with several partners
are separate agreements); without one, the partners join the one instrument.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .agreement_found import FoundAgreement
from .entities import Entity
from .listed import placed
from .mention import Mention
from .partners import SEVERAL, organisation, witness_span
from .sentences import Sentence

# "dengan instansi pemerintah", "dengan sejumlah mitra", "bersama tiga lembaga".
_UNNAMED_PARTNER = re.compile(
    r"\b(?:dengan|bersama)\s+(?:sejumlah\s+|beberapa\s+|berbagai\s+|para\s+|"
    r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2})\s+)?"
    r"(?:instansi|lembaga|mitra|pihak|institusi|stakeholder|pemangku\s+kepentingan|"
    r"perangkat\s+daerah|organisasi\s+perangkat\s+daerah|OPD)\b", re.IGNORECASE)
# The word after which the partners are listed.
_LISTING = re.compile(r"\b(?:melibatkan|yakni|yaitu|antara\s+lain|di\s*antaranya|meliputi|"
                      r"terdiri\s+(?:dari|atas)|adalah|ialah)\b", re.IGNORECASE)
_REACH = 2  # sentences after the instrument's where its partners may be listed
PARTNERS_NEXT = ("mitra dibaca dari daftar di kalimat berikutnya / partners read from the "
                 "list in a following sentence")


def partners_listed_next(found: list[FoundAgreement], sentences: list[Sentence],
                         mentions: list[Mention], by_mention: dict[int, Entity]
                         ) -> list[FoundAgreement]:
    """``found`` with the partners of one-sided instruments read from a later list."""
    out: list[FoundAgreement] = []
    for a in found:
        first = a.sentences[0]
        sides = {organisation(e) for e in a.parties}
        if len(sides) != 1 or a.separate or not _UNNAMED_PARTNER.search(first.text):
            out.append(a)
            continue
        partners, where = _listed(first.index, sentences, mentions, by_mention, sides)
        if not partners or where is None:
            out.append(a)
            continue
        a.doubt(0.55, PARTNERS_NEXT)  # read across sentences: a planner checks it in review
        if SEVERAL.search(first.text) and len(partners) > 1:
            out += [replace(a, parties=a.parties + [p], sentences=[first, where],
                            reasons=list(a.reasons), separate=True, partner=p)
                    for p in partners]
        else:
            a.parties = a.parties + partners
            a.sentences = [*a.sentences, where]
            out.append(a)
    return out


def _listed(k: int, sentences: list[Sentence], mentions: list[Mention],
            by_mention: dict[int, Entity], sides: set[tuple[str, str]]
            ) -> tuple[list[Entity], Sentence | None]:
    """The parties listed after a listing word in one of the ``_REACH`` sentences after
    sentence ``k``, not of the instrument's own side nor witnesses, and that sentence."""
    for sent in sentences[k + 1:k + 1 + _REACH]:
        cue = _LISTING.search(sent.text)
        if cue is None:
            continue
        lo_w, hi_w = witness_span(sent.text) or (-1, -1)
        partners: list[Entity] = []
        for p in placed(sent, mentions, by_mention):
            if p.start >= cue.end() and not lo_w <= p.start < hi_w and p.entity.keep \
                    and organisation(p.entity) not in sides and p.entity not in partners:
                partners.append(p.entity)
        if partners:
            return partners, sent
    return [], None
