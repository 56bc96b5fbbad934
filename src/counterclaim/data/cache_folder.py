"""The folder where counterclaim keeps what it builds once and reuses: the gazetteer's index, the compiled patterns."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_DIR_ENV = "COUNTERCLAIM_CACHE_DIR"


def cache_dir() -> Path:
    """`$COUNTERCLAIM_CACHE_DIR`, else `$XDG_CACHE_HOME/counterclaim`, else `~/.cache/counterclaim`."""
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "counterclaim"
