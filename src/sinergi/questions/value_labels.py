"""How answers' values are named for people: every enumerated value a question returns,
with its label in Bahasa Indonesia and in English.

The vocabularies of parameters (``vocabulary``) name most values; the tables here
name the words that only answers use (review states, what a row is, timeline
events, relationship types, lifecycle states, ...). ``label(column, value, lang)``
picks the table by column, then falls back to any table, so a value is named the same
on the dashboard and in ``sinergi ask`` tables (``labelled``). ``TABLES`` lists every
table: the dashboard test checks pages against it.
"""

from __future__ import annotations

from typing import Any

from .vocabulary import (
    AGREEMENT_KIND,
    AGREEMENT_STATUS,
    AGREEMENT_TYPE,
    COVERAGE_STATUS,
    INSTITUTION_KIND,
    MEETING_KIND,
    PROVENANCE,
    REGION_LEVEL,
    SERVICE,
    TOPIC,
    Term,
    Vocabulary,
)

REVIEW = Vocabulary("review", (
    Term("accepted", "Diterima", "Accepted"),
    Term("needs_review", "Perlu ditinjau", "Needs review"),
    Term("rejected", "Ditolak", "Rejected"),
))

#: What a row is about (stalled-plans ``what``, institution ``section``, evidence kinds).
SUBJECT = Vocabulary("subject", (
    Term("agreement", "Perjanjian", "Agreement"),
    Term("meeting", "Pertemuan", "Meeting"),
    Term("official", "Pejabat", "Official"),
    Term("neighbour", "Mitra", "Partner"),
    Term("structure", "Struktur", "Structure"),
    Term("region", "Wilayah", "Region"),
    Term("position", "Jabatan", "Position"),
    Term("article", "Artikel", "Article"),
    Term("record", "Catatan", "Record"),
))

EVENT = Vocabulary("event", (
    Term("agreement signed", "Perjanjian ditandatangani", "Agreement signed"),
    Term("agreement planned", "Perjanjian direncanakan", "Agreement planned"),
    Term("agreement expired", "Perjanjian berakhir", "Agreement expired"),
    Term("agreement terminated", "Perjanjian diakhiri", "Agreement terminated"),
    Term("meeting", "Pertemuan", "Meeting"),
    Term("position", "Jabatan", "Position"),
))

REASON = Vocabulary("reason", (
    Term("expired", "Sudah berakhir", "Expired"),
    Term("expiring", "Segera berakhir", "Expiring"),
    Term("old", "Sudah lama ditandatangani", "Signed long ago"),
))

#: Institution profile ``detail`` of structure and region rows.
LINK = Vocabulary("link", (
    Term("part of", "Bagian dari", "Part of"),
    Term("has part", "Membawahi", "Has part"),
    Term("succeeded by", "Digantikan oleh", "Succeeded by"),
    Term("successor of", "Pengganti dari", "Successor of"),
    Term("located in", "Berkedudukan di", "Located in"),
    Term("jurisdiction", "Wilayah kerja", "Jurisdiction"),
))

NODE_LABEL = Vocabulary("node label", (
    Term("Institution", "Instansi", "Institution"),
    Term("Region", "Wilayah", "Region"),
    Term("Person", "Orang", "Person"),
    Term("Agreement", "Perjanjian", "Agreement"),
    Term("Meeting", "Pertemuan", "Meeting"),
))

SIGNATORY = Vocabulary("signatory status", (
    Term("replaced", "Sudah berganti", "Replaced"),
    Term("in-office", "Masih menjabat", "In office"),
    Term("unknown", "Tidak diketahui", "Unknown"),
))

TEAM_STATUS = Vocabulary("team status", (
    Term("quiet", "Tidak aktif", "Quiet"),
    Term("no-meeting-known", "Tidak ada pertemuan yang diketahui", "No meeting known"),
))

HOW = Vocabulary("how", (
    Term("attended", "Hadir", "Attended"),
    Term("held-in-region", "Diadakan di wilayahnya", "Held in its region"),
))

TREND = Vocabulary("trend", (
    Term("rising", "Meningkat", "Rising"),
    Term("falling", "Menurun", "Falling"),
    Term("steady", "Tetap", "Steady"),
    Term("no-activity", "Tidak ada kegiatan", "No activity"),
))

CHANGE = Vocabulary("change", (
    Term("agreement-signed", "Perjanjian ditandatangani", "Agreement signed"),
    Term("agreement-expired", "Perjanjian berakhir", "Agreement expired"),
    Term("jurisdiction-started", "Wilayah kerja dimulai", "Jurisdiction started"),
    Term("jurisdiction-ended", "Wilayah kerja berakhir", "Jurisdiction ended"),
    Term("office-succeeded", "Instansi digantikan", "Office succeeded"),
    Term("official-replaced", "Pejabat berganti", "Official replaced"),
))

REL_TYPE = Vocabulary("relationship", (
    Term("PART_OF", "bagian dari", "part of"),
    Term("JURISDICTION_OVER", "wilayah kerja", "jurisdiction over"),
    Term("LOCATED_IN", "berkedudukan di", "located in"),
    Term("SUCCEEDED_BY", "digantikan oleh", "succeeded by"),
    Term("HOLDS_POSITION", "menjabat di", "holds position"),
    Term("PARTY_TO", "pihak dalam", "party to"),
    Term("COVERS", "mencakup", "covers"),
    Term("ATTENDED", "menghadiri", "attended"),
    Term("ABOUT", "tentang", "about"),
))

TABLES: tuple[Vocabulary, ...] = (
    COVERAGE_STATUS, AGREEMENT_STATUS, AGREEMENT_KIND, MEETING_KIND, INSTITUTION_KIND,
    REGION_LEVEL, TOPIC, SERVICE, PROVENANCE, REVIEW, SUBJECT, EVENT, REASON, LINK,
    NODE_LABEL, REL_TYPE, SIGNATORY, TEAM_STATUS, HOW, TREND, CHANGE, AGREEMENT_TYPE,
)

#: Column -> the tables tried first, in order (then every table).
BY_COLUMN: dict[str, tuple[Vocabulary, ...]] = {
    "status": (COVERAGE_STATUS, AGREEMENT_STATUS, REVIEW, TEAM_STATUS),
    "how": (HOW,), "trend": (TREND,), "change": (CHANGE,),
    "target_status": (AGREEMENT_STATUS,),
    "kind": (AGREEMENT_KIND, MEETING_KIND, INSTITUTION_KIND, REGION_LEVEL),
    "source_kind": (INSTITUTION_KIND, SUBJECT),
    "target_kind": (INSTITUTION_KIND, MEETING_KIND, AGREEMENT_KIND, REGION_LEVEL),
    "meeting_kind": (MEETING_KIND,),
    "level": (REGION_LEVEL,),
    "topic": (TOPIC,), "topics": (TOPIC,), "target_topics": (TOPIC,),
    "service": (SERVICE,),
    "provenance": (PROVENANCE,), "jurisdiction": (PROVENANCE,),
    "review": (REVIEW,),
    "what": (SUBJECT,), "section": (SUBJECT,),
    "event": (EVENT,),
    "reason": (REASON,),
    "signatory_status": (SIGNATORY,),
    "coop_type": (AGREEMENT_TYPE,),
    "detail": (LINK, AGREEMENT_STATUS, TOPIC, SUBJECT),
    "type": (REL_TYPE,), "rels": (REL_TYPE,),
    "source_label": (NODE_LABEL,), "target_label": (NODE_LABEL,),
}
# office-coverage has one column per topic, holding agreement statuses.
BY_COLUMN.update({t: (AGREEMENT_STATUS,) for t in TOPIC.values})


def _find(tables: tuple[Vocabulary, ...], value: str) -> Term | None:
    for table in tables:
        for term in table.terms:
            if term.value == value:
                return term
    return None


def label(column: str, value: Any, lang: str = "id") -> str | None:
    """The label of ``value`` in ``column``, or None when it is not an enumerated value
    (names, dates, free text), which then shows as it is."""
    if column not in BY_COLUMN or not isinstance(value, str):
        return None
    term = _find(BY_COLUMN[column], value) or _find(TABLES, value)
    if term is None:
        return None
    return term.id if lang == "id" else term.en


def heading(column: str, lang: str = "id") -> str | None:
    """A column named after a value (office-coverage's topics) takes that value's label."""
    term = _find((TOPIC,), column)
    if term is None:
        return None
    return term.id if lang == "id" else term.en


def labelled(rows: list[dict[str, Any]], lang: str = "id") -> list[dict[str, Any]]:
    """Rows with each coded value shown as "label (code)", as the dashboard names it:
    a planner reads Bahasa Indonesia first, and the code stays for scripts and search."""
    out = []
    for row in rows:
        shown = dict(row)
        for column, value in row.items():
            if isinstance(value, list):
                shown[column] = [_shown(column, v, lang) for v in value]
            else:
                shown[column] = _shown(column, value, lang)
        out.append(shown)
    return out


def _shown(column: str, value: Any, lang: str) -> Any:
    name = label(column, value, lang)
    if name is None or name == value:
        return value
    # "Perjanjian Kerja Sama (PKS)" names its code already.
    return name if f"({value})" in name else f"{name} ({value})"
