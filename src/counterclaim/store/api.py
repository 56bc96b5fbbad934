"""The Store: the one library API over the database that the CLI, ledger, web and Spark loader use.

Every write is one transaction (a document with all its claims, or one error); reads return
typed records (StoredDocument, StoredClaim, StoredIngestError), never ORM rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Annotated, Any, NamedTuple

from pydantic import AfterValidator, BaseModel
from sqlalchemy import Engine, Row, delete, func, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from counterclaim.records import Claim, Document, IngestError, OffsetMap, StoredClaim
from counterclaim.store.engine import ensure_schema, make_engine
from counterclaim.store.queries import (
    LEDGER_DOCUMENT_COLUMNS,
    ClaimFilter,
    apply_claim_filter,
    claim_row_values,
    select_claims,
    select_flat_claims,
    select_ledger_claims,
    stored_claim_from_row,
)
from counterclaim.store.schema import ClaimRow, DocumentRow, IngestErrorRow

# Claims read per query by `iter_claims` (keyset pagination on claim id).
ITER_BATCH_SIZE = 5000


# Times are written in UTC (_utcnow); SQLite keeps no time zone, so a naive time read back is UTC.
UtcDateTime = Annotated[dt.datetime, AfterValidator(lambda t: t if t.tzinfo else t.replace(tzinfo=dt.UTC))]


class StoredDocument(BaseModel):
    """A document as read back from the store. Texts and offset map are None in listings."""

    id: int
    content_hash: str
    item: str
    source_id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None
    status: str = "ok"
    extractor_version: str | None = None
    claim_count: int = 0
    ingested_at: UtcDateTime
    original_text: str | None = None
    cleaned_text: str | None = None
    offset_map: OffsetMap | None = None

    def to_document(self) -> Document:
        """The records.Document this row was made from (for re-extraction); needs the texts loaded."""
        if self.original_text is None or self.cleaned_text is None:
            raise ValueError(f"document {self.id} was read without its texts")
        return Document(
            content_hash=self.content_hash,
            item=self.item,
            source_id=self.source_id,
            url=self.url,
            source=self.source,
            title=self.title,
            published=self.published,
            language=self.language,
            original_text=self.original_text,
            cleaned_text=self.cleaned_text,
            offset_map=self.offset_map or OffsetMap.identity(len(self.cleaned_text)),
            status=self.status,
        )


class StoredIngestError(BaseModel):
    """One recorded ingest failure."""

    id: int
    item: str
    reason: str
    message: str
    occurred_at: UtcDateTime


_LISTING_COLUMNS = (
    DocumentRow.id,
    DocumentRow.content_hash,
    DocumentRow.item,
    DocumentRow.source_id,
    DocumentRow.url,
    DocumentRow.source,
    DocumentRow.title,
    DocumentRow.published,
    DocumentRow.language,
    DocumentRow.status,
    DocumentRow.extractor_version,
    DocumentRow.claim_count,
    DocumentRow.ingested_at,
)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _as_filter(claim_filter: ClaimFilter | None, fields: dict[str, Any]) -> ClaimFilter | None:
    if fields:
        base = claim_filter.model_dump() if claim_filter else {}
        base.update({k: v for k, v in fields.items() if v is not None})
        return ClaimFilter(**base)
    return claim_filter


def _cursor_id(cursor: int | str | None) -> int | None:
    if cursor is None or cursor == "":
        return None
    try:
        return int(cursor)
    except ValueError as exc:
        raise ValueError(f"invalid cursor {cursor!r}: pass the id of the last item of the previous page") from exc


# Counts are INTEGER columns (32-bit on PostgreSQL): a larger figure is refused alike on every back end.
MAX_STORED_COUNT = 2**31 - 1


class BatchOutcome(NamedTuple):
    """What became of one document of `Store.add_documents`: its id and whether it was created now, or
    `failure` (the database's one-line reason) when it was rolled back alone."""

    document_id: int | None
    created: bool
    failure: str | None = None


class Store:
    """A counterclaim database. `Store(url)` opens it (creating it at the latest schema if new);
    `Store(url, create=False)` opens an existing one only (DatabaseMissing otherwise) and creates nothing.

    `url` is a SQLAlchemy URL (`sqlite:///x.db`, `postgresql+psycopg://...`) or a plain path;
    None means COUNTERCLAIM_DB or the default SQLite file. Use as a context manager or call close().
    """

    def __init__(self, url: str | None = None, *, engine: Engine | None = None, create: bool = True) -> None:
        self.engine = engine if engine is not None else make_engine(url, create=create)
        try:
            ensure_schema(self.engine, create=create)
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def session(self) -> Session:
        return self._sessions()

    # -- writes ----------------------------------------------------------------------------

    def has_hash(self, content_hash: str) -> bool:
        return self.document_id(content_hash) is not None

    def document_id(self, content_hash: str) -> int | None:
        """The id of the document stored with this content hash, or None."""
        with self.session() as session:
            return session.execute(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash)).scalar()

    def add_document(self, document: Document, claims: Iterable[Claim], extractor_version: str) -> tuple[int, bool]:
        """Store a document and its claims in one transaction; returns (document id, created).

        A document whose content hash is already stored is left untouched: (its id, False).
        """
        claim_list = list(claims)
        with self.session() as session:
            existing = session.execute(
                select(DocumentRow.id).where(DocumentRow.content_hash == document.content_hash)
            ).scalar()
            if existing is not None:
                return existing, False
            row = self._document_row(document, claim_list, extractor_version)
            session.add(row)
            try:
                session.flush()
                self._insert_claims(session, row.id, document.original_text, document.published, claim_list, extractor_version)
                session.commit()
            except IntegrityError:
                # The same text was stored by a concurrent writer between our check and insert.
                session.rollback()
                existing = session.execute(
                    select(DocumentRow.id).where(DocumentRow.content_hash == document.content_hash)
                ).scalar()
                if existing is None:
                    raise
                return existing, False
            return row.id, True

    def add_documents(
        self, entries: Sequence[tuple[Document, Sequence[Claim]]], errors: Sequence[IngestError], extractor_version: str
    ) -> list[BatchOutcome]:
        """Store several documents (with their claims) and errors in ONE transaction; one outcome per entry.

        Each document is written inside its own savepoint: one that the database refuses (a NUL byte, a
        value out of range) is rolled back alone and its outcome carries the reason, the others stay.
        A document whose content hash is already stored (or earlier in `entries`) is left untouched.
        A failing database (OperationalError) rolls the whole batch back and is raised.
        """
        outcomes: list[BatchOutcome] = []
        with self.session() as session:
            with session.begin():
                if self.engine.dialect.name == "sqlite":
                    # pysqlite begins transactions lazily and a SAVEPOINT outside one would commit on
                    # release: take the write lock now, so the batch is one transaction.
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                for document, claims in entries:
                    outcomes.append(self._add_in_savepoint(session, document, list(claims), extractor_version))
                for error in errors:
                    session.add(
                        IngestErrorRow(item=error.item, reason=error.reason, message=error.message, occurred_at=_utcnow())
                    )
        return outcomes

    def _add_in_savepoint(
        self, session: Session, document: Document, claims: list[Claim], extractor_version: str
    ) -> BatchOutcome:
        existing = session.execute(
            select(DocumentRow.id).where(DocumentRow.content_hash == document.content_hash)
        ).scalar()
        if existing is not None:
            return BatchOutcome(existing, False)
        savepoint = session.begin_nested()
        try:
            row = self._document_row(document, claims, extractor_version)
            session.add(row)
            session.flush()
            self._insert_claims(session, row.id, document.original_text, document.published, claims, extractor_version)
            savepoint.commit()
        except IntegrityError:
            savepoint.rollback()  # stored by a concurrent writer between our check and insert
            existing = session.execute(
                select(DocumentRow.id).where(DocumentRow.content_hash == document.content_hash)
            ).scalar()
            if existing is None:
                return BatchOutcome(None, False, "integrity error")
            return BatchOutcome(existing, False)
        except (DataError, ValueError, OverflowError) as exc:
            savepoint.rollback()
            return BatchOutcome(None, False, str(getattr(exc, "orig", None) or exc).splitlines()[0])
        return BatchOutcome(row.id, True)

    @staticmethod
    def _document_row(document: Document, claims: list[Claim], extractor_version: str) -> DocumentRow:
        return DocumentRow(
            content_hash=document.content_hash,
            item=document.item,
            source_id=document.source_id,
            url=document.url,
            source=document.source,
            title=document.title,
            published=document.published,
            language=document.language,
            original_text=document.original_text,
            cleaned_text=document.cleaned_text,
            offset_map=document.offset_map.model_dump(mode="json"),
            status=document.status,
            extractor_version=extractor_version,
            claim_count=len(claims),
            ingested_at=_utcnow(),
        )

    @staticmethod
    def _insert_claims(
        session: Session,
        document_id: int,
        original_text: str,
        published: dt.date | None,
        claims: list[Claim],
        extractor_version: str,
    ) -> None:
        if not claims:
            return
        for claim in claims:
            for figure in claim.count or ():
                if figure is not None and abs(figure) > MAX_STORED_COUNT:
                    raise ValueError(
                        f"claim count {figure} is beyond what the database stores (at most {MAX_STORED_COUNT})"
                    )
        values = [
            claim_row_values(
                claim,
                document_id=document_id,
                position=position,
                original_text=original_text,
                published=published,
                extractor_version=extractor_version,
            )
            for position, claim in enumerate(claims)
        ]
        session.execute(insert(ClaimRow), values)

    def replace_claims(self, document_id: int, claims: Iterable[Claim], extractor_version: str) -> int:
        """Swap a document's claims for a new extraction in one transaction; returns the claim count.

        The new claims are inserted before the old ones are deleted, so their ids lie above every id stored
        before: SQLite would otherwise give the newest document's new claims its old ids again, and the
        (claim count, largest id) fingerprint that the dashboard's caches and ETags follow would not move.
        """
        claim_list = list(claims)
        with self.session() as session, session.begin():
            row = session.execute(
                select(DocumentRow.original_text, DocumentRow.published).where(DocumentRow.id == document_id)
            ).first()
            if row is None:
                raise KeyError(f"no document {document_id}")
            replaced = session.execute(select(func.max(ClaimRow.id)).where(ClaimRow.document_id == document_id)).scalar()
            self._insert_claims(session, document_id, row.original_text, row.published, claim_list, extractor_version)
            if replaced is not None:
                session.execute(delete(ClaimRow).where(ClaimRow.document_id == document_id, ClaimRow.id <= replaced))
            session.execute(
                update(DocumentRow)
                .where(DocumentRow.id == document_id)
                .values(extractor_version=extractor_version, claim_count=len(claim_list))
            )
        return len(claim_list)

    def record_error(self, error: IngestError) -> int:
        """Record one bad item (its own transaction); returns the error's id."""
        with self.session() as session, session.begin():
            row = IngestErrorRow(item=error.item, reason=error.reason, message=error.message, occurred_at=_utcnow())
            session.add(row)
            session.flush()
            return row.id

    # -- documents -------------------------------------------------------------------------

    def count_documents(self) -> int:
        with self.session() as session:
            return session.execute(select(func.count(DocumentRow.id))).scalar_one()

    def list_documents(
        self,
        *,
        limit: int | None = 100,
        cursor: int | str | None = None,
        source: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[StoredDocument]:
        """Documents by ascending id, without their texts; the next page starts after `cursor` (an id)."""
        statement = select(*_LISTING_COLUMNS).order_by(DocumentRow.id)
        after = _cursor_id(cursor)
        if after is not None:
            statement = statement.where(DocumentRow.id > after)
        if source:
            statement = statement.where(DocumentRow.source == source)
        if since:
            statement = statement.where(DocumentRow.published >= since)
        if until:
            statement = statement.where(DocumentRow.published <= until)
        if limit is not None:
            statement = statement.limit(limit)
        with self.session() as session:
            return [StoredDocument(**row._asdict()) for row in session.execute(statement)]

    def get_document(self, document_id: int) -> StoredDocument | None:
        """One document with its original and cleaned text and offset map, or None."""
        return self._get_document_where(DocumentRow.id == document_id)

    def get_document_by_hash(self, content_hash: str) -> StoredDocument | None:
        return self._get_document_where(DocumentRow.content_hash == content_hash)

    def _get_document_where(self, condition: Any) -> StoredDocument | None:
        statement = select(
            *_LISTING_COLUMNS, DocumentRow.original_text, DocumentRow.cleaned_text, DocumentRow.offset_map
        ).where(condition)
        with self.session() as session:
            row = session.execute(statement).first()
        if row is None:
            return None
        values = row._asdict()
        values["offset_map"] = OffsetMap.model_validate(values["offset_map"])
        return StoredDocument(**values)

    def document_ids_to_reextract(self, extractor_version: str) -> list[int]:
        """Ids of documents whose claims came from another extractor version (or none recorded)."""
        statement = (
            select(DocumentRow.id)
            .where((DocumentRow.extractor_version != extractor_version) | DocumentRow.extractor_version.is_(None))
            .order_by(DocumentRow.id)
        )
        with self.session() as session:
            return list(session.execute(statement).scalars())

    # -- claims ----------------------------------------------------------------------------

    def query_claims(
        self,
        claim_filter: ClaimFilter | None = None,
        *,
        limit: int | None = 100,
        cursor: int | str | None = None,
        **fields: Any,
    ) -> list[StoredClaim]:
        """Claims matching the filter by ascending id; the next page starts after `cursor` (a claim id).

        Filters come as a ClaimFilter or as keywords: type, side, claimant, outcome, category,
        stance, since, until, place, document_id.
        """
        effective = _as_filter(claim_filter, fields)
        statement = select_claims(effective).order_by(ClaimRow.id)
        after = _cursor_id(cursor)
        if after is not None:
            statement = statement.where(ClaimRow.id > after)
        if limit is not None:
            statement = statement.limit(limit)
        with self.session() as session:
            return [stored_claim_from_row(row) for row in session.execute(statement)]

    def document_claims(self, document_id: int) -> list[StoredClaim]:
        """A document's claims in their extraction order (position), so `part_of` indexes this list."""
        statement = select_claims(ClaimFilter(document_id=document_id)).order_by(ClaimRow.position)
        with self.session() as session:
            return [stored_claim_from_row(row) for row in session.execute(statement)]

    def count_claims(self, claim_filter: ClaimFilter | None = None, **fields: Any) -> int:
        effective = _as_filter(claim_filter, fields)
        statement = select_claims(effective).with_only_columns(func.count(ClaimRow.id))
        with self.session() as session:
            return session.execute(statement).scalar_one()

    def iter_claims(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = ITER_BATCH_SIZE, with_sentence: bool = True,
        **fields: Any,
    ) -> Iterator[StoredClaim]:
        """Every matching claim by ascending id, streamed from one query (constant memory)."""
        for row in self.iter_claim_rows(claim_filter, batch_size=batch_size, with_sentence=with_sentence, **fields):
            yield stored_claim_from_row(row)

    def iter_claim_rows(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = ITER_BATCH_SIZE, with_sentence: bool = True,
        **fields: Any,
    ) -> Iterator[Row[Any]]:
        """The fast path for bulk readers (ledger, exports at scale): plain rows, no pydantic objects.

        One query streamed `batch_size` rows at a time (a server-side cursor on PostgreSQL), by
        ascending claim id. Each row has the attributes of `queries.CLAIM_COLUMNS` (id, document_id,
        position, type, subject, object, outcome, category, has_count, count_low, count_high,
        cumulative, claimant, stance, hedged, evidence, date, place, latitude, longitude, part_of,
        span_start, span_end, sentence_start, sentence_end, quote, extractor_version, content_hash,
        published, source, url, title, sentence); `queries.stored_claim_from_row(row)` turns one into a
        StoredClaim. `with_sentence=False` leaves the sentence null, sparing a read of each document's text.
        """
        effective = _as_filter(claim_filter, fields)
        statement = select_claims(effective, with_sentence=with_sentence).order_by(ClaimRow.id)
        with self.engine.connect() as connection:
            result = connection.execution_options(yield_per=batch_size).execute(statement)
            for partition in result.partitions():
                yield from partition

    def iter_flat_row_batches(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = ITER_BATCH_SIZE,
        formula_prefixes: tuple[str, ...] = (),
    ) -> Iterator[Sequence[Row[Any]]]:
        """Claims as rows of `store.export.FLAT_COLUMNS`, CSV-ready (`queries.select_flat_claims`), by ascending
        claim id, in batches of up to `batch_size` as the database cursor returns them; text starting with one
        of `formula_prefixes` gets a leading apostrophe."""
        effective = _as_filter(claim_filter, {})
        statement = select_flat_claims(effective, formula_prefixes=formula_prefixes).order_by(ClaimRow.id)
        with self.engine.connect() as connection:
            result = connection.execution_options(yield_per=batch_size).execute(statement)
            yield from result.partitions()

    def iter_ledger_rows(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = ITER_BATCH_SIZE, **fields: Any
    ) -> Iterator[Row[Any]]:
        """The ledger's read path: rows of `queries.LEDGER_CLAIM_COLUMNS` by ascending claim id, nothing converted.

        Narrower than `iter_claim_rows` (no quote, place, sentence or document fields: those are in
        `iter_ledger_documents`) and without SQLAlchemy's per-value conversions: booleans come as 0/1
        or bool and dates as ISO strings (SQLite) or `datetime.date` (PostgreSQL); the reader
        converts each distinct date once.
        """
        effective = _as_filter(claim_filter, fields)
        yield from self._stream(select_ledger_claims(effective).order_by(ClaimRow.id), batch_size)

    def iter_ledger_documents(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = ITER_BATCH_SIZE
    ) -> Iterator[Row[Any]]:
        """Rows of `queries.LEDGER_DOCUMENT_COLUMNS` (id, content_hash, published, source, url) by id,
        converted as in `iter_ledger_rows`: every document, or those with a claim `claim_filter` matches."""
        statement = select(*LEDGER_DOCUMENT_COLUMNS).order_by(DocumentRow.id)
        if claim_filter is not None:
            statement = statement.where(DocumentRow.id.in_(apply_claim_filter(select(ClaimRow.document_id), claim_filter)))
        yield from self._stream(statement, batch_size)

    def _stream(self, statement: Any, batch_size: int) -> Iterator[Row[Any]]:
        with self.engine.connect() as connection:
            result = connection.execution_options(yield_per=batch_size).execute(statement)
            for partition in result.partitions():
                yield from partition

    # -- errors ----------------------------------------------------------------------------

    def list_errors(
        self, *, limit: int | None = 100, cursor: int | str | None = None, reason: str | None = None
    ) -> list[StoredIngestError]:
        statement = select(IngestErrorRow).order_by(IngestErrorRow.id)
        after = _cursor_id(cursor)
        if after is not None:
            statement = statement.where(IngestErrorRow.id > after)
        if reason:
            statement = statement.where(IngestErrorRow.reason == reason)
        if limit is not None:
            statement = statement.limit(limit)
        with self.session() as session:
            return [
                StoredIngestError(id=r.id, item=r.item, reason=r.reason, message=r.message, occurred_at=r.occurred_at)
                for r in session.execute(statement).scalars()
            ]

    def error_counts(self) -> dict[str, int]:
        statement = select(IngestErrorRow.reason, func.count(IngestErrorRow.id)).group_by(IngestErrorRow.reason)
        with self.session() as session:
            return {reason: count for reason, count in session.execute(statement).all()}


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and, if new, create) the database at `url`; see Store."""
    return Store(url, create=create)
