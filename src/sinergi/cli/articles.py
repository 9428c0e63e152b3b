"""``sinergi load articles`` and ``sinergi evidence``.

News into the graph, and from any fact back to the sentence it came from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .common import emit, open_store, output_options
from .main import cli, load

if TYPE_CHECKING:
    from ..stores.base import GraphStore


@load.command("articles")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
def load_articles_cmd(paths: tuple[str, ...]) -> None:
    """Extract, resolve and load news articles (.txt files, folders, .jsonl).

    An article is loaded whole or not at all; loading the same article twice changes nothing.
    Problems with single files are reported and the rest is still loaded (exit code 1).

    Example:

        sinergi load articles berita/ arsip.jsonl
    """
    from ..loaders.articles import load_articles
    from ..loaders.extract import read_articles

    problems: list[str] = []
    articles = list(read_articles(paths, on_error=lambda e: problems.append(e.message)))
    with open_store() as store:
        _ensure_reference(store)
        report = load_articles(store, articles)
    for message in problems + report.errors:
        click.echo(f"warning: {message}", err=True)
    click.echo(
        f"{report.articles_loaded} article(s) loaded, {report.articles_unchanged} unchanged, "
        f"{len(problems) + len(report.errors)} skipped"
    )
    for what, n in sorted(report.created.items()):
        click.echo(f"  +{n} {what}")
    if problems or report.errors:
        raise SystemExit(1)


def _ensure_reference(store: GraphStore) -> None:
    """Articles resolve against the reference layer: load it first when it is absent."""
    from ..loaders.reference import load_reference

    rows = store.run("MATCH (r:Region) RETURN count(r) AS n")
    if not rows or not rows[0]["n"]:
        click.echo("Loading the reference data first (regions, offices) ...", err=True)
        load_reference(store)


@cli.command()
@click.argument("key")
@output_options
def evidence(key: str, as_json: bool, as_csv: bool) -> None:
    """Show the sentences and sources behind a node or relationship KEY.

    KEY is any node key (agreement:..., pemkot:63.71, person:...) or relationship key
    (person:...|HOLDS_POSITION|pemkot:63.71|wali-kota).

    Example:

        sinergi evidence pemkab:63.10
    """
    from ..errors import NotFound
    from ..questions.registry import run_query

    with open_store() as store:
        result = run_query(store, "evidence", {"key": key})
    if not result.rows:
        raise NotFound(f"no evidence for {key!r}: no article or record reports it")
    emit(result.rows, as_json=as_json, as_csv=as_csv, columns=result.columns)
