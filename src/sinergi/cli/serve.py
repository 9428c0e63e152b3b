"""``sinergi serve``: the HTTP API and the dashboard, on uvicorn."""

from __future__ import annotations

import click

from .common import settings
from .main import cli
from .running import announced


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              help="uvicorn log level.")
def serve(host: str, port: int, log_level: str) -> None:
    """Serve the API under /api/v1 (docs at /api/v1/docs) and the dashboard at /.

    The server starts even when Neo4j is down and answers 503 until it is back.
    Writes (POST /api/v1/ingest/articles) need SINERGI_API_KEY; without it the
    server is read-only. With the embedded backend the server holds the database
    file open: stop it before running other sinergi commands on the same
    SINERGI_DATA_DIR (or use SINERGI_BACKEND=neo4j).

    Example:

        SINERGI_BACKEND=neo4j sinergi serve --host 0.0.0.0 --port 8000
    """
    from uvicorn.importer import import_from_string

    # By import string: the CLI and the API are sibling layers, neither imports the
    # other. ``run`` serves the app factory (Settings() from SINERGI_*) on uvicorn with
    # its own 400s in the API's JSON error shape.
    with announced(settings(), host, port):
        import_from_string("sinergi.api.server:run")(host, port, log_level)
