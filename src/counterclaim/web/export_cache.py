"""Finished exports kept in memory, with their gzip form, until the claims change; their ETags.

Streaming the full CSV export of 100,000 claims (29 MB) costs about a second of CPU (the database computes
the cells, `csv` writes them, gzip packs them); sending the same bytes again costs milliseconds. Entries are
keyed by (format, filters) and valid for one store fingerprint (claim count, largest claim id), as the
ledger cache is. Nothing here reads the database or knows HTTP beyond the If-None-Match header's syntax.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass

# (format, the filters as JSON): one export.
ExportKey = tuple[str, str]
Fingerprint = tuple[int, int]

# Bytes of exports kept in all (bodies and gzip forms): the full CSV of 100,000 claims and its gzip form
# take ~33 MB, so it and a few filtered exports fit. An export larger than this is streamed every time.
EXPORT_CACHE_BYTES = 96 * 1024 * 1024
EXPORT_CACHE_BYTES_ENV = "COUNTERCLAIM_EXPORT_CACHE_BYTES"


@dataclass
class KeptExport:
    """One finished export: its bytes as served without compression and, once asked for, gzip-compressed."""

    fingerprint: Fingerprint
    body: bytes
    packed: bytes | None = None

    @property
    def size(self) -> int:
        return len(self.body) + len(self.packed or b"")


class ExportCache:
    """Exports by key for the current store fingerprint, at most `max_bytes` in all, least recently used
    dropped first; entries of an older fingerprint are dropped as soon as a newer one is seen.

    While an export streams for the first time its bytes are collected (`begin_fill` ... `put`); one fill
    per key at a time, and a fill stops collecting past `max_bytes`, so memory stays bounded however many
    requests arrive together. `max_bytes=0` keeps nothing.
    """

    def __init__(self, max_bytes: int = EXPORT_CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[ExportKey, KeptExport] = OrderedDict()
        self._filling: set[ExportKey] = set()
        self._lock = threading.Lock()
        # Part of every ETag: a restarted server (perhaps on another database with equal counts) never
        # confirms a copy that the previous one served.
        self._instance = secrets.token_hex(8)

    @property
    def size(self) -> int:
        """Bytes kept now (bodies and gzip forms)."""
        with self._lock:
            return sum(entry.size for entry in self._entries.values())

    def etag(self, key: ExportKey, fingerprint: Fingerprint) -> str:
        """A weak ETag for this export of this store state (weak: the gzip and plain forms share it)."""
        digest = hashlib.blake2b(repr((self._instance, fingerprint, key)).encode("utf-8"), digest_size=12)
        return f'W/"{digest.hexdigest()}"'

    def get(self, key: ExportKey, fingerprint: Fingerprint) -> KeptExport | None:
        with self._lock:
            self._drop_other_fingerprints(fingerprint)
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def begin_fill(self, key: ExportKey) -> bool:
        """True when the caller should collect this export's bytes for `put` (then call `end_fill`)."""
        if self.max_bytes <= 0:
            return False
        with self._lock:
            if key in self._filling:
                return False
            self._filling.add(key)
            return True

    def end_fill(self, key: ExportKey) -> None:
        with self._lock:
            self._filling.discard(key)

    def put(self, key: ExportKey, fingerprint: Fingerprint, body: bytes, packed: bytes | None = None) -> bool:
        """Keep a finished export (and its gzip form when given); False when it does not fit at all."""
        entry = KeptExport(fingerprint, body, packed)
        if entry.size > self.max_bytes:
            entry.packed = None
            if entry.size > self.max_bytes:
                return False
        with self._lock:
            self._drop_other_fingerprints(fingerprint)
            self._entries.pop(key, None)
            self._entries[key] = entry
            self._shrink(keep=key)
            return key in self._entries

    def keep_packed(self, key: ExportKey, entry: KeptExport, packed: bytes) -> None:
        """Add the gzip form of a kept export, if the bound allows it alongside its body."""
        if entry.size + len(packed) > self.max_bytes:
            return
        with self._lock:
            if self._entries.get(key) is not entry:
                return  # dropped or replaced meanwhile
            entry.packed = packed
            self._shrink(keep=key)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _drop_other_fingerprints(self, fingerprint: Fingerprint) -> None:
        for key in [k for k, e in self._entries.items() if e.fingerprint != fingerprint]:
            del self._entries[key]

    def _shrink(self, keep: ExportKey) -> None:
        """Drop least recently used entries (never `keep`) until the total fits."""
        total = sum(entry.size for entry in self._entries.values())
        for key in list(self._entries):
            if total <= self.max_bytes:
                break
            if key != keep:
                total -= self._entries.pop(key).size


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for this header)."""
    if not if_none_match:
        return False
    wanted = etag.removeprefix("W/")
    for candidate in if_none_match.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False


__all__ = ["EXPORT_CACHE_BYTES", "EXPORT_CACHE_BYTES_ENV", "ExportCache", "KeptExport", "etag_matches"]
