"""Institution mentions in a sentence: the grammar of Indonesian government names.

Each rule is a keyword pattern ("Pemkab", "Kantor Imigrasi Kelas II TPI", "Kanwil
Kemenkumham", "Dinas Pendidikan dan Kebudayaan", "Polres", "Kodim 0204/") followed by a
place read with the gazetteer (``places.scan``). A mention without a place is kept as
*generic*; the article-level resolver gives it the place the story is about, or drops
it. Overlapping matches keep the longest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from . import places
from .clean import lower
from .places import CITY, GOV, PROVINCE, REGENCY, Place
from .sentences import Sentence


@dataclass
class Mention:
    kind: str
    body: str  # the body without its place: "Dinas Pariwisata", "Kantor Imigrasi Kelas I TPI"
    place: Place | None
    start: int  # offsets in the article text
    end: int
    sentence: int
    generic: bool = False
    family: str | None = None  # KANWIL: kumham | dji | kemenag | None (not said)
    implied: bool = False  # read from a post ("Bupati Lebak" -> Pemkab Lebak)
    central: bool = False  # a national body: kept only when it acts in the story
    flags: set[str] = field(default_factory=set)  # venue, quote, planned, company, pemda
    written: str | None = None  # written designation: kabupaten | kota | provinsi ...

    @property
    def surface_span(self) -> tuple[int, int]:
        return self.start, self.end


Rule = Callable[[str, Sentence], Iterator[Mention]]
# (trigger words, rule): a rule runs only on sentences with one of its words (lower
# case), which keeps the regexes off most sentences.
RULES: list[tuple[frozenset[str], Rule]] = []
LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORDS = re.compile(r"[a-z0-9]+")


def rule(triggers: str) -> Callable[[Rule], Rule]:
    """Register a rule with its trigger words (space-separated, lower case)."""

    def register(func: Rule) -> Rule:
        RULES.append((frozenset(triggers.split()), func))
        return func

    return register


def sentence_words(low: str) -> set[str]:
    return set(_WORDS.findall(low))


def new_mention(
    kind: str,
    body: str,
    place: Place | None,
    s: int,
    e: int,
    sent: Sentence,
    *,
    nullplace: bool = False,
    family: str | None = None,
    implied: bool = False,
    central: bool = False,
    flags: set[str] | None = None,
    written: str | None = None,
) -> Mention:
    """A mention at sentence offsets ``s:e``; ``nullplace``: a body with no place."""
    return Mention(
        kind,
        body,
        place,
        sent.start + s,
        sent.start + e,
        sent.index,
        generic=place is None and kind != "NON_GOV" and not nullplace,
        family=family,
        implied=implied,
        central=central,
        flags=flags or set(),
        written=written,
    )


def place_at(
    t: str, pos: int, levels: frozenset[str] = GOV, **kw: bool
) -> tuple[Place | None, int, str | None]:
    hit = places.scan(t, pos, levels, **kw)
    return (hit[0], hit[1], hit[2]) if hit else (None, pos, None)


RI = re.compile(r"\s*(?:\(?RI\)?|Republik\s+Indonesia)(?=\W|$)")
WILAYAH = re.compile(r"\s+(?:wilayah|Wilayah)\b")


def skip(t: str, pos: int, pattern: re.Pattern[str]) -> int:
    m = pattern.match(t, pos)
    return m.end() if m else pos


def gov_kind(place: Place | None, default: str = "PEMKAB") -> str:
    if place is None or place.level is None:
        return default
    return {PROVINCE: "PEMPROV", REGENCY: "PEMKAB", CITY: "PEMKOT"}.get(place.level, default)


# --- running the rules -----------------------------------------------------------------------

_VENUE_WORDS = re.compile(r"di |ke |gedung|bekas|eks |sebelah")
VENUE = re.compile(
    r"(?i:\b(?:di|ke)\s+(?:(?:ruang|aula|gedung|halaman|lapangan|lobi|lobby|pendopo|"
    r"pendapa|balai|lantai|sebelah|depan|samping|komplek|kompleks|area|kawasan|rumah|"
    r"ruangan|hotel|wisma)\b(?:(?!\bdan\b)[^,;]){0,40})|\b(?:gedung|bekas|eks|sebelah)\s+"
    r"(?:\w+\s+){0,3})$"
)


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
        taken: list[Mention] = []
        for m in found:
            if "shadow" in m.flags or any(m.start < o.end and o.start < m.end for o in taken):
                continue
            taken.append(m)
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
    spans = [(m.start, m.end) for m in mentions]
    extra: list[Mention] = []
    for sent in sentences:
        for hit in rx.finditer(sent.text):
            s, e = sent.start + hit.start(), sent.start + hit.end()
            src = defined[hit.group()]
            if s < src.end + 14 or any(a < e and s < b for a, b in spans):
                continue  # the definition itself, or inside another name
            extra.append(new_mention("NON_GOV", src.body, None, hit.start(), hit.end(), sent,
                                     flags=set(src.flags)))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda m: (m.sentence, m.start))


# The rule modules register themselves on import (they import this module).
from . import rules_government, rules_immigration, rules_other  # noqa: E402, F401
