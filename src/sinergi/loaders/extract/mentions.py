"""Institution mentions in a sentence: the grammar of Indonesian government names.

Each rule is a keyword pattern ("Pemkab", "Kantor Imigrasi Kelas II TPI", "Kanwil
Kemenkumham", "Dinas Pendidikan dan Kebudayaan", "Polres", "Kodim 0204/") followed by a
place read with the gazetteer (``places.scan``). A mention without a place is kept as
*generic*; the article-level resolver gives it the place the story is about, or drops
it. Overlapping matches keep the longest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from . import lexicon, places
from .places import ANY, CITY, DISTRICT, GOV, KABKOTA, PROVINCE, REGENCY, Place
from .sentences import Sentence


@dataclass
class Mention:
    kind: str
    body: str  # the body without its place: "Dinas Pariwisata", "Kantor Imigrasi Kelas I TPI"
    place: Place | None
    start: int  # offsets in the article text
    end: int
    sentence: int
    generic: bool = False
    family: str | None = None  # KANWIL: kumham | dji | kemenag | None (not said)
    implied: bool = False  # read from a post ("Bupati Lebak" -> Pemkab Lebak)
    central: bool = False  # a national body: kept only when it acts in the story
    flags: set[str] = field(default_factory=set)  # venue, quote, planned, company, pemda
    written: str | None = None  # written designation: kabupaten | kota | provinsi ...

    @property
    def surface_span(self) -> tuple[int, int]:
        return self.start, self.end


Rule = Callable[[str, Sentence], Iterator[Mention]]
# (trigger words, rule): a rule runs only on sentences with one of its words (lower
# case), which keeps the regexes off most sentences.
RULES: list[tuple[frozenset[str], Rule]] = []
LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORDS = re.compile(r"[a-z0-9]+")


def rule(*beginnings: str) -> Callable[[Rule], Rule]:
    def register(func: Rule) -> Rule:
        RULES.append((frozenset(beginnings), func))
        return func

    return register


def sentence_words(low: str) -> set[str]:
    return set(_WORDS.findall(low))


def _m(
    kind: str,
    body: str,
    place: Place | None,
    s: int,
    e: int,
    sent: Sentence,
    *,
    nullplace: bool = False,
    family: str | None = None,
    implied: bool = False,
    central: bool = False,
    flags: set[str] | None = None,
    written: str | None = None,
) -> Mention:
    """A mention at sentence offsets ``s:e``; ``nullplace``: a body with no place."""
    return Mention(
        kind,
        body,
        place,
        sent.start + s,
        sent.start + e,
        sent.index,
        generic=place is None and kind != "NON_GOV" and not nullplace,
        family=family,
        implied=implied,
        central=central,
        flags=flags or set(),
        written=written,
    )


def _place(
    t: str, pos: int, levels: frozenset[str] = GOV, **kw: bool
) -> tuple[Place | None, int, str | None]:
    hit = places.scan(t, pos, levels, **kw)
    return (hit[0], hit[1], hit[2]) if hit else (None, pos, None)


# --- regional government ---------------------------------------------------------------

_GOV = re.compile(
    r"\b(?P<kw>(?i:pemerintah\s+daerah\s+provinsi|pemerintah\s+provinsi|pemprov|"
    r"pemerintah\s+daerah\s+kabupaten|pemerintah\s+kabupaten|pemkab|"
    r"pemerintah\s+daerah\s+kota|pemerintah\s+kota|pemkot|pemko|pemerintah\s+daerah|pemda)"
    r"|Pemerintah)\b"
)
_GOV_KIND = {
    "provinsi": ("PEMPROV", frozenset({PROVINCE})),
    "pemprov": ("PEMPROV", frozenset({PROVINCE})),
    "kabupaten": ("PEMKAB", frozenset({REGENCY})),
    "pemkab": ("PEMKAB", frozenset({REGENCY})),
    "kota": ("PEMKOT", frozenset({CITY})),
    "pemkot": ("PEMKOT", frozenset({CITY})),
    "pemko": ("PEMKOT", frozenset({CITY})),
}
_SETEMPAT = re.compile(r"\s+(?:setempat|daerah\s+setempat)\b", re.IGNORECASE)


def gov_kind(place: Place | None, default: str = "PEMKAB") -> str:
    if place is None or place.level is None:
        return default
    return {PROVINCE: "PEMPROV", REGENCY: "PEMKAB", CITY: "PEMKOT"}.get(place.level, default)


@rule(
    "pemerintah",
    "pemkab",
    "pemkot",
    "pemko",
    "pemprov",
    "pemda",
)
def government(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _GOV.finditer(t):
        kw = m.group("kw").lower().split()[-1]
        kind, levels = _GOV_KIND.get(kw, ("PEMDA", GOV))
        place, end, written = _place(t, m.end(), levels)
        if place is None and kind != "PEMDA":
            # "Pemkab Meranti" when the alias is missing: try any level, keep the kind.
            place, end, written = _place(t, m.end(), GOV)
        if kind == "PEMDA":
            if place is None:
                s = _SETEMPAT.match(t, m.end())
                if not s and m.group("kw") == "Pemerintah":
                    continue
                if s:
                    end = s.end()
                yield _m("PEMDA", "Pemerintah Daerah", None, m.start(), end, sent, flags={"pemda"})
                continue
            if place.level not in GOV:
                continue
            kind = gov_kind(place)
        yield _m(kind, "Pemerintah", place, m.start(), end, sent, written=written)


_HEAD = re.compile(
    r"\b(?P<kw>(?i:wakil\s+bupati|bupati|wabup|wakil\s+wali\s*kota|wali\s*kota|wako|wawali|"
    r"wawako|wakil\s+gubernur|gubernur|wagub|sekretaris\s+kota|sekot|sekkot|"
    r"sekretaris\s+kabupaten|sekkab))\b"
)


@rule(
    "bupati",
    "wabup",
    "wali",
    "walikota",
    "wako",
    "wawali",
    "wawako",
    "gubernur",
    "wagub",
    "sekretaris",
    "sekertaris",
    "sekot",
    "sekkot",
    "sekkab",
)
def heads(t: str, sent: Sentence) -> Iterator[Mention]:
    """A regional head's post names the government: "Bupati Lebak" -> Pemkab Lebak."""
    for m in _HEAD.finditer(t):
        kw = m.group("kw").lower()
        if "bupati" in kw or "wabup" in kw or "kabupaten" in kw or kw == "sekkab":
            kind, levels = "PEMKAB", frozenset({REGENCY})
        elif "gubernur" in kw or kw == "wagub":
            kind, levels = "PEMPROV", frozenset({PROVINCE})
        else:
            kind, levels = "PEMKOT", frozenset({CITY})
        place, end, _ = _place(t, m.end(), levels, designator=False)
        if place is None:
            place, end, _ = _place(t, m.end(), GOV, designator=False)
            if place is not None and place.level not in levels:
                kind = gov_kind(place, kind)
        yield _m(kind, "Pemerintah", place, m.start(), end, sent, implied=True)


_POST = re.compile(
    r"\b(?P<kw>Kapolda|Kapolresta(?:bes)?|Kapolres|Kapolsek(?:ta)?|Dandim|Danrem|Pangdam|Danramil|"
    r"Danlanal|Danlanud|Kajari|Kajati|Kasatpol\s+PP)\b"
)
_POST_KIND = {
    "kapolda": ("POLRI", "Kepolisian Daerah"),
    "kapolres": ("POLRI", "Kepolisian Resor"),
    "kapolresta": ("POLRI", "Kepolisian Resor Kota"),
    "kapolrestabes": ("POLRI", "Kepolisian Resor Kota Besar"),
    "kapolsek": ("POLRI", "Kepolisian Sektor"),
    "kapolsekta": ("POLRI", "Kepolisian Sektor Kota"),
    "dandim": ("TNI", "Komando Distrik Militer"),
    "danrem": ("TNI", "Komando Resor Militer"),
    "pangdam": ("TNI", "Komando Daerah Militer"),
    "danramil": ("TNI", "Komando Rayon Militer"),
    "danlanal": ("TNI", "Pangkalan TNI Angkatan Laut"),
    "danlanud": ("TNI", "Pangkalan TNI Angkatan Udara"),
    "kajari": ("KEJAKSAAN", "Kejaksaan Negeri"),
    "kajati": ("KEJAKSAAN", "Kejaksaan Tinggi"),
    "kasatpol pp": ("BADAN", "Satuan Polisi Pamong Praja"),
}
_MINISTER = re.compile(
    r"\b(?:(?i:wakil\s+menteri|menteri|wamen)\s+(?:Imigrasi\s+dan\s+Pemasyarakatan|Imipas|"
    r"Hukum\s+dan\s+(?:HAM|Hak\s+Asasi\s+Manusia))|Menkumham|Menimipas)\b"
)


@rule(
    "kapolda",
    "kapolresta",
    "kapolrestabes",
    "kapolres",
    "kapolsek",
    "kapolsekta",
    "dandim",
    "danrem",
    "pangdam",
    "danramil",
    "danlanal",
    "danlanud",
    "kajari",
    "kajati",
    "kasatpol",
    "menteri",
    "wamen",
    "menkumham",
    "menimipas",
)
def posts(t: str, sent: Sentence) -> Iterator[Mention]:
    """A post names its office: "Kapolres Tarakan" -> Polres Tarakan."""
    for m in _POST.finditer(t):
        kind, body = _POST_KIND[" ".join(m.group("kw").lower().split())]
        levels = ANY if body.endswith(("Sektor", "Sektor Kota", "Rayon Militer")) else GOV
        start = m.end()
        number = re.match(r"\s*(\d{2,4})\s*/", t[start:])
        if number:  # "Dandim 1007/Banjarmasin"
            body, start = f"{body} {number.group(1)}/", start + number.end()
        place, end, _ = _place(t, start, levels, bare_district=levels is ANY)
        if place is not None:
            yield _m(kind, body, place, m.start(), end, sent, implied=True)
    for m in _MINISTER.finditer(t):
        body = (
            "Kementerian Hukum dan HAM"
            if "hukum" in m.group().lower() or "kum" in m.group().lower()
            else "Kementerian Imigrasi dan Pemasyarakatan"
        )
        yield _m(
            "IMIGRASI_PUSAT",
            body,
            None,
            m.start(),
            m.end(),
            sent,
            central=True,
            nullplace=True,
            implied=True,
        )


_SETDA = re.compile(
    r"\b(?i:sek(?:re|er)taris\s+daerah|sekda|sekdakab|sekdako|sekdaprov|setda|setdako|setdakot|"
    r"setdakab|setdaprov|sekretariat\s+daerah)\b"
)
_BAGIAN = re.compile(r"\b(?P<unit>Bagian|Biro|Kabag|Kabiro|Kepala\s+(?:Bagian|Biro))\s+(?=[A-Z])")
_TAPEM = {
    "tapem": "Tata Pemerintahan",
    "pem": "Pemerintahan",
    "humas": "Humas",
    "kerma": "Kerja Sama",
    "orta": "Organisasi dan Tata Laksana",
}
_NOT_REGIONAL = re.compile(
    r"\s*(?:(?:Sub\s*)?Bagian\s+[\w-]+\s+)?(?:Direktorat|Kementerian|"
    r"Kantor\s+(?:Imigrasi|Wilayah)|Kanwil|Ditjen|Kemen)",
    re.IGNORECASE,
)
_SETDA_ORG = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:Setda\w*|Sekretariat\s+Daerah|Pemkab|"
    r"Pemkot|Pemko|Pemerintah\s+(?:Kabupaten|Kota))\b"
)


@rule(
    "sekretaris",
    "sekertaris",
    "sekda",
    "sekdakab",
    "sekdako",
    "sekdaprov",
    "setda",
    "setdako",
    "setdakot",
    "setdakab",
    "setdaprov",
    "sekretariat",
    "bagian",
    "biro",
    "kabiro",
    "kabag",
)
def setda(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _SETDA.finditer(t):
        place, end, written = _place(t, m.end(), GOV)
        post = m.group().lower().startswith("sek") and "sekretariat" not in m.group().lower()
        yield _m(
            "SETDA",
            "Sekretariat Daerah",
            place,
            m.start(),
            end,
            sent,
            written=written,
            implied=post,
        )
        if post and place is not None:
            # A Sekda is an official of the Pemda: the government takes part too.
            gov = _m(gov_kind(place), "Pemerintah", place, m.start(), end, sent, implied=True)
            gov.flags.add("shadow")
            yield gov
    for m in _BAGIAN.finditer(t):
        unit, end = _field_words(t, m.end(), max_words=4)
        if not unit:
            continue
        unit = _TAPEM.get(unit.lower(), unit)
        paren = re.match(r"\s*\([^()]{1,25}\)", t[end:])
        if paren:
            end += paren.end()
        if _NOT_REGIONAL.match(t, end):
            continue
        org = _SETDA_ORG.match(t, end)
        if org:
            end = org.end()
        place, end, written = _place(t, end, GOV)
        yield _m(
            "SETDA",
            f"{'Biro' if 'iro' in m.group('unit') else 'Bagian'} {unit}",
            place,
            m.start() if t[m.start()] == "B" else m.start(),
            end,
            sent,
            written=written,
        )


def _field_words(t: str, pos: int, max_words: int = 8, commas: bool = False) -> tuple[str, int]:
    """Capitalised field words from ``pos`` ("Pendidikan dan Kebudayaan")."""
    words: list[str] = []
    end = pos
    for m in re.finditer(r"(,?\s*)([A-Za-z&][\w&-]*)", t[pos:]):
        if m.start() != end - pos:
            break
        sep, w = m.group(1), m.group(2)
        if "," in sep and not commas:
            break
        lw = w.lower()
        if lw in ("dan", "&") and words:
            words.append(w)
            end = pos + m.end()
            continue
        if not (w[0].isupper() and (lw in lexicon.FIELD_WORDS or lw in _TAPEM)):
            break
        if "," in sep:
            words.append(",")
        words.append(w)
        end = pos + m.end()
        if len([x for x in words if x not in (",", "dan", "&")]) >= max_words:
            break
    while words and words[-1].lower() in ("dan", "&", ","):
        words.pop()
        end = pos + t[pos:end].rstrip().rfind(" ") if " " in t[pos:end].strip() else pos
    text = " ".join(words).replace(" ,", ",")
    return text, end


# --- DPRD, Dinas, Badan, Kesbangpol, MPP ---------------------------------------------------

_DPRD = re.compile(r"\bDPRD\b|\b(?i:dewan\s+perwakilan\s+rakyat)(?:\s+(?i:daerah))?\b")


@rule(
    "dprd",
    "dewan",
)
def dprd(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DPRD.finditer(t):
        if re.match(r"\s*(?:RI|Republik)\b", t[m.end() :]):
            continue
        place, end, written = _place(t, m.end(), GOV)
        if place is None and m.group() != "DPRD":
            continue
        yield _m(
            "DPRD", "Dewan Perwakilan Rakyat Daerah", place, m.start(), end, sent, written=written
        )


_DINAS = re.compile(r"\b(?:Dinas|DINAS)\s+(?=[A-Z])")
_BADAN = re.compile(r"\bBadan\s+(?=[A-Z])")
_DINAS_ABBR = re.compile(r"(" + "|".join(sorted(lexicon.DINAS_FIELDS, key=len, reverse=True))
                         + r")\b")
_ABBR = re.compile(
    r"\b(?:Badan\s+|Kantor\s+)?(?P<a>"
    + "|".join(re.escape(a) for a in sorted(lexicon.AGENCY_ABBREVIATIONS, key=len, reverse=True))
    + r")\b(?P<trans>\s+dan\s+Transmigrasi)?"
)
_KESBANGPOL = re.compile(r"\b(?:Badan|Kantor)\s+Kesatuan\s+Bangsa\s+dan\s+Politik\b", re.IGNORECASE)
_SATPOL = re.compile(r"\bSatuan\s+Polisi\s+Pamong\s+Praja\b")


def _regional(kind: str, body: str, t: str, s: int, e: int, sent: Sentence) -> Mention:
    paren = re.match(r"\s*\([A-Za-z\-]{2,12}\)", t[e:])
    if paren:
        e += paren.end()
    place, end, written = _place(t, e, GOV)
    return _m(kind, body, place, s, end if place else e, sent, written=written)


@rule(
    "dinas",
    "badan",
    "kantor",
    "satuan",
    "disdukcapil",
    "dukcapil",
    "dpmptsp",
    "dpm",
    "dpmpptsp",
    "disnakertrans",
    "disnaker",
    "disnakerin",
    "dispar",
    "disparbud",
    "disbudpar",
    "disporapar",
    "dispora",
    "diskominfo",
    "diskominfotik",
    "dinkes",
    "disdik",
    "disdikbud",
    "dishub",
    "disperindag",
    "dinsos",
    "dpmd",
    "satpol",
    "bappeda",
    "bapenda",
    "bpbd",
    "bpkad",
    "bkpsdm",
    "kesbangpol",
    "bakesbangpol",
    "kesbangpolinmas",
)
def agencies(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DINAS.finditer(t):
        words, end = _field_words(t, m.end(), commas=True)
        if not words:
            abbr = _DINAS_ABBR.match(t, m.end())
            if abbr:  # "Dinas ESDM"
                words = lexicon.DINAS_FIELDS.get(abbr.group(1), abbr.group(1))
                end = abbr.end()
        if words:
            yield _regional("DINAS", f"Dinas {words}", t, m.start(), end, sent)
    for m in _KESBANGPOL.finditer(t):
        yield _regional(
            "KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", t, m.start(), m.end(), sent
        )
    for m in _BADAN.finditer(t):
        words, end = _field_words(t, m.end())
        if not words:
            continue
        if re.match(r"\s+Daerah\b", t[end:]):
            end += len(re.match(r"\s+Daerah\b", t[end:]).group())  # type: ignore[union-attr]
            words += " Daerah"
        yield _regional("BADAN", f"Badan {words}", t, m.start(), end, sent)
    for m in _SATPOL.finditer(t):
        yield _regional("BADAN", "Satuan Polisi Pamong Praja", t, m.start(), m.end(), sent)
    for m in _ABBR.finditer(t):
        kind, body = lexicon.AGENCY_ABBREVIATIONS[m.group("a")]
        if m.group("trans") and "Transmigrasi" not in body:
            body += " dan Transmigrasi"
        yield _regional(kind, body, t, m.start(), m.end(), sent)


_MPP = re.compile(r"\b(?i:mal|mall)\s+(?i:pelayanan\s+publik)\b|\bMPP\b")


@rule(
    "mal",
    "mall",
    "mpp",
)
def mpp(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _MPP.finditer(t):
        place, end, written = _place(t, m.end(), GOV)
        yield _m(
            "MPP",
            "Mal Pelayanan Publik",
            place,
            m.start(),
            end if place else m.end(),
            sent,
            written=written,
        )


# --- immigration ------------------------------------------------------------------------

_LAW = (
    r"(?:Kement[ae]?rian|Kemen)\s+Hukum\s+dan\s+(?:HAM|Hak\s+Asasi\s+Manusia)"
    r"(?:\s*\((?:HAM|Kemenkumham|Kemenkum\s*HAM)\))?"
    r"|Kem(?:en)?(?:kum|hum)\s?(?:ham|kam)|Kumham|Kemenkum"
)
_DJI = (
    r"(?:Direktorat|Direktur)\s+Jend(?:e)?ral\s+(?:Imigrasi|Keimigrasian)"
    r"|Ditjen\s*(?:Imigrasi|im)|Dirjen\s+Imigrasi|Ditjenim"
)
_KEMENAG = r"Kementerian\s+Agama|Kemenag"
_KANWIL = re.compile(
    r"\b(?i:kantor\s+wilayah|kanwil|kakanwil)(?:\s*\((?i:kanwil)[^()]{0,20}\))?\s+"
    r"(?:(?P<law>(?i:" + _LAW + r"))|(?P<dji>(?i:" + _DJI + r"|imigrasi|keimigrasian|"
    r"kemenimipas|imipas|kementerian\s+imigrasi\s+dan\s+pemasyarakatan))"
    r"|(?P<kemenag>(?i:" + _KEMENAG + r")))?"
)
_LAW_ALONE = re.compile(r"\b(?i:" + _LAW + r")\b")
_DJI_ALONE = re.compile(r"\b(?i:" + _DJI + r")\b")
_KEMENAG_ALONE = re.compile(r"\b(?:Kantor\s+)?(?i:" + _KEMENAG + r")\b")
_DIVISI = re.compile(r"\b(?i:divisi\s+(?:keimigrasian|imigrasi)|kadivim)\b")
_IMIPAS = re.compile(
    r"\b(?i:kementerian\s+imigrasi\s+dan\s+pemasyarakatan|kementerian\s+imipas)"
    r"(?:\s*\((?:Imipas|Kemenimipas|KIP)\))?|\bKemenimipas\b|\bImipas\b"
)
_RI = re.compile(r"\s*(?:\(?RI\)?|Republik\s+Indonesia)(?=\W|$)")
_WILAYAH = re.compile(r"\s+(?:wilayah|Wilayah)\b")


def _after(t: str, pos: int, pattern: re.Pattern[str]) -> int:
    m = pattern.match(t, pos)
    return m.end() if m else pos


def _province(t: str, pos: int) -> tuple[Place | None, int]:
    pos = _after(t, pos, _RI)
    pos = _after(t, pos, _WILAYAH)
    place, end, _ = _place(t, pos, frozenset({PROVINCE}))
    return place, end


@rule(
    "kantor",
    "kanwil",
    "kakanwil",
    "kementerian",
    "kementrian",
    "kementarian",
    "kemen",
    "kemenkumham",
    "kemenkum",
    "kemkumham",
    "kemkum",
    "kemenhumkam",
    "kemenhum",
    "kemhum",
    "kumham",
    "kemenag",
    "direktorat",
    "direktur",
    "ditjen",
    "ditjenim",
    "dirjen",
    "divisi",
    "kadivim",
    "imipas",
    "kemenimipas",
)
def kanwil(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _KANWIL.finditer(t):
        family = (
            "kumham"
            if m.group("law")
            else "dji"
            if m.group("dji")
            else "kemenag"
            if m.group("kemenag")
            else None
        )
        place, end = _province(t, m.end())
        if family == "kemenag" and place is None:
            place, end, _ = _place(t, m.end(), KABKOTA)
        if family is None and place is None and m.group().strip().lower() == "kakanwil":
            end = m.end()
        yield _m(
            "KANWIL",
            "Kantor Wilayah",
            place,
            m.start(),
            end if place else m.end(),
            sent,
            family=family,
        )
    for m in _LAW_ALONE.finditer(t):
        place, end = _province(t, m.end())
        if place is not None:
            yield _m("KANWIL", "Kantor Wilayah", place, m.start(), end, sent, family="kumham")
        else:
            yield _m(
                "IMIGRASI_PUSAT",
                "Kementerian Hukum dan HAM",
                None,
                m.start(),
                _after(t, m.end(), _RI),
                sent,
                central=True,
                nullplace=True,
            )
    for m in _DJI_ALONE.finditer(t):
        place, end = _province(t, m.end())
        if place is not None:
            yield _m("KANWIL", "Kantor Wilayah", place, m.start(), end, sent, family="dji")
        else:
            yield _m(
                "IMIGRASI_PUSAT",
                "Direktorat Jenderal Imigrasi",
                None,
                m.start(),
                _after(t, m.end(), _RI),
                sent,
                central=True,
                nullplace=True,
            )
    for m in _IMIPAS.finditer(t):
        yield _m(
            "IMIGRASI_PUSAT",
            "Kementerian Imigrasi dan Pemasyarakatan",
            None,
            m.start(),
            _after(t, m.end(), _RI),
            sent,
            central=True,
            nullplace=True,
        )
    for m in _DIVISI.finditer(t):
        place, end = _province(t, m.end())
        yield _m("KANWIL", "Kantor Wilayah", place, m.start(), end if place else m.end(), sent)
    for m in _KEMENAG_ALONE.finditer(t):
        if _RI.match(t, m.end()):
            continue
        place, end, written = _place(t, m.end(), GOV)
        yield _m(
            "KANWIL",
            "Kantor Kementerian Agama",
            place,
            m.start(),
            end if place else m.end(),
            sent,
            family="kemenag",
            written=written,
        )


_CLASS = (
    r"(?:\s*\((?i:kakanim|kanim)\))?(?:\s+(?i:kelas|klas|kls\.?)\s+(?P<cls>I{1,3}|[123])"
    r"(?:\s*[AB]\b)?)?(?P<khusus>\s+(?i:khusus))?(?P<tpi>\s+(?:(?i:non)[\s-]?TPI|TPI|"
    r"(?i:tempat\s+(?:pemeriksaan|pelayanan)\s+imigrasi))(?:\s*\(TPI\))?)?"
)
_KANIM = re.compile(
    r"\b(?P<kw>(?i:kantor\s+imigrasi|kantor\s+keimigrasian|kanim|kakanim))" + _CLASS + r"(?=\W|$)"
)
_IMIGRASI = re.compile(r"\b(?P<kw>Imigrasi|IMIGRASI)" + _CLASS + r"(?=\W|$)")
_NOT_KANIM_BEFORE = re.compile(
    r"(?i:direktorat\s+jend(?:e)?ral|ditjen|dirjen|direktur|kanwil|wilayah|divisi|binaan|desa|ukk|"
    r"unit\s+kerja|unit\s+kerja\s+kantor|kantor|layanan|pelayanan|pos|menteri|kementerian|bidang|"
    r"seksi|kerjasama|kerja\s+sama|petugas|pejabat|sistem|aplikasi|dan\s+pemasyarakatan)\s*$"
)
_ROMAN = {"1": "I", "2": "II", "3": "III"}


def kanim_body(m: re.Match[str]) -> str:
    body = "Kantor Imigrasi"
    if m.group("cls"):
        body += " Kelas " + _ROMAN.get(m.group("cls"), m.group("cls").upper())
    if m.group("khusus"):
        body += " Khusus"
    if m.group("tpi"):
        body += " Non TPI" if "non" in m.group("tpi").lower() else " TPI"
    return body


@rule(
    "kantor",
    "kanim",
    "kakanim",
    "imigrasi",
)
def kanim(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _KANIM.finditer(t):
        yield from _kanim_place(t, m, sent)
    for m in _IMIGRASI.finditer(t):
        if _NOT_KANIM_BEFORE.search(t[max(0, m.start() - 30) : m.start()]):
            continue
        if m.group("cls") or m.group("tpi"):
            yield from _kanim_place(t, m, sent)
            continue
        known = places.kanim_town(t, m.end())
        if known is not None:
            yield _m("KANIM", "Kantor Imigrasi", known[0], m.start(), known[1], sent,
                     flags={"imigrasi-x"})
            continue
        place, end, _ = _place(t, m.end(), ANY, designator=False, bare_district=True)
        if place is None:
            continue
        if place.level == PROVINCE:
            yield _m("KANWIL", "Kantor Wilayah", place, m.start(), end, sent, flags={"imigrasi-x"})
        else:
            yield _m("KANIM", "Kantor Imigrasi", place, m.start(), end, sent, flags={"imigrasi-x"})


def _kanim_place(t: str, m: re.Match[str], sent: Sentence) -> Iterator[Mention]:
    known = places.kanim_town(t, m.end())
    if known is not None:  # "Ngurah Rai", "Soekarno-Hatta": offices named after a port
        yield _m("KANIM", kanim_body(m), known[0], m.start(), known[1], sent)
        return
    hit = places.scan(
        t, m.end(), ANY, unknown=True, designator=False, max_words=3, bare_district=True
    )
    if hit is None:
        yield _m("KANIM", kanim_body(m), None, m.start(), m.end(), sent)
        return
    place, end = places.extend_town(t, hit[0], hit[1])
    yield _m("KANIM", kanim_body(m), place, m.start(), end, sent)


_ULP = re.compile(
    r"\b(?:(?i:unit\s+layanan\s+paspor|unit\s+kerja\s+kantor(?:\s+imigrasi|\s+keimigrasian)?|"
    r"unit\s+kerja\s+(?:imigrasi|keimigrasian)|unit\s+kantor|pos\s+(?:ukk\s+)?imigrasi|"
    r"pos\s+ukk|kantor\s+cabang\s+keimigrasian)|ULP|UKK(?:\s+(?i:imigrasi|keimigrasian))?)\b"
)
_PLANNED = re.compile(
    r"\b(?:akan|rencana\w*|berencana|direncanakan|pembentukan|pembangunan|membangun|"
    r"mendirikan|didirikan|usulan|mengusulkan|diusulkan|cikal\s+bakal|menyiapkan|disiapkan|"
    r"kajian|permohonan|permintaan|meminta|segera|nantinya|calon|embrio|menjajaki|"
    r"penjajakan|wacana|diwacanakan)\b",
    re.IGNORECASE,
)


@rule(
    "unit",
    "ulp",
    "ukk",
    "pos",
    "kantor",
)
def ulp(t: str, sent: Sentence) -> Iterator[Mention]:
    planned = bool(_PLANNED.search(t))
    for m in _ULP.finditer(t):
        end = m.end()
        paren = re.match(r"\s*\((?:ULP|UKK)\)(?:\s+(?:Imigrasi|Keimigrasian))?", t[end:])
        if paren:
            end += paren.end()
        place, pend, _ = _place(t, end, ANY, unknown=True)
        body = (
            "Unit Layanan Paspor"
            if "paspor" in m.group().lower() or m.group() == "ULP"
            else "Unit Kerja Kantor Imigrasi"
        )
        yield _m(
            "ULP",
            body,
            place,
            m.start(),
            pend if place else end,
            sent,
            flags={"planned"} if planned else set(),
        )


# --- Timpora ------------------------------------------------------------------------------

_TIMPORA = re.compile(
    r"\b(?i:tim\s+pengawasan\s+orang\s+asing|tim\s*pora)\b"
    r"(?:\s*\((?i:tim\s*pora)\))?(?:\s+(?:19|20)\d\d)?"
)
_TINGKAT = re.compile(r"\s+(?i:tingkat)\b")
_WHERE = re.compile(r"\b(?:di|wilayah|se-?)\s+(?=[A-Z]|(?i:kabupaten|kota|provinsi)\b)")
_KEC_AFTER = re.compile(r"^[^.;]{0,40}?\bkecamatan\b", re.IGNORECASE)
_KEC_BEFORE = re.compile(r"\bkecamatan\b[^.;]{0,40}$", re.IGNORECASE)
_LIST_START = re.compile(
    r"\b(?:yakni|yaitu|meliputi|antara\s+lain|di\s*antaranya)\b\s*:?\s*", re.IGNORECASE
)
_SETEMPAT_PROV = re.compile(r"\bprovinsi\s+setempat\b", re.IGNORECASE)


@rule(
    "tim",
    "timpora",
)
def timpora(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _TIMPORA.finditer(t):
        pos = _after(t, m.end(), _TINGKAT)
        place, end, written = _place(t, pos, ANY)
        if place is None:
            place, end = _timpora_where(t, m.end())
            flags = {"where"} if place else set()
            if place is None and _SETEMPAT_PROV.search(t):
                flags = {"province"}
            mention = _m(
                "TIMPORA",
                "Tim Pengawasan Orang Asing",
                place,
                m.start(),
                m.end(),
                sent,
                flags=flags,
            )
        else:
            mention = _m(
                "TIMPORA",
                "Tim Pengawasan Orang Asing",
                place,
                m.start(),
                end,
                sent,
                written=written,
            )
        if _KEC_AFTER.match(t[m.end() :]) or _KEC_BEFORE.search(
            t[max(0, m.start() - 40) : m.start()]
        ):
            mention.flags.add("kecamatan-list")
        yield mention


def _timpora_where(t: str, pos: int) -> tuple[Place | None, int]:
    """The kab/kota named in the clause after "Timpora" ("... di Kabupaten X")."""
    for w in _WHERE.finditer(t, pos):
        if w.start() - pos > 80:
            break
        place, end, _ = _place(t, w.end(), KABKOTA | {DISTRICT})
        if place is not None:
            return place, end
    return None, pos


def kecamatan_list(text: str) -> list[Place]:
    """Places of a list "yakni A, B, C dan D" / "Meliputi Kecamatan A, B dan C"."""
    m = _LIST_START.search(text)
    if not m:
        return []
    found: list[Place] = []
    for item in re.split(r",|\bdan\b|\bserta\b|/", text[m.end() :]):
        item = re.sub(r"^\s*(?i:kecamatan|kec\.)\s+", "", item).strip(" .;:")
        item = re.sub(r"\s+(?i:kota|kabupaten)$", "", item)
        if not item or not item[0].isupper():
            continue
        hit = places.scan(item, 0, ANY, max_words=4, bare_district=True)
        if hit and hit[1] >= len(item) - 1:
            found.append(hit[0])
    return found


# --- police, military, prosecutors, courts -------------------------------------------------

_POLRI = re.compile(
    r"\b(?P<kw>Polda|Polresta(?:bes)?|Polres|Polsek(?:ta)?|(?i:kepolisian\s+daerah|"
    r"kepolisian\s+resor\s+kota\s+besar|kepolisian\s+resor\s+kota|kepolisian\s+resor|"
    r"kepolisian\s+sektor))\b"
)
_POLRI_BODY = {
    "polda": "Kepolisian Daerah",
    "polresta": "Kepolisian Resor Kota",
    "polrestabes": "Kepolisian Resor Kota Besar",
    "polres": "Kepolisian Resor",
    "polsek": "Kepolisian Sektor",
    "polsekta": "Kepolisian Sektor Kota",
}
_POLRI_GENERIC = re.compile(
    r"\bPolri\b|\bPOLRI\b|\b(?i:kepolisian)\b(?!\s+(?i:daerah|resor|sektor))"
)
_TNI = re.compile(
    r"\b(?P<kw>Kodam|Korem|Kodim|Koramil|Lanal|Lanud|Lantamal|Yonif|Kodaeral)\b"
    r"(?P<num>\s*[IVX]*\s*\d{0,4})(?P<slash>\s*/\s*)?"
)
_UNIT_NAME = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")
_TNI_BODY = {
    "kodam": "Komando Daerah Militer",
    "korem": "Komando Resor Militer",
    "kodim": "Komando Distrik Militer",
    "koramil": "Komando Rayon Militer",
    "lanal": "Pangkalan TNI Angkatan Laut",
    "lanud": "Pangkalan TNI Angkatan Udara",
    "lantamal": "Pangkalan Utama TNI Angkatan Laut",
    "yonif": "Batalyon Infanteri",
    "kodaeral": "Komando Daerah TNI Angkatan Laut",
}
_TNI_GENERIC = re.compile(r"\bTNI\b(?:\s+(?:AD|AL|AU))?")
_PAMTAS = re.compile(r"\b(?:Satgas\s+)?Pamtas\b|\b(?i:satuan\s+tugas\s+pengamanan\s+perbatasan)\b")
_KEJAKSAAN = re.compile(
    r"\b(?P<kw>(?i:kejaksaan\s+negeri|kejaksaan\s+tinggi|kejaksaan)|Kejari|"
    r"Kejati)\b(?!\s+Agung)"
)
_COURT = re.compile(r"\b(?i:pengadilan\s+(?:negeri|agama|tinggi|tata\s+usaha\s+negara))\b")


@rule(
    "polda",
    "polres",
    "polresta",
    "polrestabes",
    "polsek",
    "polsekta",
    "kepolisian",
    "polri",
    "kodam",
    "korem",
    "kodim",
    "koramil",
    "lanal",
    "lanud",
    "lantamal",
    "yonif",
    "kodaeral",
    "tni",
    "pamtas",
    "satgas",
    "satuan",
    "kejaksaan",
    "kejari",
    "kejati",
    "pengadilan",
)
def security(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _POLRI.finditer(t):
        kw = m.group("kw").lower()
        body = _POLRI_BODY.get(kw) or " ".join(w.capitalize() for w in kw.split())
        levels = ANY if "sektor" in body.lower() else GOV
        place, end, _ = _place(t, m.end(), levels, unknown="sektor" in body.lower())
        yield _m("POLRI", body, place, m.start(), end if place else m.end(), sent)
    for m in _POLRI_GENERIC.finditer(t):
        yield _m(
            "POLRI",
            "Kepolisian Negara Republik Indonesia",
            None,
            m.start(),
            m.end(),
            sent,
            flags={"generic-unit"},
        )
    has_unit = False
    for m in _TNI.finditer(t):
        has_unit = True
        place, end, _ = _place(t, m.end(), ANY)
        num = m.group("num").strip()
        body = _TNI_BODY[m.group("kw").lower()] + (f" {num}" if num else "")
        if m.group("slash"):
            body += "/"
            named = _UNIT_NAME.match(t, m.end()) if place is None else None
            if named:  # "Korem 101/Antasari": the unit's name, not a place
                body += named.group()
                end = named.end()
        yield _m("TNI", body, place, m.start(), end if place or m.group("slash") else m.end(), sent)
    for m in _PAMTAS.finditer(t):
        has_unit = True
        yield _m(
            "TNI",
            "Satuan Tugas Pengamanan Perbatasan (Pamtas) TNI",
            None,
            m.start(),
            m.end(),
            sent,
            nullplace=True,
        )
    if not has_unit:
        for m in _TNI_GENERIC.finditer(t):
            yield _m(
                "TNI",
                "Tentara Nasional Indonesia",
                None,
                m.start(),
                m.end(),
                sent,
                flags={"generic-unit"},
            )
    for m in _KEJAKSAAN.finditer(t):
        kw = m.group("kw").lower()
        high = "tinggi" in kw or kw == "kejati"
        place, end, _ = _place(t, m.end(), frozenset({PROVINCE}) if high else GOV)
        yield _m(
            "KEJAKSAAN",
            "Kejaksaan Tinggi" if high else "Kejaksaan Negeri",
            place,
            m.start(),
            end if place else m.end(),
            sent,
        )
    for m in _COURT.finditer(t):
        place, end, _ = _place(t, m.end(), ANY, unknown=True)
        if place is not None:
            body = " ".join(w.capitalize() for w in m.group().split())
            yield _m("PUSAT_LAIN", body, place, m.start(), end, sent)


# --- other central bodies and non-government partners ---------------------------------------

# One pass for all central bodies: group c<i> names lexicon.CENTRAL_BODIES[i].
_CENTRAL = re.compile(
    "|".join(f"(?P<c{i}>\\b(?:{pat})\\b)" for i, (pat, _) in enumerate(lexicon.CENTRAL_BODIES))
)
_BRANCH = re.compile(
    r"\b(?P<kw>BNNP|BNNK|BINDA|Binda|(?:BNN|Badan\s+Narkotika\s+Nasional)\s+"
    r"(?=Provinsi|Kabupaten|Kota)|Badan\s+Intelijen\s+Negara\s+Daerah"
    r"(?:\s*\(BINDA\))?)"
)
_POSDA = re.compile(r"\bPosda\s+(?=[A-Z])")
_MINISTRY = re.compile(
    r"\bKementerian\s+(?!Hukum\b|Imigrasi\b|Agama\b|Koordinator\b)"
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:dan\s+)?[A-Z][a-z]+){0,4})"
)
_KNOWN_NON_GOV = re.compile(
    r"\b(?:"
    + "|".join(re.escape(k) for k in sorted(lexicon.KNOWN_NON_GOV, key=len, reverse=True))
    + r")\b"
)
_COMPANY = re.compile(r"\bPT\.?\s+(?:[A-Z][\w&.'-]*\s?){1,5}")
_CAMPUS = re.compile(
    r"\b(?:Universitas|Institut|Politeknik|Sekolah\s+Tinggi)\s+"
    r"(?:[A-Z][\w'-]+\s?){1,4}"
)
_FOREIGN = re.compile(
    r"\b((?:[A-Z][\w'-]+\s+(?:(?:and|of|for|the|&)\s+)?){1,6}(?:Group|Organization|"
    r"Organisation|Foundation|Association|Assesment|Assessment|Press|Council|Corporation|"
    r"Agency|Institute)(?:\s+(?:and|&)\s+(?:[A-Z][\w'-]+\s?){1,3})?)"
)


@rule(
    "bea",
    "ksop",
    "kesyahbandaran",
    "bp",
    "pengusahaan",
    "cukai",
    "djbc",
    "bnn",
    "bnnp",
    "bnnk",
    "badan",
    "bin",
    "binda",
    "kpk",
    "komisi",
    "bps",
    "bp2mi",
    "bp3mi",
    "balai",
    "bnpp",
    "bakamla",
    "basarnas",
    "bpn",
    "ombudsman",
    "kementerian",
    "kemendagri",
    "kemenlu",
    "kemlu",
    "kemnaker",
    "kemenaker",
    "kemenparekraf",
    "kemenpar",
    "bkpm",
    "kemenko",
    "dpr",
    "dewan",
    "posda",
    "kppbc",
    "direktorat",
    "ditjen",
)
def central(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _BRANCH.finditer(t):
        kw = m.group("kw")
        bnn = kw.upper().startswith("BNN") or "Narkotika" in kw
        place, end, written = _place(t, m.end(), GOV)
        if place is None:
            continue
        body = "Badan Narkotika Nasional" if bnn else "Badan Intelijen Negara Daerah"
        yield _m("PUSAT_LAIN", body, place, m.start(), end, sent, written=written, flags={"branch"})
    for m in _POSDA.finditer(t):
        place, end, _ = _place(t, m.end(), ANY)
        if place is None:
            continue
        tail = re.match(r"\s+(?:Binda|BINDA)\s+\w+", t[end:])
        end = end + tail.end() if tail else end
        yield _m(
            "PUSAT_LAIN",
            "Pos Daerah Badan Intelijen Negara Daerah",
            place,
            m.start(),
            end,
            sent,
            flags={"branch"},
        )
    for m in _CENTRAL.finditer(t):
        name = lexicon.CENTRAL_BODIES[int((m.lastgroup or "c0")[1:])][1]
        place = None
        end = _after(t, m.end(), _RI)
        if name.startswith(("Direktorat Jenderal Bea", "Kantor")):  # offices in many towns
            place, pend, _ = _place(t, m.end(), GOV)
            end = pend if place else end
        yield _m(
            "PUSAT_LAIN",
            name,
            place,
            m.start(),
            end,
            sent,
            central=place is None,
            nullplace=True,
        )
    for m in _MINISTRY.finditer(t):
        yield _m(
            "PUSAT_LAIN",
            f"Kementerian {m.group('name')}",
            None,
            m.start(),
            m.end(),
            sent,
            central=True,
            nullplace=True,
        )


@rule(
    "pt",
    "universitas",
    "institut",
    "politeknik",
    "sekolah",
    "group",
    "organization",
    "organisation",
    "foundation",
    "association",
    "assesment",
    "assessment",
    "press",
    "council",
    "corporation",
    "agency",
    "institute",
    "unhcr",
    "iom",
    "unodc",
    "ilo",
    "unicef",
    "apeksi",
    "apkasi",
    "adeksi",
    "adkasi",
    "appsi",
    "uclg",
    "amphuri",
    "asita",
    "phri",
    "kadin",
)
def non_government(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _KNOWN_NON_GOV.finditer(t):
        yield _m("NON_GOV", lexicon.KNOWN_NON_GOV[m.group()], None, m.start(), m.end(), sent)
    for pattern in (_COMPANY, _CAMPUS, _FOREIGN):
        for m in pattern.finditer(t):
            name = m.group().strip()
            yield _m(
                "NON_GOV", name, None, m.start(), m.start() + len(name), sent, flags={"company"}
            )


# --- running the rules -----------------------------------------------------------------------

_VENUE_WORDS = re.compile(r"di |ke |gedung|bekas|eks |sebelah")
_VENUE = re.compile(
    r"(?i:\b(?:di|ke)\s+(?:(?:ruang|aula|gedung|halaman|lapangan|lobi|lobby|pendopo|"
    r"pendapa|balai|lantai|sebelah|depan|samping|komplek|kompleks|area|kawasan|rumah|"
    r"ruangan|hotel|wisma)\b(?:(?!\bdan\b)[^,;]){0,40})|\b(?:gedung|bekas|eks|sebelah)\s+"
    r"(?:\w+\s+){0,3})$"
)


def find_mentions(
    text: str, sentences: list[Sentence], quotes: list[tuple[int, int]]
) -> list[Mention]:
    """Every institution mention of the article, longest first where they overlap."""
    out: list[Mention] = []
    quote_starts = [q[0] for q in quotes]
    for sent in sentences:
        low = sent.text.translate(LOWER)
        present = sentence_words(low)
        found = [m for trig, r in RULES if not trig.isdisjoint(present) for m in r(sent.text, sent)]
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        taken: list[Mention] = []
        for m in found:
            if "shadow" in m.flags or any(m.start < o.end and o.start < m.end for o in taken):
                continue
            taken.append(m)
        spans = {(m.start, m.end) for m in taken}
        taken += [m for m in found if "shadow" in m.flags and (m.start, m.end) in spans]
        taken.sort(key=lambda m: m.start)
        for m in taken:
            before = text[max(sent.start, m.start - 60) : m.start]
            if (
                m.kind != "MPP"
                and _VENUE_WORDS.search(before.translate(LOWER))
                and _VENUE.search(before)
            ):
                m.flags.add("venue")
            k = bisect.bisect_right(quote_starts, m.start) - 1
            if k >= 0 and m.start < quotes[k][1]:
                m.flags.add("quote")
        out.extend(taken)
    return out
