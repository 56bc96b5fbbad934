"""http(s) URLs: fetch with httpcore under a whole-download deadline, a per-read timeout, a redirect limit,
a size cap (checked while streaming) and a content-type check.

Every hop's host is resolved once, refused when any address is loopback, private, link-local, reserved
or a cloud metadata endpoint (unless `allow_private`), and the connection goes to the address that was
checked, so a DNS name that rebinds between lookups cannot reach a private address. It fetches; it
does not clean.

Proxies come from the environment as for curl and pip (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY, in
either case); loopback hosts never go through one. Through a proxy the proxy resolves the host, so only a
host written as an address is checked here; the proxy itself is a configured endpoint and may be private.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
import urllib.request
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from counterclaim.records import RawDocument
from counterclaim.sources.decoding import DecodeFailure, check_size, decode_bytes, max_bytes, sniff_kind
from counterclaim.sources.options import SourceItems, SourceOptions, error, with_defaults

USER_AGENT = "counterclaim/0.1 (+https://github.com/counterclaim)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Content types we read, and what they hold; "sniff" means look at the text (generic XML may be a feed).
CONTENT_TYPE_KINDS: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+xml": "feed",
    "application/xml": "sniff",
    "text/xml": "sniff",
}
# Addresses refused by name as well as by class, so the message can say why.
METADATA_ADDRESSES: frozenset[str] = frozenset({"169.254.169.254", "fd00:ec2::254", "100.100.100.200"})


class FetchFailure(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class FetchedPage:
    url: str
    kind: str  # html | text | feed
    text: str
    data: bytes  # the body as received (feeds are parsed from bytes: their XML declares the encoding)


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def _blocked_reason(address: str) -> str | None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if str(ip) in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private:
        return "a private address"
    if not ip.is_global or ip.is_multicast:
        return "a reserved or non-public address"
    return None


def _resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (one lookup). Raises FetchFailure('unreachable')."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailure("unreachable", f"cannot resolve host {host}: {exc}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchFailure("unreachable", f"host {host} has no address")
    return addresses


def checked_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    """Resolve `host` once and refuse it when any address is non-public (unless allowed)."""
    addresses = _resolve(host, port)
    if not allow_private:
        for address in addresses:
            why = _blocked_reason(address)
            if why:
                raise FetchFailure(
                    "private_address", f"{host} resolves to {address}, {why} (use --allow-private to permit)"
                )
    return addresses


def check_host(url: str, options: SourceOptions) -> None:
    """Refuse the URL's host when it is non-public, unless allowed: resolved here when the URL is fetched
    directly; through a proxy (which resolves names itself) only a host written as an address (loopback hosts,
    `localhost` included, never go through a proxy). Raises FetchFailure."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchFailure("unsupported", f"not an http(s) URL: {url}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if proxy_for(url) is None:
        checked_addresses(parts.hostname, port, options.allow_private)
    elif not options.allow_private:
        try:
            why = _blocked_reason(parts.hostname)
        except ValueError:  # a name: the proxy resolves it
            return
        if why:
            raise FetchFailure("private_address", f"{parts.hostname} is {why} (use --allow-private to permit)")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def proxy_for(url: str) -> str | None:
    """The proxy URL the environment sets for `url`, or None (none set, NO_PROXY lists the host, or the host is
    loopback, which no proxy can reach for us)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if _is_loopback(host):
        return None
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass_environment(host, proxies):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _content_kind(content_type: str) -> tuple[str | None, str | None]:
    """(kind, charset) for a Content-Type header; kind None when we do not read that type."""
    media, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return CONTENT_TYPE_KINDS.get(media.strip().lower()), charset


class _Deadline:
    """The whole download's time limit, shared by its connections, redirects and reads."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def left(self, timeout: float | None) -> float:
        """The smaller of `timeout` and the time left; raises FetchFailure('timeout') when none is left."""
        left = self.ends - time.monotonic()
        if left <= 0:
            raise FetchFailure("timeout", f"download not finished within {self.seconds:g}s")
        return left if timeout is None else min(timeout, left)


def _guarded_backend(deadline: _Deadline, allow_private: bool, proxy_host: str | None = None) -> Any:
    """An httpcore network backend that resolves each host once, refuses non-public addresses, connects to
    the very address it checked (no second lookup a rebinding DNS name could answer differently), and bounds
    every connect, read and write by the whole download's deadline. TLS still checks the host name. The
    configured proxy's host (`proxy_host`) is connected to whatever its address."""
    import httpcore  # lazy: only URL ingest needs it

    class DeadlineStream(httpcore.NetworkStream):
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return bytes(self.inner.read(max_bytes, deadline.left(timeout)))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self.inner.write(buffer, deadline.left(timeout))

        def close(self) -> None:
            self.inner.close()

        def start_tls(
            self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
        ) -> Any:
            return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, deadline.left(timeout)))

        def get_extra_info(self, info: str) -> Any:
            return self.inner.get_extra_info(info)

    class GuardedBackend(httpcore.NetworkBackend):
        def __init__(self) -> None:
            self.inner = httpcore.SyncBackend()

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> Any:
            addresses = checked_addresses(host, port, allow_private or host == proxy_host)
            last: Exception | None = None
            for address in addresses:
                try:
                    stream = self.inner.connect_tcp(
                        address, port, deadline.left(timeout), local_address, socket_options
                    )
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                    last = exc
                    continue
                return DeadlineStream(stream)
            assert last is not None
            raise last

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> Any:
            raise FetchFailure("unsupported", "unix sockets are not fetched")

        def sleep(self, seconds: float) -> None:
            time.sleep(seconds)

    return GuardedBackend()


def _body_decoder(encoding: str) -> Any:
    """A zlib decompressor for a gzip/deflate Content-Encoding, None for identity."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, told apart automatically
    raise FetchFailure("unsupported", f"content encoding {encoding!r} is not read")


def _read_body(response: Any, limit: int, decoder: Any) -> bytes:
    """The body, refused (DecodeFailure 'too_large') as soon as it passes the cap, before it is all read."""
    chunks: list[bytes] = []
    size = 0
    for raw in response.iter_stream():
        chunk = raw
        if decoder is not None:
            chunk = decoder.decompress(raw, limit + 1 - size)  # a compressed bomb stops at the cap
            if decoder.unconsumed_tail:
                check_size(size + len(chunk) + 1, limit)
        size += len(chunk)
        check_size(size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, options: SourceOptions) -> FetchedPage:
    """GET a URL following at most `max_redirects` redirects, each hop checked. Raises FetchFailure.

    The whole download (every hop's connect, request and body) must end within `options.deadline`
    seconds; each single connect or read within `options.timeout`; the body within the size cap.
    """
    import certifi
    import httpcore
    import httpx  # lazy: only URL ingest needs them

    limit = max_bytes(options.max_bytes)
    deadline = _Deadline(options.deadline)
    timeouts = {
        "connect": options.timeout,
        "read": options.timeout,
        "write": options.timeout,
        "pool": options.timeout,
    }
    headers = [(b"User-Agent", USER_AGENT.encode()), (b"Accept-Encoding", b"gzip, deflate, identity")]
    ssl_context = ssl.create_default_context(cafile=certifi.where())
    current = url
    for _hop in range(options.max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchFailure("unsupported", f"not an http(s) URL: {current}")
        proxy = proxy_for(current)
        if proxy:  # fetched directly, the backend checks each address it connects to
            check_host(current, options)
        backend = _guarded_backend(deadline, options.allow_private, urlsplit(proxy).hostname if proxy else None)
        with httpcore.ConnectionPool(
            ssl_context=ssl_context, network_backend=backend, retries=0,
            proxy=httpcore.Proxy(proxy) if proxy else None,
        ) as pool:
            try:
                target = httpx.URL(current)
                request_url = httpcore.URL(
                    scheme=target.raw_scheme, host=target.raw_host, port=target.port, target=target.raw_path
                )
                with pool.stream(
                    "GET", request_url, headers=headers, extensions={"timeout": timeouts}
                ) as response:
                    found = {
                        key.decode("latin-1").lower(): value.decode("latin-1")
                        for key, value in response.headers
                    }
                    if response.status in REDIRECT_STATUSES and "location" in found:
                        current = urljoin(current, found["location"])
                        continue
                    if response.status >= 400:
                        reason = response.extensions.get("reason_phrase", b"").decode("latin-1", "replace")
                        raise FetchFailure("http_error", f"HTTP {response.status} {reason}".rstrip())
                    kind, charset = _content_kind(found.get("content-type", "text/html"))
                    if kind is None:
                        raise FetchFailure(
                            "unsupported", f"content type {found.get('content-type')!r} is not text"
                        )
                    decoder = _body_decoder(found.get("content-encoding", ""))
                    declared = found.get("content-length", "")
                    if decoder is None and declared.isdigit():
                        check_size(int(declared), limit)
                    data = _read_body(response, limit, decoder)
            except httpcore.TimeoutException as exc:
                raise FetchFailure(
                    "timeout",
                    f"timed out ({type(exc).__name__}; {options.timeout:g}s a read, {options.deadline:g}s in all)",
                ) from exc
            except httpcore.ConnectError as exc:
                raise FetchFailure("unreachable", f"cannot connect: {exc}") from exc
            except (httpcore.ProtocolError, httpcore.NetworkError, httpcore.UnsupportedProtocol) as exc:
                raise FetchFailure("http_error", f"{type(exc).__name__}: {exc}") from exc
            except (httpx.InvalidURL, ValueError) as exc:
                raise FetchFailure("unsupported", f"not a valid URL: {current} ({exc})") from exc
            except DecodeFailure as exc:
                raise FetchFailure(exc.reason, exc.message) from exc
            except zlib.error as exc:
                raise FetchFailure("decode", f"broken compressed body: {exc}") from exc
            try:
                text = decode_bytes(data, charset)
            except DecodeFailure as exc:
                raise FetchFailure(exc.reason, exc.message) from exc
            if kind == "sniff":
                kind = sniff_kind(text)
                if kind == "xml":
                    raise FetchFailure("unsupported", "XML that is neither a feed nor a web page")
            return FetchedPage(url=current, kind=kind, text=text, data=data)
    raise FetchFailure("http_error", f"more than {options.max_redirects} redirects")


def read_url(url: str, options: SourceOptions, **metadata: object) -> SourceItems:
    """Documents from one URL: a page, a text, or (for a feed) its entries. `metadata` fills RawDocument fields."""
    try:
        page = fetch(url, options)
    except FetchFailure as exc:
        yield error(url, exc.reason, exc.message)
        return
    if page.kind == "feed":
        from counterclaim.sources.feeds import read_feed

        yield from read_feed(url, page.data, options)
        return
    fields = {"url": page.url, **metadata}
    if page.kind == "html":
        document = RawDocument(item=url, html=page.text, **fields)  # type: ignore[arg-type]
    else:
        document = RawDocument(item=url, text=page.text, **fields)  # type: ignore[arg-type]
    yield with_defaults(document, options)
