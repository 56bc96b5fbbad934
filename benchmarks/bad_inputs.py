"""The bad-input zoo: every malformed, hostile or mistaken input of issues 2 and 12, each run as a user
runs it (one `counterclaim` process per case), with its outcome, wall time and the child's peak memory.

Cases: empty, binary (PNG, ASCII with NUL, .tar, zeros, PDF), 50 MB files for ingest and extract,
latin-1 and UTF-16 without a BOM, malformed and deeply nested HTML, a 1 MB line, a truncated feed,
broken JSONL lines, corrupt and truncated WARC(.gz) files; URLs served on 127.0.0.1 by this script
(404, closed port, 1 byte a second, endless, 50 GB declared, a gzip bomb, a redirect to a metadata
address, a private address); `--db` mistakes (a text file, a missing folder, an unknown scheme, an
unreachable server). Each ingest case writes into a fresh database: SQLite, or with `--postgres URL`
a fresh schema of that server, so both back ends can be compared line by line.

One line per case: name, outcome, wall seconds, CPU seconds, peak MB, and OVER when it passes 10 s (wall)
or 500 MB. Most of a stored case's time is the extractor's start-up (spaCy, gazetteer); on a busy
machine the wall time can be several times the CPU time.
Exit status 1 when any case is OVER or ends with a traceback.

usage: python benchmarks/bad_inputs.py [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import socket
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import uuid
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from throughput import counterclaim_command

MAX_SECONDS = 10.0
MAX_PEAK_MB = 500.0
# A URL's whole download may take this long in the zoo (the CLI's --deadline).
URL_DEADLINE_S = 3
DISPATCH = "The regional command said 9 of its soldiers were killed near Lysychansk on 4 June 2022.\n"
PAGE = f"<html><head><title>Report</title></head><body><article><p>{DISPATCH}</p></article></body></html>"


@dataclass
class Outcome:
    text: str
    seconds: float
    cpu_seconds: float
    peak_mb: float
    traceback: bool


@dataclass
class ChildRun:
    code: int
    out: str
    err: str
    seconds: float
    cpu_seconds: float
    peak_mb: float


def run(command: list[str], stdin: bytes | None = None) -> ChildRun:
    """Exit code, output, wall and CPU seconds and peak RSS (MB) of one child process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=err)
        if stdin is not None:
            child.stdin.write(stdin)  # type: ignore[union-attr]
        child.stdin.close()  # type: ignore[union-attr]
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return ChildRun(
            os.waitstatus_to_exitcode(status),
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            seconds,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024,
        )


# ------------------------------------------------------------------------------------------- the inputs


def write_warc(path: Path, pages: int, gzip_records: bool) -> list[int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        for number in range(pages):
            offsets.append(handle.tell())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            body = PAGE.replace("9 of its", f"{number + 2} of its").encode()
            record = writer.create_warc_record(
                f"http://example.invalid/{number}", "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    return offsets


def tar_bytes() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("dispatch.txt")
        info.size = len(DISPATCH)
        archive.addfile(info, io.BytesIO(DISPATCH.encode()))
    return buffer.getvalue()


def make_files(folder: Path) -> dict[str, Path]:
    """The file cases, by name."""
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\n",
        "photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "ascii-with-nul.txt": DISPATCH.encode() + b"\x00" + DISPATCH.encode(),
        "archive.tar": tar_bytes(),
        "zeros.bin": bytes(1024 * 1024),
        "scan.pdf": b"%PDF-1.4\n1 0 obj << /Length 4 >>\nstream\n\x01\x02\x03\x04\nendstream\nendobj\n",
        "latin1.txt": "Le ministère a déclaré que 4 soldats ont été tués près de Gao.\n".encode("latin-1"),
        "utf16-no-bom.txt": DISPATCH.encode("utf-16-le"),
        "malformed.html": b"<html><body><div><p>"
        + DISPATCH.encode()
        + b"<p><b>unclosed <i>tags</div></table>",
        "nested.html": b"<html><body>"
        + b"<div>" * 5000
        + DISPATCH.encode()
        + b"</div>" * 5000
        + b"</body></html>",
        "one-mb-line.txt": DISPATCH.encode() + b"x" * (1024 * 1024) + b"\n" + DISPATCH.encode(),
        "truncated.rss": (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title>'
            b"<description>" + DISPATCH.encode() + b"</description></item><item><title>Two</title><descr"
        ),
        "broken.jsonl": (
            json.dumps({"id": "a", "text": DISPATCH}).encode()
            + b'\n{"id": "b", "text": \n'
            + json.dumps({"id": "c", "text": DISPATCH.replace("9", "12")}).encode()
            + b"\n"
        ),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    big = folder / "fifty-mb.txt"
    with big.open("wb") as handle:
        line = DISPATCH.encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    paths["fifty-mb.txt"] = big
    for name, gzip_records in (
        ("corrupt.warc", False),
        ("truncated.warc", False),
        ("truncated.warc.gz", True),
    ):
        path = folder / name
        offsets = write_warc(path, 3, gzip_records)
        data = bytearray(path.read_bytes())
        if name.startswith("corrupt"):
            data[offsets[1] + 5 : offsets[1] + 25] = b"A" * 20
        else:
            data = data[: len(data) - 30]
        path.write_bytes(bytes(data))
        paths[name] = path
    return paths


# ------------------------------------------------------------------------------------------ the server


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _head(self, length: int | None, extra: dict[str, str] | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if length is None:
            self.send_header("Connection", "close")
        else:
            self.send_header("Content-Length", str(length))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        try:
            self._route()
        except OSError:
            pass  # the client gave up, as it should

    def _route(self) -> None:
        body = PAGE.encode()
        if self.path == "/page.html":
            self._head(len(body))
            self.wfile.write(body)
        elif self.path == "/slow":
            self._head(len(body))
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1)
        elif self.path == "/endless":
            self._head(None)
            while True:
                self.wfile.write(b"<p>and more</p>" * 4096)
        elif self.path == "/huge":
            self._head(50 * 1024**3)
            self.wfile.write(body)
        elif self.path == "/bomb":
            self._head(len(GZIP_BOMB), {"Content-Encoding": "gzip"})
            self.wfile.write(GZIP_BOMB)
        elif self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404)


def gzip_bomb(unpacked_mb: int) -> bytes:
    """`unpacked_mb` MB of zeros, gzip-compressed a MB at a time (this process never holds them unpacked:
    a child's peak memory would count the parent's at the time it was forked)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"0" * (1024 * 1024)
    return b"".join(
        [packer.compress(b"<p>"), *(packer.compress(zeros) for _ in range(unpacked_mb)), packer.flush()]
    )


GZIP_BOMB = gzip_bomb(200)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that give up mid-body (as they must) are not news


@contextmanager
def local_server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ------------------------------------------------------------------------------------------ the cases


class Databases:
    """A fresh database per case: a SQLite file, or a fresh schema of a PostgreSQL server."""

    def __init__(self, folder: Path, postgres: str | None) -> None:
        self.folder = folder
        self.postgres = postgres
        self.schemas: list[str] = []

    def fresh(self) -> str:
        if not self.postgres:
            return f"sqlite:///{self.folder / f'{uuid.uuid4().hex[:8]}.db'}"
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        schema = f"cc_zoo_{uuid.uuid4().hex[:10]}"
        engine = create_engine(self.postgres)
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        self.schemas.append(schema)
        url = make_url(self.postgres).update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    def drop_all(self) -> None:
        if not self.postgres or not self.schemas:
            return
        from sqlalchemy import create_engine, text

        engine = create_engine(self.postgres)
        with engine.begin() as connection:
            for schema in self.schemas:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def stored_outcome(db_url: str) -> str:
    """'stored N, reason xK ...' read back from the database the case wrote."""
    from counterclaim.store import Store

    with Store(db_url, create=False) as store:
        documents = store.count_documents()
        reasons = Counter(error.reason for error in store.list_errors(limit=None))
    parts = [f"stored {documents}"] + [f"{reason} x{count}" for reason, count in sorted(reasons.items())]
    return ", ".join(parts)


def ingest_case(spec: str, databases: Databases, *extra: str) -> Callable[[], Outcome]:
    def case() -> Outcome:
        db_url = databases.fresh()
        command = [*counterclaim_command(), "ingest", spec, "--db", db_url, "--quiet", *extra]
        child = run(command)
        text = stored_outcome(db_url) if child.code in (0, 3) else f"exit {child.code}"
        if child.code:
            text += f" (exit {child.code})"
        return Outcome(text, child.seconds, child.cpu_seconds, child.peak_mb, "Traceback" in child.err)

    return case


def extract_case(path: Path) -> Callable[[], Outcome]:
    def case() -> Outcome:
        child = run([*counterclaim_command(), "extract", str(path), "--format", "json"])
        try:
            document = json.loads(child.out)
            summary = document["document"]
            text = summary["error"] if "error" in summary else f"{len(document['claims'])} claims"
        except (ValueError, KeyError):
            text = f"exit {child.code}"
        return Outcome(
            f"extract: {text}", child.seconds, child.cpu_seconds, child.peak_mb, "Traceback" in child.err
        )

    return case


def db_case(*args: str) -> Callable[[], Outcome]:
    def case() -> Outcome:
        child = run([*counterclaim_command(), *args])
        first = (child.err.strip().splitlines() or [""])[0].removeprefix("error: ")
        return Outcome(
            f"exit {child.code}: {first}",
            child.seconds,
            child.cpu_seconds,
            child.peak_mb,
            "Traceback" in child.err,
        )

    return case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--postgres", help="run the ingest cases on fresh schemas of this PostgreSQL URL")
    args = parser.parse_args(argv)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="counterclaim-zoo-") as tmp, local_server() as server:
        folder = Path(tmp)
        inputs = folder / "inputs"
        inputs.mkdir()
        files = make_files(inputs)
        databases = Databases(folder, args.postgres)
        notes = folder / "notes.txt"
        notes.write_text("Not a database, just notes.\n" * 100)
        url_options = ("--allow-private", "--deadline", str(URL_DEADLINE_S))
        cases: list[tuple[str, Callable[[], Outcome]]] = [
            *((f"file {name}", ingest_case(str(path), databases)) for name, path in files.items()),
            ("extract fifty-mb.txt", extract_case(files["fifty-mb.txt"])),
            ("extract utf16-no-bom.txt", extract_case(files["utf16-no-bom.txt"])),
            ("extract ascii-with-nul.txt", extract_case(files["ascii-with-nul.txt"])),
            ("url page", ingest_case(f"{server}/page.html", databases, *url_options)),
            ("url 404", ingest_case(f"{server}/missing", databases, *url_options)),
            ("url closed port", ingest_case(f"http://127.0.0.1:{closed_port()}/x", databases, *url_options)),
            ("url 1 byte/s", ingest_case(f"{server}/slow", databases, *url_options)),
            ("url endless", ingest_case(f"{server}/endless", databases, *url_options)),
            ("url 50 GB declared", ingest_case(f"{server}/huge", databases, *url_options)),
            ("url gzip bomb", ingest_case(f"{server}/bomb", databases, *url_options)),
            (
                "url redirect to metadata",
                ingest_case(f"{server}/to-metadata", databases, "--deadline", str(URL_DEADLINE_S)),
            ),
            ("url private address", ingest_case("http://10.20.30.40/report.html", databases)),
            ("--db text file", db_case("claims", "--db", str(notes))),
            ("--db missing folder", db_case("claims", "--db", str(folder / "typo" / "x.db"))),
            ("--db unknown scheme", db_case("ledger", "--db", "foo://host/db")),
            (
                "--db unreachable server",
                db_case("claims", "--db", f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/test"),
            ),
        ]
        print(f"{'case':<28} {'outcome':<62} {'seconds':>8} {'cpu s':>6} {'peak MB':>8}")
        try:
            for name, case in cases:
                outcome = case()
                over = outcome.seconds > MAX_SECONDS or outcome.peak_mb > MAX_PEAK_MB or outcome.traceback
                failures += over
                flag = " OVER" if outcome.seconds > MAX_SECONDS or outcome.peak_mb > MAX_PEAK_MB else ""
                flag += " TRACEBACK" if outcome.traceback else ""
                print(
                    f"{name:<28} {outcome.text[:62]:<62} {outcome.seconds:>8.2f} {outcome.cpu_seconds:>6.2f}"
                    f" {outcome.peak_mb:>8.0f}{flag}",
                    flush=True,
                )
        finally:
            databases.drop_all()
        if (folder / "typo").exists():
            print("--db missing folder: the folder was created", file=sys.stderr)
            failures += 1
    print(f"{len(cases)} cases, {failures} over {MAX_SECONDS:g} s / {MAX_PEAK_MB:g} MB or with a traceback")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
