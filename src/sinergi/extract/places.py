"""Place names after an institution word, read with the shared gazetteer.

``scan(text, pos, levels)`` reads the longest known place starting at ``pos``
("Pemkab |Kutai Kartanegara|", "Kanwil Kemenkumham |Kalsel|", "Bupati |Lebak| Iti
Octavia"), allowing a written designation ("Kabupaten", "Kota", "Provinsi", "Kec.")
and a short parenthetical abbreviation before it. Places are canonical short names
("Kalsel" -> "Kalimantan Selatan"). Kantor Imigrasi places that are not regions
("Ngurah Rai", "Sumbawa Besar") are read as written when ``unknown`` is allowed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..reference.gazetteer import Gazetteer, data_root, load_gazetteer, norm
from .lexicon import words

PROVINCE, REGENCY, CITY, DISTRICT = "province", "regency", "city", "district"
GOV = frozenset({PROVINCE, REGENCY, CITY})
KABKOTA = frozenset({REGENCY, CITY})
ANY = frozenset({PROVINCE, REGENCY, CITY, DISTRICT})
DESIGNATION = {REGENCY: "Kabupaten", CITY: "Kota", PROVINCE: "Provinsi", DISTRICT: "Kecamatan"}

_DESIGNATOR = re.compile(
    r"(?P<d>(?i:kabupaten\s+administrasi|kota\s+administrasi|kota\s+adm\.?|"
    r"kabupaten|kab\.|kab|kota|provinsi|prov\.|prov|kecamatan|kec\.|kec|distrik|"
    r"tingkat\s+kabupaten|tingkat\s+kota|tingkat\s+provinsi|tingkat\s+kecamatan|"
    r"wilayah|se-?))\s+"
)
_DESIGNATOR_LEVELS = {
    "kabupaten": frozenset({REGENCY}), "kab": frozenset({REGENCY}), "kota": frozenset({CITY}),
    "provinsi": frozenset({PROVINCE}), "prov": frozenset({PROVINCE}),
    "kecamatan": frozenset({DISTRICT}), "kec": frozenset({DISTRICT}),
    "distrik": frozenset({DISTRICT}),
}
_WORD = re.compile(r"[A-Z][A-Za-z'’\-]*|[a-z]+")
_PAREN = re.compile(r"\s*\((?P<abbr>[^()\n]{1,30})\)")
_DIRECTIONS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya",
                         "laut", "besar", "baru", "raya", "hulu", "hilir", "darat"})
# Capitalised words that end a place: institution words, days, titles, connectors.
STOP_WORDS = words(
    """kantor kepala dinas badan kelas klas tpi non imigrasi wilayah kanwil pemkab pemkot pemko
    pemprov pemerintah pemda bupati walikota wali gubernur kabupaten kota provinsi tim rapat
    dalam di dan yang pada ri republik indonesia sekretaris sekda ketua direktur dirjen
    kementerian kemenkumham jalan jl senin selasa rabu kamis jumat sabtu minggu januari februari
    maret april mei juni juli agustus september oktober november desember bersama beserta serta
    dengan untuk melalui saat ketika tersebut itu ini kakanwil kakanim kadiv kabid kasi kabag
    wakil plt pj dprd setda polres polda kodim mpp timpora ulp ukk unit kecamatan desa
    kelurahan hotel aula gedung ruang the of and ibu bapak pak bu""")


@dataclass(frozen=True)
class Place:
    name: str  # canonical short name of the region: "Kutai Kartanegara", "Tanah Bumbu"
    level: str | None  # None: read as written, unknown to the gazetteer
    code: str | None
    province_code: str | None
    parent_code: str | None = None
    town: str | None = None  # the town written, when not the region's name: "Batulicin"

    def as_town(self) -> Place:
        """The place as an office names it: Kantor Imigrasi *Batulicin*, not Tanah Bumbu."""
        return replace(self, name=self.town) if self.town else self


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@lru_cache(maxsize=20000)
def lookup(written: str, levels: frozenset[str]) -> Place | None:
    """The place ``written`` names at one of ``levels`` (first: province, kab/kota, kecamatan)."""
    g = gazetteer()
    hits = [r for r in g.find_regions(written) if r.level in levels]
    if not hits:
        return None
    # A kab/kota shares its name with many kecamatan: prefer the higher level.
    r = hits[0]
    name, town = r.short_name, None
    alias_place = g.place_name(written)
    if alias_place and alias_place != name and any(
        x.code == r.code for x in g.find_regions(alias_place)
    ):
        if norm(alias_place) == norm(name):
            name = alias_place  # a spelling of the region's name: "Kotabaru"
        else:
            town = alias_place  # a town of the region: "Batulicin" in Tanah Bumbu
    return Place(name, r.level, r.code, r.province_code, r.parent_code, town)


def levels_of(written: str) -> frozenset[str]:
    return frozenset(r.level for r in gazetteer().find_regions(written))


_VERB_AFTER = re.compile(r"\s+(?:me|di|ber|ter)[a-z]{3,}")


def _candidates(text: str, pos: int, max_parts: int) -> list[tuple[str, int]]:
    """(phrase, end) for 1..max_parts capitalised parts from ``pos``, longest first."""
    out: list[tuple[str, int]] = []
    i = pos
    parts: list[str] = []
    while len(parts) < max_parts:
        m = _WORD.match(text, i)
        if not m:
            break
        w = m.group()
        if w[0].islower() and not (parts and w in _DIRECTIONS):
            break
        if w == "tengah" and _VERB_AFTER.match(text, m.end()):
            break  # "Kantor Imigrasi Balikpapan tengah menyusun ...": "now", no direction
        if w.lower() in STOP_WORDS and not (parts and w.lower() in _DIRECTIONS):
            break
        head, hyphen, rest = w.partition("-")
        if hyphen and head and rest[:1].isupper():
            # "Pemkab Aceh Barat-Imigrasi Meulaboh" (a headline pairing two parties):
            # the name may end at the hyphen; "Toli-Toli" is tried whole first.
            out.append((" ".join(parts + [head]), m.start() + len(head)))
        parts.append(w)
        out.append((" ".join(parts), m.end()))
        nxt = m.end()
        if nxt < len(text) and text[nxt] in " \t\xa0":
            i = nxt + 1
        else:
            break
    out.reverse()
    return out


def _try(phrase: str, levels: frozenset[str]) -> Place | None:
    hit = lookup(phrase, levels)
    if hit:
        return hit
    # "Kepulauan Babel" -> "Babel"; "Meranti" -> "Kepulauan Meranti".
    if phrase.startswith("Kepulauan "):
        return lookup(phrase[len("Kepulauan "):], levels)
    if REGENCY in levels:
        hit = lookup("Kepulauan " + phrase, frozenset({REGENCY}))
        if hit:
            return hit
    return None


def scan(text: str, pos: int, levels: frozenset[str] = GOV, *, unknown: bool = False,
         designator: bool = True, max_words: int = 4, bare_district: bool = False,
         district_first: bool = False) -> tuple[Place, int, str | None] | None:
    """(place, end, written designation) of the place starting at ``pos``, if any."""
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    m = _PAREN.match(text, i)
    if m:  # "Pemerintah Kota (Pemko) Banjarmasin"
        i = m.end()
        while i < len(text) and text[i] == " ":
            i += 1
    written = None
    allowed = levels
    if designator:
        d = _DESIGNATOR.match(text, i)
        if d:
            word = d.group("d").lower().rstrip(".").split()[-1].rstrip("-")
            restricted = _DESIGNATOR_LEVELS.get(word)
            if restricted is not None:
                allowed = restricted if (restricted & levels or word in ("kecamatan", "kec")) \
                    else levels
                written = word
            i = d.end()
    for phrase, end in _candidates(text, i, max_words):
        hit = None
        if district_first and DISTRICT in allowed:  # "Polsek Entikong": the kecamatan
            hit = lookup(phrase, frozenset({DISTRICT}))
        hit = hit or _try(phrase, allowed)
        if hit is None and allowed is not levels:
            hit = _try(phrase, levels)
        # A lone capitalised word that is only some kecamatan's name is too weak
        # ("Ibu", "Tengah") unless the text says "Kecamatan".
        if hit and hit.level == DISTRICT and not (bare_district or written in ("kecamatan", "kec",
                                                                               "distrik")):
            hit = None
        if hit:
            return hit, end, written
    if unknown:
        cands = _candidates(text, i, 3)
        if cands and cands[0][0].split()[0].lower() not in HEADLINE_VERBS:
            phrase, end = cands[-1] if len(cands) > 2 else cands[0]
            return Place(phrase, None, None, None), end, written
    return None


# Headlines capitalise the bare verb after the subject ("Kantor Imigrasi Bentuk Tim") and
# every word after it ("UKK Jadi Ujung Tombak"): such a word is not the unknown town of an
# office.
HEADLINE_VERBS = words("""bentuk gelar kukuhkan teken tandatangani jalin terima sambut
    resmikan dukung perkuat tingkatkan lakukan sosialisasikan bahas buka hadirkan luncurkan
    serahkan beri berikan ajak minta raih siapkan usulkan tinjau awasi amankan periksa jaring
    deportasi temukan kawal pantau catat gandeng bangun buka layani jemput imbau ingatkan
    gencarkan optimalkan evaluasi rapatkan audiensi kunjungi sepakati
    jadi siap segera resmi bakal akan kini mulai makin semakin tetap belum sudah telah masih
    harus perlu untuk dan dari dengan yang kembali tertunda ditunda batal dibuka ditutup tutup
    beroperasi diresmikan hadir naik lagi""")


def extend_town(text: str, place: Place, end: int) -> tuple[Place, int]:
    """'Sumbawa' + ' Besar' -> 'Sumbawa Besar': a town named after its regency."""
    m = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if m and m.group().lower() in _DIRECTIONS and m.group()[0].isupper():
        return Place(f"{place.name} {m.group()}", None, None, place.province_code), m.end()
    return place, end


@lru_cache(maxsize=4096)
def namesakes(name: str) -> tuple[Place, ...]:
    """Every kab/kota called ``name`` ("Banjar": a kabupaten in Kalsel, a kota in Jabar)."""
    return tuple(Place(r.short_name, r.level, r.code, r.province_code, r.parent_code)
                 for r in gazetteer().find_regions(name) if r.level in KABKOTA)


# Kantor Imigrasi named after an airport, a port or a town that is no region's name; the
# office register adds the towns of every Kanim it holds (``register_towns``).
KANIM_TOWNS = (
    "Ngurah Rai", "Soekarno-Hatta", "Soekarno Hatta", "Tanjung Perak", "Tanjung Priok",
    "Belawan", "Polonia", "Selatpanjang", "Bagan Siapiapi", "Bagansiapiapi", "Tanjung Uban",
    "Tanjung Balai Karimun", "Tanjungbalai Karimun", "Dabo Singkep", "Tarempa", "Ranai",
    "Sumbawa Besar", "Labuan Bajo", "Atambua", "Tahuna", "Juanda", "Kualanamu",
    "Tanjung Balai Asahan", "Tanjungbalai Asahan",
)
# "Tanjung" is often shortened to "Tj." or "Tg." ("Imigrasi Tj Balai Asahan").
_TANJUNG = r"(?:Tanjung|Tj\.?|Tg\.?)\s*"


@lru_cache(maxsize=1)
def register_towns() -> tuple[str, ...]:
    """The towns Kanim are named after ("Kuala Tungkal", "Belakang Padang"), from the
    office register, that are no kab/kota's name: the scan of region names alone
    reads "Kantor Imigrasi Kuala Tungkal" as an unknown "Kuala"."""
    with (data_root() / "offices.csv").open(encoding="utf-8") as f:
        places = {row["place"] for row in csv.DictReader(f) if row["kind"] == "KANIM"}
    return tuple(sorted(p for p in places if p and not namesakes(p)))


@lru_cache(maxsize=1)
def _kanim_towns() -> tuple[tuple[str, ...], re.Pattern[str]]:
    towns = tuple(dict.fromkeys(KANIM_TOWNS + register_towns()))
    rx = re.compile(r"\s*(" + "|".join(
        re.escape(k).replace(r"Tanjung\ ", _TANJUNG) for k in sorted(
            towns, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    return towns, rx


def _short_tanjung(written: str) -> str:
    return re.sub(r"^(?:Tj|Tg)\.?\s*", "Tanjung ", written, flags=re.IGNORECASE)


def kanim_town(text: str, pos: int) -> tuple[Place, int] | None:
    towns, rx = _kanim_towns()
    m = rx.match(text, pos)
    if not m or not m.group(1)[0].isupper():
        return _town_by_letters(text, pos)
    written = " ".join(_short_tanjung(m.group(1)).split())
    name = next((k for k in towns if k.lower() == written.lower()), None)
    if name is None:
        return None
    return Place(name, None, None, None), m.end()


_TOWN_WORDS = re.compile(r"\s*([A-Z][A-Za-z\-]*)(?:\s+([A-Z][A-Za-z\-]*))?")


@lru_cache(maxsize=1)
def _towns_by_letters() -> dict[str, str]:
    return {norm(t): t for t in _kanim_towns()[0]}


def _town_by_letters(text: str, pos: int) -> tuple[Place, int] | None:
    """ "Imigrasi Bagansiapi-api", "Bagan Siapi-api": a town of the register spelled with
    its reduplication hyphenated or its words apart, read by its letters."""
    m = _TOWN_WORDS.match(text, pos)
    if m is None or "-" not in m.group(0):
        return None
    by_letters = _towns_by_letters()
    for end, letters in ((m.end(), norm(m.group(0))), (m.end(1), norm(m.group(1)))):
        if letters in by_letters:
            return Place(by_letters[letters], None, None, None), end
    return None


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """Lower-case first words of every region name and alias: a cheap test before a scan."""
    out = set()
    for written, _ in gazetteer().written_forms():
        for name in (written, written.replace("Kabupaten ", "").replace("Kota ", "")):
            parts = name.split()
            if parts:
                out.add(parts[0].lower())
    return frozenset(out)


# "Kepala Desa Masbagik Selatan Wiryawan", "Sekretaris Desa Mukuvoka, Nikolaus Redo":
# villages are not in the gazetteer; their name after "Desa" is one word, or runs to a
# direction word, or to a comma.
VILLAGE = frozenset({"desa", "kelurahan", "kampung", "nagari", "gampong", "pekon"})
_VILLAGE_TURN = frozenset({"utara", "selatan", "timur", "barat", "tengah", "baru", "lama",
                           "jaya", "raya", "hilir", "hulu", "ilir", "ulu", "induk"})
_CAP_WORD = re.compile(r"\s+([A-Z][\w'-]*)")


def village_after(t: str, pos: int) -> tuple[list[str], int]:
    """The words of a village's name written after "Desa" at ``pos``, and where it ends."""
    words: list[str] = []
    ends: list[int] = []
    while (m := _CAP_WORD.match(t, ends[-1] if ends else pos)) is not None and len(words) < 4:
        words.append(m.group(1))
        ends.append(m.end())
    if not words:
        return [], pos
    if t[ends[-1]:ends[-1] + 1] == ",":
        keep = len(words)  # "Kelurahan Sungai Pinang Dalam, Budi": the comma ends the name
    else:
        turn = next((i for i, w in enumerate(words) if w.lower() in _VILLAGE_TURN), None)
        keep = turn + 1 if turn is not None and turn + 1 < len(words) else 1
    return words[:keep], ends[keep - 1]
