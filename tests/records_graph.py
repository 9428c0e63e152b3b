"""A small hand-made reference graph for the records, review and export tests.

Real Kemendagri codes for a few regions of Kalimantan Selatan and Timur, their
governments and immigration offices, written with ``store.writer()`` as
``docs/graph-model.md`` describes; no text from the evaluation articles.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from sinergi.schema import Topic, program_key
from sinergi.stores import GraphStore

REGIONS = [
    ("63", "Kalimantan Selatan", "province", None),
    ("63.10", "Kabupaten Tanah Bumbu", "regency", "63"),
    ("63.71", "Kota Banjarmasin", "city", "63"),
    ("63.72", "Kota Banjarbaru", "city", "63"),
    ("64", "Kalimantan Timur", "province", None),
    ("64.02", "Kabupaten Kutai Kartanegara", "regency", "64"),
    ("64.72", "Kota Samarinda", "city", "64"),
]
GOVERNMENTS = [
    ("pemprov:63", "Pemerintah Provinsi Kalimantan Selatan", "PEMPROV", "63", ["Pemprov Kalsel"]),
    ("pemkab:63.10", "Pemerintah Kabupaten Tanah Bumbu", "PEMKAB", "63.10", ["Pemkab Tanbu"]),
    ("pemkot:63.71", "Pemerintah Kota Banjarmasin", "PEMKOT", "63.71", ["Pemko Banjarmasin"]),
    ("pemkot:63.72", "Pemerintah Kota Banjarbaru", "PEMKOT", "63.72", []),
    ("pemkab:64.02", "Pemerintah Kabupaten Kutai Kartanegara", "PEMKAB", "64.02",
     ["Pemkab Kukar"]),
    ("pemkot:64.72", "Pemerintah Kota Samarinda", "PEMKOT", "64.72", []),
]
OFFICES = [
    ("kanim:banjarmasin", "Kantor Imigrasi Kelas I TPI Banjarmasin", "KANIM", "63.71",
     ["Kanim Banjarmasin", "Imigrasi Banjarmasin"]),
    ("kanim:batulicin", "Kantor Imigrasi Kelas II TPI Batulicin", "KANIM", "63.10",
     ["Kanim Batulicin"]),
    ("kanim:samarinda", "Kantor Imigrasi Kelas I TPI Samarinda", "KANIM", "64.72",
     ["Kanim Samarinda"]),
    # Two bodies people both call "Imigrasi Kalsel": an ambiguous name on purpose.
    ("kanwil:kalimantan-selatan:kanwil-ditjen-imigrasi-kalsel",
     "Kantor Wilayah Direktorat Jenderal Imigrasi Kalimantan Selatan", "KANWIL", "63",
     ["Imigrasi Kalsel"]),
    ("kanwil:kalimantan-selatan:kanwil-kemenkumham-kalsel",
     "Kantor Wilayah Kementerian Hukum dan HAM Kalimantan Selatan", "KANWIL", "63",
     ["Imigrasi Kalsel"]),
]


def build_reference(store: GraphStore) -> None:
    with store.writer() as w:
        for code, name, level, parent in REGIONS:
            w.node("Region", {"key": code, "name": name, "level": level, "parent": parent,
                              "province": code[:2]})
            if parent:
                w.rel("PART_OF", ("Region", code), ("Region", parent))
        for key, name, kind, region, aliases in GOVERNMENTS + OFFICES:
            place = name.split(" ", 2)[-1] if kind.startswith("PEM") else None
            w.node("Institution", {"key": key, "name": name, "kind": kind, "region": region,
                                   "place": place, "aliases": aliases, "status": "accepted"})
            w.rel("LOCATED_IN" if kind in ("KANIM", "KANWIL") else "JURISDICTION_OVER",
                  ("Institution", key), ("Region", region))
        for topic in Topic:
            w.node("Program", {"key": program_key(topic), "name": topic.title(),
                               "topic": topic.value})


# --- sheets -------------------------------------------------------------------------

AGREEMENT_HEADERS = ["ID baris / id", "Jenis / kind", "Status / status", "Judul / title",
                     "Pihak / parties", "Tanggal tanda tangan / signed_on",
                     "Berlaku sampai / valid_until", "Topik / topics",
                     "Wilayah cakupan / covers"]


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook with one sheet per entry: first row the header."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


PAIRS = [
    ("Pemko Banjarmasin", "Kanim Banjarmasin"),
    ("Pemkab Tanbu", "Kanim Batulicin"),
    ("Pemkab Kukar", "kanim:samarinda"),
    ("Pemerintah Kota Banjarbaru", "Kantor Imigrasi Kelas I TPI Banjarmasin"),
    ("Pemprov Kalsel", "kanwil:kalimantan-selatan:kanwil-ditjen-imigrasi-kalsel"),
]


def agreement_rows(n: int) -> list[list[object]]:
    """``n`` valid agreement rows with distinct ids and dates."""
    rows: list[list[object]] = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        day = dt.date(2024, 1, 1) + dt.timedelta(days=7 * i)
        signed = day.strftime("%d/%m/%Y") if i % 2 else day.isoformat()
        rows.append([f"PKS-{i + 1:03d}", "PKS" if i % 3 else "MOU", "signed",
                     f"Kerja sama nomor {i + 1}", f"{a}; {b}", signed, None,
                     "PASSPORT_SERVICE; WNA_SUPERVISION" if i % 4 == 0 else "TIMPORA", None])
    return rows
