"""News into the graph, end to end, on both backends: the reference layer and the
project's own sample articles go through the real extractor, resolver and loader,
then the planners' questions are asked of what was loaded.

The sample (``sinergi/data/sample/articles.jsonl``) restates five events in
Kalimantan Selatan and Timur; the issue's acceptance names what the answers must be.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import BACKENDS, backend_settings
from sinergi.cli.demo import sample_path
from sinergi.cli.main import cli
from sinergi.extract import Article, read_articles
from sinergi.news.load import LoadReport, load_articles
from sinergi.questions.registry import run_query
from sinergi.reference.load import load_reference
from sinergi.stores import GraphStore, open_graph

KALSEL = "Kalimantan Selatan"
KALSEL_KAB_KOTA = 13
TANAH_BUMBU, KOTABARU, BANJARMASIN = "63.10", "63.02", "63.71"


class Loaded:
    def __init__(self, store: GraphStore, report: LoadReport, settings: Any) -> None:
        self.store, self.report, self.settings = store, report, settings

    def ask(self, name: str, **params: Any) -> list[dict[str, Any]]:
        return run_query(self.store, name, params).rows


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Loaded]:
    settings = backend_settings(str(request.param), tmp_path_factory.mktemp("articles"))
    store = open_graph(settings)
    store.clear()
    load_reference(store)
    report = load_articles(store, read_articles([str(sample_path())]))
    try:
        yield Loaded(store, report, settings)
    finally:
        store.close()


def test_every_sample_article_loads(loaded: Loaded) -> None:
    assert loaded.report.errors == []
    assert loaded.report.articles_loaded == 5
    assert loaded.report.created["Article"] == 5
    assert loaded.report.created["Agreement"] == 4
    assert loaded.report.created["Meeting"] == 5


def test_gaps_timpora_lists_the_twelve_without_tanah_bumbu(loaded: Loaded) -> None:
    rows = loaded.ask("gaps", topic="TIMPORA", province=KALSEL)
    regions = [r["region"] for r in rows]
    assert len(regions) == KALSEL_KAB_KOTA - 1
    assert TANAH_BUMBU not in regions
    assert all(r.startswith("63.") for r in regions)


def test_coverage_passport_marks_kotabaru_planned(loaded: Loaded) -> None:
    rows = {r["region"]: r for r in loaded.ask("coverage", topic="PASSPORT_SERVICE",
                                               province=KALSEL)}
    assert len(rows) == KALSEL_KAB_KOTA
    assert rows[KOTABARU]["status"] == "planned"
    assert rows[BANJARMASIN]["status"] == "signed"
    assert rows[BANJARMASIN]["signed_on"] == "2026-02-12"
    assert {r["status"] for k, r in rows.items() if k not in (KOTABARU, BANJARMASIN)} == {"none"}


def test_every_fact_points_at_its_sentence(loaded: Loaded) -> None:
    """Each REPORTS edge carries the sentence, whose offsets cut it out of the article."""
    texts = {a.text for a in read_articles([str(sample_path())])}
    edges = loaded.store.run(
        "MATCH (a:Article)-[r:REPORTS]->(t) RETURN a.sha256 AS sha, r.evidence AS evidence, "
        "r.char_start AS s, r.char_end AS e, r.extractor AS extractor, "
        "r.confidence AS confidence, r.fact AS fact"
    )
    assert len(edges) >= 15
    for edge in edges:
        assert edge["extractor"].startswith("sinergi-rules"), edge
        assert 0 < edge["confidence"] <= 1, edge
        assert edge["fact"], edge
        assert any(t[edge["s"]:edge["e"]] == edge["evidence"] for t in texts), edge


def test_loading_twice_changes_nothing(loaded: Loaded) -> None:
    before = loaded.store.counts()
    again = load_articles(loaded.store, read_articles([str(sample_path())]))
    assert (again.articles_loaded, again.articles_unchanged) == (0, 5)
    assert loaded.store.counts() == before


def _news(n: int, town: str) -> list[Article]:
    return [Article(source=f"{town}-{i}", published="2025-03-06", text=(
        f"{town.upper()} - Kantor Imigrasi Batulicin menggelar rapat koordinasi Tim "
        f"Pengawasan Orang Asing di {town}, Senin ({i + 1}/3/2025), bersama Pemkab {town}."))
        for i in range(n)]


@pytest.mark.parametrize("failure", ["reading", "database"])
def test_a_bad_article_is_left_out_whole_and_the_rest_of_its_batch_loads(
    loaded: Loaded, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """Articles share transactions; one that fails half way (while being resolved, or
    refused by the database) must leave nothing behind, and its neighbours must load."""
    from sinergi.errors import SchemaError
    from sinergi.news import load as loader

    news = _news(5, "Kotabaru" if failure == "reading" else "Tanah Bumbu")
    bad = news[2]
    original = loader.ArticleWriter.meeting

    def meeting(self: Any, item: Any) -> None:
        original(self, item)  # the article has written most of its rows by now
        if self.article is bad and failure == "reading":
            raise SchemaError("cannot resolve a participant")
        if self.article is bad:  # a relationship to a missing node: the database refuses
            self.w.rel("LOCATED_IN", ("Meeting", "meeting:missing"), ("Region", "99.99"))

    monkeypatch.setattr(loader.ArticleWriter, "meeting", meeting)
    before = loaded.store.counts()
    report = load_articles(loaded.store, news)
    assert report.articles_loaded == 4 and len(report.errors) == 1
    assert report.errors[0].startswith(bad.source + ":")
    after = loaded.store.counts()
    assert after["Article"] == before["Article"] + 4
    assert after["Meeting"] == before["Meeting"] + 4
    key = loader.article_key(bad.text)
    assert loaded.store.run("MATCH (a:Article {key: $k}) RETURN a.key AS k", {"k": key}) == []
    assert loaded.store.run("MATCH (a {key: $k})-[r:REPORTS]->() RETURN r.key AS k",
                            {"k": key}) == []


def test_the_same_text_twice_in_one_load_is_one_article(loaded: Loaded) -> None:
    twice = _news(1, "Banjar") * 2
    report = load_articles(loaded.store, twice)
    assert (report.articles_loaded, report.articles_unchanged) == (1, 1)


def test_same_event_in_other_words_lands_on_the_same_nodes(loaded: Loaded) -> None:
    """A second report of Tanah Bumbu's agreement adds a source, not an agreement."""
    before = loaded.store.counts()
    text = (
        "BATULICIN - Pemkab Tanbu dan Kantor Imigrasi Batulicin menandatangani "
        "Kesepakatan Bersama tentang Tim Pengawasan Orang Asing (Timpora) pada "
        "Rabu (6/3/2024) di Batulicin. Kerja sama itu untuk memperkuat pengawasan "
        "orang asing di Tanah Bumbu."
    )
    article = Article(source="retold", text=text, published="2024-03-07")
    report = load_articles(loaded.store, [article])
    assert report.errors == [] and report.articles_loaded == 1
    after = loaded.store.counts()
    assert after["Agreement"] == before["Agreement"]
    assert after["Article"] == before["Article"] + 1
    row = next(r for r in loaded.ask("coverage", topic="TIMPORA", province=KALSEL)
               if r["region"] == TANAH_BUMBU)
    assert row["status"] == "signed" and row["sources"] == 2


def test_cli_ask_and_evidence(loaded: Loaded, monkeypatch: pytest.MonkeyPatch) -> None:
    s = loaded.settings
    for name, value in [("BACKEND", s.backend), ("DATA_DIR", str(s.data_dir)),
                        ("NEO4J_URI", s.neo4j_uri), ("NEO4J_USER", s.neo4j_user),
                        ("NEO4J_PASSWORD", s.neo4j_password)]:
        monkeypatch.setenv(f"SINERGI_{name}", value)
    positions = loaded.store.run("MATCH (:Person)-[h:HOLDS_POSITION]->() RETURN h.key AS k")
    assert positions, "the sample names officials"
    if s.backend == "embedded":
        loaded.store.close()  # one process may hold the embedded database at a time
    try:
        runner = CliRunner()
        out = runner.invoke(cli, ["ask", "gaps", "--param", "topic=TIMPORA",
                                  "--param", f"province={KALSEL}", "--csv"])
        assert out.exit_code == 0, out.output
        lines = out.output.strip().splitlines()
        assert lines[0].startswith("region,") and len(lines) == KALSEL_KAB_KOTA
        out = runner.invoke(cli, ["evidence", positions[0]["k"], "--json"])
        assert out.exit_code == 0, out.output
        assert '"evidence"' in out.output and '"url"' in out.output
        out = runner.invoke(cli, ["evidence", "agreement:does-not-exist"])
        assert out.exit_code != 0 and "no evidence" in out.output
    finally:
        if s.backend == "embedded":
            loaded.store = open_graph(s)

