"""Opening input files without being fooled by what the path points at.

``stat()`` says nothing useful about ``/dev/zero`` (size 0, endless) or a FIFO (size 0,
and ``open`` blocks until someone writes). So a file is opened without blocking, its
type checked on the open descriptor (``S_ISREG``: no race with a swapped path), its
size compared with the limit, and it is read with a cap in case it grows meanwhile.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISSOCK, "a socket"))


def open_regular(path: Path, name: str | None = None) -> BinaryIO:
    """``path`` opened for binary reading, or an ``InputError`` when it is not a regular
    file (device, FIFO, socket, folder) or cannot be opened."""
    name = name or str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=name) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = next((label for test, label in _KINDS if test(mode)), "not a regular file")
            raise InputError(f"{what}, not a regular file: give a file", file=name)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return open(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: Path, limit: int, *, name: str | None = None,
                setting: str = "SINERGI_MAX_ARTICLE_BYTES") -> bytes:
    """The whole file, refused before reading when larger than ``limit`` bytes, and
    refused while reading if it grows past it."""
    name = name or str(path)
    with open_regular(path, name) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise InputError(f"file is {size} bytes, over the limit of {limit} ({setting})",
                             file=name)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"file grew past the limit of {limit} bytes while being read "
                         f"({setting})", file=name)
    return data
