"""Ingest orchestration: raw documents -> prepare_document -> extract_claims -> store, one transaction each.

Bad items become IngestErrors that are recorded and reported, never raised; only a failing
database stops a batch. Reading sources (files, URLs, feeds ...) is `counterclaim.sources`' job.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

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


def default_extract() -> tuple[Callable[[Document], list[Claim]], str]:
    from counterclaim.extract import EXTRACTOR_VERSION, extract_claims

    return extract_claims, EXTRACTOR_VERSION


def _with_defaults(raw: RawDocument, published: dt.date | None, source: str | None) -> RawDocument:
    if (published and raw.published is None) or (source and raw.source is None):
        return raw.model_copy(
            update={"published": raw.published or published, "source": raw.source or source}
        )
    return raw


def ingest_one(
    raw: RawDocument | IngestError,
    store: Store,
    *,
    extract: Callable[[Document], list[Claim]],
    extractor_version: str,
    published: dt.date | None = None,
    source: str | None = None,
) -> ItemResult:
    """Clean, extract and store one raw document (or record the error a source gave for it)."""
    from counterclaim.clean import prepare_document

    if isinstance(raw, IngestError):
        return _failed(store, raw)
    raw = _with_defaults(raw, published, source)
    try:
        document = prepare_document(raw)
    except Exception as exc:  # a cleaning bug must not end the batch
        return _failed(store, IngestError(item=raw.item, reason="clean", message=f"{type(exc).__name__}: {exc}"))
    if isinstance(document, IngestError):
        return _failed(store, document)
    existing_id = store.document_id(document.content_hash)
    if existing_id is not None:
        return ItemResult(item=raw.item, outcome="unchanged", document_id=existing_id)
    try:
        claims = extract(document)
    except Exception as exc:  # an extraction bug must not end the batch
        return _failed(store, IngestError(item=raw.item, reason="extract", message=f"{type(exc).__name__}: {exc}"))
    try:
        document_id, created = store.add_document(document, claims, extractor_version)
    except OperationalError:
        raise  # the database itself is failing: stop the batch
    except (DataError, IntegrityError, ValueError) as exc:
        message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return _failed(store, IngestError(item=raw.item, reason="store", message=message))
    if not created:
        return ItemResult(item=raw.item, outcome="unchanged", document_id=document_id)
    return ItemResult(item=raw.item, outcome="stored", document_id=document_id, claims=len(claims))


def _failed(store: Store, error: IngestError) -> ItemResult:
    store.record_error(error)
    return ItemResult(item=error.item, outcome="failed", error=error)


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
) -> IngestSummary:
    """Ingest a stream of raw documents; `published`/`source` fill in what an item lacks.

    Counts go to `summary` when given (so several streams can share one), else to a new one.
    """
    if extract is None or extractor_version is None:
        default_fn, default_version = default_extract()
        extract = extract or default_fn
        extractor_version = extractor_version or default_version
    summary = summary if summary is not None else IngestSummary()
    iterator: Iterator[RawDocument | IngestError] = iter(raws)
    while True:
        try:
            raw = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # a source that breaks mid-stream: record it, keep what was stored
            result = _failed(store, IngestError(item="<sources>", reason="source", message=f"{type(exc).__name__}: {exc}"))
            summary.add(result)
            if on_item:
                on_item(result)
            break
        result = ingest_one(
            raw, store, extract=extract, extractor_version=extractor_version, published=published, source=source
        )
        summary.add(result)
        if on_item:
            on_item(result)
    return summary


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
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestSummary:
    """Ingest files, directories, `-`, URLs, feeds, JSONL and WARC given as `specs` (see counterclaim.sources).

    `deadline` bounds each URL's whole download in seconds (default sources.options.DEFAULT_DEADLINE_SECONDS).
    """
    from counterclaim.sources import SourceOptions, iter_raw_documents

    options = SourceOptions(
        published=published, source=source, allow_private=allow_private, follow=follow, max_bytes=max_bytes
    )
    if deadline is not None:
        options = dataclasses.replace(options, deadline=deadline)
    summary = IngestSummary()
    for is_spark, group in _spark_and_plain_groups(specs):
        if is_spark:
            for spark_dir in group:
                ingest_spark_output(spark_dir, store, summary=summary, on_item=on_item)
        else:
            raws = iter_raw_documents(group, options)
            ingest_raw_documents(raws, store, published=published, source=source, on_item=on_item, summary=summary)
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

    for document, claims in iter_spark_output(directory):
        existing_id = store.document_id(document.content_hash)
        if existing_id is not None:
            report(ItemResult(item=document.item, outcome="unchanged", document_id=existing_id))
            continue
        document_id, created = store.add_document(document, claims, extractor_version)
        report(
            ItemResult(
                item=document.item,
                outcome="stored" if created else "unchanged",
                document_id=document_id,
                claims=len(claims) if created else 0,
            )
        )
    for failure in iter_spark_failures(directory):
        error = IngestError(
            item=str(failure.get("item")), reason=str(failure.get("reason")), message=str(failure.get("message"))
        )
        report(_failed(store, error))
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
