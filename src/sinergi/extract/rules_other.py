"""Rules for police, military, prosecutors and courts, other central bodies (Bea Cukai,
BNN, BIN, ministries) and non-government partners (companies, campuses, associations,
international organisations)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .mention import METRO, RI, Mention, new_mention, place_at, rule, skip
from .places import ANY, GOV, PROVINCE
from .sentences import Sentence

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
    r"\b(?P<kw>Kodam|Korem|Kodim|Koramil|Lanal|Lanud|Lantamal|Yonif|Kodaeral|"
    # the same units written out ("Komando Resort Militer", "Pangkalan Udara TNI AU")
    r"Komando\s+(?:Daerah|Resor|Resort|Distrik|Rayon)\s+Militer|"
    r"Pangkalan\s+Utama\s+TNI\s+(?:Angkatan\s+Laut|AL)|"
    r"Pangkalan\s+(?:TNI\s+)?(?:Angkatan\s+Laut|AL)|"
    r"Pangkalan\s+(?:Udara|TNI\s+(?:Angkatan\s+Udara|AU))(?:\s+TNI\s+(?:AU|Angkatan\s+Udara))?)\b"
    r"(?P<num>\s*[IVX]*\s*\d{0,4})(?P<slash>\s*/\s*(?:\d{1,3}\s+)?)?"
)
_TNI_LONG = (("daerah militer", "kodam"), ("resor", "korem"), ("resort", "korem"),
             ("distrik", "kodim"), ("rayon", "koramil"), ("utama", "lantamal"),
             ("laut", "lanal"), ("al", "lanal"), ("udara", "lanud"), ("au", "lanud"))
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


def _tni_key(kw: str) -> str:
    low = " ".join(kw.lower().split())
    if low in _TNI_BODY:
        return low
    return next(key for word, key in _TNI_LONG if f" {word}" in f" {low}")


@rule(
    "polda polres polresta polrestabes polsek polsekta kepolisian polri kodam korem kodim "
    "koramil lanal lanud lantamal yonif kodaeral tni pamtas satgas satuan kejaksaan "
    "kejari kejati pengadilan komando pangkalan"
)
def security(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _POLRI.finditer(t):
        kw = m.group("kw").lower()
        body = _POLRI_BODY.get(kw) or " ".join(w.capitalize() for w in kw.split())
        levels = ANY if "sektor" in body.lower() else frozenset({PROVINCE}) \
            if body == "Kepolisian Daerah" else GOV  # a Polda is the province's
        at = skip(t, m.end(), METRO) if "resor" in body.lower() else m.end()
        place, end, _ = place_at(t, at, levels, unknown="sektor" in body.lower(),
                                 district_first="sektor" in body.lower())
        yield new_mention("POLRI", body, place, m.start(), end if place else m.end(), sent)
    for m in _POLRI_GENERIC.finditer(t):
        yield new_mention(
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
        key = _tni_key(m.group("kw"))
        # "Koramil 0816/13 Wonoayu": a Koramil is named after its kecamatan
        koramil = key == "koramil"
        place, end, _ = place_at(t, m.end(), ANY, district_first=koramil,
                                 bare_district=koramil)
        if place is not None and not koramil:
            place = place.as_town()  # "Kodim 1015/Sampit"
        num = m.group("num").strip()
        body = _TNI_BODY[key] + (f" {num}" if num else "")
        if m.group("slash"):
            sub = m.group("slash").strip().lstrip("/").strip()
            body += f"/{sub} {place.name}" if sub and place else f"/{sub} " if sub else "/"
            named = _UNIT_NAME.match(t, m.end()) if place is None else None
            if named:  # "Korem 101/Antasari": the unit's name, not a place
                body += named.group()
                end = named.end()
                first = re.match(r"[A-Z][\w-]+", named.group())
                after, aend, _ = place_at(t, m.end() + first.end(), ANY) if first else (
                    None, end, None)
                if after is not None:  # "Korem 161/Wirasakti Kupang": the name, then the town
                    place, end = after.as_town(), aend
                    body = body[: len(body) - len(named.group())] + first.group()  # type: ignore[union-attr]
        yield new_mention(
            "TNI", body, place, m.start(), end if place or m.group("slash") else m.end(), sent
        )
    for m in _PAMTAS.finditer(t):
        has_unit = True
        yield new_mention(
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
            yield new_mention(
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
        place, end, _ = place_at(t, m.end(), frozenset({PROVINCE}) if high else GOV)
        yield new_mention(
            "KEJAKSAAN",
            "Kejaksaan Tinggi" if high else "Kejaksaan Negeri",
            place,
            m.start(),
            end if place else m.end(),
            sent,
        )
    for m in _COURT.finditer(t):
        place, end, _ = place_at(t, m.end(), ANY, unknown=True)
        if place is not None:
            place = place.as_town()  # "Pengadilan Negeri Lubukpakam"
            body = " ".join(w.capitalize() for w in m.group().split())
            yield new_mention("PUSAT_LAIN", body, place, m.start(), end, sent)


# --- other central bodies and non-government partners ---------------------------------------

# One pass for all central bodies: group c<i> names lexicon.CENTRAL_BODIES[i].
# Every central body is written with a capital: the lookahead lets the regex engine skip
# to capitals (eight times faster than a leading \b); the left boundary is checked in code.
_CENTRAL = re.compile(
    r"(?=[A-Z])(?:"
    + "|".join(f"(?P<c{i}>{pat})" for i, (pat, _) in enumerate(lexicon.CENTRAL_BODIES))
    + r")\b"
)
_REPRESENTATIVE = re.compile(r"\s+(?:Perwakilan|Kantor\s+Perwakilan)\s+(?:Provinsi\s+)?")
_BRANCH = re.compile(
    r"\b(?P<kw>BNNP|BNNK|BINDA|Binda|(?:BNN|Badan\s+Narkotika\s+Nasional)\s+"
    r"(?=Provinsi|Kabupaten|Kota)|Badan\s+Intelijen\s+(?:Negara\s+)?Daerah"
    r"(?:\s*\(BINDA\))?)"
)
# "(KSOP) Kelas III Sibolga", "(BP3MI) Jawa Timur": an abbreviation and a grade may come
# between an office's name and its town or province.
_OFFICE_GRADE = re.compile(r"(?:\s*\([A-Z0-9]{2,10}\))?(?:\s+(?:Tipe\s+(?:Madya\s+)?"
                           r"(?:Pabean\s+)?[A-C]?|TMP\s+[A-C]|Pratama|Madya|"
                           r"Kelas\s+(?:I{1,3}|[1-3])(?:\s*[AB])?))?(?=\s)")
_LEVEL = re.compile(r"(Provinsi|Kabupaten|Kota)(?:\s*\((?:BNNP|BNNK)\))?")
_POSDA = re.compile(r"\bPosda\s+(?=[A-Z])")
_MINISTRY = re.compile(
    r"\bKementerian\s+(?!Hukum\b|Imigrasi\b|Agama\b|Koordinator\b)"
    # "Kementerian Dalam Negeri dan Kementerian Hukum ...": two ministries, not one name.
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:dan\s+)?(?!Kementerian\b)[A-Z][a-z]+){0,4})"
)
_KNOWN_NON_GOV = re.compile(
    r"\b(?:"
    + "|".join(re.escape(k) for k in sorted(lexicon.KNOWN_NON_GOV, key=len, reverse=True))
    + r")\b"
)
_MISSION = re.compile(r"\b(?:Konsulat\s+Jenderal|Kedutaan\s+Besar|Konsulat|Kedubes|Konjen)\s+"
                      r"(?P<who>RI|Republik\s+Indonesia|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_COMPANY = re.compile(r"\bPT\.?\s+(?:[A-Z][\w&.'-]*\s?){1,5}")
# "Bank NTB Syariah", "Bank Kalsel": regional and private banks (Bank Indonesia, the
# central bank, is not a company).
_BANK = re.compile(r"\bBank\s+(?!Indonesia\b|Dunia\b|Data\b)(?:[A-Z][\w&'-]*\s?){1,3}")
_CAMPUS = re.compile(
    r"\b(?:Universitas|Institut|Politeknik|Sekolah\s+Tinggi|UIN|IAIN|STAIN)\s+"
    r"(?:[A-Z][\w'-]+\s?){1,4}"
)
_ITS_PEOPLE = re.compile(r"\b(?:mahasiswa|alumni|lulusan)\s+$", re.IGNORECASE)
_FOREIGN = re.compile(
    r"\b((?:[A-Z][\w'-]+\s+(?:(?:and|of|for|the|&)\s+)?){1,6}(?:Group|Organization|"
    r"Organisation|Foundation|Association|Assesment|Assessment|Press|Council|Corporation|"
    r"Agency|Institute)(?:\s+(?:and|&)\s+(?:[A-Z][\w'-]+\s?){1,3})?)"
)


# Prisons, probation offices and immigration detention centres (Rudenim; Kemenimipas,
# formerly Kemenkumham) sit in many towns and
# often join immigration's Timpora meetings and signings: "Lapas Kelas IIA Ambon",
# "Rumah Tahanan Negara Kelas IIB Masohi", "Bapas Palu", "Kalapas Kelas IIA Ambon".
_CORRECTIONS = re.compile(
    r"\b(?P<kw>Lembaga\s+Pemasyarakatan|Lapas|Kalapas|Rumah\s+Tahanan(?:\s+Negara)?|Rutan|Karutan|"
    r"Balai\s+Pemasyarakatan|Bapas|Kabapas|Rumah\s+Detensi\s+Imigrasi|Rudenim|Karudenim)"
    r"(?P<sub>\s+(?:Perempuan|Narkotika|Terbuka))?"
    r"(?P<cls>\s+(?i:kelas)\s+(?:I{1,3}|[123])\s*[AB]?)?(?=\s)"
)
_CORRECTIONS_BODY = {"lembaga": "Lembaga Pemasyarakatan", "lapas": "Lembaga Pemasyarakatan",
                     "kalapas": "Lembaga Pemasyarakatan", "rumah": "Rumah Tahanan Negara",
                     "rutan": "Rumah Tahanan Negara", "karutan": "Rumah Tahanan Negara",
                     "balai": "Balai Pemasyarakatan", "bapas": "Balai Pemasyarakatan",
                     "kabapas": "Balai Pemasyarakatan", "rudenim": "Rumah Detensi Imigrasi",
                     "karudenim": "Rumah Detensi Imigrasi"}


@rule("lembaga lapas kalapas rumah rutan karutan balai bapas kabapas rudenim karudenim")
def corrections(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _CORRECTIONS.finditer(t):
        place, end, _ = place_at(t, m.end(), ANY, bare_district=True)
        if place is None:
            continue  # "lapas" in general, no office of a town
        kw = m.group("kw").lower()
        body = ("Rumah Detensi Imigrasi" if "detensi" in kw
                else _CORRECTIONS_BODY[kw.split()[0]])
        if m.group("sub"):
            body += " " + m.group("sub").strip()
        if m.group("cls"):
            body += " Kelas " + " ".join(m.group("cls").split()[1:])
        yield new_mention("PUSAT_LAIN", body, place.as_town(), m.start(), end, sent)


@rule("bnnp bnnk binda bnn badan")
def national_branches(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _BRANCH.finditer(t):
        kw = m.group("kw")
        bnn = kw.upper().startswith("BNN") or "Narkotika" in kw
        place, end, written = place_at(t, m.end(), GOV)
        body = "Badan Narkotika Nasional" if bnn else "Badan Intelijen Negara Daerah"
        if place is None:
            # "BNN Provinsi (BNNP)", "BINDA" with no place: the branch of the province
            # (or kab/kota) the story is in, resolved like any body named bare.
            level = _LEVEL.match(t, m.end())
            end = level.end() if level else m.end()
            provincial = not (kw.upper() == "BNNK" or level and level.group(1) != "Provinsi")
            yield new_mention("PUSAT_LAIN", body, None, m.start(), end, sent,
                              flags={"branch", "province"} if provincial else {"branch"})
            continue
        yield new_mention(
            "PUSAT_LAIN", body, place, m.start(), end, sent, written=written, flags={"branch"}
        )


@rule("posda")
def intelligence_posts(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _POSDA.finditer(t):
        place, end, _ = place_at(t, m.end(), ANY)
        if place is None:
            continue
        tail = re.match(r"\s+(?:Binda|BINDA)\s+\w+", t[end:])
        end = end + tail.end() if tail else end
        yield new_mention(
            "PUSAT_LAIN",
            "Pos Daerah Badan Intelijen Negara Daerah",
            place,
            m.start(),
            end,
            sent,
            flags={"branch"},
        )


@rule(
    "bea ksop kesyahbandaran bp pengusahaan cukai djbc bnn badan bin kpk komisi bps bp2mi kpp "
    "pajak "
    "bp3mi balai bnpp bakamla basarnas bpn ombudsman kementerian kemendagri kemenlu kemlu "
    "kemnaker kemenaker kemenparekraf kemenpar bkpm kemenko kemen dpr dewan direktorat ditjen "
    "komnas kpai lembaga lpsk bpkp bpk barantin bpom bnpt bssn brin kkp kemenkes kemenkeu "
    "kemkominfo kemenkominfo kemkomdigi kemenkomdigi kemensos kementan kemenhub kemendikbud "
    "kemendikbudristek kemendes bappenas bawaslu kpu bkn bkkbn bpjs bp ppatk djp bank bnpb "
    "bmkg bnp2tki pusat kemenpan kemenpanrb kemenkopolhukam"
)
def central(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _CENTRAL.finditer(t):
        if m.start() and (t[m.start() - 1].isalnum() or t[m.start() - 1] == "_"):
            continue
        name = lexicon.CENTRAL_BODIES[int((m.lastgroup or "c0")[1:])][1]
        place = None
        end = skip(t, m.end(), RI)
        if name.startswith(("Direktorat Jenderal Bea", "Kantor", "Balai",
                            "Badan Pelindungan Pekerja")):  # offices in many towns
            # "Bea dan Cukai Tipe Madya Pabean C Kupang": the office's type, then its town
            grade = _OFFICE_GRADE.match(t, m.end())
            place, pend, _ = place_at(t, grade.end() if grade else m.end(), GOV, unknown=True)
            end = pend if place else end
        elif name in lexicon.ELECTION_BODIES:
            # "Bawaslu Sultra", "KPU Kabupaten Sleman": the branch of that region.
            place, pend, _ = place_at(t, end, GOV)
            end = pend if place else end
        elif rep := _REPRESENTATIVE.match(t, end):
            # "Ombudsman RI Perwakilan Sumatera Barat": the province's office.
            place, pend, _ = place_at(t, rep.end(), GOV)
            end = pend if place else end
        yield new_mention(
            "PUSAT_LAIN",
            name,
            place,
            m.start(),
            end,
            sent,
            central=place is None,
            nullplace=True,
        )


@rule("kementerian")
def ministries(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _MINISTRY.finditer(t):
        name = m.group("name")
        known = next((k for k in lexicon.MINISTRY_NAMES if name == k or name.startswith(k + " ")),
                     name)
        yield new_mention("PUSAT_LAIN", f"Kementerian {known}", None, m.start(),
                          m.start("name") + len(known), sent, central=True, nullplace=True)


@rule(
    "pt universitas institut politeknik sekolah uin iain stain group organization organisation "
    "foundation association assesment assessment press council corporation agency "
    "institute unhcr iom unodc ilo unicef apeksi apkasi adeksi adkasi appsi uclg amphuri "
    "asita phri kadin konsulat kedutaan kedubes konjen jica usaid koica undp unfpa bank bri "
    "bni bsi btn " + " ".join(k.lower() for k in lexicon.CAMPUS_ACRONYMS)
)
def non_government(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _MISSION.finditer(t):
        who = m.group("who")
        if who.split()[-1] in ("Indonesia", "RI"):  # a mission of Indonesia: Kemlu's
            yield new_mention("PUSAT_LAIN", m.group(), None, m.start(), m.end(), sent,
                              central=True, nullplace=True)
        else:  # a foreign government's mission is a foreign organisation
            yield new_mention("NON_GOV", m.group(), None, m.start(), m.end(), sent)
    for m in _KNOWN_NON_GOV.finditer(t):
        yield new_mention(
            "NON_GOV", lexicon.KNOWN_NON_GOV[m.group()], None, m.start(), m.end(), sent
        )
    for pattern in (_COMPANY, _CAMPUS, _FOREIGN, _BANK):
        for m in pattern.finditer(t):
            name = m.group().strip()
            flags = {"company"}
            if pattern is _CAMPUS and not _ITS_PEOPLE.search(t, max(0, m.start() - 12), m.start()):
                flags.add("campus")  # a campus takes part; "mahasiswa STT X" are its people
            yield new_mention(
                "NON_GOV", name, None, m.start(), m.start() + len(name), sent, flags=flags
            )
