"""Rules for immigration offices: Kanwil (Kemenkumham, Ditjen Imigrasi, Kemenag too),
Kantor Imigrasi with its class, ULP/UKK units and central immigration bodies (Timpora
teams: ``rules_timpora``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import places
from .lexicon import words
from .mention import RI, WILAYAH, Mention, new_mention, place_at, rule, skip
from .places import ANY, GOV, KABKOTA, PROVINCE, Place
from .sentences import Sentence

# --- immigration ------------------------------------------------------------------------

_LAW = (
    r"(?:Kement[ae]?rian|Kemen)\s+Hukum\s+dan\s+(?:HAM|Hak\s+Asasi\s+Manusia)"
    r"(?:\s*\((?:HAM|Kemenkumham|Kemenkum\s*HAM)\))?"
    r"|Kem(?:en)?(?:kum|hum)\s?(?:ham|kam)|Kumham|Kemenkum"
)
_DJI = (
    r"(?:Direktorat|Direktur)\s+Jend(?:e)?ral(?:\s*\((?:Ditjen|Dirjen)\))?\s+"
    r"(?:Imigrasi|Keimigrasian)"
    r"|Ditjen\s*(?:Imigrasi|im)|Dirjen\s+(?:Imigrasi|Keimigrasian)|Ditjenim"
)
_KEMENAG = r"Kementerian\s+Agama|Kemenag"
_KANWIL = re.compile(
    r"\b(?i:kantor\s+wilayah|kanwil|kakanwil)(?:\s*\((?i:kanwil)[^()]{0,20}\))?\s+"
    # "Kantor Wilayah Kementerian Hukum Kalbar": the law ministry's office since October 2024
    r"(?:(?P<law>(?i:" + _LAW + r"|kement[ae]?rian\s+hukum))"
    r"|(?P<dji>(?i:" + _DJI + r"|imigrasi|keimigrasian|"
    r"kemenimipas|imipas|kementerian\s+imigrasi\s+dan\s+pemasyarakatan))"
    r"|(?P<kemenag>(?i:" + _KEMENAG + r")))?"
)
_LAW_ALONE = re.compile(r"\b(?i:" + _LAW + r")\b")
_DJI_ALONE = re.compile(r"\b(?i:" + _DJI + r")\b")
_KEMENAG_ALONE = re.compile(r"\b(?:Kantor\s+)?(?i:" + _KEMENAG + r")\b")
_DIVISI = re.compile(r"\b(?i:(?:divisi|kadiv)\s+(?:keimigrasian|imigrasi)|kadivim)\b")
_IMIPAS = re.compile(
    r"\b(?i:kementerian\s+imigrasi\s+dan\s+pemasyarakatan|kementerian\s+imipas)"
    r"(?:\s*\((?:Imipas|Kemenimipas|KIP)\))?|\bKemenimipas\b|\bImipas\b"
)


def _province(t: str, pos: int) -> tuple[Place | None, int]:
    pos = skip(t, pos, RI)
    pos = skip(t, pos, WILAYAH)
    place, end, _ = place_at(t, pos, frozenset({PROVINCE}))
    return place, end


@rule("kanwil kakanwil wilayah")
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
            place, end, _ = place_at(t, m.end(), KABKOTA)
        if family is None and place is None and m.group().strip().lower() == "kakanwil":
            end = m.end()
        yield new_mention(
            "KANWIL",
            "Kantor Wilayah",
            place,
            m.start(),
            end if place else m.end(),
            sent,
            family=family,
        )


@rule(
    "kementerian kementrian kementarian kemen kemenkumham kemenkum kemkumham kemkum "
    "kemenhumkam kemenhum kemhum kumham"
)
def law_ministry(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _LAW_ALONE.finditer(t):
        place, end = _province(t, m.end())
        if place is not None:
            yield new_mention(
                "KANWIL", "Kantor Wilayah", place, m.start(), end, sent, family="kumham"
            )
        else:
            yield new_mention(
                "IMIGRASI_PUSAT",
                "Kementerian Hukum dan HAM",
                None,
                m.start(),
                skip(t, m.end(), RI),
                sent,
                central=True,
                nullplace=True,
            )


@rule("direktorat direktur ditjen ditjenim dirjen")
def immigration_directorate(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DJI_ALONE.finditer(t):
        place, end = _province(t, m.end())
        if place is not None:
            yield new_mention("KANWIL", "Kantor Wilayah", place, m.start(), end, sent, family="dji")
        else:
            yield new_mention(
                "IMIGRASI_PUSAT",
                "Direktorat Jenderal Imigrasi",
                None,
                m.start(),
                skip(t, m.end(), RI),
                sent,
                central=True,
                nullplace=True,
            )


# A directorate of the Ditjen: "Direktorat Kerja Sama Keimigrasian", "Direktorat Intelijen
# Keimigrasian" (the Ditjen itself is ``immigration_directorate``).
_DIRECTORATE = re.compile(r"\bDirektorat\s+((?:(?!Jend)[A-Z][a-z]+,?\s+(?:dan\s+)?){1,5})"
                          r"Keimigrasian\b")


@rule("direktorat")
def immigration_directorate_unit(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DIRECTORATE.finditer(t):
        name = "Direktorat " + " ".join(m.group(1).split()) + " Keimigrasian"
        yield new_mention("IMIGRASI_PUSAT", name, None, m.start(), m.end(), sent,
                          central=True, nullplace=True)


@rule("kementerian kemenimipas imipas")
def immigration_ministry(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _IMIPAS.finditer(t):
        yield new_mention(
            "IMIGRASI_PUSAT",
            "Kementerian Imigrasi dan Pemasyarakatan",
            None,
            m.start(),
            skip(t, m.end(), RI),
            sent,
            central=True,
            nullplace=True,
        )


@rule("divisi kadiv kadivim")
def immigration_division(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _DIVISI.finditer(t):
        place, end = _province(t, m.end())
        yield new_mention(
            "KANWIL", "Kantor Wilayah", place, m.start(), end if place else m.end(), sent
        )


@rule("kementerian kemenag")
def religious_affairs(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _KEMENAG_ALONE.finditer(t):
        if RI.match(t, m.end()):
            continue
        place, end, written = place_at(t, m.end(), GOV)
        yield new_mention(
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
# "Imigrasi X" is no Kantor Imigrasi after these words ("Ditjen Imigrasi", "Desa Binaan
# Imigrasi", "layanan Imigrasi"): the last word before it decides.
_NOT_KANIM_BEFORE = words(
    "jenderal jendral ditjen dirjen direktur kanwil wilayah divisi binaan desa ukk kerja "
    "kantor layanan pelayanan pos menteri kementerian bidang seksi kerjasama sama petugas "
    "pejabat sistem aplikasi"
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


@rule("imigrasi keimigrasian kanim kakanim")
def kanim(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _KANIM.finditer(t):
        yield from _kanim_place(t, m, sent)


@rule("imigrasi")
def imigrasi_x(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _IMIGRASI.finditer(t):
        before = t[max(0, m.start() - 30) : m.start()].lower().split()
        if before and before[-1] in _NOT_KANIM_BEFORE:
            continue
        if m.group("cls") or m.group("tpi"):
            yield from _kanim_place(t, m, sent)
            continue
        known = places.kanim_town(t, m.end())
        if known is not None:
            yield new_mention(
                "KANIM",
                "Kantor Imigrasi",
                known[0],
                m.start(),
                known[1],
                sent,
                flags={"imigrasi-x"},
            )
            continue
        place, end, _ = place_at(t, m.end(), ANY, designator=False, bare_district=True)
        if place is None:
            continue
        place = place.as_town()
        if place.level == PROVINCE:
            yield new_mention(
                "KANWIL", "Kantor Wilayah", place, m.start(), end, sent, flags={"imigrasi-x"}
            )
        else:
            yield new_mention(
                "KANIM", "Kantor Imigrasi", place, m.start(), end, sent, flags={"imigrasi-x"}
            )


# "lahan untuk pembangunan kantor imigrasi di wilayah setempat", "hibah yang diperuntukkan
# sebagai Kantor Imigrasi Blora": an office still to be built or formed, named without the
# class a working office carries.
_TO_BE_BUILT = re.compile(r"\b(?:pembangunan|pembentukan|pendirian|mendirikan|membangun|"
                          r"dibangun|dibentuk|didirikan|calon|rencana|usulan|sebagai)\s+"
                          r"(?:sebuah\s+)?$", re.IGNORECASE)


def _kanim_place(t: str, m: re.Match[str], sent: Sentence) -> Iterator[Mention]:
    for mention in _kanim_placed(t, m, sent):
        if not (m.group("cls") or m.group("tpi") or m.group("khusus")) \
                and _TO_BE_BUILT.search(t, max(0, m.start() - 30), m.start()):
            mention.flags.add("planned")
        yield mention


def _kanim_placed(t: str, m: re.Match[str], sent: Sentence) -> Iterator[Mention]:
    known = places.kanim_town(t, m.end())
    if known is not None:  # "Ngurah Rai", "Soekarno-Hatta": offices named after a port
        yield new_mention("KANIM", kanim_body(m), known[0], m.start(), known[1], sent)
        return
    # A town no region and no Kanim of the register is named after is not read as the
    # office's: "Kakanim Hendra Gunawan" (the head's name), "Kantor Imigrasi Ikut
    # Terikat" (a headline's verb).
    hit = places.scan(
        t, m.end(), ANY, unknown=False, designator=False, max_words=3, bare_district=True
    )
    if hit is None:
        yield new_mention("KANIM", kanim_body(m), None, m.start(), m.end(), sent)
        return
    found = hit[0]
    if found.level == PROVINCE:  # "Kantor Imigrasi ... Yogyakarta": the city, not DIY
        found = places.lookup(t[m.end():hit[1]].strip(), KABKOTA) or found
    place, end = places.extend_town(t, found.as_town(), hit[1])
    yield new_mention("KANIM", kanim_body(m), place, m.start(), end, sent)


_ULP = re.compile(
    r"\b(?:(?i:unit\s+layanan\s+paspor|unit\s+layanan\s+(?:terbatas\s+)?(?:keimigrasian|imigrasi)|unit\s+kerja\s+kantor(?:\s+imigrasi|\s+keimigrasian)?|"
    r"unit\s+kerja\s+(?:imigrasi|keimigrasian)|unit\s+kantor|pos\s+(?:ukk\s+)?imigrasi|"
    r"pos\s+ukk|kantor\s+cabang\s+keimigrasian|kantor\s+pembantu\s+imigrasi)"
    # a passport counter named as a place of its own: "Immigration Lounge Icon Mall Gresik",
    # "Gerai Paspor Tangcity Mall" (not "membuka gerai paspor di MPP": a desk in the MPP)
    r"|Immigration\s+Lounge|Gerai\s+(?:Layanan\s+)?Paspor"
    r"|ULP|UKK(?:\s+(?i:imigrasi|keimigrasian))?)\b"
)
# "Immigration Lounge Icon Mall Gresik": the mall's name (up to three words) before the town.
_MALL_WORD = re.compile(r"\s+(?!Imigrasi\b|Kantor\b|Kanim\b)[A-Z][\w&'-]*")


def _town_after_mall(t: str, end: int) -> tuple[Place | None, int]:
    for _ in range(3):
        word = _MALL_WORD.match(t, end)
        if word is None:
            break
        end = word.end()
        place, pend, _ = place_at(t, end, ANY)
        if place is not None:
            return place, pend
    return None, end


_PLANNED = re.compile(
    r"\b(?:akan|rencana\w*|berencana|direncanakan|pembentukan|pembangunan|membangun|"
    r"mendirikan|didirikan|usulan|mengusulkan|diusulkan|cikal\s+bakal|menyiapkan|disiapkan|"
    r"kajian|permohonan|permintaan|meminta|segera|nantinya|calon|embrio|menjajaki|"
    r"penjajakan|wacana|diwacanakan)\b",
    re.IGNORECASE,
)


_ULP_CLASS = re.compile(r"(?:\s+(?i:kelas|klas)\s+(?:I{1,3}|[123])(?:\s*[AB]\b)?)?"
                        r"(?:\s+(?i:khusus))?(?:\s+(?:(?i:non)[\s-]?)?TPI)?")


@rule("unit ulp ukk pos cabang pembantu immigration gerai")
def ulp(t: str, sent: Sentence) -> Iterator[Mention]:
    planned = bool(_PLANNED.search(t))
    for m in _ULP.finditer(t):
        end = m.end()
        paren = re.match(r"\s*\((?:ULP|UKK)\)(?:\s+(?:Imigrasi|Keimigrasian))?", t[end:])
        if paren:
            end += paren.end()
        grade = _ULP_CLASS.match(t, end)
        if grade and place_at(t, grade.end(), ANY, unknown=True)[0] is not None:
            end = grade.end()  # "Unit Kerja Kantor Imigrasi Kelas II Non TPI Sinjai"
        counter = m.group().startswith(("Immigration", "Gerai"))
        place, pend, _ = place_at(t, end, ANY, unknown=not counter)
        if place is None and counter:
            place, pend = _town_after_mall(t, end)
        if counter and place is None:
            continue
        place = place.as_town() if place else None
        body = (
            "Unit Layanan Paspor"
            if "paspor" in m.group().lower() or m.group() == "ULP" or counter
            else "Unit Kerja Kantor Imigrasi"
        )
        yield new_mention(
            "ULP",
            body,
            place,
            m.start(),
            pend if place else end,
            sent,
            flags={"planned"} if planned else set(),
        )
