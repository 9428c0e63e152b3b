"""``sinergi load articles`` and ``sinergi evidence``.

News into the graph, and from any fact back to the sentence it came from.
"""

from __future__ import annotations

import click

from .common import emit, open_store, output_options
from .main import cli, load


@load.command("articles")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
def load_articles_cmd(paths: tuple[str, ...]) -> None:
    """Extract, resolve and load news articles (.txt files, folders, .jsonl).

    An article is loaded whole or not at all; loading the same article twice changes nothing.
    Problems with single files are reported and the rest is still loaded (exit code 1).

    Example:

        sinergi load articles berita/ arsip.jsonl
    """
    from ..ingest import load_articles
    from ..news.extract import read_articles

    problems: list[str] = []
    articles = list(read_articles(paths, on_error=lambda e: problems.append(e.message)))
    with open_store() as store:
        report = load_articles(store, articles, announce=lambda m: click.echo(m, err=True))
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
