"""The story's officials as a way to its offices: "Yusuf menambahkan, ..." names the
Kakanim, so the sentence speaks for the Kantor Imigrasi.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .entities import Entity
from .official_found import FoundOfficial
from .sentences import Sentence, quote_at


def people_of(officials: list[FoundOfficial]) -> dict[str, Entity]:
    """The offices of the story's officials by each capitalised word of their names (a
    word two officials share is left out: it would not say whose office)."""
    out: dict[str, Entity] = {}
    shared: set[str] = set()
    for o in officials:
        if o.entity is None:
            continue
        for word in re.findall(r"[A-Z][a-z]{2,}", o.name):
            if word in out and out[word] is not o.entity:
                shared.add(word)
            out[word] = o.entity
    return {w: e for w, e in out.items() if w not in shared}


def actor_of(text: str, people: dict[str, Entity],
             wanted: Callable[[Entity], bool] | None = None) -> Entity | None:
    """The office of the first official of the story named in ``text`` by one of their
    names ("Yudhistira juga ..."), if any; with ``wanted``, the first such office it
    accepts."""
    for word in re.findall(r"[A-Z][a-z]{2,}", text):
        if word in people and (wanted is None or wanted(people[word])):
            return people[word]
    return None


# "Kami juga tengah menyiapkan nota kesepahaman dengan UNSIQ": the speaker's office.
_WE = re.compile(r"\b(?:kami|kita)\b", re.IGNORECASE)


def our_office(sentences: list[Sentence], quotes: list[tuple[int, int]], k: int, pos: int,
               people: dict[str, Entity]) -> Entity | None:
    """The office of who says "kami" before ``pos`` of sentence ``k`` inside a quote: the
    official named right after the quote ("..., kata Yosua") or in the sentence that opens
    it ("Kepala Kantor Imigrasi, Rudi, menjelaskan ..."), if the story knows them."""
    sent = sentences[k]
    quote = quote_at(sent.start + pos, quotes)
    if quote is None or not _WE.search(sent.text, max(0, quote[0] - sent.start), pos):
        return None
    qs, qe = quote
    if (office := actor_of(_after(sentences, k, qe, 80), people)) is not None:
        return office
    opening = next((s for s in reversed(sentences[:k + 1]) if s.start <= qs), None)
    if opening is None:
        return None
    if (office := actor_of(opening.text[:qs - opening.start], people)) is not None:
        return office
    # "Kizlar menyatakan pihaknya bersedia. “Kami sepakat ...,” ujarnya.": the quote opens
    # its own sentence and "-nya" names its speaker; the one who spoke just before.
    before = opening.index - 1
    if qs == opening.start + _lead(opening.text) and before >= 0 \
            and _BY_PRONOUN.search(_after(sentences, k, qe, 30)):
        return actor_of(sentences[before].text, people)
    return None


# "Pihaknya akan menindaklanjuti usulan tersebut dengan melakukan Perjanjian Kerjasama
# dengan Kabupaten Kotabaru": the office of who spoke just before.
_THEIR = re.compile(r"\bpihaknya\b", re.IGNORECASE)


def their_office(sentences: list[Sentence], k: int, pos: int, people: dict[str, Entity]
                 ) -> Entity | None:
    """The office "pihaknya" before ``pos`` of sentence ``k`` stands for: the official named
    before it in the sentence, else in the sentence before."""
    sent = sentences[k]
    m = _THEIR.search(sent.text, max(0, pos - 200), pos)  # its own clause, not the story
    if m is None:
        return None
    office = actor_of(sent.text[max(0, m.start() - 300):m.start()], people)
    if office is None and k > 0:
        office = actor_of(sentences[k - 1].text, people)
    return office


_BY_PRONOUN = re.compile(r"^\W*(?:\w+nya|ujar\s+dia|kata\s+dia)\b")


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _after(sentences: list[Sentence], k: int, qe: int, n: int) -> str:
    """The ``n`` characters after the quote that ends at ``qe`` (in sentence ``k`` or a
    later one): who said it."""
    for s in sentences[k:]:
        if s.start <= qe <= s.start + len(s.text):
            return s.text[qe - s.start:qe - s.start + n]
    return ""
