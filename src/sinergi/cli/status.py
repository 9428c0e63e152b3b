"""``sinergi status``: which backend, and how many nodes and relationships it holds."""

from __future__ import annotations

from .common import emit, open_store, output_options
from .main import cli


@cli.command()
@output_options
def status(as_json: bool, as_csv: bool) -> None:
    """Show the backend and how many nodes and relationships it holds.

    Example:

        SINERGI_BACKEND=neo4j sinergi status --json
    """
    with open_store() as store:
        counts = store.counts()
        rows = [{"backend": store.backend, "what": k, "count": v} for k, v in counts.items()]
    emit(rows, as_json=as_json, as_csv=as_csv)

