"""A planner's workbook for the agreement-lifecycle questions, loaded as planners load it.

On the reference of ``records_graph`` (Kalimantan Selatan and Timur), one workbook with
an agreements sheet and an officials sheet, all dates relative to ``AS_OF``; each row's
title says what the lifecycle questions must make of it. Invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

from records_graph import AGREEMENT_HEADERS, build_reference, write_xlsx
from sinergi.ingest import load_sheets
from sinergi.stores import GraphStore

AS_OF = "2025-06-10"

OFFICIAL_HEADERS = ["id", "name", "title", "institution", "since", "until", "seen_on"]

# id, kind, status, title, parties, signed_on, valid_until, topics, covers
AGREEMENTS: list[list[object]] = [
    # Signed 14 months before AS_OF; no PKS since: unfollowed at 12 months, not at 18.
    ["MOU-BJM", "MOU", "signed", "KB Timpora Banjarmasin",
     "Pemko Banjarmasin; Kanim Banjarmasin", "2024-04-10", None, "TIMPORA", None],
    # Followed two months later by the PKS below: never unfollowed.
    ["MOU-TANBU", "MOU", "signed", "KB paspor Tanah Bumbu",
     "Pemkab Tanbu; Kanim Batulicin", "2023-01-05", None, "PASSPORT_SERVICE", None],
    # Valid until 20 days after AS_OF: expiring with days=30, not with days=10; its
    # signing Bupati has been replaced since.
    ["PKS-TANBU", "PKS", "signed", "PKS paspor Tanah Bumbu",
     "Pemkab Tanbu; Kanim Batulicin", "2023-03-01", "2025-06-30", "PASSPORT_SERVICE", None],
    # A PKS on another topic does not follow up this MoU: unfollowed.
    ["MOU-KUKAR", "MOU", "signed", "KB Timpora Kukar",
     "Pemkab Kukar; kanim:samarinda", "2023-06-01", None, "TIMPORA", None],
    ["PKS-KUKAR", "PKS", "signed", "PKS tenaga kerja Kukar",
     "Pemkab Kukar; kanim:samarinda", "2023-08-01", "2026-12-01", "LABOUR", None],
    # Expired in 2023 but renewed: in no list. The renewal runs to 2028.
    ["PKS-BJB-1", "PKS", "signed", "PKS paspor Banjarbaru lama",
     "Pemerintah Kota Banjarbaru; Kanim Banjarmasin", "2020-01-10", "2023-01-09",
     "PASSPORT_SERVICE", None],
    ["PKS-BJB-2", "PKS", "signed", "PKS paspor Banjarbaru baru",
     "Pemerintah Kota Banjarbaru; Kanim Banjarmasin", "2023-02-01", "2028-01-31",
     "PASSPORT_SERVICE", None],
    # Passed on 2024-12-31 with no renewal: expired (161 days before AS_OF); its
    # Gubernur is still in office.
    ["PKS-PROV", "PKS", "signed", "PKS pengawasan WNA Kalsel",
     "Pemprov Kalsel; kanwil:kalimantan-selatan:kanwil-ditjen-imigrasi-kalsel",
     "2021-01-04", "2024-12-31", "WNA_SUPERVISION", None],
    # Valid for 112 more days: expiring only with a longer look-ahead.
    ["PKS-SMD", "PKS", "signed", "PKS paspor Samarinda",
     "Pemerintah Kota Samarinda; kanim:samarinda", "2022-09-30", "2025-09-30",
     "PASSPORT_SERVICE", None],
]

# One of each cooperation type besides VERTICAL (every row above is with a Kanim/Kanwil).
AGREEMENTS += [
    ["PKS-KSDD", "PKS", "signed", "PKS antardaerah Banjarmasin Tanah Bumbu",
     "Pemko Banjarmasin; Pemkab Tanbu", "2024-11-01", "2029-10-31", "TOURISM", None],
    ["PKS-KSDPK", "PKS", "signed", "PKS dengan universitas",
     "Pemprov Kalsel; Universitas Contoh", "2024-12-01", "2029-11-30", "LABOUR", None],
    ["PKS-LN", "PKS", "signed", "PKS dengan kota kembar",
     "Pemko Banjarmasin; Kota Kembar Contoh", "2025-01-15", "2030-01-14", "TOURISM", None],
    ["PKS-ANTAR", "PKS", "signed", "PKS Kanim dengan Kanwil",
     "Kanim Batulicin; kanwil:kalimantan-selatan:kanwil-ditjen-imigrasi-kalsel",
     "2025-02-01", "2030-01-31", "WNA_SUPERVISION", None],
]

OFFICE_HEADERS = ["id", "name", "kind", "place", "region"]
OFFICES: list[list[object]] = [
    ["U1", "Universitas Contoh", "NON_GOV", "Banjarmasin", "Kota Banjarmasin"],
    ["F1", "Kota Kembar Contoh", "FOREIGN", "Contoh", None],
    # Standing teams for quiet-teams (see the meetings below).
    ["T1", "Tim Pengawasan Orang Asing Kabupaten Tanah Bumbu", "TIMPORA", None,
     "Kabupaten Tanah Bumbu"],
    ["T2", "Tim Pengawasan Orang Asing Kota Banjarmasin", "TIMPORA", None, "Kota Banjarmasin"],
    ["T3", "Forum Kerja Sama Daerah Kalimantan Selatan", "BADAN", None, "Kalimantan Selatan"],
]

MEETING_HEADERS = ["id", "kind", "date", "participants", "region", "topics"]
MEETINGS: list[list[object]] = [
    # The Banjarmasin team met 3 months before AS_OF: never quiet at 6 months or more.
    ["M1", "COORDINATION", "2025-03-01",
     "Tim Pengawasan Orang Asing Kota Banjarmasin; Kanim Banjarmasin", "Kota Banjarmasin",
     "TIMPORA"],
    # A Timpora meeting held in Tanah Bumbu without the team listed: its last sign of life,
    # 16 months before AS_OF (quiet at 12 months, not at 18).
    ["M2", "COORDINATION", "2024-02-10", "Pemkab Tanbu", "Kabupaten Tanah Bumbu", "TIMPORA"],
    # Not Timpora: does not count for the Tanah Bumbu team.
    ["M3", "COORDINATION", "2025-01-20", "Pemkab Tanbu", "Kabupaten Tanah Bumbu", "TOURISM"],
]

OFFICIALS: list[list[object]] = [
    ["O1", "Ahmad Contoh", "Bupati", "Pemkab Tanbu", "2021-02-26", None, None],
    ["O2", "Budi Pengganti", "Bupati", "Pemkab Tanbu", "2025-02-20", None, None],
    ["O3", "Citra Gubernur", "Gubernur", "Pemprov Kalsel", "2021-01-01", None, None],
]


def write_workbook(path: Path) -> Path:
    return write_xlsx(path, {
        "offices": [OFFICE_HEADERS, *OFFICES],
        "agreements": [AGREEMENT_HEADERS, *AGREEMENTS],
        "officials": [OFFICIAL_HEADERS, *OFFICIALS],
        "meetings": [MEETING_HEADERS, *MEETINGS],
    })


def load_lifecycle(store: GraphStore, folder: Path) -> None:
    build_reference(store)
    load_sheets(store, [write_workbook(folder / "register-kerja-sama.xlsx")])
