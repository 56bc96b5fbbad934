"""ingest writes documents in batches, one transaction each (issue 12): a document the database refuses is
rolled back alone, and only written documents are reported stored. On SQLite and PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from counterclaim import ingest as ingest_module
from counterclaim.ingest import ItemResult, ingest_raw_documents, ingest_sources
from counterclaim.records import Claim, Document, IngestError, RawDocument
from counterclaim.store import Store


def dispatch(n: int) -> str:
    return f"Bulletin {n}: the border guard said {n % 9 + 2} of its men were wounded near Kasai on Monday.\n"


def count_commits(store: Store) -> list[int]:
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _connection: commits.append(1))
    return commits


def test_documents_are_committed_one_batch_at_a_time(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 10)
    monkeypatch.setattr(ingest_module, "BATCH_SECONDS", 3600.0)
    folder = tmp_path / "bulletins"
    folder.mkdir()
    for n in range(25):
        (folder / f"{n:02d}.txt").write_text(dispatch(n), encoding="utf-8")
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")
    with Store(db_url) as store:
        commits = count_commits(store)
        summary = ingest_sources([str(folder)], store)
        assert store.count_documents() == 25
        assert [e.reason for e in store.list_errors(limit=None)] == ["empty"]
    assert summary.stored == 25 and summary.failed == {"empty": 1}
    assert len(commits) == 3  # 10 + 10 + 5 documents (the error rides with the last batch)


def _claims_with(count: tuple[int, int]) -> list[Claim]:
    return [
        Claim(
            type="casualty", subject="UKR", outcome="wounded", category="military", count=count, span=(0, 8)
        )
    ]


def test_a_document_the_database_refuses_is_rolled_back_alone(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "BATCH_SECONDS", 3600.0)
    raws = [RawDocument(item=f"doc-{n}", text=dispatch(n)) for n in range(4)]

    def extract(document: Document) -> list[Claim]:
        # The third document carries a figure no INTEGER column holds.
        return _claims_with((10**12, 10**12) if document.item == "doc-2" else (3, 3))

    reported: list[ItemResult] = []
    with Store(db_url) as store:
        summary = ingest_raw_documents(
            raws, store, extract=extract, extractor_version="t", on_item=reported.append
        )
        stored = [d.item for d in store.list_documents(limit=None)]
        errors = [(e.item, e.reason) for e in store.list_errors(limit=None)]
        assert store.count_claims() == 3
    assert stored == ["doc-0", "doc-1", "doc-3"]
    assert errors == [("doc-2", "store")]
    assert [r.outcome for r in reported] == ["stored", "stored", "failed", "stored"]
    assert summary.stored == 3 and summary.failed == {"store": 1}


def test_the_same_text_twice_in_one_batch_is_stored_once(db_url: str) -> None:
    raws: list[RawDocument | IngestError] = [
        RawDocument(item="first", text=dispatch(1)),
        RawDocument(item="again", text=dispatch(1)),
    ]
    reported: list[ItemResult] = []
    with Store(db_url) as store:
        ingest_raw_documents(
            raws,
            store,
            extract=lambda d: _claims_with((3, 3)),
            extractor_version="t",
            on_item=reported.append,
        )
        assert store.count_documents() == 1
    assert [r.outcome for r in reported] == ["stored", "unchanged"]
    assert reported[0].document_id is not None and reported[1].document_id == reported[0].document_id


def test_nothing_is_reported_stored_before_its_batch_is_written(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "BATCH_SECONDS", 3600.0)
    seen_in_database: list[int] = []
    with Store(db_url) as store, Store(db_url) as observer:

        def on_item(result: ItemResult) -> None:
            if result.outcome == "stored":
                seen_in_database.append(observer.count_documents())

        raws = [RawDocument(item=f"doc-{n}", text=dispatch(n)) for n in range(3)]
        ingest_raw_documents(raws, store, extract=lambda d: [], extractor_version="t", on_item=on_item)
    assert seen_in_database == [3, 3, 3]
