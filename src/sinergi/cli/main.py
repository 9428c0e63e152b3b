"""The ``sinergi`` command line. Each command lives in a module named after it;
heavy imports happen inside commands so ``sinergi --help`` stays fast."""

from __future__ import annotations

import click

from .. import __version__
from .common import SinergiGroup, emit, open_store, output_options


@click.group(cls=SinergiGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sinergi")
def cli() -> None:
    """Sinergi maps how Indonesian government institutions work together.

    Settings come from SINERGI_* environment variables (SINERGI_BACKEND,
    SINERGI_DATA_DIR, SINERGI_NEO4J_URI, ...).

    Example:

        sinergi demo
    """


@cli.group(cls=SinergiGroup)
def load() -> None:
    """Load reference data, news articles or planners' records into the graph.

    Example:

        sinergi load reference
    """


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


def _register() -> None:
    # Command modules register themselves on import; a missing module is a bug.
    import importlib

    for name in (
        "reference", "extract", "articles", "ask", "viz", "serve", "records", "demo"
    ):
        try:
            importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise


_register()
