"""The ledger as the dashboard serves it: `build_ledger` over the store's claims, cached until claims change.

Nothing is reconciled here (that is counterclaim.ledger); this module feeds the library function
with the store's claims and document texts, and keeps the result while the store's fingerprint holds.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from counterclaim.ledger import Ledger
from counterclaim.ledger.from_store import build_ledger_from_store
from counterclaim.store import Store
from counterclaim.web import views

# Ledgers kept (one per distinct set of ledger filters), least recently used dropped first.
LEDGER_CACHE_SIZE = 8
# How long a request waits for a rebuild after the claims changed before it is served the previous ledger
# (marked "being recomputed"): within the pages' 300 ms budget. Stores up to ~15,000 claims rebuild in
# that time, so their pages show new claims at once; a 100,000-claim rebuild takes ~1.5 s in the background.
STALE_WAIT_SECONDS = 0.25


@dataclass(frozen=True)
class LedgerQuery:
    """The ledger filters of `counterclaim ledger` (and /api/ledger)."""

    by: str = "whole"
    side: str | None = None
    type: str | None = None
    conflict: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    outcome: str | None = None  # a series outcome (killed, wounded ...; destroyed and lost are one: lost)


def compute_ledger(store: Store, query: LedgerQuery) -> Ledger:
    """The ledger exactly as `counterclaim ledger` builds it (build_ledger_from_store, default policy)."""
    return build_ledger_from_store(
        store,
        by=query.by,
        side=query.side,
        type=query.type,
        conflict=query.conflict,
        since=query.since,
        until=query.until,
    )


def filter_ledger(ledger: Ledger, *, side: str | None = None, type: str | None = None,
                  conflict: str | None = None, outcome: str | None = None) -> Ledger:
    """The series (with their contradictions and totals checks) of `ledger` for these sides, type, conflict
    and outcome.

    Series are keyed by (conflict, side, type, ...), so cutting them from the whole ledger gives what a
    filtered build gives, with duplicates found across every document rather than the filtered ones.
    """
    sides = {s.strip().upper() for s in side.split(",") if s.strip()} if side else None

    def keep(key: Any) -> bool:
        return ((sides is None or (key.side or "").upper() in sides) and (type is None or key.type == type)
                and (conflict is None or key.conflict == conflict) and (outcome is None or key.outcome == outcome))

    series = [s for s in ledger.series if keep(s)]
    return Ledger.model_construct(
        by=ledger.by, policy=ledger.policy, claims=ledger.claims,
        assertions=sum(len(s.assertions) for s in series), documents=ledger.documents,
        duplicate_documents=ledger.duplicate_documents, series=series,
        contradictions=[c for c in ledger.contradictions if keep(c.series)],
        totals=[t for t in ledger.totals if keep(t.series)],
    )


@dataclass
class CachedLedger:
    """A built ledger, the store fingerprint it was built from, and views derived from it."""

    ledger: Ledger
    fingerprint: tuple[int, int]
    derived: dict[Any, Any] = field(default_factory=dict)
    stale: bool = False

    @property
    def version(self) -> str:
        return f"{self.fingerprint[0]}-{self.fingerprint[1]}"


class LedgerCache:
    """Ledgers by query, rebuilt when the store's (claim count, largest claim id) fingerprint changes.

    The first request for a query builds it. After the claims change, a rebuild starts in the background;
    a request waits for it up to `fresh_wait_s` when the last build took no longer than that, and otherwise
    gets the previous ledger marked stale at once, so pages stay fast on large stores while a rebuild runs.
    """

    def __init__(
        self,
        fresh_wait_s: float = STALE_WAIT_SECONDS,
        compute: Callable[[Store, LedgerQuery], Ledger] | None = None,
    ) -> None:
        self.fresh_wait_s = fresh_wait_s
        self._compute = compute or compute_ledger
        self._entries: OrderedDict[LedgerQuery, CachedLedger] = OrderedDict()
        self._lock = threading.Lock()
        self._builds: dict[LedgerQuery, threading.Thread] = {}
        self._build_seconds: dict[LedgerQuery, float] = {}
        self._build_locks: dict[LedgerQuery, threading.Lock] = {}

    def _store_entry(self, query: LedgerQuery, entry: CachedLedger) -> None:
        with self._lock:
            self._entries[query] = entry
            self._entries.move_to_end(query)
            while len(self._entries) > LEDGER_CACHE_SIZE:
                self._entries.popitem(last=False)

    def _build(self, store: Store, query: LedgerQuery) -> CachedLedger:
        with self._lock:
            build_lock = self._build_locks.setdefault(query, threading.Lock())
        with build_lock:  # one build per query at a time; a caller that waited reuses the result
            fingerprint = views.store_fingerprint(store)
            with self._lock:
                current = self._entries.get(query)
            if current is not None and current.fingerprint == fingerprint:
                return current
            started = time.perf_counter()
            entry = CachedLedger(self._compute(store, query), fingerprint)
            self._build_seconds[query] = time.perf_counter() - started
            self._store_entry(query, entry)
            # A 100,000-claim ledger is millions of objects: left in the collected generations, every full
            # garbage collection walks them and stalls whichever request triggers it for seconds. Frozen,
            # they are still freed by reference counting when a newer ledger replaces them.
            gc.freeze()
            return entry

    def get(self, store: Store, query: LedgerQuery) -> CachedLedger:
        """The ledger for `query`; side/type/conflict/outcome filters are cut from the unfiltered ledger's series."""
        base_query = LedgerQuery(by=query.by, since=query.since, until=query.until)
        if query == base_query:
            return self._get(store, query)
        base = self._get(store, base_query)
        key = ("filtered", query)
        filtered = base.derived.get(key)
        if filtered is None:
            filtered = base.derived[key] = CachedLedger(
                filter_ledger(base.ledger, side=query.side, type=query.type, conflict=query.conflict,
                              outcome=query.outcome),
                base.fingerprint,
            )
        return filtered if not base.stale else CachedLedger(filtered.ledger, filtered.fingerprint, filtered.derived, True)

    def _get(self, store: Store, query: LedgerQuery) -> CachedLedger:
        fingerprint = views.store_fingerprint(store)
        with self._lock:
            entry = self._entries.get(query)
            if entry is not None:
                self._entries.move_to_end(query)
        if entry is None:
            return self._build(store, query)
        if entry.fingerprint == fingerprint:
            return entry
        with self._lock:
            thread = self._builds.get(query)
            if thread is None or not thread.is_alive():
                thread = threading.Thread(target=self._build, args=(store, query), daemon=True,
                                          name="counterclaim-ledger-rebuild")
                self._builds[query] = thread
                thread.start()
        # Wait only when the last build of this query was quick enough to finish within the wait.
        if self._build_seconds.get(query, 0.0) <= self.fresh_wait_s:
            thread.join(self.fresh_wait_s)
        with self._lock:
            latest = self._entries.get(query, entry)
        if latest.fingerprint == fingerprint:
            return latest
        return CachedLedger(latest.ledger, latest.fingerprint, latest.derived, stale=True)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
