"""The words of the question pages, Bahasa Indonesia first (``labels`` holds the
landing page's); ``words(lang)`` gives both tables merged for a page."""

from __future__ import annotations

from ..labels import labels

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "questions_intro": "Setiap pertanyaan yang bisa dijawab Sinergi. Pilih satu, isi "
                           "parameternya, lalu unduh jawabannya sebagai CSV atau XLSX.",
        "required": "wajib",
        "optional": "boleh kosong",
        "any": "— semua —",
        "yes": "ya",
        "no": "tidak",
        "fill_in": "Isi parameter yang wajib, lalu tekan Tampilkan.",
        "download": "Unduh",
        "permalink": "Tautan ke jawaban ini",
        "rows_of": "baris {first}-{last} dari {total}",
        "next": "berikutnya",
        "previous": "sebelumnya",
        "all_rows": "{n} baris",
        "empty": "Tidak ada baris untuk pilihan ini.",
        "empty_hint": "Jika data memang belum dimuat: muat artikel dengan "
                      "`sinergi load articles BERKAS...` atau catatan dengan "
                      "`sinergi load records BERKAS...`, lalu muat ulang halaman ini.",
        "no_reference": "Graf belum berisi data rujukan (wilayah, kantor imigrasi), jadi "
                        "pertanyaan ini belum bisa dijawab.",
        "no_reference_hint": "Jalankan `sinergi load reference` sekali, lalu muat ulang "
                             "halaman ini.",
        "error": "Pertanyaan ini tidak bisa dijawab dengan parameter ini",
        "error_param": "Parameter yang bermasalah",
        "not_found": "Halaman tidak ditemukan",
        "unknown_question": "Tidak ada pertanyaan bernama {name}.",
        "unavailable": "Basis data graf sedang tidak bisa dihubungi. Coba lagi sebentar lagi.",
        "internal": "Terjadi kesalahan di server; rinciannya ada di log server.",
        "see_all": "Lihat semua pertanyaan",
        "as_of_note": "Jawaban berlaku pada tanggal",
        "name": "Nama",
        "parameters": "Parameter",
    },
    "en": {
        "questions_intro": "Every question Sinergi answers. Pick one, fill in its "
                           "parameters, then download the answer as CSV or XLSX.",
        "required": "required",
        "optional": "optional",
        "any": "— any —",
        "yes": "yes",
        "no": "no",
        "fill_in": "Fill in the required parameters, then press Show.",
        "download": "Download",
        "permalink": "Link to this answer",
        "rows_of": "rows {first}-{last} of {total}",
        "next": "next",
        "previous": "previous",
        "all_rows": "{n} rows",
        "empty": "No rows for this choice.",
        "empty_hint": "If the data is not loaded yet: load articles with "
                      "`sinergi load articles FILE...` or records with "
                      "`sinergi load records FILE...`, then reload this page.",
        "no_reference": "The graph holds no reference data (regions, immigration offices) "
                        "yet, so this question cannot be answered.",
        "no_reference_hint": "Run `sinergi load reference` once, then reload this page.",
        "error": "This question cannot be answered with these parameters",
        "error_param": "The parameter at fault",
        "not_found": "Page not found",
        "unknown_question": "There is no question named {name}.",
        "unavailable": "The graph database cannot be reached right now. Try again shortly.",
        "internal": "Something went wrong on the server; the details are in its log.",
        "see_all": "See all questions",
        "as_of_note": "The answer holds on",
        "name": "Name",
        "parameters": "Parameters",
    },
}


def words(lang: str | None) -> tuple[str, dict[str, str]]:
    """The language used (unknown -> Indonesian) and every word of the pages."""
    chosen, base = labels(lang)
    return chosen, {**base, **WORDS[chosen]}
