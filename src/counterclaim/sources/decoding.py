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
# How much of a document is sampled to sniff UTF-16 without a mark and control bytes.
SNIFF_BYTES = 64 * 1024
# UTF-16 without a BOM: one byte of each pair is NUL for every Latin-script character, space or newline,
# and the other byte (almost) never is.
UTF16_NUL_SHARE = 0.1
UTF16_OTHER_NUL_SHARE = 0.01
# Control bytes text may hold: tab, newline, vertical tab, form feed, carriage return, the DOS end-of-file
# mark (Ctrl-Z) and escape (terminal colours). Any other C0 byte, NUL first, marks binary content.
TEXT_CONTROL_BYTES = frozenset({9, 10, 11, 12, 13, 26, 27})
BINARY_CONTROL_BYTES = bytes(sorted(frozenset(range(0, 32)) - TEXT_CONTROL_BYTES))
# The same test on decoded text (UTF-16/32 decode to code points, not bytes).
BINARY_CONTROL_CHARS = frozenset(chr(byte) for byte in BINARY_CONTROL_BYTES)
BINARY_MESSAGE = "binary content (NUL or control bytes), not text"
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
    """A NUL anywhere, or another control byte in the first SNIFF_BYTES (call after ruling out UTF-16/32).

    It runs before any decoding: ASCII with NULs (a .tar, a PDF, a file of zeros) is valid UTF-8, and UTF-8
    never uses bytes under 0x20 inside a multi-byte character, so a control byte is never part of a letter.
    """
    if b"\x00" in data:
        return True
    sample = data[:SNIFF_BYTES]
    return len(sample.translate(None, BINARY_CONTROL_BYTES)) != len(sample)


def has_binary_characters(text: str) -> bool:
    """The same test on text already decoded (JSON strings with \\u0000, UTF-16 files)."""
    return not BINARY_CONTROL_CHARS.isdisjoint(text[:SNIFF_BYTES]) or "\x00" in text


def strip_binary_characters(text: str) -> str:
    """`text` without NUL and other binary control characters (for metadata such as titles and ids)."""
    if not has_binary_characters(text):
        return text
    return "".join(char for char in text if char not in BINARY_CONTROL_CHARS)


def check_text(text: str) -> str:
    """`text` itself, or DecodeFailure('binary') when it holds NUL or other control characters."""
    if has_binary_characters(text):
        raise DecodeFailure("binary", BINARY_MESSAGE)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit in one byte of each pair only, and the text decodes cleanly."""
    sample = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) / 2
    even_nuls = sample[0::2].count(0) / pairs
    odd_nuls = sample[1::2].count(0) / pairs
    if odd_nuls >= UTF16_NUL_SHARE and even_nuls <= UTF16_OTHER_NUL_SHARE:
        encoding = "utf-16-le"
    elif even_nuls >= UTF16_NUL_SHARE and odd_nuls <= UTF16_OTHER_NUL_SHARE:
        encoding = "utf-16-be"
    else:
        return None
    try:
        decoded = sample.decode(encoding)
    except UnicodeDecodeError:
        # The sample may end inside a surrogate pair: decode it without its last pair.
        try:
            decoded = sample[:-2].decode(encoding)
        except UnicodeDecodeError:
            return None
    return None if has_binary_characters(decoded) else encoding


def _decode_marked(data: bytes, mark: bytes, encoding: str) -> str:
    try:
        return check_text(data[len(mark) :].decode(encoding))
    except UnicodeDecodeError as exc:
        raise DecodeFailure("decode", f"invalid {encoding} after its byte-order mark: {exc}") from exc


def decode_bytes(data: bytes, declared_charset: str | None = None) -> str:
    """Decode a document's bytes; raise DecodeFailure('empty'|'binary'|'decode') when it is not text.

    Order: byte-order marks, UTF-16 without a mark (its NULs are text), the binary test (before any
    decoding), UTF-8, the declared charset, then the cleanest legacy encoding.
    """
    if not data.strip():
        raise DecodeFailure("empty", "no content")
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode_marked(data, mark, encoding)
    if data.startswith(codecs.BOM_UTF8):
        if looks_binary(data):
            raise DecodeFailure("binary", BINARY_MESSAGE)
        try:
            return data.decode("utf-8")  # keeps U+FEFF: offsets match the file read as UTF-8
        except UnicodeDecodeError as exc:
            raise DecodeFailure("decode", f"invalid UTF-8 after its byte-order mark: {exc}") from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return check_text(data.decode(utf16))
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise DecodeFailure("binary", BINARY_MESSAGE)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
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
