"""The written designations the resolver recognises at the start of a name.

Each designation says which kind of body follows and, for regional governments and
secretariats, which region levels its place may be ("Pemko" -> a kota). Order
matters: longer and more specific forms come first ("Pemerintah Kabupaten" before
"Pemerintah Daerah", "Kantor Wilayah" before "Kantor Imigrasi").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PROVINCE, REGENCY, CITY = "province", "regency", "city"


@dataclass(frozen=True)
class Designator:
    pattern: re.Pattern[str]
    kind: str
    levels: tuple[str, ...] = ()
    ministry: str = ""  # for KANWIL: "ditjenim" or "kemenkumham" when the words say so


def _d(words: str, kind: str, levels: tuple[str, ...] = (), ministry: str = "") -> Designator:
    return Designator(re.compile(rf"(?:{words})\b\.?\s*", re.I), kind, levels, ministry)


_KUMHAM = r"(kementerian hukum dan (ham|hak asasi manusia)|kemenkumham|kumham)"
_DITJENIM = r"(direktorat jenderal imigrasi|ditjen imigrasi|ditjenim|imigrasi)"

DESIGNATORS: tuple[Designator, ...] = (
    _d(r"pemerintah\s+provinsi|pemerintah\s+prov|pemprov|pemda\s+provinsi|pemprop", "PEMPROV",
       (PROVINCE,)),
    _d(r"pemerintah\s+kabupaten|pemerintah\s+kab|pemkab|pemda\s+kabupaten|pemda\s+kab",
       "PEMKAB", (REGENCY,)),
    _d(r"pemerintah\s+kota|pemkot|pemko|pemda\s+kota", "PEMKOT", (CITY,)),
    _d(r"pemerintah\s+daerah|pemda", "PEMDA", (PROVINCE, REGENCY, CITY)),
    _d(r"sekretariat\s+daerah\s+provinsi|setdaprov|setda\s+provinsi|setda\s+prov", "SETDA",
       (PROVINCE,)),
    _d(r"sekretariat\s+daerah\s+kabupaten|setdakab|setda\s+kabupaten|setda\s+kab", "SETDA",
       (REGENCY,)),
    _d(r"sekretariat\s+daerah\s+kota|setdako|setdakot|setda\s+kota", "SETDA", (CITY,)),
    _d(r"sekretariat\s+daerah|setda", "SETDA", (PROVINCE, REGENCY, CITY)),
    _d(rf"divisi\s+keimigrasian\s+(kantor\s+wilayah|kanwil)\s+{_KUMHAM}|"
       rf"(kantor\s+wilayah|kanwil)\s+{_KUMHAM}|{_KUMHAM}", "KANWIL", ministry="kemenkumham"),
    _d(rf"(kantor\s+wilayah|kanwil)\s+{_DITJENIM}(\s+imigrasi)?", "KANWIL",
       ministry="ditjenim"),
    _d(r"kantor\s+wilayah|kanwil", "KANWIL"),
    _d(r"unit\s+layanan\s+paspor|unit\s+kerja\s+kantor\s+imigrasi|unit\s+kerja\s+keimigrasian"
       r"|ulp|ukk(\s+imigrasi)?|pos\s+imigrasi|pos\s+pelayanan\s+imigrasi", "ULP"),
    _d(r"kantor\s+imigrasi\s+khusus|kantor\s+imigrasi|kanimsus|kanim|imigrasi", "KANIM"),
    _d(r"mal+\s+pelayanan\s+publik|mpp", "MPP"),
    _d(r"tim\s+pengawasan\s+orang\s+asing|tim\s*pora|timpora", "TIMPORA"),
    _d(r"dewan\s+perwakilan\s+rakyat\s+daerah|dprd", "DPRD"),
    _d(r"badan\s+kesatuan\s+bangsa\s+dan\s+politik|kantor\s+kesatuan\s+bangsa\s+dan\s+politik"
       r"|bakesbangpol|kesbangpol", "KESBANGPOL"),
)

_CLASS = re.compile(
    r"\b(kelas|klas|kls)\.?\s*(i{1,3}|[123])(\s*[ab]\b)?(\s+khusus)?(\s+(non[\s-]*)?tpi)?\b"
    r"|\b(non[\s-]*)?tpi\b",
    re.I,
)


def strip_class(text: str) -> str:
    """'Kanim Kelas II TPI Batulicin' -> 'Kanim Batulicin' (office class is not identity)."""
    return " ".join(_CLASS.sub(" ", text).split())


_KIND_HINTS = (
    (re.compile(r"^(pemprov|pemerintah provinsi)\b", re.I), "PEMPROV"),
    (re.compile(r"^(pemkot|pemko|pemerintah kota)\b", re.I), "PEMKOT"),
    (re.compile(r"^(pemkab|pemda|pemerintah kabupaten|pemerintah daerah)\b", re.I), "PEMKAB"),
    (re.compile(r"^(dinas|disdik|dinkes)\b", re.I), "DINAS"),
    (re.compile(r"^(badan|satuan polisi pamong praja|satpol)\b", re.I), "BADAN"),
    (re.compile(r"^(polda|polres|polresta|polsek|kepolisian)\b", re.I), "POLRI"),
    (re.compile(r"^(kodam|korem|kodim|koramil|lanal|lanud|lantamal|tni)\b", re.I), "TNI"),
    (re.compile(r"^(kejati|kejari|kejaksaan)\b", re.I), "KEJAKSAAN"),
    (re.compile(r"^(kementerian|kemen\w+|kpk|bnn|bin|bea cukai|direktorat jenderal)\b", re.I),
     "PUSAT_LAIN"),
)


def guess_kind(text: str) -> str:
    """A kind for a body no rule recognised, from its first word; NON_GOV otherwise."""
    for pattern, kind in _KIND_HINTS:
        if pattern.match(text):
            return kind
    return "NON_GOV"
