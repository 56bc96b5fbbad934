"""Index claim (type, id): pages and scans of one claim type come in id order without a sort.

Revision ID: 0002_claim_type_id_index
Revises: 0001_initial
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002_claim_type_id_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claim_type_id", "claim", ["type", "id"])


def downgrade() -> None:
    op.drop_index("ix_claim_type_id", table_name="claim")
