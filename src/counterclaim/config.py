"""Settings read from the environment, with their documented defaults. No I/O at import."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "COUNTERCLAIM_DB"
TOKEN_ENV = "COUNTERCLAIM_TOKEN"
MAX_DOCUMENT_BYTES_ENV = "COUNTERCLAIM_MAX_BYTES"
DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def default_db_path() -> Path:
    """`$XDG_DATA_HOME/counterclaim/counterclaim.db` (~/.local/share/... when unset)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "counterclaim" / "counterclaim.db"


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from `--db`, `COUNTERCLAIM_DB` or the default file; a plain path means SQLite.

    It only names the database: creating its folder is `store.make_engine(url, create=True)`'s job.
    """
    value = value or os.environ.get(DB_ENV)
    if not value:
        return f"sqlite:///{default_db_path()}"
    if "://" in value:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def max_document_bytes() -> int:
    raw = os.environ.get(MAX_DOCUMENT_BYTES_ENV)
    return int(raw) if raw else DEFAULT_MAX_DOCUMENT_BYTES
