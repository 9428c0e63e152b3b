"""A rule for governments listed by their regions' bare names: "menandatangani PKS dengan
tiga pemerintah kabupaten, yakni Konawe, Konawe Utara dan Kolaka" (each name is the
government of that region; the noun before says which level)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .mention import Mention, gov_kind, new_mention, place_at, rule
from .places import CITY, GOV, REGENCY
from .sentences import Sentence

# "dengan tiga pemerintah kabupaten, yakni Konawe, Konawe Utara dan Kolaka": governments
# listed by their regions' bare names.
# "juga melaksanakan penandatanganan MoU yaitu Kota Makassar, Kab. Buleleng, Kab. Nias":
# the regions that sign, each named with its designation.
_LISTED = re.compile(r"\b(?:pemerintah\s+(?P<kw>kabupaten|kota|daerah)|"
                     r"(?P<kw2>pemkab|pemkot|pemda)|penandatangan\w*\s+(?:mou|pks|nota|"
                     r"perjanjian)|menandatangani\s+(?:mou|pks|nota|perjanjian))\b"
                     r"[^.;:]{0,60}?,?\s+(?:yakni|yaitu)\s+", re.IGNORECASE)
_MISSPELT = re.compile(r"(?:Kab\.|Kabupaten|Kota)\s+[^,;.]{1,30}?(?=,|\s+(?:dan|serta)\s+|[;.]|$)",
                       re.IGNORECASE)
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)")
_LISTED_LEVELS = {"kabupaten": frozenset({REGENCY}), "pemkab": frozenset({REGENCY}),
                  "kota": frozenset({CITY}), "pemkot": frozenset({CITY})}


@rule("yakni yaitu")  # with "penandatanganan" or "pemerintah" before it
def listed_governments(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _LISTED.finditer(t):
        levels = _LISTED_LEVELS.get((m.group("kw") or m.group("kw2") or "").lower(), GOV)
        pos = m.end()
        while True:
            place, end, written = place_at(t, pos, levels)
            if place is not None and place.level in GOV:
                yield new_mention(gov_kind(place), "Pemerintah", place, pos, end, sent,
                                  written=written)
            elif (item := _MISSPELT.match(t, pos)) is not None:
                end = item.end()  # "Kab. Dharma swara": a region the gazetteer cannot read
            else:
                break
            glue = _LIST_GLUE.match(t, end)
            if glue is None:
                break
            pos = glue.end()
