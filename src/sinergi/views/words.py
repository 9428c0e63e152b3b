"""The network pages in Bahasa Indonesia (``lang="id"``) or English.

The pages are written in English in the code (titles, notes, legend, tooltips);
``say(text, lang)`` gives the Indonesian of each fixed phrase and of each pattern of
the phrases with numbers or names in them. A phrase missing here shows in English:
the test of the Indonesian page walks its texts against ``PHRASES``.
"""

from __future__ import annotations

import re
from typing import Any

from ..questions.value_labels import label

LANGS = ("id", "en")

#: Fixed phrases: English -> Bahasa Indonesia.
PHRASES: dict[str, str] = {
    # the page
    "Filter": "Saring", "Institution kind": "Jenis instansi", "Topic": "Topik", "Year": "Tahun",
    "all": "semua", "Show all": "Tampilkan semua", "Legend": "Keterangan",
    "Selected": "Dipilih", "Search": "Cari", "Find a node by name": "Cari simpul menurut nama",
    "Back to the dashboard": "Kembali ke dasbor", "Evidence": "Bukti",
    "Click a node or a link to see its details and source.":
        "Klik simpul atau garis untuk melihat rinciannya dan sumbernya.",
    "Large network: positions are precomputed, physics is off.":
        "Jaringan besar: posisi sudah dihitung, simulasi fisika dimatikan.",
    "Size: agreements and meetings an institution takes part in (others: links).":
        "Ukuran: jumlah perjanjian dan pertemuan yang diikuti instansi (lainnya: jumlah "
        "hubungan).",
    # subtitles and notes
    "Agreements, meetings, jurisdiction, positions and office hierarchy in the province":
        "Perjanjian, pertemuan, wilayah kerja, jabatan dan hierarki kantor di provinsi",
    "Agreements and meetings around the kab/kota, and who serves it":
        "Perjanjian dan pertemuan di sekitar kab/kota, dan siapa yang melayaninya",
    "No chain links them within the question's hop limit":
        "Tidak ada rantai yang menghubungkan keduanya dalam batas langkah pertanyaan",
    "No agreements, meetings or other relationships recorded for it.":
        "Belum ada perjanjian, pertemuan atau hubungan lain yang tercatat untuknya.",
    "Nothing to show: no relationships match this view.":
        "Tidak ada yang bisa ditampilkan: tidak ada hubungan yang cocok dengan tampilan ini.",
    "Nothing to show: no relationships match this view and these filters.":
        "Tidak ada yang bisa ditampilkan: tidak ada hubungan yang cocok dengan tampilan dan "
        "saringan ini.",
    # legend: nodes
    "Pemprov (province government)": "Pemprov (pemerintah provinsi)",
    "Pemkab (regency government)": "Pemkab (pemerintah kabupaten)",
    "Pemkot (city government)": "Pemkot (pemerintah kota)",
    "DPRD (local parliament)": "DPRD", "Setda (regional secretariat)": "Setda",
    "Dinas (regional agency)": "Dinas", "Badan (regional body)": "Badan daerah",
    "MPP (public service mall)": "MPP (Mal Pelayanan Publik)",
    "Ditjen Imigrasi (central)": "Ditjen Imigrasi (pusat)",
    "Kanwil (regional immigration office)": "Kanwil (kantor wilayah imigrasi)",
    "Kanim (immigration office)": "Kanim (kantor imigrasi)",
    "ULP (immigration service unit)": "ULP (unit layanan paspor)",
    "Timpora team": "Tim Timpora", "Other central body": "Instansi pusat lain",
    "Non-government": "Nonpemerintah", "Foreign partner": "Mitra asing",
    "Institution (kind unknown)": "Instansi (jenis tidak diketahui)",
    "Region (kab/kota, province)": "Wilayah (kab/kota, provinsi)",
    "Person (official)": "Orang (pejabat)", "Agreement (MoU / PKS)": "Perjanjian (MoU / PKS)",
    "Meeting": "Pertemuan", "Program (topic)": "Program (topik)",
    # legend: relationships
    "party to agreement": "pihak dalam perjanjian", "attended meeting": "menghadiri pertemuan",
    "jurisdiction over": "wilayah kerja", "holds position at": "menjabat di",
    "succeeded by": "digantikan oleh", "part of": "bagian dari", "located in": "berkedudukan di",
    "agreement covers": "perjanjian mencakup", "about program": "tentang program",
    "other relationship": "hubungan lain",
    # tooltip fields
    "type": "jenis simpul", "kind": "jenis", "date": "tanggal", "topics": "topik",
    "status": "status", "role": "peran", "title": "jabatan", "source": "sumber",
    "since": "sejak", "until": "sampai", "partial": "sebagian", "note": "catatan",
    "provenance": "asal data", "derived_by": "diturunkan oleh", "signatory": "penanda tangan",
}

#: Phrases with numbers or names: (English pattern, Indonesian replacement).
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"^Cooperation network: (.+)$", r"Jaringan kerja sama: \1"),
        (r"^Around (.+)$", r"Di sekitar \1"),
        (r"^From (.+) to (.+)$", r"Dari \1 ke \2"),
        (r"^(\d+) shortest chain\(s\) of (\d+) step\(s\)$", r"\1 rantai terpendek, \2 langkah"),
        (r"^Partners within (\d+) step\(s\): .*$",
         r"Mitra dalam \1 langkah: perjanjian dan pertemuan bersama, wilayah kerja, "
         r"pejabat, pergantian, hierarki kantor"),
        (r"^Stopped widening after (\d+) step\(s\): the view already holds ([\d,]+) nodes\.$",
         r"Perluasan dihentikan setelah \1 langkah: tampilan sudah memuat \2 simpul."),
        (r"^Filtered \((.*)\): ([\d,]+) of ([\d,]+) nodes\.$",
         r"Disaring (\1): \2 dari \3 simpul."),
    ))

#: What the page's script writes; {shown}, {total}, {n} are filled in there.
SCRIPT_WORDS = {
    "id": {"showing": "Menampilkan {shown} dari {total} simpul", "inView": " ({n} di tampilan)",
           "notFound": "Tidak ditemukan: {q}", "evidence": "Bukti"},
    "en": {"showing": "Showing {shown} of {total} nodes", "inView": " ({n} in the view)",
           "notFound": "Not found: {q}", "evidence": "Evidence"},
}


def language(lang: str | None) -> str:
    return lang if lang in LANGS else "id"


def say(text: str, lang: str) -> str:
    """``text`` in ``lang`` (English text is returned as it is)."""
    if lang != "id":
        return text
    if text in PHRASES:
        return PHRASES[text]
    for pattern, replacement in PATTERNS:
        if pattern.match(text):
            return pattern.sub(replacement, text)
    return text


def value(column: str, raw: Any, lang: str) -> Any:
    """An enumerated value (kind, topic, status, ...) by its label in ``lang``."""
    if isinstance(raw, list | tuple):
        return [value(column, v, lang) for v in raw]
    named = label(column, raw, lang)
    return raw if named is None else named
