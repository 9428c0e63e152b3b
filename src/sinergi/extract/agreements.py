"""Agreements: MoU (Nota Kesepahaman / Kesepakatan Bersama), PKS (Perjanjian Kerja Sama)
and other instruments, whether signed or planned, between whom, about what.

A mention of an instrument in a sentence is an agreement, unless the sentence says it
does not exist ("belum adanya PKS"); "nota kesepakatan ini" / "perjanjian tersebut"
refer back to the last one of that kind, or to the last instrument read when none of
that kind was (writers rename it). Parties are the
institutions of the sentence, or of the sentence before when it says "kedua pihak" /
"pihaknya". An MoU and a PKS signed together are two agreements.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from . import instruments as I
from .agreement_found import (
    NO_STATUS_CUE,
    UNNAMED,
    FoundAgreement,
    drafted,
    drafted_extension,
    extend,
    other_form,
)
from .agreement_settle import settle
from .agreement_sides import (
    LETTER_TO,
    SIGNER_VERBS,
    addressee,
    claim,
    sides_of,
    signers,
)
from .agreement_status import NO_CUE, PAST, after_signing
from .agreement_status import status as read_status
from .entities import Entity
from .headline import own_span, title_clause, within
from .lexicon import words
from .listed import between, entities_in, partners_after, placed, served
from .mention import Mention
from .partners import SEVERAL, SEVERAL_WORDS
from .people import actor_of, our_office, their_office
from .sentences import Sentence, in_quote
from .several import (
    EACH_WITH,
    Announced,
    announcement,
    each_partner,
    new_unit,
    other_new_one,
    other_pair,
    own_pair,
    partnered,
    partnerships,
    separate,
    title_announcing,
)

__all__ = ["FoundAgreement", "find_agreements"]

_LOW_WORD = re.compile(r"[a-z]+")
_AGREEMENT_WORDS = words(
    "nota kesepahaman kesepakatan memorandum mou moa perjanjian pks piagam surat letter loi skb "
    "kerja kerjasama perpanjangan perpanjangannya adendum addendum komitmen") | I.GRANT_WORDS
_PARTNERSHIP = re.compile(r"\b(?:sudah|telah)\s+(?:menjalin|melakukan|menjalankan|memiliki)\s+"
                          r"kerja\s*sama\s+dengan\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s*(?:kerja\s*sama\s+)?"
                      r"(?:terpisah\s+|tersendiri\s+)?(?:ini|itu|tersebut)\b", re.IGNORECASE)
# "Usai penandatanganan Nota Kesepahaman, kegiatan dilanjutkan dengan penandatanganan PKS
# antara A dengan B": the instrument read before, recalled; the parties are the PKS's.
# "Usai penandatanganan PKS, ...", "ketiga PKS merupakan penjabaran dari nota kesepahaman
# antara A dan B", "ruang lingkup PKS meliputi ...": the instruments already read, when
# some of that kind were.
_AFTER_IT = re.compile(r"\b(?:(?:usai|setelah|seusai|selepas|sesudah)\s+(?:penandatanganan\s+)?"
                       r"|(?:kedua|ketiga|keempat|kelima|keenam|seluruh|semua)\s+"
                       r"|tindak\s+lanjut\s+(?:dari\s+)?|(?:ruang\s+lingkup|isi|materi)\s+)$",
                       re.IGNORECASE)
_SIGNERS = re.compile(r"\b(?:antara|oleh|ditandatangani|diteken|menandatangani|meneken|"
                      r"melibatkan)\b", re.IGNORECASE)
# Instruments counted or spoken of in general, not one instrument: "terdiri dari 12 nota
# kesepahaman dan 85 PKS", "sosialisasi mekanisme pembentukan PKS", "pendataan terhadap
# perjanjian kerja sama di seluruh Indonesia".
_NOT_ONE = re.compile(r"(?:\b\d+\s+(?:buah\s+)?|\b(?:mekanisme|tata\s+cara|prosedur|pedoman)"
                      r"\s+(?:\w+\s+){0,2}|\b(?:pendataan|inventarisasi|jumlah|daftar)\s+"
                      r"(?:terhadap\s+|seluruh\s+|semua\s+)?)$", re.IGNORECASE)
_SIGNING_WORD = re.compile(r"tandatangan|\bteken|\bmeneken", re.IGNORECASE)
_IDIOM = re.compile(r"\b(?:sesuai|berdasarkan|atas|selain)\s+(?:dengan\s+)?$", re.IGNORECASE)
# "melalui PKS dengan Disnakertrans, data ... akan dicocokkan": what an instrument already
# read brings, not another one.
# "melalui PKS", "dengan melampirkan surat dukungan bupati": the instrument already read.
_THROUGH = re.compile(r"\b(?:melalui|melampirkan|dilampiri|berbekal)\s+$", re.IGNORECASE)
# "nota kesepahaman yang kita tandatangani bersama Kantor Imigrasi pada 12 November 2020",
# said by the regent: an instrument with its own signing day is news even in a quote.
_SIGNED_ON_DAY = re.compile(r"[^.;]{0,60}?\byang\s+(?:kita\s+|kami\s+)?(?:telah\s+|sudah\s+)?"
                            r"(?:di)?(?:tandatangani|teken)\b[^.;]{0,80}?\b(?:19|20)\d\d\b",
                            re.IGNORECASE)
# "berdasarkan PKS ... yang ditandatangani A dan B": the idiom names a real instrument.
_SIGNED_CLAUSE = re.compile(r"^[^.;]{0,60}?\byang\s+(?:telah\s+|sudah\s+)?(?:ditandatangani|"
                            r"diteken)\b", re.IGNORECASE)
# "penyusunan Nota Kesepahaman yang baru", "PKS baru": another instrument than the old one.
# Not "PKS yang baru ditandatangani" ("just signed").
_NEW_ONE = re.compile(r"\w+(?:\s+\w+){0,2}?(?:\s*\([^()]{1,20}\))?\s+(?:yang\s+)?"
                      r"(?:baru\b(?!\s+(?:saja\s+|sempat\s+)?"
                      r"(?:di|me|ber|ter)\w+)|tersendiri\b|terpisah\b)", re.IGNORECASE)
# "draf PKS tersendiri": a separate instrument, even from one of the same status.
_SEPARATE_ONE = re.compile(r"\w+(?:\s+\w+){0,2}?\s+(?:yang\s+)?(?:tersendiri|terpisah)\b"
                           r"(?!\s+(?:ini|itu|tersebut)\b)", re.IGNORECASE)


def find_agreements(sentences: list[Sentence], mentions: list[Mention],
                    by_mention: dict[int, Entity], quotes: list[tuple[int, int]],
                    people: dict[str, Entity]) -> list[FoundAgreement]:
    found: list[FoundAgreement] = []
    announced: Announced | None = None  # the signing side of "tiga naskah terpisah"
    bare: set[int] = set()  # sentences naming an instrument but none of its parties
    for k, sent in enumerate(sentences):
        t = sent.text
        words_ = sent.words or frozenset(_LOW_WORD.findall(t.lower()))
        if not SEVERAL_WORDS.isdisjoint(words_) and SEVERAL.search(t):
            # "menandatangani tiga naskah terpisah dengan tiga mitra"
            announced = announcement(sent, placed(sent, mentions, by_mention)) or announced
        if not SIGNER_VERBS.isdisjoint(words_) and signers(
                found, sent, mentions, by_mention, quotes,
                any(rx.search(t) for _, rx in I.KINDS)):
            continue
        if "ditujukan" in words_:
            addressee(found, sent, mentions, by_mention)
        if _AGREEMENT_WORDS.isdisjoint(words_):
            continue
        seen_kinds: set[str] = set()
        recalled: set[str] = set()  # kinds named here only to recall what was read
        named = entities_in(sent, mentions, by_mention)
        for kind, rx in I.KINDS:
            for m in rx.finditer(t):
                partners, here = partners_after(sent, m.end(), mentions, by_mention)
                own = between(sent, m.end(), mentions, by_mention) if seen_kinds else []
                span = own_span(rx, t, m)
                if span is not None and seen_kinds and len(own) < 2:
                    # "..., sedangkan PKS kedua ditandatangani oleh C dan D"
                    mine = within(named, sent, mentions, by_mention, span)
                    own = mine if len(mine) >= 2 else own
                if len(own) >= 2:
                    claim(found, sent, own)  # not the parties of what was read before
                if (kind in seen_kinds and not partners and len(own) < 2
                        and not _NEW_ONE.match(t, m.start())) or (
                        (_IDIOM.search(t[:m.start()]) or I.UMBRELLA_FOR.search(t[:m.start()]) or (
                            _THROUGH.search(t[max(0, m.start() - 16):m.start()])
                            and any(a.kind == kind for a in found)))
                        and not _SIGNED_CLAUSE.match(t[m.end():])):
                    continue
                if _NOT_ONE.search(t, max(0, m.start() - 40), m.start()) \
                        and not _SIGNING_WORD.search(t):
                    seen_kinds.add(kind)  # its short name next is the same talk
                    continue
                if I.ABSENT.search(t[max(0, m.start() - 40):m.start()].lower()):
                    seen_kinds.add(kind)  # "belum adanya PKS": no instrument exists
                    continue
                if EACH_WITH.match(t, m.end()) and each_partner(
                        found, kind, m.start(), m.end(), sent,
                        placed(sent, mentions, by_mention),
                        actor_of(t[:m.start()], people)):
                    seen_kinds.add(kind)
                    continue
                parties = own if len(own) >= 2 else sides_of(k, sentences, mentions,
                                                              by_mention, t, found)
                gone = served(sent, m.end(), mentions, by_mention)
                parties = [e for e in parties if id(e) not in gone]
                ours = our_office(sentences, quotes, k, m.start(), people) or their_office(
                    sentences, k, m.start(), people)
                if ours is not None and ours not in parties:
                    parties = [ours, *parties]  # "kami bersama Pemkot dan KSOP menyusun MoU"
                clause = title_clause(sentences, k, m.start(), _names_instrument) or span
                if clause is not None:
                    mine = within(parties, sent, mentions, by_mention, clause)
                    parties = mine if len(mine) >= 2 or k == 0 else parties
                quoted = in_quote(sent.start + m.start(), quotes)
                # "Kami sepakat melakukan perjanjian kerja sama dengan Pemkab X": the
                # speaker's office ("kami") is named too.
                sides = len(named) + (ours is not None and ours not in named)
                if quoted and sides < 2 and not drafted(found, kind, t, m.start(), named) \
                        and not _SIGNED_ON_DAY.match(t, m.end()):
                    continue  # said in passing, unless both parties are named or it is drafted
                seen_kinds.add(kind)
                # "perjanjian kerja sama itu" after a "kesepakatan bersama": writers
                # rename the instrument they already reported; a demonstrative says so.
                if found and (_ANAPHOR.match(t[m.end():]) or (
                        _AFTER_IT.search(t, max(0, m.start() - 30), m.start())
                        and any(a.kind == kind for a in found))) \
                        and not _extension_of(t, m.start()):
                    # "PKS tersebut merupakan tindak lanjut dari Nota Kesepahaman antara A
                    # dan B": the parties named belong to the other instrument.
                    other = any(k2 != kind and rx.search(t) for k2, rx in I.KINDS) or \
                        I.grant_instrument(sent.low or t.lower()) is not None
                    # A recall adds who signed ("PKS tersebut diteken Bupati A dan Kakanim
                    # B"), not a speaker ("Kakanwil berharap PKS ini ...").
                    joins = [] if other or not _SIGNERS.search(t) else [
                        e for e in parties if e in named]
                    extend(_referent(found, kind, t, m.start()), joins, sent)
                    if kind != "OTHER":  # a letter recalled leaves no grant to read
                        recalled.add(kind)
                    continue
                if partners and partnered(found, kind, m.start(), partners, sent, here,
                                           announced):
                    continue
                if not named:
                    bare.add(k)  # a heading: "Satu Kesepakatan, Tiga PKS"
                groups = separate(k, sentences, mentions, by_mention)
                if clause is not None and groups:
                    groups = [g for g in (within(g, sent, mentions, by_mention, clause)
                                          for g in groups) if len(g) >= 2] or None
                got = _new(found, kind, t, m.start(), parties, sent, groups=groups,
                           bare=bare | title_announcing(sentences, k),
                           own=own_pair(sent, [e for e in named if id(e) not in gone],
                                        m.start()),
                           form=I.form_of(m.group()) if kind == "OTHER" else "")
                if got is not None and got.partner is None and partners \
                        and partners[0] in got.parties:
                    got.partner = partners[0]
        if seen_kinds <= recalled and not drafted_extension(found, sent):
            _unnamed(found, k, sentences, mentions, by_mention, quotes, announced)
        if "kepada" in words_ and found and found[-1].sentences[-1] is sent:
            addressee(found, sent, mentions, by_mention, LETTER_TO)
        if _PARTNERSHIP.search(t):
            partnerships(found, k, sentences, mentions, by_mention)
    return settle(found, sentences, mentions, by_mention, people)


def _names_instrument(text: str) -> bool:
    return any(rx.search(text) for _, rx in I.KINDS)


def _extension_of(t: str, pos: int) -> bool:
    """ "draf perpanjangan nota kesepahaman tersebut sedang disusun": not the instrument
    referred to, but its extension being prepared (read as a new, planned one)."""
    low = t.lower()
    return bool(I.EXTENSION.search(low[max(0, pos - 40):pos]) and I.EXTENSION_PREPARED.search(low))


def _referent(found: list[FoundAgreement], kind: str, t: str, pos: int) -> FoundAgreement:
    """What "PKS tersebut" refers to: the last instrument of its kind, and of the status
    the sentence gives it when a clear cue says ("PKS tersebut diteken pada 21 Agustus
    2023", with the extension being drafted read last); else the last one read."""
    same_kind = [a for a in found if a.kind == kind]
    status, conf = read_status(t, pos)
    same = [a for a in same_kind if a.status == status] if conf >= 0.8 else []
    return (same or same_kind or found)[-1]


def _new(found: list[FoundAgreement], kind: str, t: str, pos: int, parties: list[Entity],
         sent: Sentence, confidence: float | None = None,
         groups: list[list[Entity]] | None = None, own: str = "",
         bare: AbstractSet[int] = frozenset(), form: str = "") -> FoundAgreement | None:
    """An instrument named at ``pos``; an extension being prepared is two agreements.
    Returns the agreement the mention became part of (None when split per partner)."""
    status, conf = read_status(t, pos)
    new_one = bool(_NEW_ONE.match(t, pos))
    if new_one and (conf <= NO_CUE or I.PREPARING.search(t.lower())):
        # "dalam PKS yang baru nanti", "menyiapkan naskah nota kesepahaman yang baru" (after
        # the old one "berakhir"): the one to come.
        status, conf = "planned", 0.7
    if status == "signed" and after_signing(t, pos) and not any(
            a.kind == kind and a.status == "signed" and a.form == form for a in found):
        status, conf = "planned", 0.7  # no signing of it was told: still to come
    low = t.lower()
    past = bool(PAST.search(t))
    named_ext = I.EXTENSION.search(low[max(0, pos - 40):pos]) or I.EXTENSION_NAMED.match(low, pos)
    running = next((a for a in reversed(found) if a.kind == kind and a.status == "signed"), None)
    before = named_ext and I.EXTENSION_PREPARED.search(low) and not I.CONDITIONAL.search(low[:pos])
    extends = None
    if (before or I.extension_later(low, pos)) and not I.EXTENSION_SIGNED.search(low):
        # The old instrument runs (signed, read here unless it was already); its
        # extension is being prepared.
        extends = running or _add(found, FoundAgreement(kind, "signed", list(parties), [sent],
                                                        confidence=0.7, past=True,
                                                        existing=True))
        status, conf = "planned", 0.7
    elif status == "planned" and (named_ext or new_one and running is not None and all(
            e in running.parties or e.kind == "SETDA" for e in parties)):
        # "rancangan PKS perpanjangan", "draf PKS yang baru sedang disusun Bagian Kerja
        # Sama": renews the one already read, between its parties.
        extends = running
    existing = status == "signed" and bool(I.LIFETIME.search(low))
    new = FoundAgreement(kind, status, parties, [sent], confidence=conf, past=past or existing,
                         existing=existing, extends=extends, form=form,
                         new_one=new_one)
    if conf <= NO_CUE:
        new.doubt(conf, NO_STATUS_CUE)
    if confidence is not None:
        new.doubt(confidence, UNNAMED)
    same = [a for a in found if a.kind == kind and a.status == status]
    if groups and all(len(a.sentences) == 1 and a.sentences[0].index in bare for a in same):
        # "menandatangani MoU dengan tiga instansi": one instrument per partner. A mention
        # of that kind before it in a heading naming no parties ("Satu Kesepakatan, Tiga
        # PKS") was the announcement of them.
        for a in same:
            found.remove(a)
        for members in groups:
            found.append(FoundAgreement(kind, status, members, [sent], confidence=conf,
                                        past=new.past, existing=existing,
                                        reasons=list(new.reasons), separate=True, form=form))
        return None
    return _add(found, new, "ordinal" if _SEPARATE_ONE.match(t, pos) else own)


# "hibah tanah tersebut", "pinjam pakai itu": the instrument the story told of before.
_TOLD_BEFORE = re.compile(r"(?:\s+\w+){0,3}?\s+(?:tersebut|itu)\b")


def _unnamed(found: list[FoundAgreement], k: int, sentences: list[Sentence],
             mentions: list[Mention], by_mention: dict[int, Entity],
             quotes: list[tuple[int, int]], announced: Announced | None = None) -> None:
    """A grant, a loan, a letter of support or a signed "kerja sama" (see instruments)."""
    sent = sentences[k]
    low = sent.low or sent.text.lower()
    words_ = sent.words or frozenset(_LOW_WORD.findall(low))
    hit, kind = None, "OTHER"
    if not I.GRANT_WORDS.isdisjoint(words_):
        hit = I.grant_instrument(low)
    if hit is None and not I.COOPERATION_WORDS.isdisjoint(words_):
        hit, kind = I.cooperation_signed(low), "PKS"
    if hit is None:
        return
    pos = hit.start()
    form = I.form_of(hit.group()) if kind == "OTHER" else ""
    # "Pemberian hibah tanah tersebut didasari atas permohonan ...": the signed grant read
    # before, told of again, is no new (planned) one.
    told = [a for a in found if form and a.form == form and a.status == "signed"]
    if told and _TOLD_BEFORE.match(low, hit.end()):
        extend(told[-1], [], sent)
        return
    if _THROUGH.search(low[max(0, pos - 16):pos]) and any(
            a.kind == kind and a.form == form for a in found):
        return  # "dengan melampirkan surat dukungan bupati": the letter already read
    parties = sides_of(k, sentences, mentions, by_mention, sent.text)
    if in_quote(sent.start + pos, quotes) and len(entities_in(sent, mentions, by_mention)) < 2 \
            and not (kind == "OTHER" and I.PREPARING.search(low)):
        return
    if kind == "PKS":
        # "penandatanganan kerja sama dengan PT B" in a list of instruments (see listed).
        partners, here = partners_after(sent, hit.end(), mentions, by_mention)
        if partners and partnered(found, kind, pos, partners, sent, here, announced):
            return
        # "penandatanganan kerja sama itu": the instrument already read, if any.
        last = next((a for a in reversed(found) if a.status == "signed"), None)
        if last is not None:
            extend(last, parties, sent)
            return
    if len(parties) < 2 and kind == "PKS":
        return  # who cooperates is not said: not enough to call it an instrument
    granted = [a for a in found if a.kind == "OTHER" and a.form and a.status == "signed"]
    if kind == "OTHER" and not form and granted:
        extend(granted[-1], [], sent)  # "BAST aset akan dilakukan": handing over the grant
        return
    t = sent.text
    if k == 0 and not t.rstrip().endswith("."):  # "... Hibahkan Lahan, Rejang Lebong Siap
        t = t[:t.find(", ", pos)] if ", " in t[pos:] else t  # Menyusul": its own clause
    _new(found, kind, t, pos, parties, sent, confidence=0.55, form=form)


def _add(found: list[FoundAgreement], new: FoundAgreement, own: str = ""
         ) -> FoundAgreement:
    """Mentions of one instrument (same kind and status) are one agreement, unless the
    new mention names its own pair of parties and the pairs differ (``other_pair``), or
    they are of two forms (a grant and a loan). Pairs are compared by institution, not
    organisation, when the new mention is of an earlier signing and the other not
    ("melengkapi PKS yang diteken Kanim dengan Disdukcapil tahun lalu", after today's
    signing with the Pemkab). Once instruments of
    the kind were split per partner, a later mention is one of them ("PKS dengan Lampung
    Selatan diteken Sekda ...; dengan Pesawaran oleh Bupati ..."), not one more."""
    split = [b for b in found if b.separate and b.kind == new.kind and b.status == new.status
             and not new.past] if own else []
    if split and not (own == "ordinal" and new_unit(new, split)):
        own = ""
    for a in found:
        level = "ordinal" if own and new.past and not a.past else own
        # An extension is between the parties of what it renews (set at the end).
        held = a.extends.parties if a.extends is not None else a.parties
        if a.kind == new.kind and a.status == new.status and not (
                own and new.kind != "OTHER" and other_pair(held, new.parties, level)) \
                and not other_form(a, new) and not other_new_one(held, new):
            extend(a, new.parties, new.sentences[0])
            if new.confidence > a.confidence:  # a clearer mention of the same instrument
                a.confidence, a.reasons = new.confidence, list(new.reasons)
            # "PKS yang diteken pada Oktober 2023 itu": a mention of an earlier signing
            # does not make a running instrument a new one.
            a.existing = a.existing and (new.existing or new.past)
            a.extends = a.extends or new.extends
            return a
    found.append(new)
    return new
