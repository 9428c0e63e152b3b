"""The columns of the planners' record sheets, declared once for templates and loader.

Each sheet kind (agreements, meetings, officials, offices) is a tuple of ``Column``s
(see ``sinergi.sheets.columns``). The kind of a sheet is recognised from its headers
(``sinergi.ingest``), so sheet and file names are free.
"""

from __future__ import annotations

from ..schema import AgreementKind, AgreementStatus, InstitutionKind, MeetingKind, Topic
from ..sheets.columns import (
    CHOICE,
    CHOICES,
    DATE,
    INSTITUTION,
    INSTITUTIONS,
    REGION,
    REGIONS,
    TEXTS,
    Column,
)


def _values(enum: type) -> tuple[str, ...]:
    return tuple(m.value for m in enum)  # type: ignore[attr-defined]


_ID = Column("id", "ID baris", required=True, example="CONTOH-1",
             help="Your own stable id for the row; keep it when you correct the row.")
_NOTE = Column("note", "Catatan", help="Free note; shown in the evidence, not stored apart.",
               example="Baris contoh: hapus / example row: delete")
_TOPICS = Column("topics", "Topik", CHOICES, choices=_values(Topic), example="WNA_SUPERVISION",
                 help="Zero or more topics separated by ';'.")

AGREEMENTS = (
    _ID,
    Column("kind", "Jenis", CHOICE, True, _values(AgreementKind), "MOU, PKS or OTHER.", "PKS"),
    Column("status", "Status", CHOICE, True, _values(AgreementStatus),
           "signed, planned, expired or terminated.", "signed"),
    Column("title", "Judul", help="Title of the agreement.",
           example="PKS pengawasan orang asing"),
    Column("parties", "Pihak", INSTITUTIONS, True,
           help="Institutions (names as you write them, or keys) separated by ';'.",
           example="Pemerintah Kota Banjarmasin; Kantor Imigrasi Banjarmasin"),
    Column("signed_on", "Tanggal tanda tangan", DATE, help="YYYY-MM-DD or dd/mm/yyyy.",
           example="12/02/2026"),
    Column("valid_until", "Berlaku sampai", DATE, help="YYYY-MM-DD or dd/mm/yyyy.",
           example="11/02/2029"),
    _TOPICS,
    Column("covers", "Wilayah cakupan", REGIONS,
           help="Regions the agreement covers besides its government parties' own "
                "(names or Kemendagri codes, ';').", example=""),
    _NOTE,
)

MEETINGS = (
    _ID,
    Column("kind", "Jenis", CHOICE, True, _values(MeetingKind),
           "SIGNING, AUDIENCE, COORDINATION, SOCIALIZATION, INAUGURATION, OPERATION, OTHER.",
           "COORDINATION"),
    Column("date", "Tanggal", DATE, help="YYYY-MM-DD or dd/mm/yyyy.", example="05/03/2026"),
    Column("participants", "Peserta (instansi)", INSTITUTIONS, True,
           help="Institutions present, separated by ';'.",
           example="Pemerintah Kota Banjarmasin; Kantor Imigrasi Banjarmasin"),
    Column("people", "Peserta (orang)", TEXTS,
           help="Named people present (without titles), separated by ';'.", example=""),
    Column("venue", "Tempat", help="Where it took place.", example="Balai Kota Banjarmasin"),
    Column("region", "Wilayah", REGION, help="Region (name or code) where it took place.",
           example="Kota Banjarmasin"),
    _TOPICS,
    _NOTE,
)

OFFICIALS = (
    _ID,
    Column("name", "Nama", required=True, help="Name without titles or degrees.",
           example="Siti Contoh"),
    Column("title", "Jabatan", required=True, help="Position as written.",
           example="Kepala Kantor Imigrasi"),
    Column("institution", "Instansi", INSTITUTION, True, help="Institution name or key.",
           example="Kantor Imigrasi Banjarmasin"),
    Column("since", "Sejak", DATE, help="Start of the term, if known.", example="01/07/2025"),
    Column("until", "Sampai", DATE, help="End of the term, if known.", example=""),
    Column("seen_on", "Tanggal data", DATE, help="When this was true (e.g. date of the list).",
           example="01/03/2026"),
    _NOTE,
)

OFFICES = (
    _ID,
    Column("key", "Kunci", help="Sinergi key of an existing institution to update (optional).",
           example=""),
    Column("name", "Nama resmi", required=True, help="Official name.",
           example="Kantor Imigrasi Kelas II TPI Contoh"),
    Column("kind", "Jenis instansi", CHOICE, True, _values(InstitutionKind),
           "Institution kind (PEMKAB, KANIM, DINAS, ...).", "KANIM"),
    Column("place", "Tempat (nama)", help="Place in the designation ('Batulicin'); needed "
           "for offices named after a town.", example="Contoh"),
    Column("region", "Wilayah", REGION, help="Kab/kota (name or code) where it sits.",
           example="Kabupaten Tanah Bumbu"),
    Column("parent", "Induk", INSTITUTION, help="Parent institution (name or key).",
           example=""),
    Column("office_class", "Kelas kantor", help="Office class ('Kelas II TPI').",
           example="Kelas II TPI"),
    Column("aliases", "Nama lain", TEXTS, help="Other names people write, ';'.",
           example="Kanim Contoh"),
    Column("jurisdiction", "Wilayah kerja", REGIONS,
           help="Regions it serves (names or codes), ';'.", example="Kabupaten Tanah Bumbu"),
    Column("source_url", "Sumber (URL)", help="Where the data comes from.", example=""),
    Column("source_date", "Tanggal sumber", DATE, help="Date of the source.", example=""),
    _NOTE,
)

SHEET_KINDS: dict[str, tuple[Column, ...]] = {
    "agreements": AGREEMENTS,
    "meetings": MEETINGS,
    "officials": OFFICIALS,
    "offices": OFFICES,
}
TEMPLATE_KINDS = ("agreements", "meetings", "officials", "offices")
