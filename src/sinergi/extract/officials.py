"""Officials: a post followed by a name, the way Indonesian news introduces people.

"Kepala Kantor Imigrasi Kelas I TPI Kupang, Nanang Mustofa, ...", "Bupati Lebak Iti
Octavia Jayabaya bersama ...", "Wali Kota Jambi, Dr. dr. H. Maulana, M.K.M", "Plt.
Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumbar, Hendiartono" and the reverse
"Fransz Tutuarima, Plt. Kepala Seksi ...". The post is read as a head word, unit
words and institution mentions (already found); the name is the run of capitalised
words after it, without honorifics ("H.", "Dr.", "Ir") or degrees ("S.H., M.H.", "SE MM").
Reporters and editors have no post in this grammar, so they are never officials.
"""

from __future__ import annotations

import re

from . import lexicon, places
from .clean import lower
from .entities import Entity, entity_name
from .lexicon import words
from .mention import Mention
from .names import (
    NON_NAME,
    TOKEN,
    are_names,
    clean_name,
    name_after,
    name_before,
    name_opener,
    paren_name,
    strip_leading_words,
    unit_word,
    valid_name,
)
from .official_found import FoundOfficial, merge
from .places import DESIGNATION, Place
from .sentences import Sentence

_HEADS = sorted(lexicon.TITLE_HEADS, key=len, reverse=True)
# Matched on the lower-cased sentence (same offsets): case-blind and fast. The acting
# prefix ("Plt.", "Pj") is looked for just before a head.
_TITLE = re.compile(
    r"(?P<head>" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEADS) + r")\b"
)
_PREFIX = re.compile(r"(?P<prefix>(?:pelaksana\s+tugas|pelaksana\s+harian|penjabat|plt|plh|pj)"
                     r"\.?(?:\s*\((?:plt|pj|plh)\.?\))?\s+)$")
_HEAD_WORDS = frozenset(h.split()[0] for h in lexicon.TITLE_HEADS)
_ENDS_SENTENCE = re.compile(r"[.!?;\"”]\s*$")
_LONG_WORD = re.compile(r"[A-Za-z]{3,}")
_LOW_WORD = re.compile(r"[a-z]+")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_UNIT_NO = re.compile(r"\s*\d{2,4}(?:\s*/\s*[A-Z][\w-]+)?(?=[\s,.;]|$)")
_FACTION = re.compile(r"\s+dari\s+(?:Fraksi|Komisi|Partai)\s+[A-Z][\w-]*(?:\s+[IVX]+\b)?")
_CITED_POST = re.compile(r"(?i:\b(?:surat|peraturan|keputusan|edaran|instruksi|permen\w*|"
                         r"arahan|perintah)\s*(?:\w+\s+){0,2})$")
_PLACE_WORDS = words("imigrasi kantor kabupaten kota provinsi kecamatan wilayah tpi daerah")
_NEW_IN_POST = re.compile(r"\s+yang\s+baru(?:\s+(?:dilantik|menjabat|bertugas))?(?=\s*,)")
# "Kantor Bupati Lombok Tengah, Praya": a building named after a post, then its town.
_BUILDING = re.compile(r"(?i:\b(?:kantor|rumah\s+dinas|rumah\s+jabatan|rujab|pendopo|pendapa|"
                       r"aula|gedung|ruang(?:\s+rapat)?|halaman)\s+)$")
_CAMEL = re.compile(r"[a-z][A-Z]")  # words glued by a scraper may hide a post
_INITIAL = re.compile(r"[A-Z]\.")  # ", I. Ismaya": an initial after the comma, not unit "I"
_REPORTER = re.compile(r"(?i:wartawan|reporter|editor|penulis|pewarta|fotografer|redaksi)\W*$")


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][A-Za-z]+)")


def _office_word_after(t: str, end: int) -> bool:
    """Whether a one-word "name" runs on into an office's wording: a misspelt unit
    ("Devisi Imigrasi"), the last word of a body's name ("Sandi Kabupaten")."""
    m = _NEXT_WORD.match(t, end)
    if m is None:
        return False
    word = m.group(1).lower()
    # "Masykur Kepala Kantor Imigrasi", "Kabag Ops Kompol Sudirman": the next post or rank
    return word in NON_NAME and word not in _HEAD_WORDS and word not in lexicon.HONORIFICS


def find_officials(text: str, sentences: list[Sentence], mentions: list[Mention],
                   by_mention: dict[int, Entity], entities: list[Entity]) -> list[FoundOfficial]:
    starts: dict[int, int] = {}
    local: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        starts.setdefault(m.start, i)
        local.setdefault(m.sentence, []).append(i)
    found: list[FoundOfficial] = []
    for sent in sentences:
        found.extend(_in_sentence(text, sent, mentions, starts, by_mention, entities,
                                  local.get(sent.index, [])))
    for f in found:
        f.name = strip_leading_words(f.name)
    kept = [f for f in merge(found) if f.name]
    return [f for f, ok in zip(kept, are_names([f.name for f in kept], text), strict=True)
            if ok]


def _mention_at(pos: int, mentions: list[Mention], starts: dict[int, int], sent: Sentence,
                head_start: int | None = None) -> int | None:
    for p in range(pos, min(pos + 2, sent.end)):
        if p in starts:
            return starts[p]
    if head_start is not None and head_start in starts:
        return starts[head_start]
    return None


# A mark after the last full stop: "(*/adv)", "(ant)", "(red)".
_END_MARK = re.compile(r"\s*\([^()]{1,20}\)\s*$")


def _headline(t: str) -> bool:
    """A title-case line without a full stop ("Wali Kota Banjarbaru Terima Audiensi"); not
    a paragraph of posts and names that ends in a mark ("... Arief Eka Riyanto. (*/adv)")."""
    if _ENDS_SENTENCE.search(_END_MARK.sub("", t)):
        return False
    ws = _LONG_WORD.findall(t)
    return len(ws) >= 3 and sum(w[0].isupper() for w in ws) >= 0.7 * len(ws)


def _glued(t: str, pos: int) -> bool:
    """ "pada masaBupati Asahan": a scraped text lost the space before a capitalised post."""
    return t[pos].isupper() and t[pos - 1].islower()


def _in_sentence(text: str, sent: Sentence, mentions: list[Mention], starts: dict[int, int],
                 by_mention: dict[int, Entity], entities: list[Entity], local: list[int]
                 ) -> list[FoundOfficial]:
    out: list[FoundOfficial] = []
    t = sent.text
    if sent.line_start and _headline(t):
        # Headlines capitalise verbs: "Terima" is not a name. An item of a numbered list
        # ("1. Kapolres Baubau, AKBP Wahyu Nugroho;") is no headline.
        return out
    consumed_until = 0
    low = sent.low or lower(t)
    if _HEAD_WORDS.isdisjoint(sent.words or _LOW_WORD.findall(low)) and \
            not _CAMEL.search(t):
        return out
    for tm in _TITLE.finditer(low):
        if tm.start() < consumed_until or (tm.start() > 0 and low[tm.start() - 1].isalnum()
                                           and not _glued(t, tm.start())):
            continue
        # Both look back a few words: a bounded window keeps long sentences linear.
        before = t[max(0, tm.start() - 200):tm.start()]
        if (_REPORTER.search(before) or _CITED_POST.search(before)
                or _BUILDING.search(t[max(0, tm.start() - 20):tm.start()])):
            continue
        abs_start = sent.start + tm.start("head")
        if any(mentions[i].start < abs_start < mentions[i].end for i in local):
            continue  # "Dewan Perwakilan Rakyat": a word of a name, not a post
        found = _post_and_name(text, t, tm, sent, mentions, starts, by_mention, entities, local,
                               consumed_until)
        if found is None:
            continue
        official, consumed_until = found
        if official is not None:
            out.append(official)
    return out


_PROVINCE = frozenset({places.PROVINCE})
# Posts of which "Jenderal" is part ("Direktur Jenderal Imigrasi"); after any other post
# it is the rank of the person named next.
_GENERAL_OF = frozenset({"direktur", "direktorat", "konsul", "sekretaris", "sekretariat",
                         "inspektur", "inspektorat"})


def _post_and_name(text: str, t: str, tm: re.Match[str], sent: Sentence,
                   mentions: list[Mention], starts: dict[int, int],
                   by_mention: dict[int, Entity], entities: list[Entity], local: list[int],
                   consumed_until: int = 0) -> tuple[FoundOfficial | None, int] | None:
    """The official introduced by the post ``tm`` and where its reading ended."""
    head_key = " ".join(tm.group("head").lower().split())
    head = lexicon.TITLE_HEADS[head_key]
    pm = _PREFIX.search(sent.low[max(0, tm.start() - 30):tm.start()]) if sent.low else None
    prefix = lexicon.TITLE_PREFIXES.get(_prefix_key(pm.group("prefix")), "") if pm else ""
    title_start = tm.start() - (len(pm.group()) if pm else 0)
    pos = tm.end()
    insts: list[int] = []
    head_mention = _mention_at(sent.start + tm.start("head"), mentions, starts, sent)
    implied = None
    if head_mention is not None and mentions[head_mention].end > sent.start + tm.end():
        insts.append(head_mention)
        pos = mentions[head_mention].end - sent.start
        if mentions[head_mention].implied:
            implied = mentions[head_mention]
    post_place = None
    if not insts:
        hit = places.scan(t, pos, places.GOV | {places.DISTRICT}, bare_district=True,
                          district_first=head_key in _DISTRICT_HEADS)
        if hit is not None and _mention_at(sent.start + pos + 1, mentions, starts, sent) is None:
            post_place, pos = hit[0], hit[1]  # "Kapolres Tarakan", "Camat Sungai Kunjang"
    n_before = len(insts)
    pos, units = _read_post(t, pos, sent, mentions, starts, insts)
    # Units named like offices ("Divisi Keimigrasian") stay part of the post's wording.
    units += [_expand_unit(text[mentions[i].start:mentions[i].end]) for i in insts[n_before:]
              if mentions[i].generic and mentions[i].kind == "KANWIL"
              and "ivisi" in text[mentions[i].start:mentions[i].end]]
    fresh = _NEW_IN_POST.match(t, pos)
    if fresh:  # "Kepala Kantor Imigrasi ... yang baru, Teuku Rizky"
        pos = fresh.end()
    tokens, hon, name_end, attached = name_after(t, pos)
    if attached and units and units[-1].lower() in _PLACE_WORDS and not insts:
        tokens = []  # "pejabat Imigrasi Selatpanjang": a place, not a person
    if sent.start + name_end >= len(text.rstrip()) and not re.search(r"[.!?\"”]$", t):
        tokens = []  # the article was cut in the middle of this word
    if tokens and places.lookup(" ".join(tokens).rstrip("."), places.GOV):
        tokens = []
    if len(tokens) == 1 and _office_word_after(t, name_end):
        tokens = []  # "Kepala Devisi Imigrasi", "Kepala Kantor Kesbangpol dan Sandi Kabupaten"
    if not valid_name(tokens):
        tokens, hon = name_before(t, title_start, consumed_until)
        name_end = pos
    if not valid_name(tokens):
        return None, pos
    entity = _entity_for(insts, by_mention, sent, title_start, mentions, entities, local,
                         head_key,
                         post_place, " ".join(units))
    # The post names the office as this mention wrote it, not as merged with others.
    named = next((mentions[i] for i in reversed(insts) if i in by_mention), None)
    office = entity_name(Entity(named.kind, named.body, named.place, named.family,
                                written=named.written)) if named else None
    title = _title(prefix, head, units, implied, post_place, office, bool(insts),
                   entity.place if entity is not None else None)
    tokens = _without_own_town(tokens, entity)
    return FoundOfficial(clean_name(tokens, hon), title, entity, sent,
                         0.9 if insts and not attached else 0.75), name_end


def _title(prefix: str, head: str, units: list[str], implied: Mention | None,
           post_place: Place | None, office: str | None, named_inst: bool,
           entity_place: Place | None = None) -> str:
    parts = [prefix, head, *units]
    place = implied.place if implied is not None else None
    regional_head = head.endswith(("Bupati", "Wali Kota", "Gubernur"))
    if place is None and entity_place is not None and (implied is not None or regional_head):
        place = entity_place  # "Wakil Bupati Supiani" in a story about Balangan
    if place is not None and (implied is not None or regional_head):
        # "Bupati Lebak", "Sekretaris Daerah Kabupaten Lebak"
        if head.startswith("Sekretaris Daerah") and place.level in DESIGNATION:
            parts.append(DESIGNATION[place.level])
        parts.append(place.name)
    elif post_place is not None:
        parts.append(post_place.name)
    elif named_inst and office:
        if office.startswith("Direktorat Jenderal ") and head.endswith("Jenderal"):
            parts.append(office[len("Direktorat Jenderal "):])  # "Direktur Jenderal Imigrasi"
        elif office.startswith("Kementerian ") and head.endswith("Menteri"):
            parts.append(office[len("Kementerian "):])  # "Menteri Imigrasi dan ..."
        else:
            parts.append(office)
    title = " ".join(p for p in parts if p)
    return re.sub(r"\b(\w+(?: \w+)*) \1\b", r"\1", title)


def _without_own_town(tokens: list[str], entity: Entity | None) -> list[str]:
    """ "Kadiv Keimigrasian Kanwil Kemenhumkam Palembang Herdaus": a town of the office's own
    province written before the name ends the post ("Bima Arya", of another province, is a
    name)."""
    if len(tokens) < 2 or entity is None or entity.place is None:
        return tokens
    for n in (2, 1):
        town = places.lookup(" ".join(tokens[:n]), places.GOV)
        if town is not None and len(tokens) > n \
                and town.province_code == entity.place.province_code:
            return tokens[n:]
    return tokens


def _expand_unit(written: str) -> str:
    return re.sub(r"(?i)^kadivim\b", "Divisi Keimigrasian", written.strip())


def _prefix_key(prefix: str) -> str:
    return re.sub(r"\s*\(.*$", "", " ".join(prefix.lower().split())).rstrip(".").strip()


def _read_post(t: str, pos: int, sent: Sentence, mentions: list[Mention],
               starts: dict[int, int], insts: list[int]) -> tuple[int, list[str]]:
    """Unit words and institution mentions of a post; returns where the post ends."""
    units: list[str] = []
    while pos < len(t):
        mi = _mention_at(sent.start + pos + (1 if t[pos:pos + 1] == " " else 0), mentions,
                         starts, sent)
        if mi is not None and mentions[mi].end - sent.start > pos:
            insts.append(mi)
            pos = mentions[mi].end - sent.start
            continue
        if t[pos:pos + 1] == ")":  # the end of "(Sekot)" read as a mention
            pos += 1
            continue
        unit_no = _UNIT_NO.match(t, pos)
        if unit_no:  # "Dandim 1007/Banjarmasin", "Korem 101/Antasari"
            units.append(unit_no.group().strip())
            pos = unit_no.end()
            continue
        faction = _FACTION.match(t, pos)
        if faction:  # "Anggota DPRD Kalsel dari Fraksi Golkar"
            units.append(" ".join(faction.group().split()))
            pos = faction.end()
            continue
        m = TOKEN.match(t, pos)
        if not m:
            break
        tok = m.group("tok")
        if tok == "(":
            close = t.find(")", m.end())
            if close == -1 or close - m.end() > 40 or paren_name(t, m.end(), close):
                break
            pos = close + 1
            continue
        if tok == ",":
            nxt = TOKEN.match(t, m.end())
            nmi = _mention_at(sent.start + m.end() + 1, mentions, starts, sent)
            if nmi is not None or (nxt and nxt.group("tok")[0].isupper()
                                   and nxt.group("tok").lower().rstrip(".")
                                   in lexicon.UNIT_WORDS
                                   and not _INITIAL.fullmatch(nxt.group("tok"))
                                   and not name_opener(t, m.end())):
                pos = m.end()
                continue
            province = places.scan(t, m.end(), _PROVINCE)
            if province is not None and t.startswith(",", province[1]):
                pos = province[1]  # "Kepala Kantor Imigrasi Kelas I Padang, Sumatera Barat, ..."
                continue
            break
        low = tok.lower().rstrip(".")
        if low == "pada" and units and _mention_at(sent.start + m.end() + 1, mentions, starts,
                                                   sent) is not None:
            pos = m.end()  # "Kasubbid Perizinan pada Kanwil Kemenkumham Jatim"
            continue
        if units and units[-1].lower() in ("komisi", "fraksi") and re.fullmatch(r"[A-E]|[IVX]+",
                                                                               tok):
            units.append(tok)  # "Anggota Komisi A DPRD ...", "Komisi IV"
            pos = m.end()
            continue
        if name_opener(t, m.start()):
            break  # "Kepala Disdukcapil I Wayan ...", "Sekda Lalu Firman": a name begins
        if units and tok.isupper() and tok.isalpha() and 2 <= len(tok) <= 6 \
                and low not in lexicon.HONORIFICS and low not in lexicon.UNIT_WORDS:
            units.append(tok)  # "Sekretaris Satgas PPLN", "Direktur Kewaspadaan Nasional PUM"
            pos = m.end()
            continue
        if low == "jenderal" and not (units and units[-1].lower() in _GENERAL_OF):
            break  # "Kapolri Jenderal Listyo Sigit": a rank before the name, not the post's
        if unit_word(low) or tok in ("RI",) or low in ("republik", "indonesia"):
            units.append(tok if tok[0].isupper() or low == "dan" else tok.capitalize())
            pos = m.end()
            if low in places.VILLAGE:
                words, pos = places.village_after(t, pos)  # "Sekretaris Desa Mukuvoka, ..."
                units.extend(words)
            elif low in ("kabupaten", "kota", "provinsi") and (
                    hit := places.scan(t, pos, places.GOV, designator=False)) is not None:
                units.append(hit[0].name)  # "Asisten Pemerintahan Kabupaten Humbang Hasundutan"
                pos = hit[1]
            continue
        break
    while units and units[-1].lower() in ("dan", "&"):
        units.pop()
    return pos, units


_DISTRICT_HEADS = frozenset({"camat", "lurah", "kapolsek", "kapolsekta", "danramil"})
_HEAD_KINDS = {"kapolres": "POLRI", "kapolresta": "POLRI", "kapolda": "POLRI",
               "kapolrestabes": "POLRI", "wakapolda": "POLRI", "wakapolres": "POLRI",
               "wakapolresta": "POLRI",
               "kapolsek": "POLRI", "dandim": "TNI", "danrem": "TNI", "pangdam": "TNI",
               "danramil": "TNI", "kajari": "KEJAKSAAN", "kajati": "KEJAKSAAN",
               "kakanim": "KANIM", "kakanwil": "KANWIL", "kadivim": "KANWIL",
               "kasatpol pp": "BADAN", "menteri": "IMIGRASI_PUSAT",
               "direktur jenderal": "IMIGRASI_PUSAT", "dirjen": "IMIGRASI_PUSAT",
               "sekretaris jenderal": "IMIGRASI_PUSAT", "sekjen": "IMIGRASI_PUSAT"}
_IMMIGRATION_POST = re.compile(r"(?i)imigrasi|intelijen|penindakan|lalu\s+lintas|izin\s+tinggal|"
                               r"dokumen\s+perjalanan|tpi|inteldakim|tikim|lantaskim|wasdakim")


def _entity_for(insts: list[int], by_mention: dict[int, Entity], sent: Sentence,
                title_start: int, mentions: list[Mention], entities: list[Entity],
                local: list[int], head: str = "", post_place: Place | None = None,
                units: str = "") -> Entity | None:
    for i in reversed(insts):
        if i in by_mention:
            return by_mention[i]
    kind = _HEAD_KINDS.get(head)
    kept = [e for e in entities if e.keep or e.weak]
    if head in ("camat", "lurah") and post_place is not None and post_place.parent_code:
        # A camat serves the Pemkab/Pemkot of the kecamatan's kab/kota.
        gov = [e for e in kept if e.kind in ("PEMKAB", "PEMKOT") and e.place is not None
               and e.place.code == post_place.parent_code]
        if gov:
            return gov[0]
    if kind:
        same = [e for e in kept if e.kind == kind and (post_place is None or (
            e.place is not None and e.place.name == post_place.name))]
        if same:
            return same[0]
    # No institution in the post: the nearest one named before it in the sentence.
    before = [i for i in local if mentions[i].start < sent.start + title_start
              and i in by_mention]
    if before:
        return by_mention[before[-1]]
    if _IMMIGRATION_POST.search(units):
        order = ("KANWIL", "KANIM") if "divisi" in units.lower() else ("KANIM", "KANWIL")
        for k in order:
            offices = [e for e in kept if e.kind == k]
            if offices:
                return max(offices, key=lambda e: len(e.mentions))
    after = [i for i in local if i in by_mention]
    if after:
        return by_mention[after[0]]
    return max(kept, key=lambda e: len(e.mentions)) if kept else None
