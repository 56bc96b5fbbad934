"""Bytes to text: BOMs, UTF-16/32, legacy encodings (charset-normalizer), binary detection, size cap.

It decodes only; it does not strip, clean or guess the kind of document (see `sniff_kind`).
A UTF-8 byte-order mark is kept as U+FEFF so that offsets equal those of the file read as UTF-8.
"""

from __future__ import annotations

import codecs

from counterclaim import config

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How much of a document is sampled to sniff UTF-16 without a mark and binary content.
SNIFF_BYTES = 4096
# UTF-16 without a BOM: in mostly-ASCII text one byte of each pair is NUL.
UTF16_NUL_SHARE = 0.3
# Control characters other than tab, newline, carriage return, form feed: text has (almost) none.
TEXT_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13} | {127}
BINARY_CONTROL_SHARE = 0.05
# Above this "chaos" (mess) charset-normalizer's best guess is treated as "not text".
MAX_CHAOS = 0.5
# Candidates this close to the cleanest are ties; ties are broken by PREFERRED_LEGACY_ENCODINGS.
CHAOS_TIE_MARGIN = 0.01
PREFERRED_LEGACY_ENCODINGS: tuple[str, ...] = ("cp1252",)


class DecodeFailure(Exception):
    """Raised with a reason class (`binary`, `decode`, `too_large`, `empty`) and a one-line message."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


def max_bytes(override: int | None = None) -> int:
    """The per-document size cap: an explicit override, else `COUNTERCLAIM_MAX_BYTES`, else the default."""
    return override if override is not None else config.max_document_bytes()


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise DecodeFailure("too_large", f"{size} bytes exceeds the size cap of {limit} bytes")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first few KiB (call after ruling out UTF-16/32)."""
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in TEXT_CONTROL_BYTES)
    return controls / len(sample) > BINARY_CONTROL_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls >= UTF16_NUL_SHARE and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls >= UTF16_NUL_SHARE and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, declared_charset: str | None = None) -> str:
    """Decode a document's bytes; raise DecodeFailure('empty'|'binary'|'decode') when it is not text."""
    if not data.strip():
        raise DecodeFailure("empty", "no content")
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeFailure("decode", f"invalid {encoding} after its byte-order mark: {exc}") from exc
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8")  # keeps U+FEFF: offsets match the file read as UTF-8
        except UnicodeDecodeError as exc:
            raise DecodeFailure("decode", f"invalid UTF-8 after its byte-order mark: {exc}") from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise DecodeFailure("binary", "binary content (NUL or control bytes), not text")
    if declared_charset:
        try:
            return data.decode(declared_charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    """charset-normalizer's guess, preferring windows-1252 among the equally clean candidates.

    On short Western texts several single-byte code pages read equally "clean"; windows-1252 (which
    browsers also use for latin-1) is then the likely one, as with a latin-1 dispatch.
    """
    from charset_normalizer import from_bytes  # lazy: only legacy encodings need it

    matches = list(from_bytes(data))
    if not matches:
        raise DecodeFailure("decode", "not valid UTF-8 and no legacy encoding fits")
    least_chaos = min(match.chaos for match in matches)
    if least_chaos > MAX_CHAOS:
        raise DecodeFailure("decode", "not valid UTF-8 and no legacy encoding fits")
    cleanest = [match for match in matches if match.chaos <= least_chaos + CHAOS_TIE_MARGIN]
    for preferred in PREFERRED_LEGACY_ENCODINGS:
        if any(preferred in match.could_be_from_charset for match in cleanest):
            try:
                return data.decode(preferred)
            except UnicodeDecodeError:
                continue
    return str(cleanest[0])


# Opening markup that tells a feed, a web page and other XML apart (checked in the first 2 KiB).
FEED_ROOT_TAGS: tuple[str, ...] = ("<rss", "<feed", "<rdf:rdf")
HTML_MARKERS: tuple[str, ...] = ("<!doctype html", "<html", "<head", "<body")


def sniff_kind(text: str) -> str:
    """'feed', 'html', 'xml' (some other XML) or 'text' from the first characters of a decoded document."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if not head.startswith("<"):
        return "text"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if any(tag in head for tag in FEED_ROOT_TAGS):
        return "feed"
    if any(marker in head for marker in HTML_MARKERS):
        return "html"
    return "xml" if head.startswith("<?xml") else "html"
