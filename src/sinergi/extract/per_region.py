"""One instrument per region when the story says each region signed its own; one per
partner when a split per partner was read twice."""

from __future__ import annotations

import re

from . import instruments as I
from .agreement_found import FoundAgreement
from .entities import Entity
from .partners import JOINT, SEVERAL, organisation
from .sentences import Sentence

# "Masing-masing kabupaten meneken dokumennya sendiri": each signs its own instrument.
_EACH_OWN = re.compile(r"\b(?:masing[- ]masing|secara\s+terpisah|sendiri[- ]sendiri|"
                       r"(?:naskah|dokumen|perjanjian|kesepakatan|mou|pks)\w*\s+(?:\w+\s+)?"
                       r"terpisah)\b", re.IGNORECASE)


def split_by_region(found: list[FoundAgreement], sentences: list[Sentence]
                    ) -> list[FoundAgreement]:
    """An instrument read with an immigration side and two or more regional governments,
    whose sentences say each signed its own ("masing-masing kabupaten meneken dokumennya
    sendiri", in them or the sentence before one), is one instrument per region (the spec's
    separate instruments); without such words it stays one (a Kesepakatan Bersama of a
    province and its kab/kota). So is one read with a government and two or more Kanim
    ("Tiga PKS itu masing-masing diteken Gubernur bersama Kepala Kanim A, B dan C"): one
    per Kanim, a Kanwil named with them beside each."""
    out: list[FoundAgreement] = []
    for a in found:
        if a.separate:  # already one of several
            out.append(a)
            continue
        by_region = _per_region(a)
        by_office = None if by_region else _per_office(a)
        by_recipient = None if by_region or by_office else _per_recipient(a)
        parts = by_region or by_office or by_recipient
        counted = bool(by_recipient) and any(SEVERAL.search(s.text) for s in a.sentences)
        if parts is None or any(JOINT.search(s.text) for s in a.sentences) or not (
                counted or _each_own(a, sentences, strict=by_region is None)):
            # "Satu naskah MoU ditandatangani bersama oleh empat pihak": one, jointly.
            out.append(a)
            continue
        for parties in parts:
            out.append(FoundAgreement(a.kind, a.status, parties, list(a.sentences),
                                      confidence=min(a.confidence, 0.7), past=a.past,
                                      existing=a.existing, reasons=list(a.reasons),
                                      separate=True, form=a.form))
    return out


def _sides(a: FoundAgreement) -> tuple[list[Entity], dict[tuple[str, str], list[Entity]]]:
    groups: dict[tuple[str, str], list[Entity]] = {}
    for e in a.parties:
        groups.setdefault(organisation(e), []).append(e)
    return groups.pop(("imm", ""), []), groups


def _per_region(a: FoundAgreement) -> list[list[Entity]] | None:
    """The immigration side with each regional government, when only those sign."""
    imm, groups = _sides(a)
    regions = [members for org, members in groups.items() if org[0] == "reg" and org[1]]
    if not imm or len(regions) < 2 or len(regions) != len(groups):
        return None
    return [imm + members for members in regions]


def _per_office(a: FoundAgreement) -> list[list[Entity]] | None:
    """One government (with its own bodies) with each Kanim, when only those sign."""
    imm, groups = _sides(a)
    offices = list({id(e): e for e in imm if e.kind == "KANIM"}.values())
    if len(groups) != 1 or len(offices) < 2:
        return None
    (org, host), = groups.items()
    beside = [e for e in imm if e.kind != "KANIM"]
    return [host + beside + [office] for office in offices] if org[0] == "reg" else None


def _per_recipient(a: FoundAgreement) -> list[list[Entity]] | None:
    """One regional government granting or lending to each of two or more organisations
    ("Kanwil, Polda dan Korem mendapat jatah tanah hibah dari Pemprov ... masing-masing
    instansi akan dihibahkan tanah", "Tiga instansi vertikal yakni ... akan mendapatkan tanah
    hibah"): a grant per recipient."""
    if a.form not in ("hibah", "pinjam pakai"):
        return None
    imm, groups = _sides(a)
    givers = [members for org, members in groups.items() if org[0] == "reg"]
    takers = [members for org, members in groups.items() if org[0] != "reg"]
    takers += [imm] if imm else []
    if len(givers) != 1 or len(takers) < 2:
        return None
    return [givers[0] + members for members in takers]


def _each_own(a: FoundAgreement, sentences: list[Sentence], strict: bool) -> bool:
    """Whether a sentence of the instrument, or the one before one, says each signed its
    own. ``strict`` (per Kanim): a sentence that names an instrument of another kind at all
    does not count: "Usai penandatanganan Kesepakatan Bersama, ... dua PKS, masing-masing
    antara ..." splits the PKS, not the Kesepakatan Bersama."""
    for s in a.sentences:
        for i in (s.index - 1, s.index):
            sent = sentences[i] if i >= 0 else None
            if sent is None or not _EACH_OWN.search(sent.text):
                continue
            if strict and not _other_instrument(sent, a.kind):
                return True
            if not strict and (i == s.index or not _other_kind(sent, a.kind)):
                return True
    return False


def _named_kinds(sent: Sentence) -> set[str]:
    """The kinds of MoU and PKS the sentence names, to tell whose "masing-masing" it says."""
    return {k for k, rx in I.KINDS if k in ("MOU", "PKS") and rx.search(sent.text)}


def _other_instrument(sent: Sentence, kind: str) -> bool:
    """Whether the sentence names an MoU or a PKS of another kind than ``kind`` at all."""
    return bool(_named_kinds(sent) - {kind})


def _other_kind(sent: Sentence, kind: str) -> bool:
    """ "Masing-masing kepala daerah menandatangani naskah PKS tersendiri", before "PKS ini
    merupakan tindak lanjut dari Nota Kesepahaman antara Kanwil dengan Pemkab A, B dan C":
    the sentence before says each signed an instrument of another kind, not this one."""
    named = _named_kinds(sent)
    return bool(named - {kind}) and kind not in named


def one_per_partner(found: list[FoundAgreement]) -> list[FoundAgreement]:
    """Instruments split per partner, read twice (a headline's "tiga PKS" and the lead's
    list of the same partners, or a grant split per recipient told again on its own): one
    per kind, status and set of parties (for such a grant, of organisations)."""
    out: list[FoundAgreement] = []
    for a in found:
        twin = next((b for b in out if (a.separate or b.separate) and b.kind == a.kind
                     and b.status == a.status and b.form == a.form
                     and _same_sides(a, b)), None)
        if twin is None:
            out.append(a)
            continue
        twin.sentences += [s for s in a.sentences if s not in twin.sentences]
        twin.sentences.sort(key=lambda s: s.index)
    return out


def _same_sides(a: FoundAgreement, b: FoundAgreement) -> bool:
    if a.separate and b.separate:
        return {id(e) for e in b.parties} == {id(e) for e in a.parties}
    if not a.form:
        return False  # "dua PKS sekaligus": a second instrument, not the first told again
    # "masing-masing instansi akan dihibahkan tanah", read with the giver alone, is told
    # of the grants split per recipient.
    mine, theirs = {organisation(e) for e in a.parties}, {organisation(e) for e in b.parties}
    return mine <= theirs or theirs <= mine
