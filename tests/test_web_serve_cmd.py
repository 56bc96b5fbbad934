"""`counterclaim serve` as a user runs it: a real process on 127.0.0.1, the default database when no --db."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from web_fixtures import free_port


@contextmanager
def running_serve(args: list[str], env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "counterclaim", "serve", "--port", str(port), *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise AssertionError(f"serve exited {process.returncode}: {process.stdout.read() if process.stdout else ''}")
            try:
                if httpx.get(base_url + "/api/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "serve did not answer within 120 s"
            time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COUNTERCLAIM_DB", "COUNTERCLAIM_TOKEN")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env.update(extra)
    return env


def test_serve_without_a_database_says_so_and_creates_nothing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "counterclaim", "serve", "--port", str(free_port())],
        env=_env(tmp_path), capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 3
    assert "no database at" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()


def _create_database(url: str) -> None:
    from counterclaim.store import Store

    Store(url).close()


def test_serve_without_arguments_opens_the_default_database(tmp_path: Path) -> None:
    _create_database(str(tmp_path / "data" / "counterclaim" / "counterclaim.db"))
    with running_serve([], _env(tmp_path)) as base_url:
        health = httpx.get(base_url + "/api/health").json()
        assert health["database"] == "sqlite" and health["ingest_enabled"] is False
        assert httpx.post(base_url + "/api/ingest", json={"text": "3 soldiers were killed."}).status_code == 401
        assert httpx.get(base_url + "/", headers={"Accept": "text/html"}).status_code == 200
    assert (tmp_path / "data" / "counterclaim" / "counterclaim.db").exists()


def test_serve_with_a_token_accepts_ingest(tmp_path: Path) -> None:
    database = tmp_path / "served.db"
    _create_database(str(database))
    with running_serve(["--db", str(database)], _env(tmp_path, COUNTERCLAIM_TOKEN="cli-token")) as base_url:
        body = {"text": "The ministry said 4 soldiers were wounded near the border on Friday.", "published": "2022-03-04"}
        stored = httpx.post(base_url + "/api/ingest", json=body, headers={"Authorization": "Bearer cli-token"}, timeout=120)
        assert stored.json()["status"] == "stored", stored.json()
        assert httpx.get(base_url + "/api/documents").json()["total"] == 1
    assert database.exists()
