"""A rule for the units of central bodies that act on their own in the news: a ministry's
Directorate General ("Direktorat Jenderal Politik dan Pemerintahan Umum (Ditjen Politik dan
PUM) Kementerian Dalam Negeri", "Ditjen Binapenta dan PKK Kemnaker") and a commission of the
DPR ("Komisi III DPR RI"). The unit, not its ministry, holds the meeting or signs; where
the names overlap the longest mention is kept, so the unit wins over its ministry."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .mention import Mention, new_mention, rule
from .sentences import Sentence

# Ministries by the names the unit's name ends with: written out, or a short name from the
# central-body lexicon ("Kemendagri", "Kemnaker").
_MINISTRY_NAMES = [(pat, name) for pat, name in lexicon.CENTRAL_BODIES
                   if name.startswith("Kementerian")]
_MINISTRY_AT = re.compile(
    r"\s+(?:" + "|".join(f"(?P<m{i}>{pat})" for i, (pat, _) in enumerate(_MINISTRY_NAMES))
    + r"|(?P<written>Kementerian(?:\s+(?:dan\s+)?[A-Z][a-z]+){1,4}))\b(?:\s*\([A-Za-z]{2,12}\))?"
)
# Directorates General with a name of their own in the lexicon (Imigrasi, Bea dan Cukai,
# Pajak, Dukcapil) are read there.
_DITJEN = re.compile(
    r"\b(?:Direktorat\s+Jenderal|Ditjen)\s+(?!(?:Ke)?imigrasi\w*\b|(?:Ke)?Imigrasi\w*\b|Bea\b|Pajak\b|"
    r"Kependudukan\b|Dukcapil\b|Pemasyarakatan\b)"
    r"(?P<name>[A-Z][A-Za-z]+(?:\s+(?:dan\s+|&\s+)?(?!Kementerian\b|Kem[a-z]+\b|KKP\b)"
    r"[A-Z][A-Za-z]+){0,6})"
    r"(?:\s*\([^()]{2,40}\))?"
)
# Not "Komisi I Dewan Perwakilan Rakyat Daerah (DPRD) Nunukan": a regional council's.
_DPR_COMMISSION = re.compile(r"\bKomisi\s+(?P<n>[IVX]{1,4})\s+(?:DPR\s+RI|DPR-RI|Dewan\s+Perwakilan"
                             r"\s+Rakyat(?:\s+Republik\s+Indonesia)?(?!\s+Daerah))\b")


@rule("direktorat ditjen")
def directorates_general(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DITJEN.finditer(t):
        ministry = _MINISTRY_AT.match(t, m.end())
        if ministry is None:
            continue  # a unit named without its ministry: too vague to be a party
        if ministry.group("written"):
            of = " ".join(ministry.group("written").split())
        else:
            of = _MINISTRY_NAMES[int((ministry.lastgroup or "m0")[1:])][1]
        yield new_mention("PUSAT_LAIN", f"Direktorat Jenderal {m.group('name')} {of}", None,
                          m.start(), ministry.end(), sent, central=True, nullplace=True)


@rule("komisi")
def dpr_commissions(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DPR_COMMISSION.finditer(t):
        yield new_mention("PUSAT_LAIN",
                          f"Komisi {m.group('n')} Dewan Perwakilan Rakyat Republik Indonesia",
                          None, m.start(), m.end(), sent, central=True, nullplace=True)
