"""URL and feed sources against a local HTTP server on 127.0.0.1 (the only network tests may use)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from counterclaim.records import IngestError, RawDocument
from counterclaim.sources import SourceOptions, iter_raw_documents
from counterclaim.sources.http import FetchFailure, check_host

PAGE = (
    b"<html><head><title>Frontline report</title></head><body><article><h1>Frontline report</h1>"
    b"<p>The regional governor said three civilians were killed by shelling on Tuesday night.</p>"
    b"</article></body></html>"
)


def feed_body(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local Wire</title><link>{base}/</link><description>t</description>
<item><title>Report one</title><link>{base}/page.html</link><guid>one</guid>
<pubDate>Wed, 02 Mar 2022 10:00:00 GMT</pubDate><description>Summary one.</description></item>
<item><title>Report two</title><link>{base}/missing</link><guid>two</guid>
<description>Summary two.</description></item>
</channel></rss>""".encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/page.html": (200, "text/html; charset=utf-8", PAGE),
            "/plain.txt": (
                200,
                "text/plain; charset=latin-1",
                "Soldats tués près de Kharkiv.".encode("latin-1"),
            ),
            "/feed.xml": (200, "application/rss+xml", feed_body(base)),
            "/generic-feed": (200, "text/xml", feed_body(base)),
            "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
            "/big.html": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
        }
        if self.path in routes:
            self._send(*routes[self.path])
        elif self.path == "/redirect":
            self._send(302, "text/plain", b"", {"Location": "/page.html"})
        elif self.path == "/loop":
            self._send(302, "text/plain", b"", {"Location": "/loop"})
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, "text/html", PAGE)
        else:
            self._send(404, "text/plain", b"not found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = SourceOptions(allow_private=True, timeout=5)


def only(items: list[RawDocument | IngestError]) -> RawDocument | IngestError:
    assert len(items) == 1, items
    return items[0]


def test_html_page_is_fetched(server: str) -> None:
    document = only(list(iter_raw_documents([f"{server}/page.html"], LOCAL)))
    assert isinstance(document, RawDocument)
    assert document.html == PAGE.decode() and document.url == f"{server}/page.html"


def test_declared_charset_decodes_plain_text(server: str) -> None:
    document = only(list(iter_raw_documents([f"{server}/plain.txt"], LOCAL)))
    assert isinstance(document, RawDocument) and document.text == "Soldats tués près de Kharkiv."


def test_redirect_is_followed_and_a_redirect_loop_is_an_error(server: str) -> None:
    document = only(list(iter_raw_documents([f"{server}/redirect"], LOCAL)))
    assert isinstance(document, RawDocument) and document.url == f"{server}/page.html"
    failure = only(list(iter_raw_documents([f"{server}/loop"], LOCAL)))
    assert (
        isinstance(failure, IngestError) and failure.reason == "http_error" and "redirects" in failure.message
    )


def test_404_is_an_http_error(server: str) -> None:
    failure = only(list(iter_raw_documents([f"{server}/nothing-here"], LOCAL)))
    assert isinstance(failure, IngestError) and failure.reason == "http_error" and "404" in failure.message


def test_non_text_content_type_is_unsupported(server: str) -> None:
    failure = only(list(iter_raw_documents([f"{server}/image.png"], LOCAL)))
    assert isinstance(failure, IngestError) and failure.reason == "unsupported"


def test_response_over_the_size_cap_is_too_large(server: str) -> None:
    options = SourceOptions(allow_private=True, timeout=5, max_bytes=1000)
    failure = only(list(iter_raw_documents([f"{server}/big.html"], options)))
    assert isinstance(failure, IngestError) and failure.reason == "too_large"


def test_slow_server_is_a_timeout(server: str) -> None:
    options = SourceOptions(allow_private=True, timeout=0.3)
    failure = only(list(iter_raw_documents([f"{server}/slow"], options)))
    assert isinstance(failure, IngestError) and failure.reason == "timeout"


def test_closed_port_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    failure = only(list(iter_raw_documents([f"http://127.0.0.1:{port}/x"], LOCAL)))
    assert isinstance(failure, IngestError) and failure.reason == "unreachable"


def test_unresolvable_host_is_unreachable() -> None:
    failure = only(list(iter_raw_documents(["http://no-such-host.invalid/x"], LOCAL)))
    assert isinstance(failure, IngestError) and failure.reason == "unreachable"


def test_loopback_is_refused_without_allow_private(server: str) -> None:
    failure = only(list(iter_raw_documents([f"{server}/page.html"], SourceOptions(timeout=5))))
    assert isinstance(failure, IngestError) and failure.reason == "private_address"
    assert "loopback" in failure.message


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.10/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://localhost/", "loopback"),
    ],
)
def test_private_link_local_and_metadata_addresses_are_refused(url: str, why: str) -> None:
    with pytest.raises(FetchFailure) as caught:
        check_host(url, SourceOptions())
    assert caught.value.reason == "private_address" and why in caught.value.message


def test_feed_url_entries_are_followed_and_a_failing_entry_is_its_own_error(server: str) -> None:
    items = list(iter_raw_documents([f"{server}/feed.xml"], LOCAL))
    assert len(items) == 2
    first, second = items
    assert isinstance(first, RawDocument) and first.html == PAGE.decode()
    assert first.title == "Report one" and first.source == "Local Wire" and first.url == f"{server}/page.html"
    assert first.published is not None and first.published.isoformat() == "2022-03-02"
    assert (
        isinstance(second, IngestError)
        and second.item == f"{server}/missing"
        and second.reason == "http_error"
    )


def test_feed_served_as_generic_xml_is_sniffed_and_no_follow_uses_summaries(server: str) -> None:
    options = SourceOptions(allow_private=True, timeout=5, follow=False)
    items = list(iter_raw_documents([f"{server}/generic-feed"], options))
    assert [(i.item, i.text) for i in items if isinstance(i, RawDocument)] == [
        (f"{server}/generic-feed#1", "Summary one."),
        (f"{server}/generic-feed#2", "Summary two."),
    ]


class ForwardProxy(BaseHTTPRequestHandler):
    """A forward HTTP proxy that knows one outside site, news.invalid, and records the requests it gets."""

    seen: list[str] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        ForwardProxy.seen.append(self.path)
        if self.path == "http://news.invalid/page.html":
            status, body, extra = 200, PAGE, {"Content-Type": "text/html"}
        elif self.path == "http://news.invalid/moved":
            status, body, extra = 301, b"", {"Location": "/page.html"}
        else:
            status, body, extra = 404, b"not found", {}
        self.send_response(status)
        for key, value in {**extra, "Content-Length": str(len(body))}.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ForwardProxy)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    address = f"http://127.0.0.1:{httpd.server_address[1]}"
    monkeypatch.setenv("http_proxy", address)
    ForwardProxy.seen.clear()
    yield address
    httpd.shutdown()
    httpd.server_close()


def test_http_proxy_from_the_environment_fetches_names_it_resolves_itself(proxy: str) -> None:
    document = only(list(iter_raw_documents(["http://news.invalid/moved"], SourceOptions(timeout=5))))
    assert isinstance(document, RawDocument) and document.html == PAGE.decode()
    assert document.url == "http://news.invalid/page.html"
    assert ForwardProxy.seen == ["http://news.invalid/moved", "http://news.invalid/page.html"]


def test_through_a_proxy_private_addresses_are_still_refused_and_loopback_is_direct(
    proxy: str, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(FetchFailure) as caught:
        check_host("http://10.1.2.3/", SourceOptions())
    assert caught.value.reason == "private_address"
    loopback = only(list(iter_raw_documents([f"{server}/page.html"], LOCAL)))
    assert isinstance(loopback, RawDocument) and ForwardProxy.seen == []
    monkeypatch.setenv("no_proxy", "news.invalid")
    bypassed = only(list(iter_raw_documents(["http://news.invalid/page.html"], SourceOptions(timeout=5))))
    assert isinstance(bypassed, IngestError) and bypassed.reason == "unreachable" and ForwardProxy.seen == []
