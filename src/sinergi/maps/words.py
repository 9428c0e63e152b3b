"""The map's words: Bahasa Indonesia first, English with ``lang=en``."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Peta cakupan kerja sama",
        "indonesia": "Seluruh Indonesia",
        "map_of": "Peta cakupan",
        "as_of": "per tanggal",
        "topic": "Topik",
        "province": "Provinsi",
        "date": "Tanggal",
        "show": "Tampilkan",
        "legend": "Keterangan",
        "kabkota": "kabupaten/kota",
        "office": "Kantor Imigrasi yang melayani",
        "no_office": "belum diketahui",
        "not_in_graph": "Tidak diketahui (wilayah belum ada di graf)",
        "means_signed": "ada perjanjian yang ditandatangani dan berlaku pada tanggal ini",
        "means_planned": "hanya perjanjian yang direncanakan",
        "means_none": "belum ada perjanjian kab/kota; Kantor Imigrasi yang melayani diketahui",
        "means_team": "ada tim Timpora, belum ada perjanjian",
        "means_province-only": "hanya perjanjian tingkat provinsi",
        "means_unknown": "belum diketahui Kantor Imigrasi mana yang melayani: bukan berarti "
                         "tidak ada kerja sama",
        "missing": "Graf belum memuat wilayah provinsi berikut; kab/kotanya ditandai "
                   "tidak diketahui",
        "hover": "Arahkan penunjuk ke kab/kota untuk melihat status dan kantor yang "
                 "melayaninya; klik untuk membuka halamannya.",
        "hover_file": "Arahkan penunjuk ke kab/kota untuk melihat status dan kantor yang "
                      "melayaninya.",
        "table": "Tabel cakupan dan kesenjangan",
        "geojson": "Data peta (GeoJSON)",
        "questions": "Semua pertanyaan",
        "language": "English",
        "empty_title": "Peta belum dapat digambar",
        "boundaries": "Batas wilayah",
        "licence": "lisensi MIT",
    },
    "en": {
        "title": "Cooperation coverage map",
        "indonesia": "All of Indonesia",
        "map_of": "Coverage map",
        "as_of": "as of",
        "topic": "Topic",
        "province": "Province",
        "date": "Date",
        "show": "Show",
        "legend": "Legend",
        "kabkota": "regencies/cities",
        "office": "Serving immigration office",
        "no_office": "not known",
        "not_in_graph": "Unknown (the region is not in the graph)",
        "means_signed": "a signed agreement in force on this day",
        "means_planned": "only planned agreements",
        "means_none": "no agreement of the regency/city; its serving immigration office "
                      "is known",
        "means_team": "a Timpora team, no agreement yet",
        "means_province-only": "only a province-level agreement",
        "means_unknown": "no immigration office is known to serve it: this does not mean "
                         "there is no cooperation",
        "missing": "The graph holds no regions of these provinces yet; their regencies and "
                   "cities are shown as unknown",
        "hover": "Point at a regency or city to see its status and serving office; click "
                 "to open its page.",
        "hover_file": "Point at a regency or city to see its status and serving office.",
        "table": "Coverage and gaps table",
        "geojson": "Map data (GeoJSON)",
        "questions": "All questions",
        "language": "Bahasa Indonesia",
        "empty_title": "The map cannot be drawn yet",
        "boundaries": "Boundaries",
        "licence": "MIT licence",
    },
}
