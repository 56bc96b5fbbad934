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


# How long opening a PostgreSQL connection may take before the server counts as unreachable (seconds).
POSTGRES_CONNECT_TIMEOUT_S = 10
# What a read command says when there is no database to read.
CREATING_COMMANDS = "`counterclaim ingest`, `counterclaim demo` or `counterclaim db upgrade` create one"


class SchemaOutOfDate(RuntimeError):
    """The database was made by an older counterclaim: run `counterclaim db upgrade`."""


class DatabaseMissing(RuntimeError):
    """Opened for reading only, the database does not exist (or holds no counterclaim tables)."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str | None = None, *, create: bool = True) -> Engine:
    """An engine for `url` (a SQLAlchemy URL or a plain path; None means COUNTERCLAIM_DB or the default file).

    With `create` a SQLite file's folder is made when missing; without it a missing file (or a folder
    where the file should be) raises DatabaseMissing, and nothing is created on disk.
    """
    resolved = make_url(database_url(url))
    if resolved.get_backend_name() == "sqlite":
        database = resolved.database
        if database and database != ":memory:" and not database.startswith("file:"):
            path = Path(database).expanduser()
            if path.is_dir():
                raise DatabaseMissing(f"{path} is a folder, not a database file")
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            elif not path.exists():
                raise DatabaseMissing(f"no database at {path}: {CREATING_COMMANDS}")
        engine = create_engine(resolved, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if resolved.get_backend_name() == "postgresql" and "connect_timeout" not in resolved.query:
        connect_args["connect_timeout"] = POSTGRES_CONNECT_TIMEOUT_S
    return create_engine(resolved, pool_pre_ping=True, connect_args=connect_args)


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


def ensure_schema(engine: Engine, *, create: bool = True) -> None:
    """Create a new database at head (only with `create`, else DatabaseMissing); refuse (SchemaOutOfDate)
    one left at an older revision."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is None and not inspect(engine).has_table("document"):
        if not create:
            where = engine.url.render_as_string(hide_password=True)
            raise DatabaseMissing(f"{where} holds no counterclaim database: {CREATING_COMMANDS}")
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
