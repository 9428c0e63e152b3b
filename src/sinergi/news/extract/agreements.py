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
from dataclasses import dataclass, field

from . import instruments as I
from .agreement_status import NO_CUE, PAST
from .agreement_status import status as _status
from .entities import Entity
from .lexicon import words
from .listed import (
    Placed,
    announced_host,
    host_side,
    partners_after,
    party_mentions,
    placed,
)
from .mention import Mention
from .partners import SEVERAL, organisation, split_partners, witness_span
from .sentences import Sentence, in_quote
from .topics import topics_of

_KINDS = [
    ("MOU", re.compile(r"\b(?i:nota\s+kesepahaman|nota\s+kesepakatan(?:\s+bersama)?|"
                       r"kesepakatan\s+bersama|memorandum\s+of\s+understanding)\b|\bM[Oo][Uu]\b")),
    # A Memorandum of Agreement implements an MoU, as a PKS does.
    ("PKS", re.compile(r"\b(?i:perjanjian\s+kerja\s*sama|memorandum\s+of\s+agreement)\b|"
                       r"\bPKS\b|\bMo[Aa]\b")),
    ("OTHER", re.compile(r"\b(?i:piagam\s+kerja\s*sama|surat\s+keputusan\s+bersama|"
                         r"letter\s+of\s+intent|surat\s+dukungan)\b|\bLoI\b|\bSKB\b")),
]
_LOW_WORD = re.compile(r"[a-z]+")
_AGREEMENT_WORDS = words(
    "nota kesepahaman kesepakatan memorandum mou moa perjanjian pks piagam surat letter loi skb "
    "kerja kerjasama") | I.GRANT_WORDS
_PARTNERSHIP = re.compile(r"\b(?:sudah|telah)\s+(?:menjalin|melakukan|menjalankan|memiliki)\s+"
                          r"kerja\s*sama\s+dengan\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s*(?:kerja\s*sama\s+)?(?:ini|itu|tersebut)\b",
                      re.IGNORECASE)
_IDIOM = re.compile(r"\b(?:sesuai|berdasarkan|atas|selain)\s+(?:dengan\s+)?$", re.IGNORECASE)
# "berdasarkan PKS ... yang ditandatangani A dan B": the idiom names a real instrument.
_SIGNED_CLAUSE = re.compile(r"^[^.;]{0,60}?\byang\s+(?:telah\s+|sudah\s+)?(?:ditandatangani|"
                            r"diteken)\b", re.IGNORECASE)
# "layanan paspor di Mal Pelayanan Publik": the MPP is where the service runs (it
# attends the signing at most), not a party to the instrument.
_AT = re.compile(r"\b(?:di|ke|pada)\s+$", re.IGNORECASE)
_EARLIER_IN = re.compile(r"\b(?:awal|pertengahan|akhir)\s+(?:bulan|pekan|minggu|tahun)\s+ini\b",
                         re.IGNORECASE)
_SIGNER_VERBS = frozenset({"ditandatangani", "diteken", "ditandatanganinya"})
# "naskah diteken Bupati X", "kesepakatan itu ditandatangani oleh Kepala Kanwil Y".
_SIGNED_BY = re.compile(r"\b(?:naskah|dokumen|kesepakatan|perjanjian)?(?:\s+(?:itu|tersebut|ini))?"
                        r"\s*(?:di)?(?:tandatangani|teken)(?:nya)?\s+(?:langsung\s+)?(?:oleh\s+)?",
                        re.IGNORECASE)
# "Dokumen ketiga merupakan PKS ...", "PKS kedua dengan ...": one more instrument.
_ORDINAL = re.compile(r"\b(?:dokumen|naskah|instrumen|perjanjian|pks|mou|nota|kesepakatan)\s+"
                      r"(?:kedua|ketiga|keempat|kelima|keenam|berikutnya|lainnya)\b",
                      re.IGNORECASE)
_BOTH_PARTIES = re.compile(r"\b(?:kedua\s+(?:belah\s+)?pihak|pihaknya|keduanya)\b",
                           re.IGNORECASE)
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

    def doubt(self, confidence: float, reason: str) -> None:
        """Lower the confidence to at most ``confidence`` and say why (shown in review)."""
        self.confidence = min(self.confidence, confidence)
        if reason not in self.reasons:
            self.reasons.append(reason)


# Reasons for doubt, Bahasa Indonesia first (planners read them in `sinergi review`).
NO_STATUS_CUE = ("status tidak tersurat: tidak ada kata tanda tangan atau rencana / "
                 "status not stated: no signing or planning word")
UNNAMED = ("instrumen tidak disebut MoU/PKS, dibaca dari kata kerja sama/hibah / "
           "instrument not named MoU/PKS, read from a cooperation or grant word")
PARTNERSHIP_ONLY = ("hanya disebut menjalin kerja sama, tanpa instrumen / "
                    "only an ongoing cooperation is mentioned, no instrument")
ONE_PARTY = "hanya satu pihak disebut / only one party named"
PARTIES_BEFORE = ("pihak dibaca dari kalimat sebelumnya / "
                  "parties read from the sentence before")


def _entities_in(sent: Sentence, mentions: list[Mention], by_mention: dict[int, Entity]
                 ) -> list[Entity]:
    out: list[Entity] = []
    # Who only witnesses the signing is not a party (the spec): skip what is named there.
    lo_w, hi_w = witness_span(sent.text) or (-1, -1)
    for e, m in party_mentions(sent, mentions, by_mention):
        at = m.start - sent.start
        if not lo_w <= at < hi_w and e not in out \
                and not (e.kind == "MPP" and _AT.search(sent.text, 0, at)):
            out.append(e)
    return out


def find_agreements(sentences: list[Sentence], mentions: list[Mention],
                    by_mention: dict[int, Entity], quotes: list[tuple[int, int]]
                    ) -> list[FoundAgreement]:
    found: list[FoundAgreement] = []
    announced: Announced | None = None  # the signing side of "tiga naskah terpisah"
    for k, sent in enumerate(sentences):
        t = sent.text
        if SEVERAL.search(t):
            # "menandatangani tiga naskah terpisah dengan tiga mitra"
            announced = _announced(sent, placed(sent, mentions, by_mention)) or announced
        words_ = sent.words or frozenset(_LOW_WORD.findall(t.lower()))
        if not _SIGNER_VERBS.isdisjoint(words_) and _signers(found, sent, mentions, by_mention,
                                                             quotes):
            continue
        if _AGREEMENT_WORDS.isdisjoint(words_):
            continue
        seen_kinds: set[str] = set()
        for kind, rx in _KINDS:
            for m in rx.finditer(t):
                partners, here = partners_after(sent, m.end(), mentions, by_mention)
                if (kind in seen_kinds and not partners) or (
                        _IDIOM.search(t[:m.start()]) and not _SIGNED_CLAUSE.match(t[m.end():])):
                    continue
                if I.ABSENT.search(t[max(0, m.start() - 40):m.start()].lower()):
                    seen_kinds.add(kind)  # "belum adanya PKS": no instrument exists
                    continue
                parties = _parties(k, sentences, mentions, by_mention, t)
                quoted = in_quote(sent.start + m.start(), quotes)
                if quoted and len(_entities_in(sent, mentions, by_mention)) < 2:
                    continue  # said in passing, unless the speaker names both parties
                seen_kinds.add(kind)
                # "perjanjian kerja sama itu" after a "kesepakatan bersama": writers
                # rename the instrument they already reported; a demonstrative says so.
                if found and _ANAPHOR.match(t[m.end():]):
                    _extend(_referent(found, kind, t, m.start()), parties, sent)
                    continue
                if partners and _partnered(found, kind, m.start(), partners, sent, here,
                                           announced):
                    continue
                got = _new(found, kind, t, m.start(), parties, sent,
                           groups=_separate(k, sentences, mentions, by_mention),
                           own=_own_pair(sent, mentions, by_mention))
                if got is not None and got.partner is None and partners \
                        and partners[0] in got.parties:
                    got.partner = partners[0]
        if not seen_kinds:
            _unnamed(found, k, sentences, mentions, by_mention, quotes, announced)
        if _PARTNERSHIP.search(t):
            _partnerships(found, k, sentences, mentions, by_mention)
    for a in found:
        if a.extends is not None and len(a.extends.parties) >= 2:
            a.parties = list(a.extends.parties)
    found = _fold_lone(found)
    for a in found:
        text = " ".join(s.text for s in a.sentences)
        a.topics = topics_of(text)
        if len(a.parties) < 2:
            a.doubt(0.5, ONE_PARTY)
        first = set(_entities_in(a.sentences[0], mentions, by_mention))
        if any(e not in first for e in a.parties) and len(a.sentences) == 1:
            a.reasons.append(PARTIES_BEFORE)  # noted; not a doubt by itself
    return found


@dataclass
class Announced:
    """A sentence announcing several instruments: who signs them, signed or planned."""

    hosts: list[Entity]
    status: str
    confidence: float


def _announced(sent: Sentence, here: list[Placed]) -> Announced | None:
    hosts = announced_host(sent, here)
    if not hosts:
        return None
    status, conf = _status(sent.text, len(sent.text))
    return Announced(hosts, status, min(conf, 0.7))


def _signers(found: list[FoundAgreement], sent: Sentence, mentions: list[Mention],
             by_mention: dict[int, Entity], quotes: list[tuple[int, int]]) -> bool:
    """ "Sementara dari kabupaten, naskah diteken Bupati Sleman ... dan Bupati Gunungkidul":
    a signing told without the instrument's name, right after it was read, adds the
    signers' offices to its parties. True when the sentence was read so."""
    t = sent.text
    if any(rx.search(t) for _, rx in _KINDS) or in_quote(sent.start, quotes):
        return False
    m = _SIGNED_BY.search(t)
    last = next((a for a in reversed(found) if a.status == "signed" and not a.past
                 and a.sentences[-1].index >= sent.index - 3), None)
    if m is None or last is None:
        return False
    signers = [e for e, mention in party_mentions(sent, mentions, by_mention)
               if mention.start - sent.start >= m.start()]
    _extend(last, [e for e in _entities_in(sent, mentions, by_mention) if e in signers], sent)
    # "Surat yang diteken Yusuf pada awal bulan ini ...": signed before the reported event.
    last.past = last.past or bool(PAST.search(t) or _EARLIER_IN.search(t))
    return True


def _referent(found: list[FoundAgreement], kind: str, t: str, pos: int) -> FoundAgreement:
    """What "PKS tersebut" refers to: the last instrument of its kind, and of the status
    the sentence gives it when a clear cue says ("PKS tersebut diteken pada 21 Agustus
    2023", with the extension being drafted read last); else the last one read."""
    same_kind = [a for a in found if a.kind == kind]
    status, conf = _status(t, pos)
    same = [a for a in same_kind if a.status == status] if conf >= 0.8 else []
    return (same or same_kind or found)[-1]


def _fold_lone(found: list[FoundAgreement]) -> list[FoundAgreement]:
    """An instrument read with one party ("Dua PKS langsung diteken" above the list of
    them, "PKS dengan Disnakertrans akan memudahkan ...") that is a party of another of
    its kind is a mention of that one (of the same status if there are several)."""
    out = []
    for a in found:
        homes = [b for b in found if b is not a and len(b.parties) >= 2 and b.kind == a.kind
                 and a.parties and a.parties[0] in b.parties] if len(a.parties) == 1 else []
        same = [b for b in homes if b.status == a.status]
        home = same[0] if same else homes[0] if len(homes) == 1 else None
        if home:
            home.sentences += [s for s in a.sentences if s not in home.sentences]
        else:
            out.append(a)
    return out


def _partnered(found: list[FoundAgreement], kind: str, pos: int, partners: list[Entity],
               sent: Sentence, here: list[Placed], announced: Announced | None) -> bool:
    """An instrument named with its partner in a list of them (see ``listed``): the
    agreement it names, found or added. False when the mention is not part of such a
    list (no announcement, no earlier instrument of its kind with a named partner), so
    that the usual reading applies."""
    partner = partners[0]
    last = next((a for a in reversed(found) if a.kind == kind and a.partner is not None),
                None)
    if announced is None and last is None:
        return False
    taken = {id(a.partner) for a in found if a.partner is not None}
    named = [p.entity for p in here
             if p.start < pos and id(p.entity) not in taken and p.entity not in partners]
    hosts = named or (announced.hosts if announced else []) or (
        host_side(last.parties, last.partner) if last and last.partner else [])
    hosts = host_side(hosts, partner)
    if not hosts:
        return False
    status, conf = _status(sent.text, pos)
    same = _same_instrument(found, kind, partner, hosts)
    if same is not None:
        if same.status != status and conf > NO_CUE:
            return False
        same.partner = same.partner or partner
        if sent not in same.sentences:
            same.sentences.append(sent)
        return True
    if conf <= NO_CUE:  # "Kedua, MoU dengan B": the list goes on, as signed as it began
        head = announced if announced is not None else last
        if head is not None:
            status, conf = head.status, min(head.confidence, 0.7)
    found.append(FoundAgreement(kind, status, hosts + partners, [sent], confidence=conf,
                                past=bool(PAST.search(sent.text)), separate=True,
                                partner=partner))
    return True


def _same_instrument(found: list[FoundAgreement], kind: str, partner: Entity,
                     hosts: list[Entity]) -> FoundAgreement | None:
    """The agreement of this kind already read between the partner's and the hosts'
    organisations, if any."""
    org, host_orgs = organisation(partner), {organisation(e) for e in hosts}
    for a in found:
        orgs = {organisation(e) for e in a.parties}
        if a.kind == kind and org in orgs and host_orgs & (orgs - {org}) and (
                a.partner is None or organisation(a.partner) == org):
            return a
    return None


def _separate(k: int, sentences: list[Sentence], mentions: list[Mention],
              by_mention: dict[int, Entity]) -> list[list[Entity]] | None:
    """The parties of each instrument when one sentence reports several (see partners)."""
    sent = sentences[k]
    parties = [(p.entity, p.start) for p in placed(sent, mentions, by_mention)]
    if len(parties) < 3:
        return None
    after = sentences[k + 1].text if k + 1 < len(sentences) else ""
    return split_partners(parties, sent.text, sent.text + " " + after)


def _new(found: list[FoundAgreement], kind: str, t: str, pos: int, parties: list[Entity],
         sent: Sentence, confidence: float | None = None,
         groups: list[list[Entity]] | None = None, own: str = ""
         ) -> FoundAgreement | None:
    """An instrument named at ``pos``; an extension being prepared is two agreements.
    Returns the agreement the mention became part of (None when split per partner)."""
    status, conf = _status(t, pos)
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
    elif named_ext and status == "planned":
        extends = running  # "rancangan PKS perpanjangan": renews the one already read
    existing = status == "signed" and bool(I.LIFETIME.search(low))
    new = FoundAgreement(kind, status, parties, [sent], confidence=conf, past=past or existing,
                         existing=existing, extends=extends)
    if conf <= NO_CUE:
        new.doubt(conf, NO_STATUS_CUE)
    if confidence is not None:
        new.doubt(confidence, UNNAMED)
    if groups and not any(a.kind == kind and a.status == status for a in found):
        # "menandatangani MoU dengan tiga instansi": one instrument per partner.
        for members in groups:
            found.append(FoundAgreement(kind, status, members, [sent], confidence=conf,
                                        past=new.past, existing=existing,
                                        reasons=list(new.reasons), separate=True))
        return None
    return _add(found, new, own)


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
    parties = _parties(k, sentences, mentions, by_mention, sent.text)
    if in_quote(sent.start + pos, quotes) and len(_entities_in(sent, mentions, by_mention)) < 2:
        return
    if kind == "PKS":
        # "penandatanganan kerja sama dengan PT B" in a list of instruments (see listed).
        partners, here = partners_after(sent, hit.end(), mentions, by_mention)
        if partners and _partnered(found, kind, pos, partners, sent, here, announced):
            return
        # "penandatanganan kerja sama itu": the instrument already read, if any.
        last = next((a for a in reversed(found) if a.status == "signed"), None)
        if last is not None:
            _extend(last, parties, sent)
            return
    if len(parties) < 2 and kind == "PKS":
        return  # who cooperates is not said: not enough to call it an instrument
    _new(found, kind, sent.text, pos, parties, sent, confidence=0.55)


def _parties(k: int, sentences: list[Sentence], mentions: list[Mention],
             by_mention: dict[int, Entity], t: str) -> list[Entity]:
    parties = _entities_in(sentences[k], mentions, by_mention)
    if (len(parties) < 2 or _BOTH_PARTIES.search(t)) and k > 0:
        for e in _entities_in(sentences[k - 1], mentions, by_mention):
            if e not in parties and e.kind != "NON_GOV":
                parties.append(e)
    return parties


def _extend(a: FoundAgreement, parties: list[Entity], sent: Sentence) -> None:
    if a.separate:  # its partner is fixed; a later mention only adds evidence
        a.sentences.append(sent)
        return
    for e in parties:
        if e not in a.parties:
            a.parties.append(e)
    a.sentences.append(sent)


def _add(found: list[FoundAgreement], new: FoundAgreement, own: str = ""
         ) -> FoundAgreement:
    """Mentions of one instrument (same kind and status) are one agreement, unless the
    new mention names its own pair of parties and the pairs differ (``_other_pair``).
    Pairs are compared by institution, not organisation, when the new mention is of an
    earlier signing and the other not ("melengkapi PKS yang diteken Kanim dengan
    Disdukcapil tahun lalu", after today's signing with the Pemkab)."""
    for a in found:
        level = "ordinal" if own and new.past and not a.past else own
        if a.kind == new.kind and a.status == new.status and not (
                own and new.kind != "OTHER" and _other_pair(a.parties, new.parties, level)):
            _extend(a, new.parties, new.sentences[0])
            if new.confidence > a.confidence:  # a clearer mention of the same instrument
                a.confidence, a.reasons = new.confidence, list(new.reasons)
            # "PKS yang diteken pada Oktober 2023 itu": a mention of an earlier signing
            # does not make a running instrument a new one.
            a.existing = a.existing and (new.existing or new.past)
            a.extends = a.extends or new.extends
            return a
    found.append(new)
    return new


def _own_pair(sent: Sentence, mentions: list[Mention], by_mention: dict[int, Entity]) -> str:
    """ "ordinal" when the sentence names two parties and counts its instrument ("dokumen
    ketiga", "PKS kedua"), "named" when it only names two parties, else ""."""
    if len(_entities_in(sent, mentions, by_mention)) < 2:
        return ""
    return "ordinal" if _ORDINAL.search(sent.text) else "named"


def _other_pair(old: list[Entity], new: list[Entity], level: str) -> bool:
    """Whether two mentions of one kind of instrument name two different pairs of
    parties: each names an organisation the other does not ("MoU dengan Imigrasi",
    then "MoU antara Pemkab dan Universitas"); with an ordinal, an institution ("PKS
    kedua ... diteken Kepala Disdukcapil", after one with the Pemkab)."""
    if len(old) < 2:
        return False
    key = (lambda e: e) if level == "ordinal" else organisation
    a, b = set(map(key, old)), set(map(key, new))
    return bool(a - b) and bool(b - a)


def _partnerships(found: list[FoundAgreement], k: int, sentences: list[Sentence],
                  mentions: list[Mention], by_mention: dict[int, Entity]) -> None:
    """ "Pemko X sudah menjalin kerja sama dengan <partner>": one instrument per partner."""
    for j in (k, k + 1):
        if j >= len(sentences):
            break
        ents = _entities_in(sentences[j], mentions, by_mention)
        partners = [e for e in ents if e.kind == "NON_GOV"]
        govs = [e for e in ents if e.kind != "NON_GOV"]
        if j > k and not re.search(r"\bbersama\b", sentences[j].text):
            break
        for p in partners:
            if any(p in a.parties for a in found):
                continue
            found.append(FoundAgreement("OTHER", "signed", govs[:1] + [p], [sentences[j]],
                                        confidence=0.55, reasons=[PARTNERSHIP_ONLY]))
