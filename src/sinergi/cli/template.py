"""``sinergi template``: a blank planners' sheet (format in ``docs/records.md``)."""

from __future__ import annotations

from pathlib import Path

import click

from .main import cli

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

