"""The folder where counterclaim keeps what it builds once and reuses: the gazetteer's index, the compiled patterns,
their required literals; and the reading and writing of the marshalled tables kept there."""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_DIR_ENV = "COUNTERCLAIM_CACHE_DIR"


def cache_dir() -> Path:
    """`$COUNTERCLAIM_CACHE_DIR`, else `$XDG_CACHE_HOME/counterclaim`, else `~/.cache/counterclaim`."""
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "counterclaim"


def read_table(path: Path, well_formed: Callable[[Any, Any], bool]) -> dict[Any, Any]:
    """The marshalled dict at `path`, less the entries `well_formed(key, value)` rejects; {} when there is none yet or it
    is unreadable or damaged (the caller builds the entries again)."""
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {key: value for key, value in table.items() if well_formed(key, value)}


def write_table(path: Path, table: dict[Any, Any]) -> None:
    """Write a table atomically (another process may be reading or writing it); a folder that cannot be written leaves
    the table in memory only."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(table))
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
