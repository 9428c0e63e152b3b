"""Text for the terminal: stored data never drives it.

Article texts, titles and file contents reach the screen through ``sinergi evidence``,
``ask``, ``extract``, ``review`` and the error lines. An ESC or OSC sequence in them
would recolour the terminal, retitle its window or plant a hyperlink, so every line
the CLI prints goes through ``clean`` (control characters other than tab and newline
dropped); JSON keeps them, escaped (``json_clean``), since a JSON reader needs the data
as it is.
"""

from __future__ import annotations

import re
from typing import Any

import click

# C0 controls except tab and newline, DEL, and the C1 controls (0x9b is a one-byte CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` without the characters a terminal would act on."""
    return _CONTROL.sub("", text)


def json_clean(text: str) -> str:
    """JSON text (``ensure_ascii=False``) with DEL and C1 controls escaped as ``\\uXXXX``:
    ``json`` escapes only C0 itself. They can only occur inside strings."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(message: Any = "", err: bool = False, nl: bool = True) -> None:
    """``click.echo`` of ``message`` made safe for the terminal."""
    click.echo(clean(str(message)), err=err, nl=nl)
