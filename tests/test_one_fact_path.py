"""One code path writes agreements, meetings and positions, whatever the source.

An article that tells of a signing, read by the real extractor, and a planner's sheets
that record the same signing, meeting and official must leave identical nodes and
edges; only the provenance (Article vs Record, REPORTS) differs. Both backends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from records_graph import AGREEMENT_HEADERS, write_csv
from sinergi.backup.dump import dump_graph
from sinergi.extract import Article
from sinergi.ingest import load_articles, load_sheets
from sinergi.stores import GraphStore

ARTICLE = Article("signing-2025", (
    "Batulicin – Pemerintah Kabupaten Tanah Bumbu dan Kantor Imigrasi Kelas II TPI "
    "Batulicin menandatangani perjanjian kerja sama tentang pengawasan orang asing di "
    "Batulicin, Senin (10/3/2025).\n\n"
    "Wakil Bupati Tanah Bumbu, Bahsanuddin, mengatakan kerja sama ini memperkuat "
    "pengawasan orang asing di daerah itu.\n"), published="2025-03-11")
PARTIES = "Pemerintah Kabupaten Tanah Bumbu; Kantor Imigrasi Kelas II TPI Batulicin"
FACT_LABELS = ("Agreement", "Meeting", "Person", "Program")
FACT_TYPES = ("PARTY_TO", "COVERS", "ABOUT", "ATTENDED", "HOLDS_POSITION")
PROVENANCE_LABELS = ("Article", "Record", "Agreement", "Meeting", "Person")


def _sheets(folder: Path) -> list[Path]:
    folder.mkdir()
    return [
        write_csv(folder / "perjanjian.csv", [AGREEMENT_HEADERS, [
            "P-1", "PKS", "signed", None, PARTIES, "2025-03-10", None, "WNA_SUPERVISION",
            None]]),
        write_csv(folder / "rapat.csv", [
            ["ID baris / id", "Jenis / kind", "Tanggal / date", "Peserta (instansi) / participants",
             "Topik / topics"],
            ["R-1", "SIGNING", "2025-03-10", PARTIES, "WNA_SUPERVISION"]]),
        write_csv(folder / "pejabat.csv", [
            ["ID baris / id", "Nama / name", "Jabatan / title", "Instansi / institution",
             "Tanggal data / seen_on"],
            ["O-1", "Bahsanuddin", "Wakil Bupati Tanah Bumbu", "pemkab:63.10", "2025-03-11"]]),
    ]


def _facts(store: GraphStore) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The fact nodes and edges as plain rows, without the derived ``sources`` column."""
    dump = dump_graph(store)
    nodes = [{k: v for k, v in n.items() if k != "sources"}
             for n in dump.nodes if n["label"] in FACT_LABELS]
    rels = [{k: v for k, v in r.items() if k != "sources"}
            for r in dump.rels if r["type"] in FACT_TYPES]
    return nodes, rels


def _forget_facts(store: GraphStore) -> None:
    for label in PROVENANCE_LABELS:
        store.run(f"MATCH (n:{label}) DETACH DELETE n")


def test_an_article_and_a_sheet_saying_the_same_write_identical_nodes_and_edges(
    store: GraphStore, tmp_path: Path
) -> None:
    report = load_articles(store, [ARTICLE])
    assert report.articles_loaded == 1 and not report.errors
    from_article = _facts(store)
    kinds = sorted(n["label"] for n in from_article[0])
    assert kinds.count("Agreement") == 1 and kinds.count("Meeting") == 1
    assert kinds.count("Person") == 1
    _forget_facts(store)
    assert _facts(store)[0] == [n for n in from_article[0] if n["label"] == "Program"]

    load_sheets(store, _sheets(tmp_path / "sheets"))
    from_sheets = _facts(store)
    assert from_sheets == from_article
    assert {r["type"] for r in from_sheets[1]} == set(FACT_TYPES)
