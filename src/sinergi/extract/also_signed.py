"""Others who also signed with the same host, listed after the main signing:

    Pemerintah Kabupaten Madiun dengan Pemerintah Kota Bandung melaksanakan
    penandatanganan MoU. ... Hadir pada acara dan juga melaksanakan penandatanganan MoU
    yaitu Kota Makassar, Kab. Buleleng, Kab. Nias.

Each government listed signed its own MoU with the host, as Madiun did: the host is the
side of the instrument read before that the story names after "dengan" (the one the
others sign *with*). The listed governments are not parties of one instrument among
themselves.
"""

from __future__ import annotations

import re

from .agreement_found import FoundAgreement
from .entities import Entity
from .listed import placed
from .mention import Mention
from .partners import GOVERNMENTS

# "juga melaksanakan penandatanganan MoU yaitu A, B, C", "turut menandatangani MoU,
# yakni A dan B": the list says who else signed.
_ALSO_LISTED = re.compile(r"\b(?:juga|turut|pula)\b[^.;]{0,40}?\b(?:penandatangan\w*|"
                          r"menandatangani|meneken)\b[^.;]{0,40}?\b(?:yaitu|yakni)\b",
                          re.IGNORECASE)
_WITH = re.compile(r"\bdengan\s+(?:pihak\s+)?", re.IGNORECASE)
ALSO_WITH_HOST = ("pihak kedua dibaca dari penandatanganan utama (tuan rumah) / the other "
                  "party is the host of the main signing")


def also_signed(found: list[FoundAgreement], mentions: list[Mention],
                by_mention: dict[int, Entity]) -> list[FoundAgreement]:
    """``found`` with each instrument read from a list of others who also signed split
    into one instrument per listed government, each with the host."""
    out: list[FoundAgreement] = []
    for a in found:
        earlier = next((b for b in out if b.kind == a.kind and len(b.parties) >= 2), None)
        host = _host(earlier, mentions, by_mention) if earlier and _listed(a) else None
        if earlier is None or host is None:
            out.append(a)
            continue
        for e in a.parties:
            if e is host:
                continue
            # Signed at the same ceremony: its sentences date this one too.
            part = FoundAgreement(a.kind, a.status, [host, e], a.sentences + earlier.sentences,
                                  confidence=min(a.confidence, 0.7), past=a.past,
                                  reasons=list(a.reasons), separate=True)
            part.doubt(0.7, ALSO_WITH_HOST)
            out.append(part)
    return out


def _listed(a: FoundAgreement) -> bool:
    """Whether ``a`` was read from one sentence listing two or more governments that also
    signed."""
    return (len(a.sentences) == 1 and len(a.parties) >= 2
            and all(e.kind in GOVERNMENTS for e in a.parties)
            and _ALSO_LISTED.search(a.sentences[0].text) is not None)


def _host(earlier: FoundAgreement, mentions: list[Mention], by_mention: dict[int, Entity]
          ) -> Entity | None:
    """The party of ``earlier`` named right after "dengan" in one of its sentences."""
    for sent in earlier.sentences:
        at = {p.start: p.entity for p in placed(sent, mentions, by_mention)}
        for w in _WITH.finditer(sent.text):
            if at.get(w.end()) in earlier.parties:
                return at[w.end()]
    return None

