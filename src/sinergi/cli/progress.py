"""Progress of long loads on stderr: a rich bar on a terminal, nothing otherwise.

Quiet when stderr is not a terminal (a pipe, a log file, CI) or with ``--quiet``,
so scripted output stays the summary alone. ``steps`` reports named phases (the
reference load), ``tracked`` counts the items of a list as they are consumed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from typing import IO, Any, TypeVar

import click

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


def quiet_option(func: F) -> F:
    return click.option("--quiet", "-q", is_flag=True,
                        help="No progress bar (there is none either when stderr is not a "
                             "terminal).")(func)


def shown(quiet: bool, stream: IO[str] | None = None) -> bool:
    stream = stream or sys.stderr
    return not quiet and stream.isatty()


def _nothing(what: str | None = None) -> None:
    pass


@contextmanager
def bar(label: str, total: int | None, quiet: bool = False,
        stream: IO[str] | None = None) -> Iterator[Callable[[str | None], None]]:
    """A bar of ``total`` steps (a spinner when None); the callable advances it one step
    (and names the step)."""
    if not shown(quiet, stream):
        yield _nothing
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(file=stream or sys.stderr, force_terminal=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)

        def advance(what: str | None = None) -> None:
            progress.update(task, advance=1,
                            description=f"{label}: {what}" if what else label)

        yield advance


def tracked(items: Iterable[T], label: str, quiet: bool = False,
            stream: IO[str] | None = None) -> Iterator[T]:
    """The items, one by one, advancing a bar as each is taken (a count without a
    total when they are read as they come)."""
    total = len(items) if isinstance(items, Sized) else None
    with bar(label, total, quiet, stream) as advance:
        for item in items:
            yield item
            advance(None)
