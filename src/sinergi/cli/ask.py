"""``sinergi ask``: answer one of the named questions (``sinergi ask --list`` shows them)."""

from __future__ import annotations

from typing import Any

import click

from ..errors import ParameterError, StoreUnavailable
from .common import emit, open_store, settings
from .main import cli
from .terminal import say


def _parse(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ParameterError(f"--param {pair!r}: expected NAME=VALUE", param=name or None)
        if name in params:
            raise ParameterError(f"{name}: given twice", param=name)
        params[name] = value
    return params


def _describe(param: Any) -> str:
    if param.required:
        return f"{param.name}: {param.type} (required)"
    default = "none" if param.default is None else repr(param.default)
    if param.default == "today":
        default = "today"
    return f"{param.name}: {param.type} = {default}"


def _list(as_json: bool, as_csv: bool) -> None:
    from ..questions.registry import registry

    rows = [
        {"name": q.name, "title": q.title, "params": [_describe(p) for p in q.params],
         "columns": list(q.columns)}
        for q in registry().values()
    ]
    emit(rows, as_json=as_json, as_csv=as_csv, columns=["name", "title", "params"],
         title="Questions (sinergi ask NAME -p k=v)")


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "pairs", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the question; repeat for several.")
@click.option("--list", "list_", is_flag=True, help="List every question and its parameters.")
@click.option("--json", "as_json", is_flag=True, help="JSON (a list of objects).")
@click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values.")
def ask(name: str | None, pairs: tuple[str, ...], list_: bool, as_json: bool,
        as_csv: bool) -> None:
    """Answer the question NAME with its parameters, as a table, JSON or CSV.

    Parameters are checked before the store is touched: an unknown question or
    a bad parameter is reported with the parameter's name (exit code 2).
    Dates are YYYY-MM-DD; provinces may be given by code, name or alias;
    as_of defaults to SINERGI_TODAY or today.

    Example:

        sinergi ask --list

        sinergi ask coverage -p topic=TIMPORA -p province="Kalimantan Selatan"

        sinergi ask gaps --param topic=PASSPORT_SERVICE --param province=63 --json
    """
    if list_:
        _list(as_json, as_csv)
        return
    if not name:
        raise click.UsageError("give a question NAME, or --list to see them")
    from ..questions.params import check_params
    from ..questions.registry import get, run_query
    from ..questions.value_labels import labelled

    query = get(name)
    params = _parse(pairs)
    check_params(query.params, params)  # fail before opening the store
    result = _answer(name, params, run_query)
    # A table is for reading: coded values get their label, Bahasa Indonesia first.
    rows = result.rows if as_json or as_csv else labelled(result.rows)
    title = f"{query.header.title_id} / {query.title}" if query.header.title_id else query.title
    emit(rows, as_json=as_json, as_csv=as_csv, columns=result.columns, title=title,
         note=page_note(result))


def _answer(name: str, params: dict[str, str], run_query: Any) -> Any:
    """The answer from the store, or, while ``sinergi serve`` holds the embedded store,
    from that server (see ``running``)."""
    from . import running

    try:
        with open_store() as store:
            return run_query(store, name, params)
    except StoreUnavailable:
        config = settings()
        if config.backend != "embedded":
            raise
        url = running.server_url(config)
        if url is None:
            raise running.held(config, None) from None
        say(f"Catatan / note: dijawab oleh / answered by sinergi serve {url}", err=True)
        try:
            return running.ask_server(url, name, params)
        except StoreUnavailable:
            raise running.held(config, url) from None


def page_note(result: Any) -> str | None:
    """What a cut list leaves out, Bahasa Indonesia first: under the table, or on
    stderr for --csv/--json (their rows keep their shape)."""
    if not result.truncated:
        return None
    shown, total, more = len(result.rows), result.total, result.next_offset
    first = result.offset + 1
    return (f"baris {first}-{result.offset + shown} dari {total}; --param offset={more} "
            f"untuk selanjutnya / rows {first}-{result.offset + shown} of {total}; "
            f"--param offset={more} for more")
