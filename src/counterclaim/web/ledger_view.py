"""The ledger as the dashboard serves it: `build_ledger` over the store's claims, cached until claims change.

Nothing is reconciled here (that is counterclaim.ledger); this module feeds the library function
with the store's claims and document texts, and keeps the result while the store's fingerprint holds.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from counterclaim.ledger import Ledger, build_ledger
from counterclaim.store import ClaimFilter, Store
from counterclaim.store.schema import DocumentRow
from counterclaim.web import views

# Ledgers kept (one per distinct set of ledger filters), least recently used dropped first.
LEDGER_CACHE_SIZE = 8


@dataclass(frozen=True)
class LedgerQuery:
    """The ledger filters of `counterclaim ledger` (and /api/ledger)."""

    by: str = "whole"
    side: str | None = None
    type: str | None = None
    conflict: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


class DocumentTexts(Mapping[int, str]):
    """Document id -> cleaned text, read from the store only for the documents the ledger asks about."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._texts: dict[int, str | None] = {}

    def _load(self, document_id: int) -> str | None:
        if document_id not in self._texts:
            with self._store.session() as session:
                self._texts[document_id] = session.execute(
                    select(DocumentRow.cleaned_text).where(DocumentRow.id == document_id)
                ).scalar()
        return self._texts[document_id]

    def __getitem__(self, document_id: int) -> str:
        text = self._load(document_id)
        if text is None:
            raise KeyError(document_id)
        return text

    def __iter__(self) -> Iterator[int]:
        return iter([d for d, t in self._texts.items() if t is not None])

    def __len__(self) -> int:
        return sum(1 for t in self._texts.values() if t is not None)


def compute_ledger(store: Store, query: LedgerQuery) -> Ledger:
    """build_ledger over the store's claims (read with the date bounds pushed into SQL)."""
    claims = store.iter_claims(ClaimFilter(since=query.since, until=query.until))
    return build_ledger(
        claims,
        by=query.by,
        side=query.side,
        type=query.type,
        conflict=query.conflict,
        since=query.since,
        until=query.until,
        documents=DocumentTexts(store),
    )


class LedgerCache:
    """Ledgers by query, valid while the store's (claim count, largest claim id) fingerprint is unchanged."""

    def __init__(self) -> None:
        self._entries: OrderedDict[LedgerQuery, tuple[tuple[int, int], Ledger, dict[str, Any]]] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[LedgerQuery, threading.Lock] = {}

    def get(self, store: Store, query: LedgerQuery) -> tuple[Ledger, dict[str, Any]]:
        """The ledger for `query` and a dict for derived views of it (cleared with the ledger)."""
        fingerprint = views.store_fingerprint(store)
        with self._lock:
            entry = self._entries.get(query)
            if entry is not None and entry[0] == fingerprint:
                self._entries.move_to_end(query)
                return entry[1], entry[2]
            build_lock = self._building.setdefault(query, threading.Lock())
        with build_lock:  # one build per query at a time; later callers reuse its result
            with self._lock:
                entry = self._entries.get(query)
                if entry is not None and entry[0] == fingerprint:
                    return entry[1], entry[2]
            ledger = compute_ledger(store, query)
            derived: dict[str, Any] = {}
            with self._lock:
                self._entries[query] = (fingerprint, ledger, derived)
                self._entries.move_to_end(query)
                while len(self._entries) > LEDGER_CACHE_SIZE:
                    self._entries.popitem(last=False)
            return ledger, derived

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
