"""Initial tables: document, claim, ingest_error.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("language", sa.Text()),
        sa.Column("original_text", sa.Text(), nullable=False),
        sa.Column("cleaned_text", sa.Text(), nullable=False),
        sa.Column("offset_map", sa.JSON(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("extractor_version", sa.Text()),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_document_published", "document", ["published"])
    op.create_index("ix_document_source", "document", ["source"])
    op.create_index("ix_document_extractor_version", "document", ["extractor_version"])

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text()),
        sa.Column("object", sa.Text()),
        sa.Column("outcome", sa.Text()),
        sa.Column("category", sa.Text()),
        sa.Column("has_count", sa.Boolean(), nullable=False),
        sa.Column("count_low", sa.Integer()),
        sa.Column("count_high", sa.Integer()),
        sa.Column("cumulative", sa.Boolean(), nullable=False),
        sa.Column("claimant", sa.Text()),
        sa.Column("stance", sa.Text(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.Text()),
        sa.Column("date", sa.Date()),
        sa.Column("effective_date", sa.Date()),
        sa.Column("place", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("part_of", sa.Integer()),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("sentence_start", sa.Integer()),
        sa.Column("sentence_end", sa.Integer()),
        sa.Column("quote", sa.Text()),
        sa.Column("extractor_version", sa.Text(), nullable=False),
    )
    op.create_index("ix_claim_document_position", "claim", ["document_id", "position"])
    op.create_index("ix_claim_type_subject", "claim", ["type", "subject"])
    op.create_index("ix_claim_subject", "claim", ["subject"])
    op.create_index("ix_claim_claimant", "claim", ["claimant"])
    op.create_index("ix_claim_effective_date", "claim", ["effective_date"])
    op.create_index("ix_claim_place", "claim", ["place"])

    op.create_table(
        "ingest_error",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_ingest_error_reason", "ingest_error", ["reason"])


def downgrade() -> None:
    op.drop_table("ingest_error")
    op.drop_table("claim")
    op.drop_table("document")
