"""The Typer application every command module registers on."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from counterclaim.extract import Extractor

EXTRACTOR_HELP = "extractor by name (default $COUNTERCLAIM_EXTRACTOR, else 'rules'); `counterclaim extractors` lists them"

app = typer.Typer(
    name="counterclaim",
    help="Turn conflict news into a sourced, reconciled record of claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root() -> None:
    """counterclaim: claims, sides and contradictions from conflict news."""


# Set by the console script (counterclaim.cli.main), which runs one command and exits.
_process = {"exits_after_command": False}


def mark_one_shot_process() -> None:
    _process["exits_after_command"] = True


def exits_after_command() -> bool:
    """True in the console script; False when a caller (CliRunner, a test, another program) runs the app."""
    return _process["exits_after_command"]


def chosen_extractor(name: str | None) -> Extractor:
    """The registry's extractor for an `--extractor` option; an unknown name is a usage error (exit 2)."""
    from counterclaim.extract import UnknownExtractor, get_extractor

    try:
        return get_extractor(name)
    except UnknownExtractor as error:
        raise typer.BadParameter(str(error), param_hint="--extractor") from error
