"""Keep the cross-article story index between runs (`marsad corpus` links only new articles).

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corpus_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("corpus_state")
