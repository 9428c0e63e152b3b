"""An agreement as read from one article, before it is written out: its instrument's kind,
status, parties, the sentences it was read from, and why its confidence is lowered; and
the plans read from drafts: an instrument being drafted, the extension of a running one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import instruments as I
from .agreement_status import status as read_status
from .entities import Entity
from .sentences import Sentence


@dataclass
class FoundAgreement:
    kind: str
    status: str
    parties: list[Entity]
    sentences: list[Sentence]
    topics: list[str] = field(default_factory=list)
    confidence: float = 0.8
    past: bool = False  # signed before the reported event ("ditandatangani tahun lalu")
    existing: bool = False  # read from its lifetime ("berakhir pada ..."): no signing date
    reasons: list[str] = field(default_factory=list)  # why the confidence is lowered
    separate: bool = False  # one of several instruments signed with separate partners
    partner: Entity | None = None  # named right after the instrument: "MoU dengan X"
    # The signed instrument a planned extension renews: the extension is between its
    # parties, not those who draft it ("rancangan PKS perpanjangan dibahas Setda").
    extends: FoundAgreement | None = None
    form: str = ""  # an OTHER instrument's form: "hibah", "pinjam pakai", ... (instruments)
    new_one: bool = False  # "Nota Kesepahaman yang baru": not the one read before

    def doubt(self, confidence: float, reason: str) -> None:
        """Lower the confidence to at most ``confidence`` and say why (shown in review)."""
        self.confidence = min(self.confidence, confidence)
        if reason not in self.reasons:
            self.reasons.append(reason)


def other_form(a: FoundAgreement, b: FoundAgreement) -> bool:
    """Two instruments of different forms ("hibah" and "pinjam pakai")."""
    return bool(a.form and b.form and a.form != b.form)


# Reasons for doubt, Bahasa Indonesia first (planners read them in `sinergi review`).
NO_STATUS_CUE = ("status tidak tersurat: tidak ada kata tanda tangan atau rencana / "
                 "status not stated: no signing or planning word")
UNNAMED = ("instrumen tidak disebut MoU/PKS, dibaca dari kata kerja sama/hibah / "
           "instrument not named MoU/PKS, read from a cooperation or grant word")
PARTNERSHIP_ONLY = ("hanya disebut menjalin kerja sama, tanpa instrumen / "
                    "only an ongoing cooperation is mentioned, no instrument")
ONE_PARTY = "hanya satu pihak disebut / only one party named"
COUNTERPART = ("pihak kedua dibaca dari pihak utama berita / the other party is the story's "
               "other side")
PARTIES_OF_EARLIER = ("pihak dibaca dari instrumen lain antara pihak yang sama / parties read "
                      "from another instrument between the same sides")
SIGNED_LATER = ("tanggal penandatanganan sesudah tanggal terbit berita: direncanakan / "
                "signing dated after the story was published: planned")
PARTIES_BEFORE = ("pihak dibaca dari kalimat sebelumnya / "
                  "parties read from the sentence before")


def extend(a: FoundAgreement, parties: list[Entity], sent: Sentence) -> None:
    """Another mention of ``a``: its sentence, and parties it did not have."""
    if a.separate:  # its partner is fixed; a later mention only adds evidence
        a.sentences.append(sent)
        return
    for e in parties:
        if e not in a.parties:
            a.parties.append(e)
    if sent not in a.sentences:
        a.sentences.append(sent)


def drafted_extension(found: list[FoundAgreement], sent: Sentence) -> bool:
    """ "kedua pihak sepakat memperpanjang kerja sama tersebut dan draf adendum perpanjangan
    sedang disusun": the extension of the last signed MoU or PKS, planned (the spec: an
    extension in preparation is a second agreement), unless a plan of its kind was read."""
    low = sent.low or sent.text.lower()
    running = next((a for a in reversed(found) if a.status == "signed"
                    and a.kind in ("MOU", "PKS")), None)
    if running is None or not I.EXTENSION_DRAFTED.search(low) or I.CONDITIONAL.search(low) \
            or any(a.kind == running.kind and a.status == "planned" for a in found):
        return False
    found.append(FoundAgreement(running.kind, "planned", list(running.parties), [sent],
                                confidence=0.7, extends=running))
    return True


def drafted(found: list[FoundAgreement], kind: str, t: str, pos: int,
             named: list[Entity]) -> bool:
    """ "Draf PKS perpanjangan sedang kami finalkan", said by an official: a plan of an
    instrument being drafted, not yet read (with the body the quote names, if any), is
    news even in a quote."""
    return (bool(I.PREPARING.search(t.lower())) and read_status(t, pos)[0] == "planned"
            and not any(a.kind == kind and a.status == "planned"
                        and (not named or set(named) & set(a.parties)) for a in found))


def _instrument_at(sent: Sentence) -> int | None:
    """Where a sentence names an instrument (a named one, else a grant or loan)."""
    hits = [m.start() for _, rx in I.KINDS if (m := rx.search(sent.text))]
    grant = I.grant_instrument(sent.low or sent.text.lower())
    if grant is not None:
        hits.append(grant.start())
    return min(hits) if hits else None


def status_told_later(a: FoundAgreement) -> None:
    """An instrument first named with no status word ("mendapat jatah tanah hibah dari
    Pemprov") takes the status a later mention of it gives clearly ("rencana pemberian
    tanah hibah tersebut masih dalam tahap pembahasan": planned)."""
    if NO_STATUS_CUE not in a.reasons:
        return
    for sent in a.sentences[1:]:
        pos = _instrument_at(sent)
        if pos is None:
            continue
        status, confidence = read_status(sent.text, pos)
        if confidence >= 0.8:
            a.status = status
            a.reasons.remove(NO_STATUS_CUE)
            if not a.reasons:
                a.confidence = 0.7  # read from a later sentence, not the first one
            return
