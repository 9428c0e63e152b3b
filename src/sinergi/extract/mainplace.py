"""The place a story is about, and namesake regions settled by province.

The *main place* is the kab/kota that the article's regional bodies, region phrases
("Kabupaten X", "di X", "wilayah X") and dateline name most, weighted by how strongly
each ties the story to the place; places named as a venue ("di Hotel X, Kota Metro")
do not count. Generic mentions ("Disdukcapil", "Kejaksaan") take this place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import places
from .mention import Mention
from .mentions import VENUE
from .places import CITY, DISTRICT, GOV, KABKOTA, PROVINCE, REGENCY, Place
from .sentences import Sentence

_WEIGHTS = {"PEMKAB": 3, "PEMKOT": 3, "DPRD": 3, "SETDA": 3, "PEMPROV": 1, "DINAS": 2,
            "BADAN": 2, "KESBANGPOL": 2, "MPP": 2, "TIMPORA": 2, "POLRI": 2, "TNI": 2,
            "KEJAKSAAN": 2}
_REGION_PHRASE = re.compile(r"\b(?:Kabupaten|Kota|Kab\.|kabupaten|kota)\s+(?=[A-Z])")
_WHERE = re.compile(r"\b(?:wilayah|di|daerah)\s+(?=[A-Z])")
_NEXT_WORD = re.compile(r"[a-z]+")
_DATELINE = re.compile(r"^(?P<head>[^–—\-\n]{2,70}?)\s*(?:\(ANTARA\)|\(Antara\w*[^)]*\))?"
                       r"\s*[–—-]{1,2}\s")


@dataclass
class MainPlace:
    kabkota: Place | None
    province: Place | None
    votes: Counter[str] = field(default_factory=Counter)


def _kabkota_of(place: Place) -> Place | None:
    if place.level in (REGENCY, CITY):
        return place
    if place.level == DISTRICT and place.parent_code:
        region = places.gazetteer().region(place.parent_code)
        if region:
            return Place(region.short_name, region.level, region.code, region.province_code,
                         region.parent_code)
    return None


def main_place(text: str, sentences: list[Sentence], mentions: list[Mention]) -> MainPlace:
    """The kab/kota (and province) the story is about; see the module docstring."""
    score: Counter[str] = Counter()  # by place name: namesakes are settled by province
    seen: dict[str, dict[str, tuple[Place, int]]] = {}
    votes: Counter[str] = Counter()  # provinces of every place named

    def add(place: Place | None, weight: int) -> None:
        if place is not None and place.province_code and len(
            {a.province_code for a in places.namesakes(place.name)}
        ) <= 1:  # a name several provinces share is no evidence of the province
            votes[place.province_code] += 1
        kk = _kabkota_of(place) if place else None
        if kk and kk.code and weight:
            score[kk.name] += weight
            prev = seen.setdefault(kk.name, {}).get(kk.code)
            keep = place if place and place.level in (REGENCY, CITY) and weight >= 3 else kk
            seen[kk.name][kk.code] = (prev[0] if prev and weight < 3 else keep,
                                      (prev[1] if prev else 0) + weight)

    for m in mentions:
        if m.place is not None and "venue" not in m.flags:
            add(m.place, _WEIGHTS.get(m.kind, 0))
    known = places.first_words()
    for s in sentences:
        for rx in (_REGION_PHRASE, _WHERE):
            for r in rx.finditer(s.text):
                nxt = _NEXT_WORD.match(s.low, r.end())
                if not nxt or nxt.group() not in known:
                    continue  # no region starts with this word: skip the scan
                # "di Hotel X, Kota Metro": where it was held, not what it is about.
                venue = bool(VENUE.search(s.text[max(0, r.start() - 60):r.start() + 1]))
                hit = places.scan(s.text, r.end(), GOV, designator=False)
                if hit and hit[0].level in (REGENCY, CITY):
                    add(hit[0], 0 if venue else 1)
    for s in [s for s in sentences if s.line_start][:3]:
        d = _DATELINE.match(s.text)
        if d:
            for part in d.group("head").split(","):
                hit = places.scan(part.strip(), 0, GOV | {DISTRICT}, bare_district=True)
                if hit:
                    add(hit[0], 2)
            break
    kabkota = None
    if score:
        options = seen[score.most_common(1)[0][0]].values()
        kabkota = max(options, key=lambda pw: (votes[pw[0].province_code or ""], pw[1]))[0]
    province = None
    provinces = Counter(m.place.code for m in mentions if m.place and m.place.level == PROVINCE
                        and m.kind in ("PEMPROV", "TIMPORA", "DINAS", "BADAN", "DPRD"))
    if provinces:
        code = provinces.most_common(1)[0][0]
        province = next(m.place for m in mentions if m.place and m.place.code == code)
    elif kabkota and kabkota.province_code:
        region = places.gazetteer().region(kabkota.province_code)
        if region:
            province = Place(region.short_name, PROVINCE, region.code, region.code)
    return MainPlace(kabkota, province, votes)



def disambiguate(mentions: list[Mention], votes: Counter[str]) -> None:
    """A kab/kota name shared by regions of several provinces is the one in the province
    the article's other places are in."""
    for m in mentions:
        p = m.place
        if p is None or p.level not in KABKOTA or not p.code:
            continue
        alts = [a for a in places.namesakes(p.name)
                if a.province_code != p.province_code
                and (m.written not in ("kabupaten", "kota") or a.level == p.level)]
        best = max(alts, key=lambda a: votes[a.province_code or ""], default=None)
        if best is not None and votes[best.province_code or ""] > votes[p.province_code or ""]:
            m.place = best
