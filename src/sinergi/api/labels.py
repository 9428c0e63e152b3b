"""The dashboard's words: Bahasa Indonesia by default, English with ``?lang=en``."""

from __future__ import annotations

from ..questions.headings import COLUMNS

__all__ = ["COLUMNS", "LABELS", "LANGS", "labels"]

LANGS = ("id", "en")

LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Sinergi: peta kerja sama antarinstansi",
        "province": "Provinsi",
        "topic": "Topik",
        "choose": "— pilih —",
        "show": "Tampilkan",
        "coverage": "Cakupan",
        "gaps": "Kesenjangan (belum ada kerja sama)",
        "network": "Buka peta jaringan",
        "evidence": "Bukti",
        "no_rows": "Tidak ada baris.",
        "pick": "Pilih provinsi dan topik untuk melihat cakupan dan kesenjangan.",
        "rows": "baris",
        "source": "Sumber",
        "sentence": "Kalimat",
        "published": "Terbit",
        "record": "Catatan",
        "confidence": "Keyakinan",
        "back": "Kembali ke dasbor",
        "evidence_for": "Bukti untuk",
        "api": "Dokumentasi API",
        "questions": "Semua pertanyaan",
        "language": "English",
    },
    "en": {
        "title": "Sinergi: how institutions work together",
        "province": "Province",
        "topic": "Topic",
        "choose": "— choose —",
        "show": "Show",
        "coverage": "Coverage",
        "gaps": "Gaps (no cooperation yet)",
        "network": "Open the network view",
        "evidence": "Evidence",
        "no_rows": "No rows.",
        "pick": "Choose a province and a topic to see coverage and gaps.",
        "rows": "rows",
        "source": "Source",
        "sentence": "Sentence",
        "published": "Published",
        "record": "Record",
        "confidence": "Confidence",
        "back": "Back to the dashboard",
        "evidence_for": "Evidence for",
        "api": "API documentation",
        "questions": "All questions",
        "language": "Bahasa Indonesia",
    },
}




def labels(lang: str | None) -> tuple[str, dict[str, str]]:
    """The language actually used (unknown -> Indonesian) and its labels."""
    chosen = lang if lang in LANGS else "id"
    return chosen, LABELS[chosen]
