"""``sinergi extract``: read news articles and print what they report, without a store."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from .main import cli
from .terminal import json_clean, say


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per article per line (the extraction contract).")
def extract(paths: tuple[str, ...], as_json: bool) -> None:
    """Extract institutions, officials, agreements and meetings from news articles.

    PATHS are .txt files (one article each), folders of them (read recursively, in
    name order) or .jsonl files with one {"id", "text", "url"?, "title"?,
    "published"?} object per line. Results go to stdout in input order; problems go
    to stderr, and the exit code is 1 when any article was skipped.

    Example:

        sinergi extract --json berita/ arsip.jsonl > hasil.jsonl
    """
    from ..errors import InputError
    from ..extract import extract_article, read_articles

    skipped: list[InputError] = []

    def on_error(exc: InputError) -> None:
        skipped.append(exc)
        say(f"error: {exc.message}", err=True)

    def on_warning(message: str) -> None:
        say(f"warning: {message}", err=True)

    out = sys.stdout
    for article in read_articles(paths, on_error=on_error, on_warning=on_warning):
        data = extract_article(article).to_json()
        if as_json:
            out.write(json_clean(json.dumps(data, ensure_ascii=False)) + "\n")
        else:
            _summary(data)
    out.flush()
    if skipped:
        say(f"{len(skipped)} input(s) skipped", err=True)
        raise SystemExit(1)


def _summary(data: dict[str, Any]) -> None:
    """A readable digest of one article's extraction."""
    def ref(x: dict[str, Any] | None) -> str:
        if not x:
            return "-"
        return f"{x['name']} [{x['kind']}]"

    say(f"== {data['source']} (published {data['published'] or 'unknown'})")
    for i in data["institutions"]:
        say(f"  institution  {i['name']} [{i['kind']}] place={i['place'] or '-'}")
    for o in data["officials"]:
        say(f"  official     {o['name']}, {o['title']} -> {ref(o['institution'])}")
    for a in data["agreements"]:
        parties = "; ".join(ref(p) for p in a["parties"])
        say(f"  agreement    {a['kind']} {a['status']} {a['date'] or '-'} "
                   f"topics={','.join(a['topics'])} parties: {parties}")
    for m in data["meetings"]:
        parts = "; ".join(ref(p) for p in m["participants"])
        say(f"  meeting      {m['kind']} {m['date'] or '-'} participants: {parts}")
    for w in data["warnings"]:
        say(f"  warning      {w}")
