"""Several instruments at one event: which mentions of one kind of instrument are one
agreement and which are more.

- Instruments announced together, then listed with their partners ("menandatangani tiga
  naskah terpisah dengan tiga mitra ... PKS dengan A ..., Kedua, MoU dengan B"):
  ``announcement`` and ``partnered`` (see ``listed`` for the host and the partner).
- One sentence reporting an instrument with several partners: ``separate`` (see
  ``partners``).
- A later mention naming its own, different pair of parties (``own_pair``,
  ``other_pair``), and a one-party mention of an instrument read with its parties
  (``fold_lone``).
- One instrument per region when each signed its own: ``per_region.split_by_region``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import instruments as I
from .agreement_found import (
    COUNTERPART,
    PARTIES_OF_EARLIER,
    PARTNERSHIP_ONLY,
    FoundAgreement,
    other_form,
)
from .agreement_status import NO_CUE, PAST
from .agreement_status import status as read_status
from .entities import Entity
from .listed import Placed, announced_host, entities_in, host_side, placed
from .mention import Mention
from .partners import GOVERNMENTS, UNITS, organisation, split_partners
from .sentences import Sentence

# "menandatangani PKS masing-masing dengan Kepala Kanim A ... dan Kepala Kanim B".
# "Tiga PKS terpisah masing-masing ditandatangani bersama Pemkab A, Pemkot B dan ...",
# "empat PKS dengan empat mitra, masing-masing Pemkab A tentang ..., Pemkot B tentang ...".
EACH_WITH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:terpisah\s+|tersendiri\s+)?"
                       r"(?:masing[- ]masing\s+(?:(?:di\s?tandatangani|diteken)\s+)?"
                       r"(?:dengan|bersama)\b|dengan\s+(?:\w+\s+)?(?:mitra|pihak|instansi|"
                       r"pemerintah\s+daerah|pemda),?\s+masing[- ]masing\b)", re.IGNORECASE)
# "Bersamaan dengan itu, Kanim juga menandatangani PKS dengan Disdukcapil": one more.
_ALSO = re.compile(r"\b(?:juga|pula)\s+(?:menandatangani|meneken|diteken|ditandatangani)\b|"
                   r"\bbersamaan\s+dengan\s+itu\b", re.IGNORECASE)
# "Dokumen ketiga merupakan PKS ...", "PKS kedua dengan ...", a list of them ("Kedua,
# Perjanjian Kerja Sama antara ...; Ketiga, PKS antara ..."): one more instrument.
_ORDINAL = re.compile(r"\b(?:dokumen|naskah|instrumen|perjanjian|pks|mou|nota|kesepakatan)\s+"
                      r"(?:kedua|ketiga|keempat|kelima|keenam|berikutnya|lainnya)\b"
                      r"|^\W*(?:kedua|ketiga|keempat|kelima|keenam),", re.IGNORECASE)


@dataclass
class Announced:
    """A sentence announcing several instruments: who signs them, signed or planned."""

    hosts: list[Entity]
    status: str
    confidence: float


def announcement(sent: Sentence, here: list[Placed]) -> Announced | None:
    """The announcement a sentence makes of several instruments, if it makes one."""
    hosts = announced_host(sent, here)
    if not hosts:
        return None
    status, conf = read_status(sent.text, len(sent.text))
    return Announced(hosts, status, min(conf, 0.7))


def partnered(found: list[FoundAgreement], kind: str, pos: int, partners: list[Entity],
              sent: Sentence, here: list[Placed], announced: Announced | None) -> bool:
    """An instrument named with its partner in a list of them (see ``listed``): the
    agreement it names, found or added. False when the mention is not part of such a
    list (no announcement, no earlier instrument of its kind with a named partner), so
    that the usual reading applies."""
    partner = partners[0]
    last = next((a for a in reversed(found) if a.kind == kind and a.partner is not None),
                None)
    like = similar_to(found, kind, sent.text, pos, partner)
    if announced is None and last is None and not like:
        return False
    taken = {id(a.partner) for a in found if a.partner is not None}
    named = [p.entity for p in here
             if p.start < pos and id(p.entity) not in taken and p.entity not in partners]
    hosts = named or like or (announced.hosts if announced else []) or (
        host_side(last.parties, last.partner) if last and last.partner else [])
    hosts = host_side(hosts, partner)
    if not hosts:
        return False
    status, conf = read_status(sent.text, pos)
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
    # "A, B dan C masing-masing menandatangani MoU dengan D": one instrument per signer;
    # "menandatangani PKS dengan A, B dan C" announced as several: one per partner.
    signers = _by_organisation(hosts) if _EACH.search(sent.text, 0, pos) else [hosts]
    others = _by_organisation(partners) if announced is not None else [partners]
    for side in signers:
        for other in others:
            found.append(FoundAgreement(kind, status, side + other, [sent], confidence=conf,
                                        past=bool(PAST.search(sent.text)), separate=True,
                                        partner=other[0]))
    return True


# "PKS serupa dengan Disdukcapil Malaka akan menyusul": the instrument read before, with
# another partner.
_SIMILAR = re.compile(r"(?:\S+\s+){1,3}?(?:yang\s+)?(?:serupa|sejenis)\s+(?:dengan|bersama)\b",
                      re.IGNORECASE)


def similar_to(found: list[FoundAgreement], kind: str, t: str, pos: int, partner: Entity
               ) -> list[Entity]:
    """Who signs "PKS serupa dengan X" with X: the side of the last instrument of the
    kind that is not of X's sort (immigration, regional government, other): the Kanim of
    "PKS Kanim - Disdukcapil Belu" for "PKS serupa dengan Disdukcapil Malaka"."""
    if not _SIMILAR.match(t, pos):
        return []
    like = next((a for a in reversed(found) if a.kind == kind and len(a.parties) >= 2), None)
    if like is None:
        return []
    sort = organisation(partner)[0]
    return [e for e in like.parties if organisation(e)[0] != sort]


_EACH = re.compile(r"\bmasing[- ]masing\s+(?:telah\s+|juga\s+)?(?:menandatangani|meneken|"
                   r"menyepakati|menjalin)\b", re.IGNORECASE)


def _by_organisation(hosts: list[Entity]) -> list[list[Entity]]:
    groups: dict[tuple[str, str], list[Entity]] = {}
    for e in hosts:
        groups.setdefault(organisation(e), []).append(e)
    return list(groups.values())


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


def separate(k: int, sentences: list[Sentence], mentions: list[Mention],
             by_mention: dict[int, Entity]) -> list[list[Entity]] | None:
    """The parties of each instrument when one sentence reports several (see partners)."""
    sent = sentences[k]
    parties = [(p.entity, p.start) for p in placed(sent, mentions, by_mention)]
    if len(parties) < 3:
        return None
    after = sentences[k + 1].text if k + 1 < len(sentences) else ""
    return split_partners(parties, sent.text, sent.text + " " + after)


def own_pair(sent: Sentence, named: list[Entity], pos: int = 0) -> str:
    """ "ordinal" when the sentence names two parties (``named``: ``entities_in`` it) and
    counts its instrument ("dokumen ketiga", "PKS kedua") or says it is one more ("juga
    menandatangani PKS dengan Disdukcapil"), "named" when it only names two parties,
    else ""."""
    if len(named) < 2:
        return ""
    also = _ALSO.search(sent.text, max(0, pos - 30), pos)  # right before this instrument
    return "ordinal" if _ORDINAL.search(sent.text) or also else "named"


def other_pair(old: list[Entity], new: list[Entity], level: str) -> bool:
    """Whether two mentions of one kind of instrument name two different pairs of
    parties: each names an organisation the other does not ("MoU dengan Imigrasi",
    then "MoU antara Pemkab dan Universitas"); with an ordinal, an institution ("PKS
    kedua ... diteken Kepala Disdukcapil", after one with the Pemkab). One read with a
    single party is another instrument than a pair that shares no organisation with it
    ("PKS" signed by the Bupati of Samosir, then "perjanjian antara Pemkab Toba dan
    Kantor Imigrasi")."""
    key = (lambda e: e) if level == "ordinal" else organisation
    a, b = set(map(key, old)), set(map(key, new))
    if len(old) < 2:
        return len(old) == 1 and len(b) >= 2 and not a & b
    return bool(a - b) and bool(b - a)


def fold_title(found: list[FoundAgreement]) -> list[FoundAgreement]:
    """An instrument read from the title alone ("Imigrasi teken PKS dengan tiga pemda",
    parties borrowed from the lead) whose parties are those of one of the instruments
    listed separately below is a mention of that one, not one more."""
    out = []
    for a in found:
        home = next((b for b in found if b is not a and b.separate and b.kind == a.kind
                     and b.status == a.status and set(a.parties) <= set(b.parties)), None)
        if home is not None and [s.index for s in a.sentences] == [0] and not a.separate:
            home.sentences.insert(0, a.sentences[0])
        else:
            out.append(a)
    return out


def fold_lone(found: list[FoundAgreement]) -> list[FoundAgreement]:
    """An instrument read with one party ("Dua PKS langsung diteken" above the list of
    them, "PKS dengan Disnakertrans akan memudahkan ...") that is a party of another of
    its kind is a mention of that one (of the same status if there are several). One of
    another form ("pemkab juga akan meminjamkan ruangan" after the grant deed) is a second
    instrument between the same sides."""
    out = []
    for a in found:
        live = _live(a.parties)
        homes = [b for b in found if b is not a and len(b.parties) >= 2 and b.kind == a.kind
                 and live[0] in b.parties and b.extends is not a] if len(live) == 1 else []
        kin = [b for b in homes if not other_form(a, b)
               and not (a.new_one and b.status != a.status)]
        same = [b for b in kin if b.status == a.status]
        home = same[0] if same else kin[0] if len(kin) == 1 else None
        if home:
            home.sentences += [s for s in a.sentences if s not in home.sentences]
            continue
        assets = [b for b in homes if {a.form, b.form} <= ASSETS]
        if assets and not kin:
            a.parties = list(assets[-1].parties)
            a.doubt(0.55, PARTIES_OF_EARLIER)
        if not live:
            _beside(a, found)
        out.append(a)
    return out


def _beside(a: FoundAgreement, found: list[FoundAgreement]) -> None:
    """ "Selain PKS, perjanjian pinjam pakai bangunan juga telah berakhir": an instrument
    whose sentence names no party but names another instrument of the story is between
    that one's government and immigration office."""
    text = a.sentences[0].text
    for b in found:
        sides = [e for e in _live(b.parties) if e.kind in GOVERNMENTS | _IMMIGRATION]
        if b is not a and b.kind != a.kind and len({organisation(e) for e in sides}) >= 2 \
                and any(k == b.kind and rx.search(text) for k, rx in I.KINDS):
            a.parties = sides
            a.doubt(0.55, PARTIES_OF_EARLIER)
            return


# A regional government's land or building lent or granted: to an immigration office.
ASSETS = frozenset({"hibah", "pinjam pakai"})


def _live(parties: list[Entity]) -> list[Entity]:
    """The parties that will be written out (see ``pipeline``)."""
    return [e for e in parties if e.keep or e.weak or e.kind == "NON_GOV"]


def give_counterpart(found: list[FoundAgreement], ranked: list[Entity]) -> None:
    """Complete the sides of instruments read with one side only.

    The regional side of a grant or a loan of a regional asset is the government, not
    the Setda section or the Badan that drafts the deed or manages the asset, nor the MPP
    or the Dinas whose building is lent ("Bagian Hukum Setda dan BPKAD menyiapkan naskah
    perjanjian pinjam pakainya"). An instrument whose parties are all one organisation
    ("perjanjian pinjam pakainya sedang kami susun", said by the Bupati; "PKS dengan
    Pemkab Mesuji belum dapat ditandatangani") is between that side and the story's
    other one: a regional government's with the Kantor Imigrasi the story names most, an
    immigration office's (a Kanim, a Kanwil: "kita bentuk tim kecil untuk merumuskan
    konsep MoU-nya", said by the Kadiv) with the regional government it names most
    (``ranked``: most mentioned first). Run after the speaker's office was tried, so it
    is the last resort; the agreement goes to review with the reason."""
    actors = [e for e in ranked if e.keep or e.weak]
    for a in found:
        asset = a.form in ASSETS
        live = _live(a.parties)
        sides: list[Entity] = []
        for e in live:
            gov = next((g for g in actors if g.kind in GOVERNMENTS and _same_place(g, e)),
                       None) if e.kind in UNITS and asset else None
            if (gov or e) not in sides:
                sides.append(gov or e)
        if sides and len({organisation(e) for e in sides}) == 1:
            kinds = {e.kind for e in sides}
            # A regional government or one of its parts ("PKS dengan Dinas Pariwisata"
            # drafted by the Kanim): the other side is the Kantor Imigrasi.
            want = {"KANIM"} if kinds & (GOVERNMENTS | UNITS) else GOVERNMENTS \
                if kinds & _IMMIGRATION else set()
            other = next((e for e in actors if e.kind in want), None)
            if asset and "KANIM" in want and (other is None or _quoted_only(other)):
                # A regional asset for an office named only in someone's words goes to
                # the immigration body the story tells of ("hibahnya ke kanwil atau
                # kementerian pusat"), the most named first.
                other = next((e for e in actors if e.kind in _IMMIGRATION
                              and not _quoted_only(e)), other)
            if other is not None:
                sides.append(other)
                a.doubt(0.55, COUNTERPART)
        if asset or len(sides) > len(live):
            a.parties = sides


# The spec: a grant or a loan is between a regional government and an immigration body;
# the Dinas whose building holds the room lent, the DPRD that approved the grant, are the
# government's parts.
_IMMIGRATION = frozenset({"KANIM", "KANWIL", "IMIGRASI_PUSAT"})
_SEPARATELY = re.compile(r"\b(?:masing[- ]masing|(?:secara\s+)?terpisah|sendiri[- ]sendiri)\b",
                         re.IGNORECASE)


def title_announcing(sentences: list[Sentence], k: int) -> set[int]:
    """{0} when the article's title (its first line, no full stop at the end) announces
    the instruments sentence ``k`` or the next says were signed separately ("Teken PKS
    dengan Tiga Pemkab"; "Masing-masing PKS ditandatangani secara terpisah"): like a
    heading naming no party, it announces them and is not one more."""
    title = sentences[0].text.rstrip()
    if k == 0 or title.endswith((".", "!", "?", '"', "\u201d")):
        return set()
    near = sentences[k:k + 2]
    # "Tiga Pemkab Teken PKS dengan Kanim Serang": the title counts the partners itself.
    counted = k == 1 and _COUNTED.search(title) is not None
    return {0} if counted or any(_SEPARATELY.search(s.text) for s in near) else set()


_COUNTED = re.compile(r"\b(?:dua|tiga|empat|lima|enam)\s+(?:pemkab|pemkot|pemko|pemda|kabupaten|"
                      r"daerah|pemerintah\s+(?:kabupaten|daerah|kota))\b", re.IGNORECASE)


def _quoted_only(e: Entity) -> bool:
    return all("quote" in m.flags for m in e.mentions)


def _same_place(a: Entity, b: Entity) -> bool:
    return a.place is not None and b.place is not None and a.place.name == b.place.name


def each_partner(found: list[FoundAgreement], kind: str, m_start: int, m_end: int,
                 sent: Sentence, here: list[Placed], actor: Entity | None = None) -> bool:
    """ "Kadisdukcapil menandatangani PKS masing-masing dengan Kepala Kanim A ... dan
    Kepala Kanim B": one instrument per partner named after "masing-masing dengan",
    between it and the side named before the instrument. An agreement of that kind read
    just before with the host and all these partners ("PKS antara Disdukcapil dengan dua
    kantor imigrasi") was the announcement of them: it is replaced. The host may be named
    only by its official ("Kadisdukcapil ... I Gusti Ngurah Wijaya"): ``actor``. True when
    read so."""
    each = EACH_WITH.match(sent.text, m_end)
    if each is None:
        return False
    hosts = [p.entity for p in here if p.end <= m_start] or ([actor] if actor else [])
    # "Kanim meneken PKS dengan tiga pemda ... Tiga PKS terpisah masing-masing ...": the
    # side of the instrument read with one party is the host, and that was the announcement.
    lone = [] if hosts else [a for a in found if a.kind == kind and len(a.parties) == 1]
    hosts = hosts or [a.parties[0] for a in lone[-1:]]
    partners = [p.entity for p in here if p.start >= each.end() and p.entity not in hosts]
    if not hosts or len(partners) < 2:
        return False
    status, conf = read_status(sent.text, m_start)
    announced = [a for a in found if a.kind == kind and a.status == status
                 and all(e in a.parties for e in partners)] + lone[-1:]
    for a in announced:
        found.remove(a)
    told = [s for a in lone[-1:] for s in a.sentences] + [sent]
    for partner in partners:
        found.append(FoundAgreement(kind, status, hosts[:1] + [partner], list(told),
                                    confidence=conf, separate=True, partner=partner))
    return True


def partnerships(found: list[FoundAgreement], k: int, sentences: list[Sentence],
                 mentions: list[Mention], by_mention: dict[int, Entity]) -> None:
    """ "Pemko X sudah menjalin kerja sama dengan <partner>": one instrument per partner."""
    for j in (k, k + 1):
        if j >= len(sentences):
            break
        ents = entities_in(sentences[j], mentions, by_mention)
        partners = [e for e in ents if e.kind == "NON_GOV"]
        govs = [e for e in ents if e.kind != "NON_GOV"]
        if j > k and not re.search(r"\bbersama\b", sentences[j].text):
            break
        for p in partners:
            if any(p in a.parties for a in found):
                continue
            found.append(FoundAgreement("OTHER", "signed", govs[:1] + [p], [sentences[j]],
                                        confidence=0.55, reasons=[PARTNERSHIP_ONLY]))


def new_unit(new: FoundAgreement, split: list[FoundAgreement]) -> bool:
    """ "Imigrasi juga meneken PKS ... dengan Disdukcapil Lampung Utara", after one PKS per
    government: a Dinas or Badan no split instrument has is a party of one more."""
    known = {id(e) for b in split for e in b.parties}
    return any(e.kind in ("DINAS", "BADAN") and id(e) not in known for e in new.parties)


def other_new_one(held: list[Entity], new: FoundAgreement) -> bool:
    """ "PKS baru dengan Pemko Sibolga", after the extension planned with Pemkab Tapteng: a
    new instrument with another regional government is not a mention of that one."""
    if not new.new_one:
        return False
    mine = {o for e in new.parties if (o := organisation(e))[0] == "reg"}
    theirs = {o for e in held if (o := organisation(e))[0] == "reg"}
    return bool(mine and theirs and not mine & theirs)
