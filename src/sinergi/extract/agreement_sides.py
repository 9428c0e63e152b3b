"""Who the sides of an instrument are: those its sentence names (with the sentence before,
or for "kedua pihak" the story's two sides, ``sides_of``); beyond it, signers told
right after it ("naskah diteken Bupati Sleman ... dan Bupati Gunungkidul"), a letter's
addressee ("Surat itu ditujukan kepada ..."), the office of the official who tells of it,
the parties a second instrument's own clause claims ("Nota Kesepahaman antara A dengan
B"), and the story's institutions by how often it names them (for
``several.give_counterpart``).
"""

from __future__ import annotations

import re
from collections import Counter

from . import instruments as I
from .agreement_found import FoundAgreement, extend
from .agreement_status import PAST
from .entities import Entity
from .listed import entities_in, party_mentions
from .mention import Mention
from .partners import organisation
from .people import actor_of
from .sentences import Sentence, in_quote

# "kedua belah pihak", "pihaknya": sides named elsewhere.
_BOTH = re.compile(r"\b(?:kedua\s+(?:belah\s+)?pihak|keduanya)\b", re.IGNORECASE)
_BOTH_PARTIES = re.compile(r"\b(?:kedua\s+(?:belah\s+)?pihak|pihaknya|keduanya)\b",
                           re.IGNORECASE)
SIGNER_VERBS = frozenset({"ditandatangani", "diteken", "ditandatanganinya", "penandatanganan"})
_EARLIER_IN = re.compile(r"\b(?:awal|pertengahan|akhir)\s+(?:bulan|pekan|minggu|tahun)\s+ini\b",
                         re.IGNORECASE)
# "KKP menghibahkan aset berupa tanah kepada Pemkab": a grant and its two sides.
_GRANTED = re.compile(r"\b(?:meng|di)hibahkan\b", re.IGNORECASE)
# "naskah diteken Bupati X", "kesepakatan itu ditandatangani oleh Kepala Kanwil Y".
# "Penandatanganan dilakukan langsung oleh Bupati X bersama Kepala Kanwil Y": the same.
_SIGNED_BY = re.compile(r"\b(?:naskah|dokumen|kesepakatan|perjanjian)?(?:\s+(?:itu|tersebut|ini))?"
                        r"\s*(?:di)?(?:tandatangani|teken)(?:nya)?\s+(?:langsung\s+)?(?:oleh\s+)?"
                        r"|\bpenandatanganan\s+(?:\w+\s+)?(?:dilakukan|dilaksanakan)\s+"
                        r"(?:langsung\s+|secara\s+langsung\s+)?(?:oleh\s+)?(?=[A-Z])",
                        re.IGNORECASE)


# "Naskah ketiga diteken Disdukcapil dengan kantor imigrasi yang sama": one more instrument.
_NEXT_DOCUMENT = re.compile(r"\W*(?:naskah|dokumen|instrumen)\s+(?:kedua|ketiga|keempat|kelima|"
                            r"keenam)\b", re.IGNORECASE)


def _next_document(last: FoundAgreement, named: list[Entity], sent: Sentence
                   ) -> FoundAgreement:
    """The instrument a numbered document's signers sign: of the kind read just before
    (its name is not said), with the other side of that one when only one side is named
    ("dengan kantor imigrasi yang sama")."""
    orgs = {organisation(e) for e in named}
    parties = named if len(orgs) >= 2 else named + [
        e for e in last.parties if organisation(e) not in orgs]
    return FoundAgreement(last.kind, last.status, parties, [sent], confidence=0.6,
                          separate=last.separate)


def claim(found: list[FoundAgreement], sent: Sentence, own: list[Entity]) -> None:
    """A second instrument of the sentence names its own parties ("mengacu pada Nota
    Kesepahaman antara A dengan B"): those read with the first one from this sentence
    alone were not its parties."""
    for a in found:
        if a.sentences == [sent] and len(a.parties) > 1:
            a.parties = [e for e in a.parties if e not in own] or a.parties


def ranked(mentions: list[Mention], by_mention: dict[int, Entity]) -> list[Entity]:
    """The story's institutions, most mentioned first (first named first among equals)."""
    counts = Counter(by_mention[i] for i in range(len(mentions)) if i in by_mention)
    return [e for e, _ in counts.most_common()]


def signers(found: list[FoundAgreement], sent: Sentence, mentions: list[Mention],
             by_mention: dict[int, Entity], quotes: list[tuple[int, int]],
             names_instrument: bool) -> bool:
    """ "Sementara dari kabupaten, naskah diteken Bupati Sleman ... dan Bupati Gunungkidul":
    a signing told without the instrument's name, right after it was read, adds the
    signers' offices to its parties (``names_instrument``: the sentence names an MoU, a PKS
    or another instrument, which its own reading takes). True when the sentence was read
    so."""
    t = sent.text
    if names_instrument or in_quote(sent.start, quotes):
        return False
    m = _SIGNED_BY.search(t)
    last = next((a for a in reversed(found) if a.status == "signed" and not a.past
                 and a.sentences[-1].index >= sent.index - 3), None)
    if m is None or last is None:
        return False
    grant = I.grant_instrument(t.lower())
    if grant is not None and I.form_of(grant.group()) != last.form:
        return False  # "Perjanjian pinjam pakai ... diteken bulan depan": another instrument
    signers = [e for e, mention in party_mentions(sent, mentions, by_mention)
               if mention.start - sent.start >= m.start()]
    named = [e for e in entities_in(sent, mentions, by_mention) if e in signers]
    if _NEXT_DOCUMENT.match(t) and named:
        found.append(_next_document(last, named, sent))
        return True
    extend(last, named, sent)
    # "Surat yang diteken Yusuf pada awal bulan ini ...": signed before the reported event.
    last.past = last.past or bool(PAST.search(t) or _EARLIER_IN.search(t))
    return True


# "Surat itu ditujukan kepada Direktorat Jenderal Imigrasi": who a letter is addressed to.
ADDRESSED = re.compile(r"\bditujukan\s+(?:kepada|ke|untuk)\s+", re.IGNORECASE)
# "menerbitkan surat dukungan kepada Direktorat Jenderal Imigrasi": the same, in one breath.
LETTER_TO = re.compile(r"\b(?:surat\s+dukungan|letter\s+of\s+support)\b[^.;]{0,160}?"
                        r"\bkepada\s+", re.IGNORECASE)


def addressee(found: list[FoundAgreement], sent: Sentence, mentions: list[Mention],
               by_mention: dict[int, Entity], to_whom: re.Pattern[str] = ADDRESSED) -> None:
    """A letter (an OTHER instrument read in the last three sentences) is between its
    signer and whom it is addressed to ("Surat itu ditujukan kepada ...")."""
    m = to_whom.search(sent.text)
    letter = next((a for a in reversed(found) if a.kind == "OTHER"
                   and a.sentences[-1].index >= sent.index - 3), None)
    if m is None or letter is None:
        return
    to = [e for e, mention in party_mentions(sent, mentions, by_mention)
          if mention.start - sent.start >= m.end()]
    if to:
        to[0].keep = True  # whom a letter is addressed to acts in the story
        extend(letter, to[:1], sent)


def speakers_office(a: FoundAgreement, people: dict[str, Entity]) -> None:
    """ "Yusuf menambahkan, kerja sama serupa sudah terjalin dengan Pemko Sibolga melalui
    PKS ...": with one organisation named, the office of the story's official who tells it (the
    Kakanim) is the other side, when it is another organisation; so is the office of an
    official named beside the party's own ("Bupati Samosir, Jonner, dan Yoga
    menandatangani PKS")."""
    org = organisation(a.parties[0])
    actor = actor_of(a.sentences[0].text, people, lambda e: organisation(e) != org)
    if actor is not None:
        a.parties.append(actor)


def sides_of(k: int, sentences: list[Sentence], mentions: list[Mention],
             by_mention: dict[int, Entity], t: str,
             found: list[FoundAgreement] | None = None) -> list[Entity]:
    """The parties of an instrument named in sentence ``k`` (text ``t``): those its sentence
    names, and the sentence before's when fewer than two or "kedua pihak" (not an NGO);
    with still fewer than two, "kedua pihak" are the two sides of what the story read."""
    parties = entities_in(sentences[k], mentions, by_mention)
    if (len(parties) < 2 or _BOTH_PARTIES.search(t)) and k > 0:
        for e in _last_named(k, sentences, mentions, by_mention):
            if e not in parties and e.kind != "NON_GOV":
                parties.append(e)
    if len(parties) < 2 and _BOTH.search(t):  # "kedua pihak": the story's two sides
        sides = next((a.parties for a in reversed(found or []) if len(a.parties) >= 2), [])
        parties += [e for e in sides if e not in parties]
    return parties


def _last_named(k: int, sentences: list[Sentence], mentions: list[Mention],
                by_mention: dict[int, Entity]) -> list[Entity]:
    """The institutions of the sentence before ``k``, or when it names none, of a grant told
    the sentence before that:
    "KKP menghibahkan tanah kepada Pemkab Jembrana. Lahan tersebut berlokasi di ...
    Penyerahan hibah tersebut ditandai dengan penandatanganan Naskah Perjanjian Hibah"."""
    before = entities_in(sentences[k - 1], mentions, by_mention)
    if before or k < 2 or "hibah" not in sentences[k].text.lower() \
            or not _GRANTED.search(sentences[k - 2].text):
        return before
    # Only the grant told two sentences back: its giver and receiver are the sides of the
    # grant's instrument (anything else named there is more often another story).
    return entities_in(sentences[k - 2], mentions, by_mention)
