"""Shared fixtures: database URLs for SQLite and PostgreSQL, a Store, and the ../shared folder.

`db_url` runs a test once on a fresh SQLite file and once on a fresh PostgreSQL schema (from
COUNTERCLAIM_TEST_POSTGRES). Outside CI an unreachable server skips the PostgreSQL case with a
one-line reason; under CI=true it fails. Each PostgreSQL case gets its own schema (search_path),
dropped afterwards, so parallel runs and other suites never clash.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest

POSTGRES_ENV = "COUNTERCLAIM_TEST_POSTGRES"
DEFAULT_TEST_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def postgres_base_url() -> str:
    return os.environ.get(POSTGRES_ENV) or DEFAULT_TEST_POSTGRES


@lru_cache(maxsize=1)
def postgres_unreachable_reason() -> str | None:
    """None when the test server answers, else a one-line reason."""
    from sqlalchemy import create_engine, text

    url = postgres_base_url()
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 5})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to connect means "no server here"
        first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"PostgreSQL at {url} unreachable ({first_line})"
    return None


def require_postgres() -> str:
    """The base PostgreSQL URL, or skip (fail under CI=true) when it is unreachable."""
    reason = postgres_unreachable_reason()
    if reason is not None:
        if under_ci():
            pytest.fail(f"{reason}; CI=true needs it (set {POSTGRES_ENV})")
        pytest.skip(reason)
    return postgres_base_url()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh, empty schema (dropped after the test)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = require_postgres()
    schema = f"cc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text("SET lock_timeout = '10s'"))
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file in the test's temporary folder."""
    return f"sqlite:///{tmp_path / 'counterclaim-test.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database URL: the test runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    """An open counterclaim.store.Store on `db_url` (closed after the test)."""
    from counterclaim.store import Store

    opened = Store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repository (seed, gold, dev data); skips when absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} not present")
    return SHARED_DIR


PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def no_ambient_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests reach only 127.0.0.1 and decide their own proxies: a proxy the machine sets (CI may have one for
    the package registries) would turn an unresolvable test host into the proxy's error page."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
