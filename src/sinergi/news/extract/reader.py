"""Reading articles: ``.txt`` files, folders of them, and ``.jsonl`` files.

Every bad input becomes one ``InputError`` passed to ``on_error`` (naming the file
and, for JSON Lines, the line), and reading goes on with the rest. Text that is not
UTF-8 is decoded as cp1252 (then latin-1, which never fails) with a warning naming
the file, passed to ``on_warning``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ...errors import InputError
from ...settings import Settings
from .model import Article

ErrorHandler = Callable[[InputError], None]
WarningHandler = Callable[[str], None]


def _print_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _raise(error: InputError) -> None:
    raise error


def decode(data: bytes, name: str, on_warning: WarningHandler, line: int | None = None) -> str:
    """UTF-8 (with or without BOM), else cp1252, else latin-1, warning on fallback."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"{name}:{line}" if line else name
        try:
            text = data.decode("cp1252")
            used = "cp1252"
        except UnicodeDecodeError:
            text, used = data.decode("latin-1"), "latin-1"
        on_warning(f"{where}: not UTF-8 (byte {exc.start}); decoded as {used}")
        return text


def _check_text(data: bytes, name: str, limit: int, line: int | None = None) -> None:
    if len(data) > limit:
        raise InputError(
            f"article is {len(data)} bytes, over the limit of {limit} "
            "(SINERGI_MAX_ARTICLE_BYTES)", file=name, line=line)
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes), not an article text", file=name, line=line)
    if not data.strip():
        raise InputError("empty article", file=name, line=line)


def read_text_file(path: Path, name: str, limit: int, on_warning: WarningHandler) -> Article:
    size = path.stat().st_size
    if size > limit:
        raise InputError(
            f"file is {size} bytes, over the limit of {limit} (SINERGI_MAX_ARTICLE_BYTES)",
            file=name)
    data = path.read_bytes()
    _check_text(data, name, limit)
    return Article(source=name, text=decode(data, name, on_warning))


def read_jsonl(path: Path, name: str, limit: int, on_error: ErrorHandler,
               on_warning: WarningHandler) -> Iterator[Article]:
    with path.open("rb") as fh:
        for line_no, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                yield _json_article(raw, name, line_no, limit, on_warning)
            except InputError as exc:
                on_error(exc)


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
    if not isinstance(obj["text"], str):
        raise InputError("text must be a string", file=name, line=line_no)
    _check_text(obj["text"].encode("utf-8", "surrogatepass"), name, limit, line_no)
    fields = {k: obj.get(k) for k in ("url", "title", "published")}
    bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
    if bad:
        raise InputError(f"{', '.join(bad)} must be a string", file=name, line=line_no)
    return Article(source=str(obj["id"]), text=obj["text"], **fields)


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() == ".txt":
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
            if not path.exists():
                raise InputError("no such file or folder", file=name)
            if path.suffix.lower() in (".jsonl", ".ndjson"):
                yield from read_jsonl(path, name, limit, handle, warn)
            else:
                yield read_text_file(path, name, limit, warn)
        except InputError as exc:
            handle(exc)
        except OSError as exc:
            handle(InputError(f"cannot read: {exc.strerror or exc}", file=name))
