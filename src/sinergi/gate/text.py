"""Bytes that claim to be text: decoded when they are, refused clearly when not.

UTF-8 (with or without BOM) is read as is; UTF-16 and UTF-32 with a BOM are decoded
too; anything else is read as cp1252 (Windows, the usual Indonesian office export),
then latin-1, with a warning naming the file. What is not text at all is refused with
what it looks like: a PDF or an Office/ZIP file renamed ``.txt``, UTF-16 without a BOM,
or binary data (NUL bytes, too many control characters).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from ..errors import InputError

WarningHandler = Callable[[str], None]

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# What a renamed file starts with, and what to tell the person who gave it.
_SIGNATURES = (
    (b"%PDF-", "a PDF file, not plain text: extract its text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP or Office file (docx, xlsx), not plain text (NUL bytes): "
                    "save it as .txt"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (doc, xls), not plain text: save it as .txt"),
    (b"{\\rtf", "an RTF file, not plain text: save it as .txt"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01


def _refuse(message: str, name: str, line: int | None) -> InputError:
    return InputError(message, file=name, line=line)


def sniff(data: bytes, name: str, line: int | None = None) -> str | None:
    """The codec a BOM names, or None; refuses known binary formats and NUL bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    for magic, message in _SIGNATURES:
        if data.startswith(magic):
            raise _refuse(message, name, line)
    if b"\x00" in data:
        head = data[:4096]
        if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4
                               or head[0::2].count(0) > len(head) // 4):
            raise _refuse("looks like UTF-16 text without a byte-order mark: save it as "
                          "UTF-8", name, line)
        raise _refuse("binary data (NUL bytes), not text", name, line)
    return None


def decode(data: bytes, name: str, on_warning: WarningHandler,
           line: int | None = None) -> str:
    """``data`` as text (see the module docstring), or an ``InputError``."""
    codec = sniff(data, name, line)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise _refuse(f"starts like {codec.upper()} but is not (byte {exc.start})",
                          name, line) from None
    else:
        text = _decode_8bit(data, name, on_warning, line)
    _check_controls(text, name, line)
    return text


def _decode_8bit(data: bytes, name: str, on_warning: WarningHandler, line: int | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = f"{name}:{line}" if line else name
        try:
            text, used = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, used = data.decode("latin-1"), "latin-1"
        on_warning(f"{where}: not UTF-8 (byte {exc.start}); decoded as {used}")
        return text


def _check_controls(text: str, name: str, line: int | None) -> None:
    if "\x00" in text:
        raise _refuse("binary data (NUL characters), not text", name, line)
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > max(4, MAX_CONTROL_SHARE * min(len(text), 100_000)):
        raise _refuse(f"binary data ({controls} control characters), not text", name, line)


def check_article(text: str, name: str, limit: int, line: int | None = None) -> str:
    """An article's text, refused when empty or over ``limit`` bytes of UTF-8."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise _refuse(f"article is {size} bytes, over the limit of {limit} "
                      "(SINERGI_MAX_ARTICLE_BYTES)", name, line)
    if "\x00" in text:
        raise _refuse("binary data (NUL characters), not an article text", name, line)
    if not text.strip():
        raise _refuse("empty article", name, line)
    if text.lstrip().startswith("%PDF-"):
        raise _refuse(_SIGNATURES[0][1], name, line)
    _check_controls(text, name, line)
    return text
