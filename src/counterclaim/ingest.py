"""Ingest orchestration: raw documents -> prepare_document -> extract_claims -> store, one transaction per batch.

Bad items become IngestErrors that are recorded and reported, never raised; only a failing
database stops a batch. Reading sources (files, URLs, feeds ...) is `counterclaim.sources`' job.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from counterclaim.records import Claim, Document, IngestError, RawDocument
from counterclaim.store import Store

Outcome = Literal["stored", "unchanged", "failed"]


@dataclass(frozen=True)
class ItemResult:
    """What became of one item: stored (with its claims), unchanged (already stored), or failed."""

    item: str
    outcome: Outcome
    document_id: int | None = None
    claims: int = 0
    error: IngestError | None = None


@dataclass
class IngestSummary:
    """Counts of one ingest run; `failed` is keyed by error reason."""

    stored: int = 0
    unchanged: int = 0
    claims: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    def add(self, result: ItemResult) -> None:
        if result.outcome == "stored":
            self.stored += 1
            self.claims += result.claims
        elif result.outcome == "unchanged":
            self.unchanged += 1
        elif result.error is not None:
            self.failed[result.error.reason] += 1
            self.errors.append(result.error)


def default_extract(extractor: str | None = None) -> tuple[Callable[[Document], list[Claim]], str]:
    """The extract function and version of the registry's extractor `extractor` (None: the default)."""
    from counterclaim.extract import get_extractor

    instance = get_extractor(extractor)
    return instance.extract, instance.version


def _with_defaults(raw: RawDocument, published: dt.date | None, source: str | None) -> RawDocument:
    if (published and raw.published is None) or (source and raw.source is None):
        return raw.model_copy(
            update={"published": raw.published or published, "source": raw.source or source}
        )
    return raw


# A batch of documents is written in one transaction when it reaches this many documents, this much
# text, or this age (seconds since its first document), whichever comes first: storage cost shrinks,
# and a killed run loses at most the batch it had not written yet (re-running stores it).
BATCH_DOCUMENTS = 64
BATCH_TEXT_CHARS = 8_000_000
BATCH_SECONDS = 2.0
# Stands for the id of a document that is waiting in the current batch.
PENDING_ID = -1


@dataclass
class _Prepared:
    """A document cleaned and extracted, waiting for its batch to be written."""

    item: str
    document: Document
    claims: list[Claim]


@dataclass
class _Duplicate:
    """A document whose text waits in the current batch already: 'unchanged', with that document's id."""

    item: str
    content_hash: str


def _prepare_and_extract(
    raw: RawDocument | IngestError,
    known_id: Callable[[str], int | None],
    *,
    extract: Callable[[Document], list[Claim]],
    published: dt.date | None,
    source: str | None,
) -> _Prepared | _Duplicate | ItemResult | IngestError:
    """Clean and extract one raw document: the result to store, 'unchanged' (hash known), or its error."""
    document = _cleaned(raw, published, source)
    if isinstance(document, IngestError):
        return document
    return _already_known(document, known_id) or _extracted(document, extract)


def _cleaned(raw: RawDocument | IngestError, published: dt.date | None, source: str | None) -> Document | IngestError:
    from counterclaim.clean import prepare_document

    if isinstance(raw, IngestError):
        return raw
    raw = _with_defaults(raw, published, source)
    try:
        return prepare_document(raw)
    except Exception as exc:  # a cleaning bug must not end the batch
        return IngestError(item=raw.item, reason="clean", message=f"{type(exc).__name__}: {exc}")


def _already_known(document: Document, known_id: Callable[[str], int | None]) -> _Duplicate | ItemResult | None:
    """'unchanged' for a text stored before or waiting in the current batch; None for a new one."""
    existing_id = known_id(document.content_hash)
    if existing_id == PENDING_ID:
        return _Duplicate(document.item, document.content_hash)
    if existing_id is not None:
        return ItemResult(item=document.item, outcome="unchanged", document_id=existing_id)
    return None


def _extracted(document: Document, extract: Callable[[Document], list[Claim]]) -> _Prepared | IngestError:
    try:
        claims = extract(document)
    except Exception as exc:  # an extraction bug must not end the batch
        return IngestError(item=document.item, reason="extract", message=f"{type(exc).__name__}: {exc}")
    return _Prepared(document.item, document, claims)


# What each ingest worker process cleans and extracts with (set once per process by _start_worker).
_worker: dict[str, Any] = {}


def _start_worker(extract: Callable[[Document], list[Claim]], published: dt.date | None, source: str | None) -> None:
    _worker.update(extract=extract, published=published, source=source)


def _clean_and_extract(raw: RawDocument | IngestError) -> _Prepared | IngestError:
    """A worker's share of ingest: clean and extract; the parent checks what is known and stores."""
    document = _cleaned(raw, _worker["published"], _worker["source"])
    if isinstance(document, IngestError):
        return document
    return _extracted(document, _worker["extract"])


def ingest_one(
    raw: RawDocument | IngestError,
    store: Store,
    *,
    extract: Callable[[Document], list[Claim]],
    extractor_version: str,
    published: dt.date | None = None,
    source: str | None = None,
) -> ItemResult:
    """Clean, extract and store one raw document in its own transaction (or record the error a source gave)."""
    prepared = _prepare_and_extract(raw, store.document_id, extract=extract, published=published, source=source)
    if isinstance(prepared, IngestError):
        return _failed(store, prepared)
    if isinstance(prepared, ItemResult):
        return prepared
    try:
        document_id, created = store.add_document(prepared.document, prepared.claims, extractor_version)
    except OperationalError:
        raise  # the database itself is failing: stop the batch
    except (DataError, IntegrityError, ValueError, OverflowError) as exc:
        message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return _failed(store, IngestError(item=prepared.item, reason="store", message=message))
    if not created:
        return ItemResult(item=prepared.item, outcome="unchanged", document_id=document_id)
    return ItemResult(item=prepared.item, outcome="stored", document_id=document_id, claims=len(prepared.claims))


def _failed(store: Store, error: IngestError) -> ItemResult:
    store.record_error(error)
    return ItemResult(item=error.item, outcome="failed", error=error)


class _BatchWriter:
    """Holds prepared documents and errors, writes them in one transaction per batch (Store.add_documents)
    and only then reports their results, so 'stored' is never said of a document a kill could lose."""

    def __init__(
        self, store: Store, extractor_version: Callable[[], str], report: Callable[[ItemResult], None]
    ) -> None:
        self.store = store
        self.extractor_version = extractor_version
        self.report = report
        self.entries: list[_Prepared | _Duplicate | ItemResult | IngestError] = []
        self.pending_hashes: set[str] = set()
        self.text_chars = 0
        self.started = 0.0

    def known_id(self, content_hash: str) -> int | None:
        """A stored document's id; PENDING_ID for one waiting in this batch (its id comes when it is written)."""
        if content_hash in self.pending_hashes:
            return PENDING_ID
        return self.store.document_id(content_hash)

    def add(self, entry: _Prepared | _Duplicate | ItemResult | IngestError) -> None:
        if not self.entries:
            self.started = time.monotonic()
        self.entries.append(entry)
        if isinstance(entry, _Prepared):
            self.pending_hashes.add(entry.document.content_hash)
            self.text_chars += len(entry.document.original_text)
        documents = len(self.pending_hashes)
        if (
            documents >= BATCH_DOCUMENTS
            or self.text_chars >= BATCH_TEXT_CHARS
            or time.monotonic() - self.started >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        if not self.entries:
            return
        entries, self.entries = self.entries, []
        self.pending_hashes, self.text_chars = set(), 0
        prepared = [entry for entry in entries if isinstance(entry, _Prepared)]
        errors = [entry for entry in entries if isinstance(entry, IngestError)]
        outcomes = self.store.add_documents(
            [(entry.document, entry.claims) for entry in prepared],
            errors,
            self.extractor_version() if prepared else "",
        )
        store_failures: list[IngestError] = []
        results: dict[int, ItemResult] = {}
        written_ids = {
            entry.document.content_hash: outcome.document_id for entry, outcome in zip(prepared, outcomes, strict=True)
        }
        for entry, outcome in zip(prepared, outcomes, strict=True):
            if outcome.failure is not None:
                failure = IngestError(item=entry.item, reason="store", message=outcome.failure)
                store_failures.append(failure)
                results[id(entry)] = ItemResult(item=entry.item, outcome="failed", error=failure)
            elif outcome.created:
                results[id(entry)] = ItemResult(
                    item=entry.item, outcome="stored", document_id=outcome.document_id, claims=len(entry.claims)
                )
            else:
                results[id(entry)] = ItemResult(item=entry.item, outcome="unchanged", document_id=outcome.document_id)
        for failure in store_failures:  # the documents the database refused: recorded after the batch
            self.store.record_error(failure)
        for entry in entries:
            if isinstance(entry, _Prepared):
                self.report(results[id(entry)])
            elif isinstance(entry, IngestError):
                self.report(ItemResult(item=entry.item, outcome="failed", error=entry))
            elif isinstance(entry, _Duplicate):
                self.report(ItemResult(item=entry.item, outcome="unchanged", document_id=written_ids.get(entry.content_hash)))
            else:
                self.report(entry)


def ingest_raw_documents(
    raws: Iterable[RawDocument | IngestError],
    store: Store,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    extract: Callable[[Document], list[Claim]] | None = None,
    extractor_version: str | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
    summary: IngestSummary | None = None,
    jobs: int = 1,
) -> IngestSummary:
    """Ingest a stream of raw documents; `published`/`source` fill in what an item lacks.

    Documents are written in batches, one transaction each (see BATCH_DOCUMENTS); a document the
    database refuses is rolled back alone and recorded as a `store` error. Counts go to `summary` when
    given (so several streams can share one), else to a new one. With `jobs` > 1, cleaning and
    extraction run in that many processes (a known text is then found after its extraction, not before);
    storing stays in this process, in input order.
    """
    given_extract, given_version = extract, extractor_version

    def run_extract(document: Document) -> list[Claim]:
        # The default extractor (spaCy) loads when a first document needs it, not for a batch of bad items.
        return (given_extract or default_extract()[0])(document)

    def version() -> str:
        return given_version or default_extract()[1]

    summary = summary if summary is not None else IngestSummary()

    def report(result: ItemResult) -> None:
        summary.add(result)
        if on_item:
            on_item(result)

    writer = _BatchWriter(store, version, report)
    if jobs > 1:
        from counterclaim.extract.registry import warm_up
        from counterclaim.parallel import ordered_map

        warm_up(run_extract)  # load once here; the forked workers share it
        results = ordered_map(_clean_and_extract, _guarded(raws), jobs, initializer=_start_worker,
                              initargs=(run_extract, published, source))
        for result in results:
            known = _already_known(result.document, writer.known_id) if isinstance(result, _Prepared) else None
            writer.add(known or result)
    else:
        for raw in _guarded(raws):
            writer.add(_prepare_and_extract(raw, writer.known_id, extract=run_extract, published=published, source=source))
    writer.flush()
    return summary


def _guarded(raws: Iterable[RawDocument | IngestError]) -> Iterator[RawDocument | IngestError]:
    """The stream, with a source that breaks mid-way ending as one `source` error (what came before is kept)."""
    iterator = iter(raws)
    while True:
        try:
            raw = next(iterator)
        except StopIteration:
            return
        except Exception as exc:
            yield IngestError(item="<sources>", reason="source", message=f"{type(exc).__name__}: {exc}")
            return
        yield raw


def ingest_sources(
    specs: Sequence[str],
    store: Store,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    allow_private: bool = False,
    follow: bool = True,
    max_bytes: int | None = None,
    deadline: float | None = None,
    extractor: str | None = None,
    jobs: int = 1,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestSummary:
    """Ingest files, directories, `-`, URLs, feeds, JSONL and WARC given as `specs` (see counterclaim.sources)
    with the registry's extractor named `extractor` (None: the default), in `jobs` processes.

    `deadline` bounds each URL's whole download in seconds (default sources.options.DEFAULT_DEADLINE_SECONDS).
    """
    from counterclaim.sources import SourceOptions, iter_raw_documents

    options = SourceOptions(
        published=published, source=source, allow_private=allow_private, follow=follow, max_bytes=max_bytes
    )
    if deadline is not None:
        options = dataclasses.replace(options, deadline=deadline)
    extract, extractor_version = default_extract(extractor)
    summary = IngestSummary()
    for is_spark, group in _spark_and_plain_groups(specs):
        if is_spark:
            for spark_dir in group:
                ingest_spark_output(spark_dir, store, summary=summary, on_item=on_item)
        else:
            raws = iter_raw_documents(group, options)
            ingest_raw_documents(raws, store, published=published, source=source, extract=extract,
                                 extractor_version=extractor_version, on_item=on_item, summary=summary, jobs=jobs)
    return summary


def _spark_and_plain_groups(specs: Sequence[str]) -> Iterator[tuple[bool, list[str]]]:
    """Runs of consecutive specs, split where `counterclaim spark-extract` output directories begin and end."""
    from counterclaim.spark import is_spark_output

    group: list[str] = []
    group_is_spark = False
    for spec in specs:
        spec_is_spark = spec != "-" and "://" not in spec and is_spark_output(spec)
        if group and spec_is_spark != group_is_spark:
            yield group_is_spark, group
            group = []
        group_is_spark = spec_is_spark
        group.append(spec)
    if group:
        yield group_is_spark, group


def ingest_spark_output(
    directory: str,
    store: Store,
    *,
    summary: IngestSummary | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestSummary:
    """Load a `counterclaim spark-extract` output directory: its documents with the claims Spark extracted."""
    from counterclaim.spark import iter_spark_failures, iter_spark_output, read_spark_summary

    summary = summary if summary is not None else IngestSummary()
    extractor_version = str(read_spark_summary(directory).get("extractor_version") or "spark")

    def report(result: ItemResult) -> None:
        summary.add(result)
        if on_item:
            on_item(result)

    writer = _BatchWriter(store, lambda: extractor_version, report)  # batches, as for any other source
    for document, claims in iter_spark_output(directory):
        existing_id = writer.known_id(document.content_hash)
        if existing_id == PENDING_ID:
            writer.add(_Duplicate(document.item, document.content_hash))
        elif existing_id is not None:
            writer.add(ItemResult(item=document.item, outcome="unchanged", document_id=existing_id))
        else:
            writer.add(_Prepared(document.item, document, list(claims)))
    for failure in iter_spark_failures(directory):
        writer.add(
            IngestError(
                item=str(failure.get("item")), reason=str(failure.get("reason")), message=str(failure.get("message"))
            )
        )
    writer.flush()
    return summary


@dataclass
class ReextractSummary:
    documents: int = 0
    claims: int = 0
    failed: list[IngestError] = field(default_factory=list)


def reextract(
    store: Store,
    *,
    extract: Callable[[Document], list[Claim]] | None = None,
    extractor_version: str | None = None,
    everything: bool = False,
    on_document: Callable[[int], None] | None = None,
) -> ReextractSummary:
    """Re-extract documents whose claims came from another extractor version (all with `everything`)."""
    if extract is None or extractor_version is None:
        default_fn, default_version = default_extract()
        extract = extract or default_fn
        extractor_version = extractor_version or default_version
    if everything:
        ids = [d.id for d in store.list_documents(limit=None)]
    else:
        ids = store.document_ids_to_reextract(extractor_version)
    summary = ReextractSummary()
    for document_id in ids:
        stored = store.get_document(document_id)
        if stored is None:
            continue
        try:
            claims = extract(stored.to_document())
        except Exception as exc:
            error = IngestError(item=stored.item, reason="extract", message=f"{type(exc).__name__}: {exc}")
            store.record_error(error)
            summary.failed.append(error)
        else:
            summary.claims += store.replace_claims(document_id, claims, extractor_version)
            summary.documents += 1
        if on_document:
            on_document(document_id)
    return summary
