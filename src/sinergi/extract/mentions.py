"""Institution mentions in a sentence: the grammar of Indonesian government names.

Every registered rule (see ``mention``) runs on the sentences holding one of its trigger
words. A mention without a place is kept as *generic*; the article-level resolver gives
it the place the story is about, or drops it. Overlapping matches keep the longest.
"""

from __future__ import annotations

import bisect
import re

# The rule modules register their rules with ``mention.rule`` when imported.
from . import (  # noqa: F401
    rules_government,
    rules_immigration,
    rules_listed,
    rules_other,
    rules_timpora,
)
from .clean import lower
from .mention import RULES, Mention, new_mention, sentence_words
from .sentences import Sentence

# --- running the rules -----------------------------------------------------------------------

_VENUE_WORDS = re.compile(r"di |ke |gedung|graha|bekas|eks |sebelah")
VENUE = re.compile(
    r"(?i:\b(?:di|ke)\s+(?:(?:ruang|aula|gedung|halaman|lapangan|lobi|lobby|pendopo|"
    r"pendapa|balai|lantai|sebelah|depan|samping|komplek|kompleks|area|kawasan|rumah|"
    r"ruangan|hotel|wisma|graha)\b(?:(?!\bdan\b)[^,;]){0,40})|\b(?:gedung|bekas|eks|sebelah)\s+"
    # "gedung eks kantor dinas kepada Kantor Imigrasi": a recipient, not the building's
    # owner.
    r"(?:(?!(?:kepada|untuk|bagi|oleh|dengan|dari|ke)\s)\w+\s+){0,3})$"
)


# "dengan tiga pemerintah kabupaten", "sejumlah dinas": several bodies, not one of them.
_PLURAL = re.compile(r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+|"
                     r"sejumlah|beberapa|para|seluruh|semua|berbagai|ketiga|keempat|kelima|"
                     r"keenam)\s+$", re.IGNORECASE)


def find_mentions(
    text: str, sentences: list[Sentence], quotes: list[tuple[int, int]]
) -> list[Mention]:
    """Every institution mention of the article, longest first where they overlap."""
    out: list[Mention] = []
    quote_starts = [q[0] for q in quotes]
    for sent in sentences:
        low = sent.low or lower(sent.text)
        present = sent.words or sentence_words(low)
        found = [m for trig, r in RULES if not trig.isdisjoint(present) for m in r(sent.text, sent)]
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        # Sorted by start, so a mention overlaps a kept one exactly when it starts
        # before the furthest end kept so far (linear, not pairwise).
        taken: list[Mention] = []
        reach = -1
        for m in found:
            if "shadow" in m.flags or m.start < reach:
                continue
            taken.append(m)
            reach = max(reach, m.end)
        spans = {(m.start, m.end) for m in taken}
        taken += [m for m in found if "shadow" in m.flags and (m.start, m.end) in spans]
        taken.sort(key=lambda m: m.start)
        for m in taken:
            before = text[max(sent.start, m.start - 60) : m.start]
            if (
                m.kind != "MPP"
                and _VENUE_WORDS.search(lower(before))
                and VENUE.search(before)
            ):
                m.flags.add("venue")
            if m.generic and _PLURAL.search(before):
                m.flags.add("plural")
            k = bisect.bisect_right(quote_starts, m.start) - 1
            if k >= 0 and m.start < quotes[k][1]:
                m.flags.add("quote")
        out.extend(taken)
    return _acronyms(text, sentences, out)


_ACRONYM_DEF = re.compile(r"\s*\((?P<a>[A-Z][A-Za-z]{1,9})\)")


def _acronyms(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """ "Universitas Merapi Nusantara (UMN)" then "Rektor UMN": a non-government body's
    acronym, defined in brackets after its name, names it again later in the article."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        d = _ACRONYM_DEF.match(text, m.end) if m.kind == "NON_GOV" else None
        if d and d.group("a") not in m.body:
            defined.setdefault(d.group("a"), m)
    if not defined:
        return mentions
    rx = re.compile(r"\b(?:" + "|".join(map(re.escape, defined)) + r")\b")
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    extra: list[Mention] = []
    for sent in sentences:
        for hit in rx.finditer(sent.text):
            s, e = sent.start + hit.start(), sent.start + hit.end()
            src = defined[hit.group()]
            if s < src.end + 14 or _inside(spans, starts, s, e):
                continue  # the definition itself, or inside another name
            extra.append(new_mention("NON_GOV", src.body, None, hit.start(), hit.end(), sent,
                                     flags=set(src.flags)))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda m: (m.sentence, m.start))


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether ``s:e`` overlaps one of ``spans`` (sorted; mentions of a sentence do not
    overlap, so only the spans starting just before ``e`` need a look)."""
    k = bisect.bisect_left(starts, e)
    return any(spans[j][1] > s for j in range(max(0, k - 8), k))
