"""Command-line front door: thin commands that parse, call the library, and print.

Each command group lives in its own module and registers itself on `app` when imported.
"""

from __future__ import annotations

from counterclaim.cli import (
    eval_cmd,  # noqa: F401  (registers commands)
    extract_cmd,  # noqa: F401  (registers commands)
    ledger_cmd,  # noqa: F401  (registers commands)
    serve_cmd,  # noqa: F401  (registers commands)
    spark_cmd,  # noqa: F401  (registers commands)
    store_cmd,  # noqa: F401  (registers commands)
)
from counterclaim.cli.app import app, mark_one_shot_process


def main() -> None:
    mark_one_shot_process()
    app()


__all__ = ["app", "main"]
