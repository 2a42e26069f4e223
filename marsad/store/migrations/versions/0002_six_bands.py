"""Simhash over word sets in six bands (distance ≤ 5): add sh4, sh5; forget the old fingerprints.

Fingerprints of revision 0001 (3-shingles, four 16-bit bands) cannot be compared with the
new ones, so they are cleared; articles get new ones when they are next analysed.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("sh4", sa.Integer))
        batch.add_column(sa.Column("sh5", sa.Integer))
    op.create_index("ix_articles_sh4", "articles", ["sh4"])
    op.create_index("ix_articles_sh5", "articles", ["sh5"])
    op.execute("UPDATE articles SET simhash = NULL, sh0 = NULL, sh1 = NULL, sh2 = NULL, sh3 = NULL")


def downgrade() -> None:
    op.drop_index("ix_articles_sh5", "articles")
    op.drop_index("ix_articles_sh4", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("sh5")
        batch.drop_column("sh4")
