"""The values planners choose from, the words they write for them, and how we name them.

Each vocabulary is one of the graph's enumerations (``sinergi.schema``): its values,
the other words a planner may type for each (Bahasa Indonesia first; any case), and a
label per language for showing it. Parameters of questions are checked against these
(``params``), so the CLI and the API accept and refuse exactly the same words, and the
dashboard shows the same labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schema import (
    AgreementKind,
    AgreementStatus,
    AgreementType,
    InstitutionKind,
    MeetingKind,
    RegionLevel,
    Topic,
)


@dataclass(frozen=True)
class Term:
    value: str
    id: str  # label in Bahasa Indonesia
    en: str  # label in English
    words: tuple[str, ...] = ()  # other ways of writing it (matched in any case)


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(t.value for t in self.terms)

    def parse(self, text: str) -> str | None:
        """The value ``text`` names (a value, a label or a listed word, any case), or None."""
        want = _norm(text)
        for t in self.terms:
            if want in {_norm(w) for w in (t.value, t.id, t.en, *t.words)}:
                return str(t.value)
        return None

    def label(self, value: str, lang: str = "id") -> str:
        for t in self.terms:
            if t.value == value:
                return t.id if lang == "id" else t.en
        return value

    def accepted(self) -> str:
        """The allowed values, then the other words, for an error message."""
        values = {_norm(v) for v in self.values}
        words = [w for t in self.terms for w in t.words if _norm(w) not in values]
        others = ", ".join(dict.fromkeys(_norm(w) for w in words))
        return f"{', '.join(self.values)} (juga / also: {others})" if others else \
            ", ".join(self.values)


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.strip().lower())


AGREEMENT_KIND = Vocabulary("agreement kind", (
    Term(AgreementKind.MOU, "Nota Kesepahaman (MoU)", "Memorandum of understanding",
         ("mou", "nota kesepahaman", "kesepakatan bersama", "nk", "kb")),
    Term(AgreementKind.PKS, "Perjanjian Kerja Sama (PKS)", "Cooperation agreement",
         ("pks", "perjanjian kerja sama", "perjanjian kerjasama")),
    Term(AgreementKind.OTHER, "Lainnya", "Other", ("lain", "lainnya", "other")),
))

AGREEMENT_TYPE = Vocabulary("agreement type", (
    Term(AgreementType.KSDD, "Kerja sama daerah dengan daerah lain (KSDD)",
         "Between regional governments (KSDD)",
         ("ksdd", "antardaerah", "antar daerah", "daerah dengan daerah lain")),
    Term(AgreementType.KSDPK, "Kerja sama daerah dengan pihak ketiga (KSDPK)",
         "With a third party (KSDPK)", ("ksdpk", "pihak ketiga", "swasta")),
    Term(AgreementType.VERTICAL, "Dengan pemerintah pusat / instansi vertikal",
         "With the central government or a vertical agency",
         ("pusat", "vertikal", "instansi vertikal", "pemerintah pusat", "central")),
    Term(AgreementType.FOREIGN, "Kerja sama dengan luar negeri (KSDPL/KSDLL)",
         "With a foreign partner (KSDPL/KSDLL)",
         ("ksdpl", "ksdll", "luar negeri", "asing", "foreign")),
    Term(AgreementType.INTERAGENCY, "Antarinstansi (bukan kerja sama daerah)",
         "Between agencies (no regional government)", ("antarinstansi", "antar instansi")),
    Term(AgreementType.UNKNOWN, "Tidak diketahui", "Unknown", ("tidak diketahui",)),
))

AGREEMENT_STATUS = Vocabulary("agreement status", (
    Term(AgreementStatus.SIGNED, "Ditandatangani", "Signed",
         ("ditandatangani", "tertanda", "sudah ditandatangani", "signed")),
    Term(AgreementStatus.PLANNED, "Direncanakan", "Planned",
         ("rencana", "direncanakan", "planned")),
    Term(AgreementStatus.EXPIRED, "Berakhir", "Expired",
         ("berakhir", "kedaluwarsa", "kadaluarsa", "habis", "expired")),
    Term(AgreementStatus.TERMINATED, "Diakhiri", "Terminated",
         ("diakhiri", "dihentikan", "dibatalkan", "terminated")),
))

MEETING_KIND = Vocabulary("meeting kind", (
    Term(MeetingKind.SIGNING, "Penandatanganan", "Signing", ("penandatanganan", "tanda tangan")),
    Term(MeetingKind.AUDIENCE, "Audiensi", "Audience",
         ("audiensi", "kunjungan", "kunjungan kerja", "silaturahmi")),
    Term(MeetingKind.COORDINATION, "Rapat koordinasi", "Coordination",
         ("rapat", "rakor", "koordinasi", "pertemuan", "fgd")),
    Term(MeetingKind.SOCIALIZATION, "Sosialisasi", "Socialization", ("sosialisasi",)),
    Term(MeetingKind.INAUGURATION, "Pengukuhan / peresmian", "Inauguration",
         ("pengukuhan", "peresmian", "pelantikan", "launching")),
    Term(MeetingKind.OPERATION, "Operasi gabungan", "Joint operation", ("operasi",)),
    Term(MeetingKind.OTHER, "Lainnya", "Other", ("lain", "lainnya")),
))

REGION_LEVEL = Vocabulary("region level", (
    Term(RegionLevel.PROVINCE, "Provinsi", "Province", ("provinsi", "prov")),
    Term(RegionLevel.REGENCY, "Kabupaten", "Regency", ("kabupaten", "kab")),
    Term(RegionLevel.CITY, "Kota", "City", ("kota",)),
    Term(RegionLevel.DISTRICT, "Kecamatan", "District", ("kecamatan", "kec", "distrik")),
))

TOPIC = Vocabulary("topic", (
    Term(Topic.TIMPORA, "Timpora", "Timpora (foreigner supervision team)",
         ("tim pengawasan orang asing",)),
    Term(Topic.WNA_SUPERVISION, "Pengawasan orang asing", "Supervision of foreigners",
         ("pengawasan wna", "wna", "orang asing")),
    Term(Topic.PASSPORT_SERVICE, "Layanan paspor", "Passport service",
         ("paspor", "layanan paspor", "pelayanan paspor", "passport")),
    Term(Topic.POPULATION_DATA, "Data kependudukan", "Population data",
         ("data kependudukan", "dukcapil", "adminduk")),
    Term(Topic.BORDER, "Perbatasan", "Border", ("perbatasan", "plbn")),
    Term(Topic.INVESTMENT, "Investasi", "Investment", ("investasi", "penanaman modal")),
    Term(Topic.TOURISM, "Pariwisata", "Tourism", ("pariwisata", "wisata")),
    Term(Topic.LABOUR, "Ketenagakerjaan", "Labour", ("tenaga kerja", "ketenagakerjaan", "tka")),
    Term(Topic.OTHER, "Lainnya", "Other", ("lain", "lainnya")),
))

_KIND_WORDS = {
    InstitutionKind.PEMPROV: ("Pemerintah provinsi", "Provincial government", ("pemprov",)),
    InstitutionKind.PEMKAB: ("Pemerintah kabupaten", "Regency government", ("pemkab",)),
    InstitutionKind.PEMKOT: ("Pemerintah kota", "City government", ("pemkot", "pemko")),
    InstitutionKind.DPRD: ("DPRD", "Regional parliament", ()),
    InstitutionKind.SETDA: ("Sekretariat daerah", "Regional secretariat", ("setda",)),
    InstitutionKind.DINAS: ("Dinas", "Regional agency (dinas)", ()),
    InstitutionKind.KESBANGPOL: ("Kesbangpol", "Kesbangpol", ()),
    InstitutionKind.BADAN: ("Badan daerah", "Regional board", ("badan",)),
    InstitutionKind.MPP: ("Mal Pelayanan Publik", "Public service mall", ("mpp",)),
    InstitutionKind.KANWIL: ("Kantor wilayah", "Regional office (Kanwil)", ("kanwil",)),
    InstitutionKind.KANIM: ("Kantor Imigrasi", "Immigration office", ("kanim", "imigrasi")),
    InstitutionKind.ULP: ("Unit Layanan Paspor", "Passport service unit", ("ulp", "ukk")),
    InstitutionKind.IMIGRASI_PUSAT: ("Imigrasi pusat", "Central immigration", ()),
    InstitutionKind.TIMPORA: ("Timpora", "Timpora team", ()),
    InstitutionKind.POLRI: ("Polri", "Police", ("polisi", "polres", "polda")),
    InstitutionKind.TNI: ("TNI", "Armed forces", ("kodim", "korem")),
    InstitutionKind.KEJAKSAAN: ("Kejaksaan", "Prosecutor's office", ("kejari", "kejati")),
    InstitutionKind.PUSAT_LAIN: ("Instansi pusat lain", "Other central body", ()),
    InstitutionKind.NON_GOV: ("Nonpemerintah", "Non-government", ("swasta", "non gov")),
    InstitutionKind.FOREIGN: ("Mitra luar negeri", "Foreign partner",
                              ("luar negeri", "asing", "foreign")),
}
INSTITUTION_KIND = Vocabulary("institution kind", tuple(
    Term(kind, label_id, label_en, words)
    for kind, (label_id, label_en, words) in _KIND_WORDS.items()))

#: Parameter type -> vocabulary, for the question headers (``header.TYPES``).
BY_TYPE = {
    "agreement_kind": AGREEMENT_KIND,
    "agreement_status": AGREEMENT_STATUS,
    "agreement_type": AGREEMENT_TYPE,
    "meeting_kind": MEETING_KIND,
    "region_level": REGION_LEVEL,
    "institution_kind": INSTITUTION_KIND,
    "topic": TOPIC,
}

# Values that answers show but no parameter takes: labels only.

COVERAGE_STATUS = Vocabulary("coverage status", (
    Term("signed", "Ditandatangani", "Signed"),
    Term("planned", "Direncanakan", "Planned"),
    Term("team", "Ada tim Timpora", "Timpora team only"),
    Term("province-only", "Hanya tingkat provinsi", "Province level only"),
    Term("none", "Belum ada", "None"),
    Term("unknown", "Tidak diketahui", "Unknown"),
))

SERVICE = Vocabulary("service", (
    Term("office", "Kantor (Kanim/ULP)", "Office (Kanim/ULP)"),
    Term("mpp", "Gerai MPP", "MPP counter"),
    Term("periodic", "Layanan berkala", "Periodic service"),
    Term("none", "Tidak ada", "None"),
    Term("unknown", "Tidak diketahui", "Unknown"),
))

PROVENANCE = Vocabulary("provenance", (
    Term("sourced", "Bersumber", "Sourced"),
    Term("derived", "Diturunkan", "Derived"),
))
