"""The tables of the store (SQLAlchemy 2 declarative models). No queries live here.

`document` holds one cleaned document per content hash, `claim` every claim read from it
(the fields of GOLD_FORMAT.md plus spans, coordinates and the extractor version), and
`ingest_error` one row per bad item met by `counterclaim ingest`. Migrations in
`store/migrations/versions/` must create exactly these tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of the counterclaim tables."""


class DocumentRow(Base):
    """One cleaned document; `content_hash` makes re-ingesting the same text a no-op."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    item: Mapped[str] = mapped_column(Text, nullable=False)
    source_id: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(Text)
    original_text: Mapped[str] = mapped_column(Text, nullable=False)
    cleaned_text: Mapped[str] = mapped_column(Text, nullable=False)
    offset_map: Mapped[Any] = mapped_column(JSON, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, default="ok")
    extractor_version: Mapped[str | None] = mapped_column(Text)
    claim_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_document_published", "published"),
        Index("ix_document_source", "source"),
        Index("ix_document_extractor_version", "extractor_version"),
    )


class ClaimRow(Base):
    """One claim; `position` is its index in the document's claim list (what `part_of` points at)."""

    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    type: Mapped[str] = mapped_column(Text, nullable=False)
    subject: Mapped[str | None] = mapped_column(Text)
    object: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(Text)
    has_count: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    count_low: Mapped[int | None] = mapped_column(Integer)
    count_high: Mapped[int | None] = mapped_column(Integer)
    cumulative: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    claimant: Mapped[str | None] = mapped_column(Text)
    stance: Mapped[str] = mapped_column(Text, nullable=False, default="assert")
    hedged: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    evidence: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    # The claim's date, else its document's publication date: what --since/--until filter on.
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    part_of: Mapped[int | None] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer, nullable=False)
    span_end: Mapped[int] = mapped_column(Integer, nullable=False)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(Text, nullable=False)

    document: Mapped[DocumentRow] = relationship(back_populates="claims")

    __table_args__ = (
        Index("ix_claim_document_position", "document_id", "position"),
        Index("ix_claim_type_subject", "type", "subject"),
        # Pages and scans of one type in id order without a sort (revision 0002).
        Index("ix_claim_type_id", "type", "id"),
        Index("ix_claim_subject", "subject"),
        Index("ix_claim_claimant", "claimant"),
        Index("ix_claim_effective_date", "effective_date"),
        Index("ix_claim_place", "place"),
    )


class IngestErrorRow(Base):
    """One bad item met while ingesting: what it was, a short reason class, and the message."""

    __tablename__ = "ingest_error"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (Index("ix_ingest_error_reason", "reason"),)
