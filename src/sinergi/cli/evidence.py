"""``sinergi evidence``: from any fact back to the sentences and rows it came from."""

from __future__ import annotations

import click

from .common import emit, open_store, output_options
from .main import cli


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
