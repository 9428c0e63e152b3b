"""The last steps of reading a story's agreements, once every sentence was read: a status
told only later, extensions between the parties of what they renew, others who also
signed, one instrument per region or recipient, topics, the other side when only one
was named, and the doubts a planner sees in the review queue."""

from __future__ import annotations

from .agreement_found import ONE_PARTY, PARTIES_BEFORE, FoundAgreement, status_told_later
from .agreement_sides import ranked, speakers_office
from .also_signed import also_signed
from .entities import Entity
from .listed import entities_in
from .mention import Mention
from .partners import organisation
from .partners_next import partners_listed_next
from .per_region import one_per_partner, split_by_region
from .sentences import Sentence
from .several import fold_lone, fold_title, give_counterpart
from .topics import topics_of


def settle(found: list[FoundAgreement], sentences: list[Sentence], mentions: list[Mention],
           by_mention: dict[int, Entity], people: dict[str, Entity]) -> list[FoundAgreement]:
    """The agreements of a story, finished (see the module docstring)."""
    for a in found:
        status_told_later(a)
        if a.extends is not None and len(a.extends.parties) >= 2:
            a.parties = list(a.extends.parties)
    found = also_signed(found, mentions, by_mention)
    found = partners_listed_next(found, sentences, mentions, by_mention)
    found = one_per_partner(fold_lone(fold_title(split_by_region(found, sentences))))
    for a in found:
        text = " ".join(s.text for s in a.sentences)
        a.topics = topics_of(text)
        if people and len({organisation(e) for e in a.parties}) == 1:
            speakers_office(a, people)
    give_counterpart(found, ranked(mentions, by_mention))
    for a in found:
        if a.extends is not None and len(a.extends.parties) >= 2:
            a.parties = list(a.extends.parties)  # completed only now
        if len(a.parties) < 2:
            a.doubt(0.5, ONE_PARTY)
        first = set(entities_in(a.sentences[0], mentions, by_mention))
        if any(e not in first for e in a.parties) and len(a.sentences) == 1:
            a.reasons.append(PARTIES_BEFORE)  # noted; not a doubt by itself
    return found
