"""What every command shares: opening the store, printing rows, turning errors into exits."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from ..errors import NoReferenceData, ParameterError, SinergiError, StoreUnavailable
from ..questions.tabular import cell, to_csv
from ..settings import Settings
from .terminal import clean, json_clean, say

F = TypeVar("F", bound=Callable[..., Any])


class SinergiGroup(click.Group):
    """A click group that prints a ``SinergiError`` as one line and exits with its code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SinergiError as exc:
            say(f"Error: {exc.message}", err=True)
            ctx.exit(exc.exit_code)


def settings() -> Settings:
    return Settings()


@contextmanager
def open_store(ensure_schema: bool = True) -> Iterator[Any]:
    from ..stores import open_graph

    # The driver logs each retry as a warning; the one-line error says it all.
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    config = settings()
    try:
        store = open_graph(config, ensure_schema=ensure_schema)
    except StoreUnavailable:
        if config.backend != "embedded":
            raise
        from .running import held, server_url

        raise held(config, server_url(config)) from None  # who holds it, in both languages
    try:
        yield store
    finally:
        store.close()


def output_options(func: F) -> F:
    """``--json`` / ``--csv``; a readable table otherwise."""
    func = click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values.")(func)
    func = click.option("--json", "as_json", is_flag=True, help="JSON (a list of objects).")(func)
    return func


def emit(
    rows: Sequence[dict[str, Any]],
    *,
    as_json: bool = False,
    as_csv: bool = False,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    note: str | None = None,
) -> None:
    """Print rows as JSON, CSV or a rich table, in the columns given (default: all).
    A ``note`` (e.g. that the list is cut) goes under the table, or to stderr for
    JSON and CSV so that their output stays the rows alone."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if as_json or as_csv:
        if as_json:
            click.echo(json_clean(json.dumps(list(rows), ensure_ascii=False, indent=2,
                                             default=str)))
        else:
            say(to_csv(cols, rows), nl=False)
        if note:
            say(f"Catatan / note: {note}", err=True)
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(title=Text(clean(title)) if title else None, show_lines=False)
        for c in cols:
            table.add_column(Text(clean(_heading(c))), overflow="fold")
        for r in rows:
            # Text, not str: rich would read '[link=...]' in stored data as markup.
            table.add_row(*(Text(clean(cell(r.get(c)))) for c in cols))
        # Piped into a file or a pager, a table is read at its natural width;
        # squeezing it into 80 columns would fold every key and name.
        Console(width=None if sys.stdout.isatty() else 250).print(table)
        say(note or f"{len(rows)} baris / {len(rows)} row(s)")


def _heading(column: str) -> str:
    """Bahasa Indonesia first, the column's own name (the JSON and CSV key) below it."""
    from ..questions.headings import column_heading

    word = column_heading(column)
    if word is None:
        return column
    # Two lines always, so that headings whose words match their name align with the rest.
    return f"{word}\n{'' if word.lower() == column.lower() else column}"


def province_option_code(text: str) -> str:
    """The code of the province a ``--province`` option names, or a ParameterError."""
    from ..reference.gazetteer import province_code

    code = province_code(text)
    if code is None:
        raise ParameterError(
            f"no province {text!r}; give a code (63), a name (Kalimantan Selatan) "
            "or an abbreviation (Kalsel)", param="province")
    return code


def require_reference(store: Any) -> None:
    """Refuse to list what the reference layer holds when the graph has none."""
    if not store.run("MATCH (r:Region) RETURN count(r) AS n")[0]["n"]:
        raise NoReferenceData()
