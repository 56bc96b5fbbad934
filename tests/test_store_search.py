"""Full-text search on each engine's own index (SQLite FTS5, PostgreSQL tsvector): texts written for the test."""

from __future__ import annotations

import datetime as dt

from counterclaim.records import Claim, Document, OffsetMap, content_hash
from counterclaim.store.search import ClaimSearch

TEXTS = (
    ("Ukraine says two Russian helicopters were shot down near Izium on Monday.", "two Russian helicopters",
     "Morning update"),
    ("Drone strikes killed nine soldiers at a base in the north, the army said.", "nine soldiers", "Base attacked"),
    ("The ministry said 40 civilians died when rockets hit the market in Kramatorsk.", "40 civilians", "Market shelled"),
)


def _add(store: object, text: str, quote: str, title: str, item: str) -> int:
    start = text.index(quote)
    claim = Claim(type="casualty", subject="UKR", outcome="killed", category="military", count=(2, 2),
                  span=(start, start + len(quote)), sentence_span=(0, len(text)))
    document = Document(content_hash=content_hash(text), item=item, title=title, source="test-wire",
                        published=dt.date(2022, 4, 8), original_text=text, cleaned_text=text,
                        offset_map=OffsetMap.identity(len(text)))
    document_id, _ = store.add_document(document, [claim], "test")  # type: ignore[attr-defined]
    return document_id


def _found(search: ClaimSearch, query: str) -> list[int]:
    return [hit.claim_id for hit in search.search(query)]


def test_search_finds_claims_by_their_sentence_title_and_place_on_each_engine(store: object) -> None:
    for number, (text, quote, title) in enumerate(TEXTS):
        _add(store, text, quote, title, f"t{number}")
    search = ClaimSearch(store)  # type: ignore[arg-type]
    claims = {c.claim.span: c.id for c in store.iter_claims()}  # type: ignore[attr-defined]
    ids = sorted(claims.values())
    assert _found(search, "helicopters shot down") == [ids[0]]
    assert _found(search, "strike") == [ids[1]]  # word forms: "strikes"
    assert _found(search, "market Kramatorsk") == [ids[2]]
    assert _found(search, "base attacked") == [ids[1]]  # the document's title
    assert _found(search, "helicopters market") == []  # every word must be there
    assert _found(search, '"AND( * ~') == []  # query syntax is never passed on
    assert _found(search, 'Izium) OR (market') == []  # operators are words here: all must match
    assert _found(search, "   ") == []


def test_search_follows_new_and_replaced_claims(store: object) -> None:
    first = _add(store, *TEXTS[0], "t0")  # type: ignore[misc]
    search = ClaimSearch(store)  # type: ignore[arg-type]
    assert len(_found(search, "helicopters")) == 1
    _add(store, "Three more helicopters were destroyed on the airfield.", "Three more helicopters", "Airfield", "t9")
    assert len(_found(search, "helicopters")) == 2
    store.replace_claims(first, [], "test")  # type: ignore[attr-defined]
    assert len(_found(search, "helicopters")) == 1
