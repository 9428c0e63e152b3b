"""Reading articles: ``.txt`` files, folders of them, and ``.jsonl`` files.

Every bad input becomes one ``InputError`` passed to ``on_error`` (naming the file
and, for JSON Lines, the line), and reading goes on with the rest. Files and texts pass
the input gate (``sinergi.gate``): regular files only, size capped, encoding detected
(a fallback to cp1252 is a warning passed to ``on_warning``), binary data refused, a
``published`` that is not a real ISO date dropped with a warning.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .. import gate
from ..errors import InputError
from ..settings import Settings
from .model import Article

ErrorHandler = Callable[[InputError], None]
WarningHandler = Callable[[str], None]


def _print_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _raise(error: InputError) -> None:
    raise error


def decode(data: bytes, name: str, on_warning: WarningHandler, line: int | None = None) -> str:
    """Text from bytes through the input gate (``sinergi.gate.text``)."""
    return gate.decode(data, name, on_warning, line)


def read_text_file(path: Path, name: str, limit: int, on_warning: WarningHandler) -> Article:
    data = gate.read_capped(path, limit, name=name)
    text = gate.check_article(decode(data, name, on_warning), name, limit)
    return Article(source=name, text=text)


def read_jsonl(path: Path, name: str, limit: int, on_error: ErrorHandler,
               on_warning: WarningHandler) -> Iterator[Article]:
    with gate.open_regular(path, name) as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError("JSON Lines file in UTF-16: save it as UTF-8", file=name)
        for line_no, raw in _lines(fh, limit * 2 + 4096):
            if raw is None:
                on_error(InputError(f"line longer than {limit * 2 + 4096} bytes "
                                    "(SINERGI_MAX_ARTICLE_BYTES)", file=name, line=line_no))
                continue
            if not raw.strip():
                continue
            try:
                yield _json_article(raw, name, line_no, limit, on_warning)
            except InputError as exc:
                on_error(exc)


def _lines(fh: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """Lines of at most ``cap`` bytes; a longer one is skipped (None), never held whole."""
    line_no = 0
    while True:
        raw = fh.readline(cap + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) > cap and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield line_no, None
        else:
            yield line_no, raw


def _json_article(raw: bytes, name: str, line_no: int, limit: int,
                  on_warning: WarningHandler) -> Article:
    if b"\x00" in raw:
        raise InputError("binary data (NUL bytes), not JSON", file=name, line=line_no)
    try:
        obj = json.loads(decode(raw, name, on_warning, line_no))
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({exc.msg} at column {exc.colno})",
                         file=name, line=line_no) from None
    if not isinstance(obj, dict):
        raise InputError("a line must be a JSON object with id and text", file=name, line=line_no)
    missing = [k for k in ("id", "text") if obj.get(k) in (None, "")]
    if missing:
        raise InputError(f"missing {' and '.join(missing)}", file=name, line=line_no)
    if problem := gate.id_problem(obj["id"]):
        raise InputError(problem, file=name, line=line_no)
    if not isinstance(obj["text"], str):
        raise InputError("text must be a string", file=name, line=line_no)
    text = gate.check_article(obj["text"], name, limit, line_no)
    fields = {k: obj.get(k) for k in ("url", "title", "published")}
    bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
    if bad:
        raise InputError(f"{', '.join(bad)} must be a string", file=name, line=line_no)
    if fields["published"] is not None and (problem := gate.date_problem(fields["published"])):
        # The article is still worth reading; its date is unknown, never stored wrong.
        on_warning(f"{name}:{line_no}: published {problem}; stored as unknown")
        fields["published"] = None
    return Article(source=str(obj["id"]), text=text, **fields)


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                # A FIFO or socket named *.txt is handed on so the gate refuses it by
                # name, rather than vanishing from the run without a word.
                if child.suffix.lower() == ".txt" and not child.is_dir():
                    yield child, str(child)
        else:
            yield path, str(given)


def read_articles(
    paths: Iterable[str | Path],
    *,
    on_error: ErrorHandler | None = None,
    on_warning: WarningHandler | None = None,
    settings: Settings | None = None,
) -> Iterator[Article]:
    """Articles of the given files and folders, in order; problems go to ``on_error``
    (default: raise) and the rest is still read."""
    handle = on_error or _raise
    warn = on_warning or _print_warning
    limit = (settings or Settings()).max_article_bytes
    for path, name in _expand(paths):
        try:
            if not path.exists() and not path.is_symlink():
                raise InputError("no such file or folder", file=name)
            if path.suffix.lower() in (".jsonl", ".ndjson"):
                yield from read_jsonl(path, name, limit, handle, warn)
            else:
                yield read_text_file(path, name, limit, warn)
        except InputError as exc:
            handle(exc)
        except OSError as exc:
            handle(InputError(f"cannot read: {exc.strerror or exc}", file=name))
