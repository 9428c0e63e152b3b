"""From mentions to the institutions of one article.

Three steps: find the place the story is about (the *main place*: the kab/kota its
regional bodies and datelines name most), give generic mentions ("Disdukcapil",
"Pemkot", "Kejaksaan", "Timpora") that place or the one office of their kind in the
article, and merge mentions of one body (same kind and place and, for kinds where
that is not enough, the same named body). Bodies only named as a venue, planned
units, and national bodies only cited in passing (a circular, an anniversary) are
not actors and are left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import words
from .mainplace import MainPlace, disambiguate, main_place
from .meeting_words import ATTEND
from .mention import Mention, gov_kind
from .places import (
    CITY,
    DESIGNATION,
    PROVINCE,
    REGENCY,
    Place,
)
from .rules_timpora import timpora_places
from .sentences import Sentence

NAMED_KINDS = frozenset({"DINAS", "BADAN", "KANWIL", "PUSAT_LAIN", "NON_GOV", "SETDA"})
LOCAL_KINDS = frozenset({"DPRD", "SETDA", "DINAS", "KESBANGPOL", "BADAN", "MPP", "TIMPORA",
                         "POLRI", "TNI", "KEJAKSAAN"})
_GOV_KINDS = {"PEMPROV": PROVINCE, "PEMKAB": REGENCY, "PEMKOT": CITY}
_GENERIC_WORDS = words(
    "kantor wilayah dinas badan pemerintah kabupaten kota provinsi dan di kelas i ii iii tpi "
    "non khusus republik indonesia ri sekretariat daerah bagian the of and"
)
_EXPAND = [(re.compile(r"\bkemenkumham\b"), "kementerian hukum ham"),
           (re.compile(r"\bhak asasi manusia\b"), "ham"),
           (re.compile(r"\bditjen\b"), "direktorat jenderal"),
           (re.compile(r"\bkemenag\b"), "kementerian agama")]
# An event held for a whole province ("tingkat Provinsi", "se-Provinsi") in the lead.
_PROVINCE_EVENT = re.compile(r"(?i:\btingkat\s+provinsi\b|\bse-?\s?provinsi\b)")
_PROVINCE_LEVEL = frozenset({"DINAS", "KESBANGPOL", "BADAN", "POLRI", "TNI", "KEJAKSAAN"})
_CENTRAL_CITED = re.compile(
    r"(?i:\b(?:surat|edaran|hut|milik|peraturan|permen\w*|undang|inovasi|aplikasi|program|"
    r"website|situs|laman|kebijakan|arahan|instruksi|data|keputusan|ulang\s+tahun)\b"
    r"[^.;]{0,40})$"
)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", " ", ascii_)


@lru_cache(maxsize=4096)
def body_tokens(body: str, place: str | None = None) -> frozenset[str]:
    """Significant words of a body's name: what tells two Dinas apart."""
    s = fold(body)
    for pattern, repl in _EXPAND:
        s = pattern.sub(repl, s)
    toks = set(s.split()) - _GENERIC_WORDS
    if place:
        toks -= set(fold(place).split())
    return frozenset(toks)


def same_body(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= 0.5


def place_key(place: Place | None) -> str:
    return fold(place.name).replace(" ", "") if place else ""


@dataclass(eq=False)  # one entity is one body: compared by identity
class Entity:
    kind: str
    body: str
    place: Place | None
    family: str | None
    mentions: list[Mention] = field(default_factory=list)
    written: str | None = None
    implicit: bool = False  # the place was inferred, not written
    keep: bool = True  # an actor of the story
    weak: bool = False  # cited once in passing: an actor only if an event or a post names it

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def name(self) -> str:
        return entity_name(self)

    @property
    def tokens(self) -> frozenset[str]:
        return body_tokens(self.body + " " + (self.family or ""),
                           self.place.name if self.place else None)


def _designation(e: Entity) -> str:
    if e.place is None:
        return ""
    if e.place.level in DESIGNATION:
        return DESIGNATION[e.place.level]
    return {"kabupaten": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi"}.get(
        e.written or "", "")


def entity_name(e: Entity) -> str:
    place = e.place.name if e.place else ""
    desig = _designation(e)
    where = f"{desig} {place}".strip()
    kind = e.kind
    if kind == "PEMPROV":
        return f"Pemerintah Provinsi {place}"
    if kind == "PEMKAB":
        return f"Pemerintah Kabupaten {place}"
    if kind == "PEMKOT":
        return f"Pemerintah Kota {place}"
    if kind == "KANWIL":
        if e.family == "kemenag":
            if e.place and e.place.level == PROVINCE:
                return f"Kantor Wilayah Kementerian Agama {place}"
            return f"Kantor Kementerian Agama {where}".strip()
        ministry = ("Direktorat Jenderal Imigrasi" if e.family == "dji"
                    else "Kementerian Hukum dan HAM")
        return f"Kantor Wilayah {ministry} {place}".strip()
    if kind in ("KANIM", "ULP", "KEJAKSAAN", "POLRI") or kind == "TNI" and "/" in e.body:
        if kind == "TNI":
            return e.body + (place if e.body.endswith("/") else "")
        return f"{e.body} {place}".strip()
    if kind == "SETDA" and e.body.startswith(("Bagian", "Biro")):
        return f"{e.body} Sekretariat Daerah {where}".strip()
    if kind == "TNI":
        return e.body if e.place is None else f"{e.body} di {place}"
    if kind == "TIMPORA":
        return f"Tim Pengawasan Orang Asing {where}".strip()
    if kind in ("IMIGRASI_PUSAT", "NON_GOV"):
        return e.body
    if kind == "PUSAT_LAIN":
        if e.place is None:
            return e.body
        if e.body.startswith("Pos Daerah"):
            return f"Pos Daerah {place} Badan Intelijen Negara Daerah"
        if e.body.startswith(("Pengadilan", "Kantor")):
            return f"{e.body} {place}"
        return f"{e.body} {where}"
    return f"{e.body} {where}".strip()


# --- resolving and merging -------------------------------------------------------------------


def _resolve_generic(m: Mention, main: MainPlace, explicit: dict[str, list[Mention]],
                     province_team: bool = False, province_event: bool = False) -> bool:
    """Give a generic mention a place; False when the article does not make it clear."""
    if "plural" in m.flags:
        return False  # "tiga pemerintah kabupaten": which ones, the text says elsewhere
    if m.kind == "KANIM" and "planned" in m.flags:
        return False  # "pembangunan kantor imigrasi": none of the offices the story names
    if m.kind in ("KANIM", "KANWIL") and m.family != "kemenag":
        # In text order (a set's order changes with the hash seed, and so did the answer).
        same = list(dict.fromkeys((x.place.name if x.place else "", x.family)
                                  for x in explicit.get(m.kind, ()) if x.place))
        names = {n for n, _ in same}
        if not names and m.kind == "KANWIL" and main.province is not None:
            # "Kadiv Keimigrasian", "sambutan Kakanwil" with no Kanwil named: the
            # regional office of the province the story is in.
            m.place = main.province
            return True
        if len(names) != 1:
            return False
        name = names.pop()
        m.place = next(x.place for x in explicit[m.kind] if x.place and x.place.name == name)
        if m.family is None:
            m.family = next((f for n, f in same if f), None)
        return True
    target = main.kabkota
    if province_event and m.kind in _PROVINCE_LEVEL and main.province is not None:
        # "Rakor Timpora tingkat Provinsi Banten ... dihadiri TNI, Polri, Kesbangpol":
        # at a provincial event the bodies named bare are the province's.
        target = main.province
    if (m.kind == "PUSAT_LAIN" and "province" in m.flags) or (
            m.kind == "POLRI" and m.body == "Kepolisian Daerah") or (
            m.kind == "TNI" and m.body.startswith("Komando Daerah Militer")) or (
            m.kind == "KEJAKSAAN" and m.body == "Kejaksaan Tinggi"):
        target = main.province  # "BNNP", "BINDA", "Polda", "Kodam", "Kejati": the province's
    if m.kind in NAMED_KINDS or m.kind in LOCAL_KINDS:
        # "DPMPTSP Provinsi Kepri ... di kantor DPMPTSP": the one body of that name.
        toks = body_tokens(m.body)
        named = {x.place.name: x.place for x in explicit.get(m.kind, ()) if x.place
                 and (m.kind not in NAMED_KINDS or same_body(body_tokens(x.body), toks))}
        if len(named) == 1:
            target = next(iter(named.values()))
    if m.kind == "TIMPORA":
        teams = [x.place for x in explicit.get("TIMPORA", ()) if x.place]
        if "province" in m.flags or (not teams and province_team):
            target = main.province
        elif teams:  # the team the story is about
            target = Counter(teams).most_common(1)[0][0]
    if m.kind in ("PEMKAB", "PEMKOT", "PEMPROV"):
        level = _GOV_KINDS[m.kind]
        cands = [x.place for x in explicit.get(m.kind, ()) if x.place]
        if cands:
            target = Counter(cands).most_common(1)[0][0]
        elif level == PROVINCE:
            target = main.province if explicit.get("PEMPROV") else None
        elif target is None or target.level != level:
            return False
    if m.kind == "PEMDA":
        if target is None or "quote" in m.flags:
            return False
        m.kind = gov_kind(target)
    if target is None:
        return False
    m.place = target
    return True


def _resolve_cached(m: Mention, main: MainPlace, explicit: dict[str, list[Mention]],
                    province_team: bool, province_event: bool,
                    resolved: dict[tuple[object, ...], tuple[bool, Place | None, str | None, str]]
                    ) -> bool:
    """``_resolve_generic``, once per kind of generic mention: its answer depends only on
    what the key holds, and on long texts the same "Kanim" recurs thousands of times."""
    key = (m.kind, m.body, m.family, "province" in m.flags, "quote" in m.flags,
           "planned" in m.flags)
    if key not in resolved:
        ok = _resolve_generic(m, main, explicit, province_team, province_event)
        resolved[key] = (ok, m.place, m.family, m.kind)
        return ok
    ok, m.place, m.family, m.kind = resolved[key]
    return ok


def _pick_family(m: Mention, mentions: list[Mention], text: str) -> str:
    for x in mentions:
        if x.kind == "KANWIL" and x.family and x.place and m.place and x.place.code == m.place.code:
            return x.family
    from .dates import era_bounds

    not_before, _ = era_bounds(text)
    return "dji" if not_before else "kumham"


def build_entities(text: str, sentences: list[Sentence], mentions: list[Mention]
                   ) -> tuple[list[Entity], dict[int, Entity], MainPlace]:
    """Entities in order of first mention, and which entity each mention names."""
    main = main_place(text, sentences, mentions)
    disambiguate(mentions, main.votes)
    mentions[:] = timpora_places(mentions, sentences)
    explicit: dict[str, list[Mention]] = {}  # by kind
    for m in mentions:
        if not m.generic and m.place is not None:
            explicit.setdefault(m.kind, []).append(m)
    # "Timpora ... di provinsi setempat": the story's team is the province's.
    province_team = any(m.kind == "TIMPORA" and "province" in m.flags for m in mentions)
    # "Tim Pengawasan Orang Asing (Pora) Jawa Timur ... menyisir dua perusahaan": a
    # provincial team in the lead makes it a provincial event too.
    province_event = bool(_PROVINCE_EVENT.search(text[:1500])) or any(
        m.kind == "TIMPORA" and m.place is not None and m.place.level == PROVINCE
        and not m.generic and m.sentence < 2 for m in mentions)
    by_mention: dict[int, Entity] = {}
    entities: list[Entity] = []
    resolved: dict[tuple[object, ...], tuple[bool, Place | None, str | None, str]] = {}
    for i, m in enumerate(mentions):
        implicit = False
        if m.generic:
            if not _resolve_cached(m, main, explicit, province_team, province_event,
                                   resolved):
                continue
            implicit = True
        if m.kind == "PEMDA":
            continue
        if m.kind == "KANWIL" and m.family is None:
            m.family = _pick_family(m, mentions, text)
            if not m.generic:  # an explicit Kanwil's family is part of generic Kanwil answers
                for key in [k for k in resolved if k[0] == "KANWIL"]:
                    del resolved[key]
        entity = _find(entities, m)
        if entity is None:
            entity = Entity(m.kind, m.body, m.place, m.family, written=m.written,
                            implicit=implicit)
            entities.append(entity)
        else:
            if len(m.body) > len(entity.body):
                entity.body = m.body
            if (m.kind == "KANIM" and m.place and entity.place
                    and len(m.place.name) > len(entity.place.name)):
                entity.place = m.place  # "Sumbawa Besar" over "Sumbawa"
            entity.implicit = entity.implicit and implicit
            entity.written = entity.written or m.written
        entity.mentions.append(m)
        by_mention[i] = entity
    for e in entities:
        e.keep = _is_actor(e, text, sentences)
        e.weak = e.keep and _is_weak(e, text, sentences)
        e.keep = e.keep and not e.weak
    return entities, by_mention, main


def _find(entities: list[Entity], m: Mention) -> Entity | None:
    key = place_key(m.place)
    toks = body_tokens(m.body + " " + (m.family or ""), m.place.name if m.place else None)
    for e in entities:
        if e.kind != m.kind:
            continue
        if place_key(e.place) != key and not (m.kind == "KANIM" and _same_town(e.place, m.place)):
            continue
        if m.kind in NAMED_KINDS and not same_body(e.tokens, toks):
            continue
        return e
    return None


def _acting(e: Entity, text: str, sentences: list[Sentence]) -> list[Mention]:
    """Mentions that show the body acting: not a venue, not an apposition describing an
    office's ministry, not a national body cited in passing (a circular, an anniversary)."""
    return [m for m in e.mentions if "venue" not in m.flags and "apposition" not in m.flags
            and not (m.central
                     and _CENTRAL_CITED.search(text[sentences[m.sentence].start:m.start]))]


# Bare "TNI", "Polri" are a unit of the story's place only among those present at its event
# or the members of its team ("Timpora melibatkan pihak kepolisian, TNI, Camat ...").
_PRESENT = re.compile(rf"\b(?:{ATTEND}|perwakilan|melibatkan|terdiri|anggota\w*|"
                      r"beranggotakan|tergabung)\b", re.IGNORECASE)


def _is_actor(e: Entity, text: str, sentences: list[Sentence]) -> bool:
    ms = e.mentions
    if all("venue" in m.flags for m in ms) and e.kind != "MPP":
        return False
    # A unit introduced as planned stays planned; one introduced as working is an actor
    # even if the story later speaks of its plans ("segera dapat melayani e-paspor").
    if e.kind == "ULP" and "planned" in ms[0].flags:
        return False  # a unit still being planned or built is not an actor yet
    if e.kind == "KANIM" and all("planned" in m.flags for m in ms):
        return False  # an office only ever spoken of as to be built
    if any(m.central for m in ms) and not _acting(e, text, sentences):
        return False
    if all("generic-unit" in m.flags for m in ms) and not any(
            _PRESENT.search(sentences[m.sentence].text) for m in ms):
        return False  # "sinergi antara Imigrasi, TNI dan Polri": no unit, and none attends
    # Companies and campuses count only as agreement parties (the events decide).
    return not (e.kind == "NON_GOV" and any("company" in m.flags and "campus" not in m.flags
                                            for m in ms))


def _is_weak(e: Entity, text: str, sentences: list[Sentence]) -> bool:
    """A national body acting in one sentence only: an actor if an event or a post names it."""
    return (e.kind != "IMIGRASI_PUSAT" and any(m.central for m in e.mentions)
            and not any(m.implied for m in e.mentions)
            and len({m.sentence for m in _acting(e, text, sentences)}) < 2)


def _same_town(a: Place | None, b: Place | None) -> bool:
    """ "Sumbawa" and "Sumbawa Besar" name one Kantor Imigrasi."""
    if a is None or b is None:
        return False
    x, y = fold(a.name).split(), fold(b.name).split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return bool(short) and long[:len(short)] == short
