"""Docs checked by tests: every setting is in the README, every command has an example."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from sinergi.cli.main import cli
from sinergi.settings import Settings

README = (Path(__file__).parent.parent / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented_in_the_readme(name: str) -> None:
    assert f"`SINERGI_{name.upper()}`" in README


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((f"{prefix}{name}", cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{prefix}{name} ")
    return out


@pytest.mark.parametrize(("name", "command"), _commands(cli), ids=lambda v: str(v))
def test_every_command_has_help_with_an_example(name: str, command: click.Command) -> None:
    assert command.help, f"sinergi {name} has no help"
    assert "Example:" in command.help, f"sinergi {name} --help shows no example"


def test_readme_gives_exactly_two_setup_commands() -> None:
    setup = README.split("## Set up")[1].split("```sh")[1].split("```")[0]
    lines = [line for line in setup.splitlines() if line.strip()]
    assert [line.split()[:2] for line in lines] == [["make", "demo"], ["make", "test"]]
