"""``sinergi load reference|articles|records``: everything that writes into the graph
comes in here, through ``sinergi.ingest`` (the rules every write obeys live there)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import open_store, settings
from .main import load
from .progress import bar, quiet_option, tracked
from .terminal import say


@load.command("reference")
@click.option("--dir", "folder", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Read the CSVs from this folder instead of the package data "
                   "(same layout: regions/*.csv, aliases.csv, offices.csv, succession.csv).")
@quiet_option
def load_reference_cmd(folder: Path | None, quiet: bool) -> None:
    """Load regions, Pemprov/Pemkab/Pemkot, immigration offices and programs.

    Every file is checked first; a bad row stops the load with its file, line and
    problem, and nothing is written. Loading twice changes nothing.

    Example:

        sinergi load reference
    """
    import time

    from ..reference.load import STEPS, load_reference

    started = time.perf_counter()
    with open_store() as store, bar("sinergi load reference", len(STEPS), quiet) as step:
        counts = load_reference(store, folder, progress=step)
        backend = store.backend
    say(f"Reference data loaded into {backend} in {time.perf_counter() - started:.1f}s:")
    for what, n in counts.items():
        say(f"  {n} {what}")


@load.command("articles")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting articles while one writes "
                   "(default: SINERGI_LOAD_WORKERS, else one per core). "
                   "The graph is the same whatever the number.")
@quiet_option
def load_articles_cmd(paths: tuple[str, ...], workers: int | None, quiet: bool) -> None:
    """Extract, resolve and load news articles (.txt files, folders, .jsonl).

    An article is loaded whole or not at all; loading the same article twice changes nothing.
    Problems with single files are reported and the rest is still loaded (exit code 1).
    Articles are read as they are loaded, so an archive of any size fits in memory.

    Example:

        sinergi load articles berita/ arsip.jsonl --workers 2
    """
    from ..extract import read_articles
    from ..ingest import load_articles
    from ..news.parallel import default_workers

    workers = workers or settings().load_workers or default_workers()
    problems: list[str] = []
    articles = read_articles(paths, on_error=lambda e: problems.append(e.message),
                             on_warning=lambda m: say(f"warning: {m}", err=True))
    with open_store() as store:
        report = load_articles(store, tracked(articles, "sinergi load articles", quiet),
                               announce=lambda m: say(m, err=True), workers=workers)
    for message in problems + report.errors:
        say(f"warning: {message}", err=True)
    say(
        f"{report.articles_loaded} article(s) loaded, {report.articles_unchanged} unchanged, "
        f"{len(problems) + len(report.errors)} skipped"
    )
    for what, n in sorted(report.created.items()):
        say(f"  +{n} {what}")
    if problems or report.errors:
        raise SystemExit(1)


@load.command("records")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@quiet_option
def load_records_cmd(paths: tuple[Path, ...], quiet: bool) -> None:
    """Load planners' sheets (.xlsx/.csv): agreements, meetings, officials, offices,
    a filled review sheet, or a workbook written by `sinergi export`.

    Every row is checked first; any problem is reported as file:row:column and nothing
    is loaded (exit code 1). Loading a file again changes nothing; loading a corrected
    file with the same name replaces what it said before.

    Example:

        sinergi load records perjanjian.xlsx rapat.csv
    """
    from ..ingest import load_sheets

    # Every file is checked before any is written, so a spinner rather than a count.
    with open_store() as store, bar("sinergi load records", None, quiet):
        report = load_sheets(store, paths, announce=lambda m: say(m, err=True))
    for warning in report.warnings:
        say(f"warning: {warning}", err=True)
    say(f"{len(report.loaded)} file(s) loaded ({report.facts} fact rows), "
               f"{len(report.unchanged)} unchanged, {report.removed} fact(s) no longer "
               f"reported removed, {report.restored} exported row(s) restored, "
               f"{report.decisions} decision(s) applied")

