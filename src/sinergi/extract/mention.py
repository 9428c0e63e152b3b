"""What a mention rule produces and the helpers rules share.

A rule (in ``rules_government``, ``rules_immigration``, ``rules_other``) is a keyword
pattern ("Pemkab", "Kantor Imigrasi Kelas II TPI", "Kanwil Kemenkumham", "Polres")
followed by a place read with the gazetteer (``places.scan``); it registers itself with
``@rule`` and yields ``Mention``s. ``mentions.find_mentions`` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from . import places
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


# "Polres Metro Bekasi", "Kapolres Metro Jakarta Selatan": the metropolitan police
# resorts around Jakarta; "Metro" is part of the unit's name, not Kota Metro (Lampung).
METRO = re.compile(r"\s+Metro(?=\s+[A-Z])")
RI = re.compile(r"\s*(?:\(?RI\)?|Republik\s+Indonesia)(?=\W|$)")
WILAYAH = re.compile(r"\s+(?:wilayah|Wilayah)\b")


def skip(t: str, pos: int, pattern: re.Pattern[str]) -> int:
    m = pattern.match(t, pos)
    return m.end() if m else pos


def gov_kind(place: Place | None, default: str = "PEMKAB") -> str:
    if place is None or place.level is None:
        return default
    return {PROVINCE: "PEMPROV", REGENCY: "PEMKAB", CITY: "PEMKOT"}.get(place.level, default)
