"""The ``sinergi`` command line. Each command lives in a module named after it (the
``load`` subcommands in ``load``); heavy imports happen inside commands so
``sinergi --help`` stays fast."""

from __future__ import annotations

import click

from .. import __version__
from .common import SinergiGroup


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


def _register() -> None:
    # Command modules register themselves on import; a missing module is a bug.
    import importlib

    for name in (
        "status", "load", "extract", "fetch", "evidence", "ask", "regions", "offices", "viz",
        "serve", "template", "review", "export", "demo",
    ):
        try:
            importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise


_register()
