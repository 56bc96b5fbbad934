"""The Store API on SQLite and PostgreSQL: schema creation, one-transaction writes, filters, pagination."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text

from counterclaim.records import Claim, Document, IngestError, OffsetMap, content_hash
from counterclaim.store import ClaimFilter, Store, current_revision, head_revision


def make_document(text_: str, *, published: dt.date | None = dt.date(2022, 3, 1), source: str = "Wire") -> Document:
    return Document(
        content_hash=content_hash(text_),
        item=f"memory:{content_hash(text_)[:8]}",
        url="https://news.example/a",
        source=source,
        title="A test dispatch",
        published=published,
        language="en",
        original_text=text_,
        cleaned_text=text_,
        offset_map=OffsetMap.identity(len(text_)),
    )


DISPATCH = (
    "Ukraine said 14 Russian tanks were destroyed near Izium on March 2. "
    "Russia denied losing any tanks. At least 5 civilians were reportedly killed in Kharkiv."
)


def span_of(text_: str, words: str) -> tuple[int, int]:
    start = text_.index(words)
    return (start, start + len(words))


def dispatch_claims() -> list[Claim]:
    return [
        Claim(
            type="materiel", subject="RUS", object="UKR", outcome="destroyed", category="tank", count=(14, 14),
            claimant="UKR", date=dt.date(2022, 3, 2), place="Izium", coordinates=(49.2083, 37.2567),
            span=span_of(DISPATCH, "14 Russian tanks were destroyed"), sentence_span=(0, 68), evidence="video",
        ),
        Claim(
            type="materiel", subject="RUS", outcome="lost", category="tank", count=(0, 0), claimant="RUS",
            stance="deny", span=span_of(DISPATCH, "denied losing any tanks"),
        ),
        Claim(
            type="casualty", subject="UKR", outcome="killed", category="civilian", count=(5, None), hedged=True,
            place="Kharkiv", span=span_of(DISPATCH, "At least 5 civilians were reportedly killed"), part_of=None,
        ),
    ]


def test_new_database_is_created_at_latest_revision(db_url: str) -> None:
    with Store(db_url) as store:
        assert current_revision(store.engine) == head_revision()
        tables = set(inspect(store.engine).get_table_names())
        assert {"document", "claim", "ingest_error"} <= tables


def test_sqlite_database_uses_wal(sqlite_url: str) -> None:
    with Store(sqlite_url) as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_plain_path_means_sqlite(tmp_path) -> None:
    path = tmp_path / "sub" / "plain.db"
    with Store(str(path)) as store:
        assert store.engine.dialect.name == "sqlite"
    assert path.exists()


def test_add_document_twice_stores_it_once(store: Store) -> None:
    document = make_document(DISPATCH)
    first = store.add_document(document, dispatch_claims(), "rules-test-1")
    second = store.add_document(document, dispatch_claims(), "rules-test-1")
    assert first[1] is True and second == (first[0], False)
    assert store.count_documents() == 1
    assert store.count_claims() == 3


def test_claims_round_trip_every_field(store: Store) -> None:
    document_id, _ = store.add_document(make_document(DISPATCH), dispatch_claims(), "rules-test-1")
    stored = store.document_claims(document_id)
    assert [s.claim.contract_dict() for s in stored] == [c.contract_dict() for c in dispatch_claims()]
    assert [s.position for s in stored] == [0, 1, 2]
    first = stored[0]
    assert first.claim.sentence_span == (0, 68)
    assert first.claim.evidence == "video"
    assert first.quote == "14 Russian tanks were destroyed"
    assert first.extractor_version == "rules-test-1"
    assert first.published == dt.date(2022, 3, 1) and first.source == "Wire"
    assert stored[2].claim.count == (5, None) and stored[2].claim.hedged is True
    assert stored[1].claim.stance == "deny"


def test_claim_without_count_reads_back_as_none_not_open_range(store: Store) -> None:
    text_ = "Artillery shelled Donetsk overnight."
    claim = Claim(type="attack", outcome="shelling", place="Donetsk", span=(0, len(text_)))
    document_id, _ = store.add_document(make_document(text_), [claim], "v")
    (stored,) = store.document_claims(document_id)
    assert stored.claim.count is None
    assert stored.claim.coordinates is None


def test_failed_claim_insert_leaves_no_document(store: Store) -> None:
    broken = Claim.model_construct(type=None, span=(0, 4), count=None, coordinates=None, sentence_span=None,
                                   cumulative=False, stance="assert", hedged=False)
    with pytest.raises(Exception):  # noqa: B017 - any database error; what matters is what is left
        store.add_document(make_document(DISPATCH), [dispatch_claims()[0], broken], "v")
    assert store.count_documents() == 0
    assert store.count_claims() == 0


def test_document_reads_back_with_texts_and_offset_map(store: Store) -> None:
    original = "Headline\n\nBody  text here."
    cleaned = "Body text here."
    document = make_document(original).model_copy(
        update={"cleaned_text": cleaned, "offset_map": OffsetMap(segments=[(0, 10, 5), (5, 16, 10)])}
    )
    document_id, _ = store.add_document(document, [], "v")
    read = store.get_document(document_id)
    assert read is not None
    assert read.original_text == original and read.cleaned_text == cleaned
    assert read.offset_map == document.offset_map
    assert read.to_document() == document
    assert store.get_document_by_hash(document.content_hash).id == document_id
    assert store.get_document(document_id + 999) is None
    (listed,) = store.list_documents()
    assert listed.original_text is None and listed.claim_count == 0 and listed.title == "A test dispatch"


def test_query_filters(store: Store) -> None:
    store.add_document(make_document(DISPATCH), dispatch_claims(), "v")
    assert len(store.query_claims(type="materiel")) == 2
    assert len(store.query_claims(side="rus")) == 2
    assert [s.claim.claimant for s in store.query_claims(claimant="RUS")] == ["RUS"]
    # since/until use the claim's date, else the document's publication date (2022-03-01)
    assert [s.claim.place for s in store.query_claims(since=dt.date(2022, 3, 2))] == ["Izium"]
    assert len(store.query_claims(until=dt.date(2022, 3, 1))) == 2
    assert [s.claim.place for s in store.query_claims(place="KHARK")] == ["Kharkiv"]
    assert store.query_claims(place="%") == []
    assert store.count_claims(ClaimFilter(type="casualty", side="UKR")) == 1
    assert store.query_claims(ClaimFilter(type="materiel"), stance="deny")[0].claim.stance == "deny"


def test_document_id_filter_and_pagination(store: Store) -> None:
    ids = []
    for n in range(5):
        text_ = f"Dispatch {n}: {n + 2} soldiers were killed."
        claims = [Claim(type="casualty", outcome="killed", category="military", count=(n + 2, n + 2), span=(0, 9))]
        ids.append(store.add_document(make_document(text_), claims * 3, "v")[0])
    assert len(store.query_claims(document_id=ids[2])) == 3
    pages, cursor = [], None
    while True:
        page = store.query_claims(limit=4, cursor=cursor)
        if not page:
            break
        pages.append(page)
        cursor = page[-1].id
    seen = [s.id for page in pages for s in page]
    assert len(seen) == 15 and seen == sorted(set(seen))
    assert [s.id for s in store.iter_claims(batch_size=4)] == seen
    assert [s.id for s in store.iter_claims(document_id=ids[0], batch_size=2)] == seen[:3]
    listed = store.list_documents(limit=2, cursor=ids[1])
    assert [d.id for d in listed] == ids[2:4]


def test_errors_are_recorded_and_counted(store: Store) -> None:
    store.record_error(IngestError(item="a.bin", reason="binary", message="binary content"))
    store.record_error(IngestError(item="b.bin", reason="binary", message="binary content"))
    store.record_error(IngestError(item="c.txt", reason="empty", message="no text"))
    assert store.error_counts() == {"binary": 2, "empty": 1}
    assert [e.item for e in store.list_errors(reason="binary")] == ["a.bin", "b.bin"]
    assert store.list_errors(limit=1)[0].message == "binary content"


def test_replace_claims_and_outdated_documents(store: Store) -> None:
    old_id, _ = store.add_document(make_document(DISPATCH), dispatch_claims(), "rules-0")
    new_id, _ = store.add_document(make_document("Nothing happened today."), [], "rules-1")
    assert store.document_ids_to_reextract("rules-1") == [old_id]
    assert store.replace_claims(old_id, dispatch_claims()[:1], "rules-1") == 1
    assert store.document_ids_to_reextract("rules-1") == []
    assert [s.extractor_version for s in store.document_claims(old_id)] == ["rules-1"]
    assert store.get_document(old_id).claim_count == 1
    assert store.count_claims() == 1
    assert new_id != old_id


def test_replacing_the_newest_documents_claims_gives_them_new_ids(store: Store) -> None:
    """Reextracting the last stored document with as many claims must move the (count, largest id)
    fingerprint the dashboard's caches and ETags follow: SQLite reuses freed ids at the end of a table."""
    from counterclaim.web.views import store_fingerprint

    store.add_document(make_document("A quiet day on the front."), [], "rules-0")
    document_id, _ = store.add_document(make_document(DISPATCH), dispatch_claims(), "rules-0")
    before = store_fingerprint(store)
    old_ids = {c.id for c in store.document_claims(document_id)}
    assert store.replace_claims(document_id, dispatch_claims(), "rules-1") == len(old_ids)
    after = store_fingerprint(store)
    assert after[0] == before[0] and after[1] > before[1]
    replaced = store.document_claims(document_id)
    assert min(c.id for c in replaced) > max(old_ids)
    assert [c.position for c in replaced] == list(range(len(old_ids)))
    assert {c.extractor_version for c in replaced} == {"rules-1"}


def test_unicode_and_long_values_survive(store: Store) -> None:
    text_ = "Міністерство оборони: 7 танків знищено біля Бахмута. " + "x" * 5000
    claim = Claim(type="materiel", outcome="destroyed", category="tank", count=(7, 7), place="Бахмут " * 60,
                  span=(22, 37))
    document_id, _ = store.add_document(make_document(text_), [claim], "v")
    (stored,) = store.document_claims(document_id)
    assert stored.quote == text_[22:37]
    assert stored.claim.place == "Бахмут " * 60


def test_concurrent_writers_store_one_document(db_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    Store(db_url).close()  # create the schema once
    document = make_document(DISPATCH)

    def add(_: int) -> tuple[int, bool]:
        with Store(db_url) as own:
            return own.add_document(document, dispatch_claims(), "v")

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(add, range(12)))
    assert len({document_id for document_id, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    with Store(db_url) as store:
        assert store.count_documents() == 1 and store.count_claims() == 3
