"""Planners' commands: ``template``, ``load records``, ``review`` and ``export``.

Sheet formats are described in ``docs/records.md``.
"""

from __future__ import annotations

import getpass
from pathlib import Path

import click

from .common import emit, open_store, output_options
from .main import cli, load

_KINDS = click.Choice(["agreements", "meetings", "officials", "offices"])


@cli.command()
@click.argument("kind", type=_KINDS)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write: .xlsx (with drop-down lists) or .csv.")
def template(kind: str, out: Path) -> None:
    """Write a blank record sheet for KIND, with bilingual headers and an example row.

    The example row's id starts with CONTOH; the loader skips it.

    Example:

        sinergi template agreements --out perjanjian.xlsx
    """
    from ..records.templates import write_template

    write_template(kind, out)
    click.echo(f"wrote the {kind} template to {out}")


@load.command("records")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load_records_cmd(paths: tuple[Path, ...]) -> None:
    """Load planners' sheets (.xlsx/.csv): agreements, meetings, officials, offices,
    a filled review sheet, or a workbook written by `sinergi export`.

    Every row is checked first; any problem is reported as file:row:column and nothing
    is loaded (exit code 1). Loading a file again changes nothing; loading a corrected
    file with the same name replaces what it said before.

    Example:

        sinergi load records perjanjian.xlsx rapat.csv
    """
    from ..ingest import load_sheets

    with open_store() as store:
        report = load_sheets(store, paths, announce=lambda m: click.echo(m, err=True))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{len(report.loaded)} file(s) loaded ({report.facts} fact rows), "
               f"{len(report.unchanged)} unchanged, {report.removed} fact(s) no longer "
               f"reported removed, {report.restored} exported row(s) restored, "
               f"{report.decisions} decision(s) applied")


@cli.group(invoke_without_command=True)
@click.option("--below", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Also list facts whose confidence is below this.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Show at most N facts.")
@output_options
@click.pass_context
def review(ctx: click.Context, below: float, limit: int | None, as_json: bool,
           as_csv: bool) -> None:
    """List facts the machine read with doubt (needs_review or low confidence),
    with their evidence and source; subcommands record decisions on them.

    Example:

        sinergi review --below 0.8

        sinergi review reject agreement:3f2a9c1d0b4e --by "Rina" --why "not an MoU"
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..review import review_queue

    with open_store() as store:
        rows = review_queue(store, below)
    emit(rows[:limit] if limit else rows, as_json=as_json, as_csv=as_csv,
         columns=["key", "what", "summary", "confidence", "status", "evidence", "source",
                  "sources"], title="Review queue")


def _decide(action: str, keys: tuple[str, ...], by: str | None, why: str | None,
            into: str | None = None) -> None:
    from ..review import apply_planned, plan

    with open_store() as store:
        planned = plan(store, action, keys, by=by or getpass.getuser(), why=why, into=into)
        n = apply_planned(store, planned)
    click.echo(f"{n} decision(s) recorded: {action} {', '.join(keys)}"
               + (f" into {into}" if into else ""))


_BY = click.option("--by", help="Who decides (default: your user name).")
_WHY = click.option("--why", help="Why; kept with the decision.")


@review.command()
@click.argument("keys", nargs=-1, required=True)
@_BY
@_WHY
def accept(keys: tuple[str, ...], by: str | None, why: str | None) -> None:
    """Accept facts: their REPORTS edges and the fact itself become accepted.

    Example:

        sinergi review accept pemkab:63.10 --by Rina
    """
    _decide("accept", keys, by, why)


@review.command()
@click.argument("keys", nargs=-1, required=True)
@_BY
@_WHY
def reject(keys: tuple[str, ...], by: str | None, why: str | None) -> None:
    """Reject facts: kept with their evidence, marked rejected, left out of answers.

    Example:

        sinergi review reject agreement:3f2a9c1d0b4e --why "planned, not signed"
    """
    _decide("reject", keys, by, why)


@review.command()
@click.argument("keys", nargs=-1, required=True)
@click.option("--into", required=True, help="Key of the node that survives.")
@_BY
@_WHY
def merge(keys: tuple[str, ...], into: str, by: str | None, why: str | None) -> None:
    """Merge nodes into another of the same label: their relationships move to it,
    their names become its aliases, the decision keeps what they were.

    Example:

        sinergi review merge kanim:tanah-bumbu --into kanim:batulicin --why "same office"
    """
    _decide("merge", keys, by, why, into)


@review.command("export")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Workbook to write (.xlsx).")
@click.option("--below", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Also list facts whose confidence is below this.")
def review_export(out: Path, below: float) -> None:
    """Write the review queue to a workbook with a decision column to fill in;
    load it back with `sinergi load records`.

    Example:

        sinergi review export --out tinjauan.xlsx
    """
    from ..review import review_queue, write_review_sheet

    with open_store() as store:
        rows = review_queue(store, below)
    write_review_sheet(rows, out)
    click.echo(f"wrote {len(rows)} fact(s) to review to {out}")


@cli.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv", "xlsx", "graphml", "gexf", "cypher"]),
              help="csv (a folder), xlsx, graphml, gexf (Gephi) or cypher (a script).")
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="File to write, or folder for csv.")
@click.option("--province", help="Keep one province (name or code).")
def export(fmt: str, out: Path, province: str | None) -> None:
    """Export nodes and relationships, with provenance, for Excel, Gephi or Neo4j.

    Example:

        sinergi export --format xlsx --out sinergi.xlsx --province "Kalimantan Selatan"

        sinergi export --format cypher --out sinergi.cypher
    """
    from ..backup.export import export_graph

    with open_store() as store:
        dump = export_graph(store, fmt, out, province)
    click.echo(f"wrote {len(dump.nodes)} nodes and {len(dump.rels)} relationships to {out}")
