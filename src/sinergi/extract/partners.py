"""Several partners at one signing: one instrument per partner, or one for all?

The spec: separate instruments signed with several partners at one ceremony are one
agreement per instrument; one instrument with several parties is one agreement (a
Kanwil signing with its Kanim on one side is one). News says which only in passing, so
the instrument is split only when the text says the instruments were several:

- a count or a distributive word near the instrument: "dengan tiga instansi",
  "masing-masing", "secara terpisah", "sejumlah MoU", "beberapa perjanjian";
- or, with no such word, an immigration host and two or more regional governments
  (each region signs for itself);
- and at least two partner *organisations* besides the host: all immigration bodies
  count as one organisation (they sign as one ministry), and a regional government
  counts together with its own Dinas, Setda, MPP and DPRD (same place).

The host is the party named before "dengan" (the subject that signs with the others);
with no "dengan", the first party named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import Entity
from .lexicon import words

_IMMIGRATION = frozenset({"KANIM", "KANWIL", "ULP", "IMIGRASI_PUSAT"})
# A regional government, and the parts of one (its Dinas, Setda, MPP, DPRD ...).
GOVERNMENTS = frozenset({"PEMPROV", "PEMKAB", "PEMKOT"})
UNITS = frozenset({"DINAS", "KESBANGPOL", "BADAN", "SETDA", "MPP", "DPRD"})
_REGIONAL = GOVERNMENTS | UNITS
_NUMBER = (r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
           r"\d{1,2})")
# "dengan tiga instansi", "masing-masing", "secara terpisah", "sejumlah MoU".
SEVERAL = re.compile(
    r"\b(?:masing-masing|masing\s+masing|secara\s+terpisah|"
    r"(?:sejumlah|beberapa|berbagai|" + _NUMBER + r")\s+(?:instansi|lembaga|pihak|mitra|"
    r"pemerintah|pemkab|pemda|kabupaten|daerah|"
    r"institusi|perguruan\s+tinggi|universitas|kampus|kementerian|organisasi|perusahaan|"
    r"mou|nota|naskah|dokumen|perjanjian|pks|kesepakatan))\b", re.IGNORECASE)
# Words of which SEVERAL needs one: a cheap test before the pattern.
SEVERAL_WORDS = words("""masing terpisah instansi lembaga pihak mitra institusi perguruan
    pemerintah pemkab pemda kabupaten daerah
    universitas kampus kementerian organisasi perusahaan mou nota naskah dokumen perjanjian
    pks kesepakatan""")
_WITH = re.compile(r"\bdengan\b", re.IGNORECASE)
# "..., disaksikan Gubernur": who is named after this only attends.
_WITNESS = re.compile(r"\b(?:disaksikan|menyaksikan|saksi|dihadiri|turut\s+hadir|"
                      r"hadir\s+(?:pula|juga))\b", re.IGNORECASE)


# A signing or an instrument named before the witnesses: they close the sentence.
_SIGNED_FIRST = re.compile(r"\b(?:menandatangani|ditandatangani|penandatanganan|meneken|"
                           r"diteken|mou|pks|nota|perjanjian|kesepakatan|kerja\s*sama)\b",
                           re.IGNORECASE)


@lru_cache(maxsize=256)  # asked for each instrument of a sentence, and its neighbours
def witness_span(text: str) -> tuple[int, int] | None:
    """Where a sentence names those who only witness a signing: from "disaksikan" (or
    "dihadiri", "turut hadir") to the end of the sentence when the signing comes first,
    else ("Disaksikan Gubernur, Bupati X dan ... menandatangani") to the first comma."""
    w = _WITNESS.search(text)
    if w is None:
        return None
    if _SIGNED_FIRST.search(text, 0, w.start()):
        return w.start(), len(text)
    comma = text.find(",", w.end())
    return w.start(), comma if comma >= 0 else len(text)


def organisation(e: Entity) -> tuple[str, str]:
    """Which organisation signs for ``e`` (see the module docstring)."""
    if e.kind in _IMMIGRATION:
        return "imm", ""
    if e.kind in _REGIONAL:
        # Kota Blitar and Kabupaten Blitar share a name: the region's code tells them apart.
        return "reg", (e.place.code or e.place.name) if e.place else ""
    return "other", f"{e.kind}:{e.body}:{e.place.name if e.place else ''}"


_EACH_BEFORE = re.compile(r"\bmasing[- ]masing\b", re.IGNORECASE)


# "Kesepakatan bersama tiga pihak itu ditandatangani ...": one instrument, several parties.
JOINT = re.compile(r"\b(?:tiga|empat|lima|enam|ketiga|keempat|kelima|keenam)\s+pihak\b|"
                    r"\bmulti\s*pihak\b", re.IGNORECASE)


def split_partners(placed: list[tuple[Entity, int]], text: str, cue_text: str
                   ) -> list[list[Entity]] | None:
    """The parties of each separate instrument, or None when it is one instrument.

    ``placed``: the parties of the instrument's sentence with their offsets in ``text``;
    ``cue_text``: where a count or distributive word is looked for (the sentence and
    the one after it)."""
    witness = _WITNESS.search(text)
    if witness is not None:
        placed = [(e, pos) for e, pos in placed if pos < witness.start()]
    if len(placed) < 3:
        return None
    with_ = _WITH.search(text)
    before = [e for e, pos in placed if with_ is not None and pos < with_.start()]
    after = [e for e, pos in placed if with_ is not None and pos >= with_.end()]
    host = before[0] if before else placed[0][0]
    if (with_ is not None and _EACH_BEFORE.search(cue_text)
            and len({organisation(e) for e in before}) >= 2
            and len({organisation(e) for e in after}) == 1):
        host = after[0]  # "A, B dan C masing-masing menandatangani MoU dengan D"
    elif after and all(organisation(e)[0] == "imm" for e in after) and len(
            {organisation(e) for e in before if organisation(e)[0] == "reg"}) >= 2:
        # "Pemkab A, Pemkab B dan Pemkab C tandatangani PKS dengan Kanim D": no pair of
        # regions signs; one instrument here, split per region if the story says each
        # signed its own (per_region).
        return None
    host_org = organisation(host)
    host_side = [e for e, _ in placed if organisation(e) == host_org]
    governments = {organisation(e) for e, _ in placed if e.kind in GOVERNMENTS}
    groups: dict[tuple[str, str], list[Entity]] = {}
    for e, _ in placed:
        org = organisation(e)
        if org != host_org:
            if org not in governments and e.kind in UNITS:
                # "dengan tiga instansi, yakni Disdukcapil, Disnaker dan Kesbangpol Kota
                # A": with no government of theirs named, each Dinas signs for itself.
                org = (e.kind, e.body)
            groups.setdefault(org, []).append(e)
    if len(groups) < 2:
        return None
    # An immigration office signing with two regional governments signs two instruments
    # (each region is its own legal party with its own budget), cue or not.
    # A Kanwil signing with several governments of its province often signs one joint
    # Kesepakatan Bersama: that takes a cue.
    # "Kanim A bersama Pemkab B dan Pemkab C menyiapkan PKS baru": with no "dengan", all
    # three stand on one side of the sentence; that takes a cue too.
    regions_only = host.kind == "KANIM" and all(org[0] == "reg" for org in groups) \
        and with_ is not None
    if not (regions_only or SEVERAL.search(cue_text)) or JOINT.search(cue_text):
        return None  # "kesepakatan bersama tiga pihak itu": one instrument
    return [host_side + members for members in groups.values()]
