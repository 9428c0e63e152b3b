"""``sinergi review``: what the machine read with doubt, and decisions on it."""

from __future__ import annotations

import getpass
from pathlib import Path

import click

from ..schema import REVIEW_BELOW
from .common import emit, open_store, output_options
from .main import cli
from .terminal import say


@cli.group(invoke_without_command=True)
@click.option("--below", type=click.FloatRange(0, 1), default=REVIEW_BELOW, show_default=True,
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
         columns=["key", "what", "summary", "confidence", "status", "reason", "evidence",
                  "source", "sources"], title="Review queue")


def _decide(action: str, keys: tuple[str, ...], by: str | None, why: str | None,
            into: str | None = None) -> None:
    from ..review import apply_planned, plan

    with open_store() as store:
        planned = plan(store, action, keys, by=by or getpass.getuser(), why=why, into=into)
        n = apply_planned(store, planned)
    say(f"{n} decision(s) recorded: {action} {', '.join(keys)}"
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
@click.option("--below", type=click.FloatRange(0, 1), default=REVIEW_BELOW, show_default=True,
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
    say(f"wrote {len(rows)} fact(s) to review to {out}")

