"""The Typer application every command module registers on."""

from __future__ import annotations

import typer

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
