"""`--db` mistakes give one clear line and exit 3 (issue 12); reading commands never create a database
or a folder — only ingest, demo and db upgrade do. Each case on SQLite and, where it applies, PostgreSQL."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app

runner = CliRunner()

# Commands that only read (reextract rewrites claims of stored documents: it needs a database too).
READ_COMMANDS: list[list[str]] = [
    ["claims"],
    ["documents"],
    ["errors"],
    ["export", "--format", "jsonl"],
    ["ledger"],
    ["contradictions"],
    ["reextract"],
]


def invoke(*args: str) -> object:
    return runner.invoke(app, list(args), catch_exceptions=False)


def assert_one_line_exit_3(result: object, *words: str) -> None:
    assert result.exit_code == 3, result.output  # type: ignore[attr-defined]
    stderr = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    for word in words:
        assert word in stderr, stderr


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_on_a_missing_file_create_neither_folder_nor_database(
    tmp_path: Path, command: list[str]
) -> None:
    database = tmp_path / "typo" / "dir" / "x.db"
    assert_one_line_exit_3(invoke(*command, "--db", str(database)), "no database at", "counterclaim ingest")
    assert not (tmp_path / "typo").exists()


def test_read_command_on_the_default_database_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COUNTERCLAIM_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert_one_line_exit_3(invoke("claims"), "no database at")
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("command", [["ledger"], ["claims"], ["documents"], ["db", "upgrade"]], ids=" ".join)
def test_a_text_file_as_db_is_not_a_database(tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("These are my notes about the war, not a database.\n" * 50)
    assert_one_line_exit_3(invoke(*command, "--db", str(notes)), "not a SQLite database")
    assert notes.read_text().startswith("These are my notes")


def test_ingest_into_a_text_file_is_refused_and_leaves_it_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list: bread, tea.\n" * 50)
    article = tmp_path / "a.txt"
    article.write_text("Officials said 3 soldiers were killed near Avdiivka on Monday.\n")
    assert_one_line_exit_3(
        invoke("ingest", str(article), "--db", str(notes), "--quiet"), "not a SQLite database"
    )
    assert notes.read_text().startswith("Shopping list")


def test_a_folder_as_db_is_refused(tmp_path: Path) -> None:
    assert_one_line_exit_3(invoke("claims", "--db", str(tmp_path)), "is a folder")
    assert_one_line_exit_3(invoke("ingest", "-", "--db", str(tmp_path)), "is a folder")


@pytest.mark.parametrize("url", ["foo://somewhere/db", "mysql+nodriver://u@h/db"])
def test_unknown_scheme_names_the_scheme_and_what_works(url: str) -> None:
    assert_one_line_exit_3(invoke("claims", "--db", url), "unknown database scheme", "postgresql+psycopg://")


def test_unreachable_server_is_one_line() -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/test"
    assert_one_line_exit_3(invoke("claims", "--db", url), "cannot open database")
    assert_one_line_exit_3(invoke("ingest", "-", "--db", url), "cannot open database")


def test_empty_postgresql_schema_is_not_created_by_reading(postgres_url: str) -> None:
    from sqlalchemy import create_engine, inspect

    assert_one_line_exit_3(invoke("ledger", "--db", postgres_url), "holds no counterclaim database")
    engine = create_engine(postgres_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    assert invoke("db", "upgrade", "--db", postgres_url).exit_code == 0
    assert invoke("claims", "--db", postgres_url).exit_code == 0


def test_older_schema_is_one_line_naming_db_upgrade(db_url: str) -> None:
    from counterclaim.store import make_engine, upgrade

    engine = make_engine(db_url)
    upgrade(engine, "0001_initial")
    engine.dispose()
    for command in (["claims"], ["ledger"], ["ingest", "-"]):
        assert_one_line_exit_3(invoke(*command, "--db", db_url), "counterclaim db upgrade")
    assert invoke("db", "upgrade", "--db", db_url).exit_code == 0
    assert invoke("claims", "--db", db_url).exit_code == 0


def test_only_ingest_demo_and_db_upgrade_create_a_database(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Police said 6 people were wounded in a blast in Mogadishu on Friday.\n")
    made_by_ingest = tmp_path / "new" / "ingest.db"
    assert invoke("ingest", str(article), "--db", str(made_by_ingest), "--quiet").exit_code == 0
    made_by_upgrade = tmp_path / "other" / "upgrade.db"
    assert invoke("db", "upgrade", "--db", str(made_by_upgrade)).exit_code == 0
    assert made_by_ingest.is_file() and made_by_upgrade.is_file()
    result = invoke("claims", "--db", str(made_by_ingest), "--format", "json")
    assert result.exit_code == 0
