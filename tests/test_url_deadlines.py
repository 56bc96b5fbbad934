"""URLs under a whole-download deadline and a streaming size cap, and pinned to the address that was
checked (issue 12). Every server is one this test starts on 127.0.0.1; nothing else is reached."""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from counterclaim.ingest import ingest_sources
from counterclaim.records import IngestError, RawDocument
from counterclaim.sources import SourceOptions, iter_raw_documents
from counterclaim.sources import http as http_source
from counterclaim.store import Store

PAGE = b"<html><body><p>The garrison said 8 of its soldiers were wounded in a night raid.</p></body></html>"
# A name the fake resolver below answers for (.invalid never resolves for real).
REBINDING_HOST = "rebind.counterclaim.invalid"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _head(self, length: int | None, extra: dict[str, str] | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if length is not None:
            self.send_header("Content-Length", str(length))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        if length is None:
            self.send_header("Connection", "close")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        try:
            self._route()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _route(self) -> None:
        if self.path == "/page.html":
            self._head(len(PAGE))
            self.wfile.write(PAGE)
        elif self.path == "/slow":  # one byte a second, each read well inside the per-read timeout
            self._head(len(PAGE))
            for byte in PAGE:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1)
        elif self.path == "/endless":  # no length, never ends
            self._head(None)
            while True:
                self.wfile.write(b"<p>more</p>" * 1000)
        elif self.path == "/huge-declared":
            self._head(50 * 1024 * 1024 * 1024)
            self.wfile.write(PAGE)
        elif self.path == "/bomb":  # 64 MB of zeros, gzip-compressed to a few KB
            body = gzip.compress(b"<p>" + b"0" * (64 * 1024 * 1024), 9)
            self._head(len(body), {"Content-Encoding": "gzip"})
            self.wfile.write(body)
        elif self.path == "/gzipped":
            body = gzip.compress(PAGE)
            self._head(len(body), {"Content-Encoding": "gzip"})
            self.wfile.write(body)
        elif self.path.startswith("/to-"):  # redirect to the address after /to-
            self.send_response(302)
            self.send_header("Location", f"http://{self.path[4:]}/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = SourceOptions(allow_private=True, timeout=5, deadline=5)


def fetch_one(url: str, options: SourceOptions = LOCAL) -> RawDocument | IngestError:
    (item,) = list(iter_raw_documents([url], options))
    return item


@pytest.fixture
def loopback_counts_as_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --allow-private, treat our 127.0.0.1 server as a public host; every other address keeps its class."""
    real = http_source._blocked_reason
    monkeypatch.setattr(http_source, "_blocked_reason", lambda a: None if a == "127.0.0.1" else real(a))


def test_one_byte_a_second_server_ends_at_the_deadline(server: str) -> None:
    started = time.monotonic()
    failure = fetch_one(f"{server}/slow", SourceOptions(allow_private=True, timeout=5, deadline=2))
    elapsed = time.monotonic() - started
    assert isinstance(failure, IngestError) and failure.reason == "timeout", failure
    assert elapsed < 4, elapsed


def test_endless_body_stops_at_the_size_cap(server: str) -> None:
    options = SourceOptions(allow_private=True, timeout=5, deadline=20, max_bytes=200_000)
    failure = fetch_one(f"{server}/endless", options)
    assert isinstance(failure, IngestError) and failure.reason == "too_large"


def test_endless_body_under_a_large_cap_stops_at_the_deadline(server: str) -> None:
    started = time.monotonic()
    options = SourceOptions(allow_private=True, timeout=5, deadline=1.5, max_bytes=10**12)
    failure = fetch_one(f"{server}/endless", options)
    assert isinstance(failure, IngestError) and failure.reason == "timeout"
    assert time.monotonic() - started < 4


def test_declared_huge_body_is_refused_before_reading(server: str) -> None:
    failure = fetch_one(f"{server}/huge-declared")
    assert isinstance(failure, IngestError) and failure.reason == "too_large"


def test_compressed_bomb_stops_at_the_cap_and_gzip_pages_are_read(server: str) -> None:
    failure = fetch_one(f"{server}/bomb")
    assert isinstance(failure, IngestError) and failure.reason == "too_large"
    page = fetch_one(f"{server}/gzipped")
    assert isinstance(page, RawDocument) and page.html == PAGE.decode()


@pytest.mark.usefixtures("loopback_counts_as_public")
@pytest.mark.parametrize("address", ["169.254.169.254", "10.0.0.7", "192.168.1.1"])
def test_redirect_to_a_private_address_is_refused(server: str, address: str) -> None:
    assert isinstance(fetch_one(f"{server}/page.html", SourceOptions(timeout=5)), RawDocument)
    failure = fetch_one(f"{server}/to-{address}", SourceOptions(timeout=5))
    assert isinstance(failure, IngestError) and failure.reason == "private_address"
    assert address in failure.message


@pytest.mark.usefixtures("loopback_counts_as_public")
def test_a_rebinding_name_is_resolved_once_and_the_checked_address_is_used(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """First answer public (our server), every later answer private: a second lookup would go astray."""
    real_getaddrinfo = socket.getaddrinfo
    lookups: list[str] = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != REBINDING_HOST:
            return real_getaddrinfo(host, port, *args, **kwargs)
        lookups.append(host)
        address = "127.0.0.1" if len(lookups) == 1 else "10.9.8.7"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    port = server.rsplit(":", 1)[1]
    page = fetch_one(f"http://{REBINDING_HOST}:{port}/page.html", SourceOptions(timeout=5))
    assert isinstance(page, RawDocument) and page.html == PAGE.decode()
    assert lookups == [REBINDING_HOST]
    refused = fetch_one(f"http://{REBINDING_HOST}:{port}/page.html", SourceOptions(timeout=5))
    assert isinstance(refused, IngestError) and refused.reason == "private_address"


def test_url_failures_are_recorded_alike_on_sqlite_and_postgresql(server: str, db_url: str) -> None:
    urls = [f"{server}/slow", f"{server}/huge-declared", f"{server}/page.html"]
    with Store(db_url) as store:
        summary = ingest_sources(urls, store, allow_private=True, max_bytes=100_000, deadline=1.5)
        errors = {e.item: e.reason for e in store.list_errors(limit=None)}
        stored = [d.item for d in store.list_documents(limit=None)]
    assert summary.stored == 1 and stored == [f"{server}/page.html"]
    assert errors == {f"{server}/slow": "timeout", f"{server}/huge-declared": "too_large"}


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """An https server on 127.0.0.1 with a self-signed certificate for the name 'localhost'."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
            "-keyout",
            str(folder / "key.pem"),
            "-out",
            str(folder / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield int(httpd.server_address[1]), folder / "cert.pem"
    httpd.shutdown()
    httpd.server_close()


def test_https_connects_to_the_checked_address_and_still_verifies_the_host_name(
    tls_server: tuple[int, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, certificate = tls_server
    untrusted = fetch_one(f"https://localhost:{port}/page.html")
    assert isinstance(untrusted, IngestError) and "CERTIFICATE_VERIFY_FAILED" in untrusted.message
    import certifi

    monkeypatch.setattr(certifi, "where", lambda: str(certificate))
    page = fetch_one(f"https://localhost:{port}/page.html")
    assert isinstance(page, RawDocument) and page.html == PAGE.decode()
    wrong_name = fetch_one(f"https://127.0.0.1:{port}/page.html")  # the certificate names localhost only
    assert isinstance(wrong_name, IngestError) and "CERTIFICATE_VERIFY_FAILED" in wrong_name.message
