"""``sinergi viz``: write an interactive network view as one self-contained HTML file."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ParameterError
from .common import open_store
from .main import cli

VIEW_NAMES = ("province", "institution", "region", "path", "map")


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``("province=63", "depth=2")`` -> ``{"province": "63", "depth": "2"}``."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ParameterError(f"--param expects NAME=VALUE, got {pair!r}", param="param")
        if name in params:
            raise ParameterError(f"--param {name} given twice", param=name)
        params[name] = value.strip()
    return params


@cli.command("viz")
@click.argument("view", type=click.Choice(VIEW_NAMES))
@click.option("--param", "-p", "pairs", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the view (repeatable): province=63, region=63.10, "
                   "institution=kanim:batulicin, depth=2, from=..., to=...")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (folders are created).")
@click.option("--kind", default=None, help="Only institutions of this kind (KANIM, PEMKAB, ...).")
@click.option("--topic", default=None, help="Only agreements and meetings about this topic.")
@click.option("--year", default=None, help="Only agreements and meetings of this year.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
              help="Language of the page: Bahasa Indonesia or English.")
@click.option("--max-nodes", default=2000, show_default=True, type=click.IntRange(10, 20000),
              help="Draw at most this many nodes (the best connected); the page says what "
                   "was left out.")
def viz(view: str, pairs: tuple[str, ...], out: Path, kind: str | None, topic: str | None,
        year: str | None, lang: str, max_nodes: int) -> None:
    """Write an interactive network VIEW (province, institution, region or path) to an
    HTML page that works offline: coloured by institution kind, with a legend,
    tooltips showing the evidence and its source, and a filter panel. Prints the
    path written. VIEW map writes the coverage map instead (every kab/kota coloured by
    the status of topic=T on as_of=D, optionally one province=P; --lang en for English).

    Example:

    \b
        sinergi viz province --param province=63 --out kalsel.html
        sinergi viz institution -p institution=kanim:batulicin -p depth=2 -o batulicin.html
        sinergi viz region -p region="Tanah Bumbu" --topic TIMPORA --year 2024 -o tanbu.html
        sinergi viz map --param topic=TIMPORA [--param province=63] --out peta.html
    """
    from ..views import write_view

    params = parse_params(pairs)
    if view == "map":
        from .vizmap import write_map

        click.echo(str(write_map(params, topic, out, lang).resolve()))
        return
    filters = {"kind": kind, "topic": topic, "year": year}
    with open_store() as store:
        path = write_view(store, view, params, filters, out, max_nodes=max_nodes, lang=lang)
    click.echo(str(path.resolve()))
