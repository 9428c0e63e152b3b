"""A headline that joins two stories with a comma ("Imigrasi dan Pemkab Merauke Teken PKS,
Pemprov Papsel Usulkan Kesepakatan Bersama"): each clause has its own parties.
"""

from __future__ import annotations

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
