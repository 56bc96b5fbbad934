"""Reading the ledger's claims from a Store: the one place the ledger touches the database.

Uses the store's fast row path (no pydantic per claim); type and date filters run in SQL,
sides (which need the conflict profiles) are filtered by build_ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from counterclaim.ledger.results import Ledger
from counterclaim.ledger.views import ROW_FIELDS, ClaimView, view_of, view_of_row
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


def claim_views(rows: Iterable[Any]) -> Iterator[ClaimView]:
    """ClaimViews of store rows: by position when the rows have the known columns (checked once), else by name."""
    fast: bool | None = None
    for row in rows:
        if fast is None:
            fast = getattr(row, "_fields", None) == ROW_FIELDS
        yield view_of_row(row) if fast else view_of(row)


def build_ledger_from_store(store: Store, **options: Any) -> Ledger:
    """`build_ledger` over the claims of a Store; takes build_ledger's keyword options."""
    from counterclaim.ledger import _as_set, build_ledger

    rows = stored_claim_rows(store, types=_as_set(options.get("type")), since=options.get("since"),
                             until=options.get("until"))
    return build_ledger(claim_views(rows), **options)
