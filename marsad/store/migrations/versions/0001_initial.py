"""Initial schema: articles, entities, mentions, claims, facts, corpus, skips, full-text index.

Revision ID: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(256), index=True),
        sa.Column("outlet_id", sa.String(256), index=True),
        sa.Column("republished_from", sa.String(256)),
        sa.Column("published", sa.String(32), index=True),
        sa.Column("language", sa.String(16)),
        sa.Column("body", sa.Text),
        sa.Column("folded", sa.Text),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False, index=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("simhash", sa.BigInteger),
        sa.Column("sh0", sa.Integer, index=True),
        sa.Column("sh1", sa.Integer, index=True),
        sa.Column("sh2", sa.Integer, index=True),
        sa.Column("sh3", sa.Integer, index=True),
        sa.Column("duplicate_of", sa.String(512), index=True),
        sa.Column("n_entities", sa.Integer, nullable=False),
        sa.Column("n_claims", sa.Integer, nullable=False),
        sa.Column("n_facts", sa.Integer, nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("analysed_at", TZ, nullable=False, index=True),
        sa.Column("seq", sa.BigInteger, nullable=False, index=True),
    )
    op.create_table(
        "entities",
        sa.Column("key", sa.String(512), primary_key=True),
        sa.Column("kb_id", sa.String(256), index=True),
        sa.Column("canonical", sa.Text),
        sa.Column("type", sa.String(8), nullable=False, index=True),
        sa.Column("subtype", sa.String(64)),
        sa.Column("folded", sa.Text, nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("entity_key", sa.String(512), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("folded", sa.Text, nullable=False),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_kind", sa.String(32)),
        sa.Column("speaker_canonical", sa.Text),
        sa.Column("speaker_id", sa.String(256), index=True),
        sa.Column("speaker_folded", sa.Text, nullable=False),
        sa.Column("stance", sa.String(32), index=True),
        sa.Column("text_folded", sa.Text, nullable=False),
        sa.Column("entity_keys", sa.Text, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_index("ix_claims_article_idx", "claims", ["article_id", "idx"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(32), index=True),
        sa.Column("value", sa.BigInteger),
        sa.Column("vague", sa.String(32)),
        sa.Column("approx", sa.Boolean, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_index("ix_facts_article_idx", "facts", ["article_id", "idx"])
    op.create_table(
        "corpus",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("saved_at", TZ, nullable=False),
    )
    op.create_table(
        "skips",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    # full-text search over the folded (normalised) text
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE articles ADD COLUMN tsv tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(folded, ''))) STORED")
        op.execute("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")
    else:
        op.execute("CREATE VIRTUAL TABLE article_fts USING fts5(id UNINDEXED, folded, "
                   "tokenize = 'unicode61 remove_diacritics 2')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE IF EXISTS article_fts")
    for t in ("skips", "corpus", "facts", "claims", "mentions", "entities", "articles"):
        op.drop_table(t)
