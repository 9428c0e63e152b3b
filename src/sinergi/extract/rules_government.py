"""Rules for regional government: Pemprov/Pemkab/Pemkot, heads and their posts, Setda
and its parts, DPRD, Dinas, Badan, Kesbangpol and Mal Pelayanan Publik."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .mention import METRO, Mention, gov_kind, new_mention, place_at, rule, skip
from .places import ANY, CITY, GOV, PROVINCE, REGENCY
from .sentences import Sentence

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
_CLASS = re.compile(r"\s*/\s*(?i:kota|kabupaten)\b")
_SETEMPAT = re.compile(r"\s+(?:setempat|daerah\s+setempat)\b", re.IGNORECASE)


@rule("pemerintah pemkab pemkot pemko pemprov pemda")
def government(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _GOV.finditer(t):
        if _CLASS.match(t, m.end()):
            continue  # "Pemerintah Kabupaten/Kota": governments in general, not one
        kw = m.group("kw").lower().split()[-1]
        kind, levels = _GOV_KIND.get(kw, ("PEMDA", GOV))
        place, end, written = place_at(t, m.end(), levels)
        if place is None and kind != "PEMDA":
            # "Pemkab Meranti" when the alias is missing: try any level, keep the kind.
            place, end, written = place_at(t, m.end(), GOV)
        if kind == "PEMDA":
            if place is None:
                s = _SETEMPAT.match(t, m.end())
                if not s and m.group("kw") == "Pemerintah":
                    continue
                if s:
                    end = s.end()
                yield new_mention(
                    "PEMDA", "Pemerintah Daerah", None, m.start(), end, sent, flags={"pemda"}
                )
                continue
            if place.level not in GOV:
                continue
            kind = gov_kind(place)
        yield new_mention(kind, "Pemerintah", place, m.start(), end, sent, written=written)
        if kind in ("PEMKAB", "PEMKOT") and place is not None:
            yield from _listed_after(t, end, kind, levels, sent)


# "dengan Pemerintah Kabupaten Konawe, Kolaka, dan Konawe Utara": one designation, a list.
_LIST_SEP = re.compile(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")


def _listed_after(t: str, end: int, kind: str, levels: frozenset[str], sent: Sentence
                  ) -> Iterator[Mention]:
    """The governments of the same level listed right after one ("..., Kolaka, dan Konawe
    Utara"), each named bare; the list stops at the first item that is no such region."""
    while (sep := _LIST_SEP.match(t, end)) is not None:
        if place_at(t, sep.end(), frozenset({PROVINCE}), designator=False)[0] is not None:
            return  # "Pemkab Pulau Morotai, Maluku Utara, ...": where it is, not a list
        place, item_end, _ = place_at(t, sep.end(), levels, designator=False)
        if place is None or place.level not in levels:
            return
        yield new_mention(kind, "Pemerintah", place, sep.end(), item_end, sent)
        end = item_end


_ADDRESS = re.compile(r"(?i:\b(?:pak|bu|bapak|ibu)\s+)$")


def addressed(t: str, m: re.Match[str]) -> bool:
    """ "sudah disampaikan kepada pak sekda": a speaker addressing a post in lower case,
    with no place, names a person in the room, not a body taking part."""
    return (m.group().islower() and bool(_ADDRESS.search(t[max(0, m.start() - 8):m.start()]))
            and not re.match(r"\s+[A-Z]", t[m.end():]))


_HEAD = re.compile(
    r"\b(?P<kw>(?i:wakil\s+bupati|bupati|wabup|wakil\s+wali\s*kota|wali\s*kota|wako|wawali|"
    r"wawako|wakil\s+gubernur|gubernur|wagub|sek(?:re|er)taris\s+kota|sekot|sekkot|"
    r"sek(?:re|er)taris\s+kabupaten|sekkab))\b"
)


@rule(
    "bupati wabup wali walikota wako wawali wawako gubernur wagub sekretaris sekertaris "
    "sekot sekkot sekkab"
)
def heads(t: str, sent: Sentence) -> Iterator[Mention]:
    """A regional head's post names the government: "Bupati Lebak" -> Pemkab Lebak."""
    for m in _HEAD.finditer(t):
        if addressed(t, m):
            continue
        kw = m.group("kw").lower()
        if "bupati" in kw or "wabup" in kw or "kabupaten" in kw or kw == "sekkab":
            kind, levels = "PEMKAB", frozenset({REGENCY})
        elif "gubernur" in kw or kw == "wagub":
            kind, levels = "PEMPROV", frozenset({PROVINCE})
        else:
            kind, levels = "PEMKOT", frozenset({CITY})
        place, end, _ = place_at(t, m.end(), levels, designator=False)
        if place is None:
            place, end, _ = place_at(t, m.end(), GOV, designator=False)
            if place is not None and place.level not in levels:
                kind = gov_kind(place, kind)
        yield new_mention(kind, "Pemerintah", place, m.start(), end, sent, implied=True)


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
    "kapolda kapolresta kapolrestabes kapolres kapolsek kapolsekta dandim danrem pangdam "
    "danramil danlanal danlanud kajari kajati kasatpol menteri wamen menkumham menimipas"
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
        elif kind == "POLRI":
            start = skip(t, start, METRO)
        place, end, _ = place_at(
            t, start, levels, bare_district=levels is ANY, district_first=levels is ANY
        )
        if place is not None:
            yield new_mention(kind, body, place, m.start(), end, sent, implied=True)
    for m in _MINISTER.finditer(t):
        body = (
            "Kementerian Hukum dan HAM"
            if "hukum" in m.group().lower() or "kum" in m.group().lower()
            else "Kementerian Imigrasi dan Pemasyarakatan"
        )
        yield new_mention(
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
    r"setdakab|setdaprov|setkab|setkot|setko|sekretariat\s+daerah)\b"
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
    r"Pemkot|Pemko|Pemprov|Pemerintah\s+(?:Kabupaten|Kota|Provinsi))\b"
)
# "Sekretariat Daerah (Setda) Pemprov Sultra": the government whose secretariat it is.
_OF_GOV = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:Pemkab|Pemkot|Pemko|Pemprov|"
                     r"Pemerintah\s+(?:Kabupaten|Kota|Provinsi))\b")


@rule(
    "sekretaris sekertaris sekda sekdakab sekdako sekdaprov setda setdako setdakot "
    "setdakab setdaprov setkab setkot setko sekretariat bagian biro kabiro kabag"
)
def setda(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _SETDA.finditer(t):
        if addressed(t, m):
            continue
        of_gov = _OF_GOV.match(t, m.end())
        place, end, written = place_at(t, of_gov.end() if of_gov else m.end(), GOV)
        post = m.group().lower().startswith("sek") and "sekretariat" not in m.group().lower()
        yield new_mention(
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
            gov = new_mention(
                gov_kind(place), "Pemerintah", place, m.start(), end, sent, implied=True
            )
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
        while org := _SETDA_ORG.match(t, end):  # "Biro X Sekretariat Daerah (Setda) Pemprov"
            end = org.end()
        place, end, written = place_at(t, end, GOV)
        yield new_mention(
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
        if lw == "kota" and not (words and words[-1].lower() == "tata"):
            break  # "Dinas Sosial Kota Bogor": the designation of the city, not a field
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


@rule("dprd dewan")
def dprd(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DPRD.finditer(t):
        if re.match(r"\s*(?:RI|Republik)\b", t[m.end() :]):
            continue
        place, end, written = place_at(t, m.end(), GOV)
        if place is None and m.group() != "DPRD":
            continue
        yield new_mention(
            "DPRD", "Dewan Perwakilan Rakyat Daerah", place, m.start(), end, sent, written=written
        )


_DINAS = re.compile(r"\b(?:Dinas|DINAS)\s+(?=[A-Z])")
_BADAN = re.compile(r"\bBadan\s+(?=[A-Z])")
_DINAS_ABBR = re.compile(
    r"(" + "|".join(sorted(lexicon.DINAS_FIELDS, key=len, reverse=True)) + r")\b"
)
_ABBR = re.compile(
    r"\b(?:Badan\s+|Kantor\s+)?(?P<a>"
    + "|".join(re.escape(a) for a in sorted(lexicon.AGENCY_ABBREVIATIONS, key=len, reverse=True))
    + r")\b(?P<trans>\s+dan\s+Transmigrasi)?"
)
# "... dan Politik Dalam Negeri (Bakesbangpoldagri)", "... Politik dan Perlindungan Masyarakat":
# the longer names some regions give the same body.
_KESBANGPOL = re.compile(r"\b(?:Badan|Kantor)\s+Kesatuan\s+Bangsa\s+dan\s+Politik\b"
                         r"(?:\s+Dalam\s+Negeri\b|\s+dan\s+Perlindungan\s+Masyarakat\b)?",
                         re.IGNORECASE)
_SATPOL = re.compile(r"\bSatuan\s+Polisi\s+Pamong\s+Praja(?P<wh>\s+dan\s+Wilayatul\s+Hisbah)?\b")


def _regional(kind: str, body: str, t: str, s: int, e: int, sent: Sentence) -> Mention:
    paren = re.match(r"\s*\([A-Za-z\-]{2,20}\)", t[e:])
    if paren:
        e += paren.end()
    place, end, written = place_at(t, e, GOV)
    return new_mention(kind, body, place, s, end if place else e, sent, written=written)


@rule("dinas")
def dinas(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DINAS.finditer(t):
        words, end = _field_words(t, m.end(), commas=True)
        if not words:
            abbr = _DINAS_ABBR.match(t, m.end())
            if abbr:  # "Dinas ESDM"
                words = lexicon.DINAS_FIELDS.get(abbr.group(1), abbr.group(1))
                end = abbr.end()
        if words:
            words = re.sub(r"\bPTSP\b", "Pelayanan Terpadu Satu Pintu", words)
            yield _regional("DINAS", f"Dinas {words}", t, m.start(), end, sent)


@rule("kesatuan")
def kesbangpol(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _KESBANGPOL.finditer(t):
        yield _regional(
            "KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", t, m.start(), m.end(), sent
        )


@rule("badan")
def badan(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _BADAN.finditer(t):
        words, end = _field_words(t, m.end())
        if not words or words.startswith(("Kesatuan Bangsa", "Intelijen")):
            continue  # a Kesbangpol or a BIN branch ("Badan Intelijen Daerah"): own rules
        if re.match(r"\s+Daerah\b", t[end:]):
            end += len(re.match(r"\s+Daerah\b", t[end:]).group())  # type: ignore[union-attr]
            words += " Daerah"
        yield _regional("BADAN", f"Badan {words}", t, m.start(), end, sent)


@rule("satuan")
def satpol(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _SATPOL.finditer(t):
        body = "Satuan Polisi Pamong Praja" + (" dan Wilayatul Hisbah" if m.group("wh") else "")
        yield _regional("BADAN", body, t, m.start(), m.end(), sent)


# Triggered by each abbreviation's first word, taken from the lexicon so a new one is read.
@rule(" ".join(sorted({re.findall(r"[a-z0-9]+", a.lower())[0]
                       for a in lexicon.AGENCY_ABBREVIATIONS})))
def agency_abbreviations(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _ABBR.finditer(t):
        kind, body = lexicon.AGENCY_ABBREVIATIONS[m.group("a")]
        if m.group("trans") and "Transmigrasi" not in body:
            body += " dan Transmigrasi"
        yield _regional(kind, body, t, m.start(), m.end(), sent)


_MPP = re.compile(r"\b(?i:mal|mall)\s+(?i:pelayanan\s+publik)\b|\bMPP\b")


@rule("mal mall mpp")
def mpp(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _MPP.finditer(t):
        place, end, written = place_at(t, m.end(), GOV)
        yield new_mention(
            "MPP",
            "Mal Pelayanan Publik",
            place,
            m.start(),
            end if place else m.end(),
            sent,
            written=written,
        )
