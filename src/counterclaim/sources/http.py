"""http(s) URLs: fetch with httpx under a timeout, a redirect limit, a size cap and a content-type check.

Every hop's host is resolved first and refused when any address is loopback, private, link-local,
reserved or a cloud metadata endpoint (unless `allow_private`). It fetches; it does not clean.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
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


def check_host(url: str, options: SourceOptions) -> None:
    """Resolve the URL's host; refuse non-public addresses unless allowed. Raises FetchFailure."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchFailure("unsupported", f"not an http(s) URL: {url}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailure("unreachable", f"cannot resolve host {parts.hostname}: {exc}") from exc
    if options.allow_private:
        return
    for info in infos:
        address = str(info[4][0])
        why = _blocked_reason(address)
        if why:
            raise FetchFailure(
                "private_address",
                f"{parts.hostname} resolves to {address}, {why} (use --allow-private to permit)",
            )


def _content_kind(content_type: str) -> tuple[str | None, str | None]:
    """(kind, charset) for a Content-Type header; kind None when we do not read that type."""
    media, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return CONTENT_TYPE_KINDS.get(media.strip().lower()), charset


def fetch(url: str, options: SourceOptions) -> FetchedPage:
    """GET a URL following at most `max_redirects` redirects, each hop checked. Raises FetchFailure."""
    import httpx  # lazy: only URL ingest needs it

    limit = max_bytes(options.max_bytes)
    timeout = httpx.Timeout(options.timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}) as client:
        current = url
        for _hop in range(options.max_redirects + 1):
            check_host(current, options)
            try:
                with client.stream("GET", current) as response:
                    if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchFailure(
                            "http_error", f"HTTP {response.status_code} {response.reason_phrase}"
                        )
                    kind, charset = _content_kind(response.headers.get("content-type", "text/html"))
                    if kind is None:
                        raise FetchFailure(
                            "unsupported",
                            f"content type {response.headers.get('content-type')!r} is not text",
                        )
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit():
                        check_size(int(declared), limit)
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        check_size(size, limit)
                        chunks.append(chunk)
            except httpx.TimeoutException as exc:
                raise FetchFailure(
                    "timeout", f"timed out after {options.timeout:g}s ({type(exc).__name__})"
                ) from exc
            except httpx.ConnectError as exc:
                raise FetchFailure("unreachable", f"cannot connect: {exc}") from exc
            except httpx.HTTPError as exc:
                raise FetchFailure("http_error", f"{type(exc).__name__}: {exc}") from exc
            except DecodeFailure as exc:
                raise FetchFailure(exc.reason, exc.message) from exc
            data = b"".join(chunks)
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
