"""Engines and migrations: open a database URL, put SQLite in WAL mode, bring the schema to head.

A new database is created at the latest Alembic revision the first time it is opened; an older
one is upgraded by `counterclaim db upgrade` (or `upgrade(engine)`). No queries live here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

from counterclaim.config import database_url

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# How long a SQLite writer waits for another writer's lock before giving up (seconds).
SQLITE_BUSY_TIMEOUT_S = 30


class SchemaOutOfDate(RuntimeError):
    """The database was made by an older counterclaim: run `counterclaim db upgrade`."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for `url` (a SQLAlchemy URL or a plain path; None means COUNTERCLAIM_DB or the default file)."""
    resolved = make_url(database_url(url))
    if resolved.get_backend_name() == "sqlite":
        database = resolved.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(resolved, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(resolved, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Run the migrations up to `revision`; returns the revision the database is at afterwards."""
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return current_revision(engine)


def ensure_schema(engine: Engine) -> None:
    """Create a new database at head; refuse (SchemaOutOfDate) one left at an older revision."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is None and not inspect(engine).has_table("document"):
        try:
            upgrade(engine)
        except Exception:
            # Another process may have created the schema at the same moment: fine if it is at head now.
            if current_revision(engine) != head:
                raise
        return
    raise SchemaOutOfDate(
        f"database {engine.url.render_as_string(hide_password=True)} is at revision {current}, "
        f"this counterclaim needs {head}: run `counterclaim db upgrade`"
    )
