"""The part of a sentence whose parties are an instrument's own: a headline that joins two
stories with a comma ("Imigrasi dan Pemkab Merauke Teken PKS, Pemprov Papsel Usulkan
Kesepakatan Bersama"), each clause with its own parties; instruments counted in one
sentence ("PKS pertama ..., sedangkan PKS kedua ..."), each with the signers after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .entities import Entity
from .listed import party_mentions
from .mention import Mention
from .sentences import Sentence


def title_clause(sentences: list[Sentence], k: int, pos: int,
                 names_instrument: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the title's clause holding offset ``pos`` when sentence ``k`` is the
    article's title (its first line, no full stop at the end) and another of its clauses
    names an instrument of its own; else None (a comma may list parties: "Bersama Kantor
    Imigrasi, Polres Metro Tangerang Kota, ...")."""
    t = sentences[0].text.rstrip()
    if k != 0 or ", " not in t or t.endswith((".", "!", "?", '"', "\u201d")):
        return None
    a, b = t.rfind(", ", 0, pos), t.find(", ", pos)
    span = (a + 2 if a >= 0 else 0, b if b >= 0 else len(t))
    return span if names_instrument(t[:span[0]] + " " + t[span[1]:]) else None


def within(ents: list[Entity], sent: Sentence, mentions: list[Mention],
           by_mention: dict[int, Entity], span: tuple[int, int]) -> list[Entity]:
    """The entities of ``ents`` named in ``span`` of the sentence."""
    inside = {id(e) for e, m in party_mentions(sent, mentions, by_mention)
              if span[0] <= m.start - sent.start < span[1]}
    return [e for e in ents if id(e) in inside]


_COUNTED = re.compile(r"\s+(?:pertama|kedua|ketiga|keempat)\b", re.IGNORECASE)


def own_span(rx: re.Pattern[str], t: str, m: re.Match[str]) -> tuple[int, int] | None:
    """ "PKS pertama ditandatangani Wali Kota A dan Kakanim B, sedangkan PKS kedua oleh
    Bupati C dan Kakanim D": instruments counted in one sentence, each with its signers
    after it: a mention's parties are those named from it to the next one."""
    near = [x for x in rx.finditer(t) if x.start() - m.end() > 3 or m.start() - x.end() > 3]
    if not near or not any(_COUNTED.match(t, x.end()) for x in [*near, m]):
        return None
    return m.end(), min((x.start() for x in near if x.start() >= m.end()), default=len(t))
