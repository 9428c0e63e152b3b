"""The pipelined load (issue 20): extraction in worker processes, one writer, and the
same graph byte for byte whatever the number of workers, on both backends.

The articles are written here for the test: events between real kab/kota of
Kalimantan Selatan and Timur and the Kanim serving them, with officials who change
titles, agreements retold by several articles, institutions the reference layer does
not know, a duplicate text and bad lines, so that the order of writes matters.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import BACKENDS, backend_settings
from sinergi.backup.dump import dump_graph
from sinergi.cli.main import cli
from sinergi.extract import Article, extract_article
from sinergi.news import load as loader
from sinergi.news.parallel import Extraction, extract_one
from sinergi.reference.load import load_reference
from sinergi.settings import Settings
from sinergi.stores import open_graph

PAIRS = [  # (government, head, place, office)
    ("Pemkab Tanah Bumbu", "Bupati", "Tanah Bumbu", "Kantor Imigrasi Batulicin"),
    ("Pemkab Kotabaru", "Bupati", "Kotabaru", "Kantor Imigrasi Batulicin"),
    ("Pemkab Tapin", "Bupati", "Tapin", "Kantor Imigrasi Banjarmasin"),
    ("Pemkot Banjarbaru", "Wali Kota", "Banjarbaru", "Kantor Imigrasi Banjarmasin"),
    ("Pemkab Paser", "Bupati", "Paser", "Kantor Imigrasi Balikpapan"),
    ("Pemkot Bontang", "Wali Kota", "Bontang", "Kantor Imigrasi Samarinda"),
]
PEOPLE = ["Andi Saputra", "Rina Lestari"]
TOPICS = ["Tim Pengawasan Orang Asing (Timpora)", "pelayanan paspor jemput bola",
          "pertukaran data kependudukan"]


def _text(rng: random.Random, i: int) -> str:
    gov, head, place, office = rng.choice(PAIRS)
    who, chief = rng.choice(PEOPLE), rng.choice(PEOPLE)
    day = f"{rng.randrange(1, 28)}/{rng.randrange(1, 12)}/202{rng.randrange(3, 6)}"
    topic = rng.choice(TOPICS)
    kind = i % 4
    if kind == 0:
        body = (f"{gov} dan {office} menandatangani nota kesepahaman tentang {topic} pada "
                f"Selasa ({day}). {head} {place}, {who}, menyebut kerja sama ini penting.")
    elif kind == 1:
        body = (f"{office} menggelar rapat koordinasi {topic} di {place}, Rabu ({day}), "
                f"bersama {gov} dan Dinas Tenaga Kerja {place}. Kepala {office}, {chief}, "
                "memimpin rapat.")
    elif kind == 2:
        body = (f"{gov} akan menandatangani perjanjian kerja sama dengan {office} tentang "
                f"{topic}. Rencana itu dibahas dalam audiensi, Kamis ({day}). Plt {head} "
                f"{place}, {who}, berharap naskahnya segera rampung.")
    else:
        body = (f"Kepala {office}, {chief}, beraudiensi dengan {head} {place}, {who}, "
                f"Jumat ({day}), membahas {topic}.")
    return (f"{place.upper()} - {body}\n\nWarga diimbau melapor bila melihat orang asing "
            f"yang mencurigakan (berita {i}).")


def _archive(path: Path, n: int) -> Path:
    rng = random.Random(20)
    lines = []
    for i in range(n):
        item = {"id": f"uji-{i}", "text": _text(rng, i), "published": f"2025-0{1 + i % 9}-15",
                "url": f"https://contoh.example/berita/{i}"}
        lines.append(json.dumps(item, ensure_ascii=False))
    lines.insert(7, lines[3])  # the same text twice: one article
    lines.insert(11, '{"id": "rusak", "text": ')  # malformed JSON
    lines.insert(19, '{"id": "kosong", "text": "   "}')  # empty article
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _load(settings: Settings, archive: Path, workers: int, monkeypatch: pytest.MonkeyPatch
          ) -> tuple[Any, str]:
    for name, value in [("BACKEND", settings.backend), ("DATA_DIR", str(settings.data_dir)),
                        ("NEO4J_URI", settings.neo4j_uri), ("NEO4J_USER", settings.neo4j_user),
                        ("NEO4J_PASSWORD", settings.neo4j_password)]:
        monkeypatch.setenv(f"SINERGI_{name}", value)
    with open_graph(settings) as store:
        store.clear()
    out = CliRunner().invoke(cli, ["load", "articles", str(archive), "--workers", str(workers)])
    assert out.exit_code == 1, out.output  # the two bad lines
    with open_graph(settings) as store:
        return dump_graph(store), out.output


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_graph_is_the_same_whatever_the_number_of_workers(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small transactions, so that several are in flight while one is written.
    monkeypatch.setattr(loader, "PER_TRANSACTION", 5)
    archive = _archive(tmp_path / "berita.jsonl", 36)
    one = backend_settings(backend, tmp_path / "one")
    two = backend_settings(backend, tmp_path / "two")
    dump1, out1 = _load(one, archive, 1, monkeypatch)
    dump2, out2 = _load(two, archive, 2, monkeypatch)
    assert out1 == out2
    assert "36 article(s) loaded, 1 unchanged, 2 skipped" in out1
    assert f"{archive}:12: malformed JSON" in out1
    assert f"{archive}:20: empty article" in out1
    articles = [n for n in dump1.nodes if n["label"] == "Article"]
    assert len(articles) == 36
    assert sum(r["type"] == "REPORTS" for r in dump1.rels) > 100
    assert json.dumps(dump1.nodes, default=str) == json.dumps(dump2.nodes, default=str)
    assert json.dumps(dump1.rels, default=str) == json.dumps(dump2.rels, default=str)


def test_batches_come_back_in_input_order_with_every_extraction() -> None:
    rng = random.Random(3)
    batches = [[Article(source=f"b{b}-{i}", text=_text(rng, b * 10 + i)) for i in range(n)]
               for b, n in enumerate([7, 0, 1, 12, 3])]
    with Extraction(2, ahead=1) as extraction:
        got = list(extraction.run(iter(batches)))
    assert [batch for batch, _ in got] == batches
    for batch, found in got:
        assert [f.source for f in found if not isinstance(f, str)] == [a.source for a in batch]
        assert [f.to_json() for f in found if not isinstance(f, str)] == \
            [extract_article(a).to_json() for a in batch]
    assert extraction.timings.extract_cpu > 0


def test_an_article_whose_extraction_fails_is_reported_and_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deliberate error while reading one article names it and loads the others."""
    from sinergi.errors import SinergiError
    from sinergi.news import parallel

    def extract(article: Article) -> Any:
        if article.source == "buruk":
            raise SinergiError("cannot read the dateline")
        return extract_article(article)

    monkeypatch.setattr(parallel, "extract_article", extract)
    assert extract_one(Article(source="buruk", text="x")) == "cannot read the dateline"
    rng = random.Random(5)
    news = [Article(source=s, text=_text(rng, i)) for i, s in enumerate(["a", "buruk", "c"])]
    with open_graph(backend_settings("embedded", tmp_path)) as store:
        store.clear()
        load_reference(store)
        report = loader.load_articles(store, news)
        assert report.articles_loaded == 2
        assert report.errors == ["buruk: cannot read the dateline"]
        keys = {r["k"] for r in store.run("MATCH (a:Article) RETURN a.source AS k")}
    assert "buruk" not in str(keys)


def test_workers_setting_and_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINERGI_LOAD_WORKERS", "3")
    assert Settings().load_workers == 3
    out = CliRunner().invoke(cli, ["load", "articles", "--workers", "0", "."])
    assert out.exit_code == 2 and "--workers" in out.output
