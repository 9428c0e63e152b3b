"""``sinergi demo``: the main job on the embedded default, end to end on the sample."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from .common import emit, open_store
from .main import cli
from .terminal import say

SAMPLE = "articles.jsonl"


def sample_path() -> Path:
    return Path(str(resources.files("sinergi") / "data" / "sample" / SAMPLE))


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the network page (default: DATA_DIR/demo-province.html).")
def demo(out: str | None) -> None:
    """Load the reference data and the sample articles, then answer a few questions.

    Prints the institutions, agreements and meetings found, the Timpora gaps and the
    passport-service coverage of Kalimantan Selatan, and writes a network page.

    Example:

        sinergi demo
    """
    from ..extract import read_articles
    from ..ingest import load_articles
    from ..questions.registry import get, run_query
    from ..questions.value_labels import labelled
    from ..reference.load import load_reference
    from ..views import write_view
    from .common import settings

    with open_store() as store:
        say(f"Backend: {store.backend}")
        counts = load_reference(store)
        say(f"Reference: {_summary(counts)}")
        report = load_articles(store, read_articles([str(sample_path())]))
        say(f"Sample articles: {report.articles_loaded} loaded, "
                   f"{report.articles_unchanged} already there")
        _print_found(store)
        for name, params in (
            ("gaps", {"topic": "TIMPORA", "province": "Kalimantan Selatan"}),
            ("coverage", {"topic": "PASSPORT_SERVICE", "province": "Kalimantan Selatan"}),
        ):
            result = run_query(store, name, params)
            # As `sinergi ask` shows it: Bahasa Indonesia first, codes beside.
            header = get(name).header
            emit(labelled(result.rows), columns=result.columns,
                 title=f"{header.title_id} / {header.title}: {params}")
        page = Path(out) if out else settings().data_dir / "demo-province.html"
        write_view(store, "province", {"province": "Kalimantan Selatan"}, {}, page)
    say(f"Network view written to {page.resolve()}")


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{v} {k}" for k, v in counts.items() if v)


def _print_found(store: object) -> None:
    from ..questions.value_labels import labelled

    run = store.run  # type: ignore[attr-defined]
    institutions = run(
        "MATCH (a:Article)-[:REPORTS]->(i:Institution) "
        "RETURN DISTINCT i.key AS key, i.name AS name, i.kind AS kind ORDER BY key"
    )
    emit(labelled(institutions),
         title="Instansi dalam artikel contoh / Institutions in the sample articles")
    agreements = run(
        "MATCH (i:Institution)-[:PARTY_TO]->(g:Agreement) "
        "WITH g, collect(i.name) AS parties "
        "RETURN g.key AS key, g.kind AS kind, g.status AS status, g.signed_on AS signed_on, "
        "g.topics AS topics, parties ORDER BY key"
    )
    emit(labelled(agreements), title="Perjanjian / Agreements")
    meetings = run(
        "MATCH (i:Institution)-[:ATTENDED]->(m:Meeting) "
        "WITH m, collect(i.name) AS participants "
        "RETURN m.key AS key, m.kind AS kind, m.date AS date, participants ORDER BY date"
    )
    emit(labelled(meetings), title="Pertemuan / Meetings")
