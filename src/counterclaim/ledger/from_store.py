"""Reading the ledger's claims from a Store: the one place the ledger touches the database.

Uses the store's fast row path (no pydantic per claim); type and date filters run in SQL,
sides (which need the conflict profiles) are filtered by build_ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from counterclaim.ledger.results import Ledger
from counterclaim.records import QUANTITATIVE_TYPES

if TYPE_CHECKING:
    from counterclaim.store import Store


def stored_claim_rows(
    store: Store, *, types: Iterable[str] | None = None, since: dt.date | None = None, until: dt.date | None = None
) -> Iterator[Any]:
    """Rows of every stored claim of the given types (default: casualty, materiel) within the dates."""
    from counterclaim.store import ClaimFilter

    for claim_type in sorted(set(types) if types else QUANTITATIVE_TYPES):
        yield from store.iter_claim_rows(ClaimFilter(type=claim_type, since=since, until=until))


def build_ledger_from_store(store: Store, **options: Any) -> Ledger:
    """`build_ledger` over the claims of a Store; takes build_ledger's keyword options."""
    from counterclaim.ledger import _as_set, build_ledger

    rows = stored_claim_rows(store, types=_as_set(options.get("type")), since=options.get("since"),
                             until=options.get("until"))
    return build_ledger(rows, **options)
