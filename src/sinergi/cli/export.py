"""``sinergi export``: the graph with its provenance, for Excel, Gephi or another Neo4j."""

from __future__ import annotations

from pathlib import Path

import click

from .common import open_store
from .main import cli
from .progress import bar, quiet_option


@cli.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv", "xlsx", "graphml", "gexf", "cypher"]),
              help="csv (a folder), xlsx, graphml, gexf (Gephi) or cypher (a script).")
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="File to write, or folder for csv.")
@click.option("--province", help="Keep one province (name or code).")
@quiet_option
def export(fmt: str, out: Path, province: str | None, quiet: bool) -> None:
    """Export nodes and relationships, with provenance, for Excel, Gephi or Neo4j.

    Example:

        sinergi export --format xlsx --out sinergi.xlsx --province "Kalimantan Selatan"

        sinergi export --format cypher --out sinergi.cypher
    """
    from ..backup.export import export_graph

    # One read and one write: a spinner on a terminal says it is working, not how far.
    with open_store() as store, bar(f"sinergi export --format {fmt}", None, quiet):
        dump = export_graph(store, fmt, out, province)
    click.echo(f"wrote {len(dump.nodes)} nodes and {len(dump.rels)} relationships to {out}")
