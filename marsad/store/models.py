"""Tables of the store (SQLAlchemy 2 declarative models).

The full analysis record of each article is kept as JSON (`Article.record`) so that
`records()` returns exactly what `--jsonl` wrote; claims, facts, entities and mentions are
also flattened into their own tables so listings and filters run as SQL, on SQLite and
PostgreSQL alike. The schema itself is created by the Alembic migrations in
`marsad/store/migrations`, which mirror these models.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(256), index=True)
    outlet_id: Mapped[str | None] = mapped_column(String(256), index=True)
    republished_from: Mapped[str | None] = mapped_column(String(256))
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    body: Mapped[str | None] = mapped_column(Text)
    folded: Mapped[str | None] = mapped_column(Text)  # normalised title + body (+ clitic-free stems) for search
    record: Mapped[dict] = mapped_column(JSON)
    pipeline_version: Mapped[str] = mapped_column(String(64), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    simhash: Mapped[int | None] = mapped_column(BigInteger)
    sh0: Mapped[int | None] = mapped_column(Integer, index=True)
    sh1: Mapped[int | None] = mapped_column(Integer, index=True)
    sh2: Mapped[int | None] = mapped_column(Integer, index=True)
    sh3: Mapped[int | None] = mapped_column(Integer, index=True)
    sh4: Mapped[int | None] = mapped_column(Integer, index=True)
    sh5: Mapped[int | None] = mapped_column(Integer, index=True)
    duplicate_of: Mapped[str | None] = mapped_column(String(512), index=True)
    n_entities: Mapped[int] = mapped_column(Integer, default=0)
    n_claims: Mapped[int] = mapped_column(Integer, default=0)
    n_facts: Mapped[int] = mapped_column(Integer, default=0)
    source_path: Mapped[str | None] = mapped_column(Text)
    analysed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)  # insertion order: the original of a near-copy is the earliest


class EntityRow(Base):
    """A distinct entity: a KB id, or `~TYPE:folded text` for entities the KB lacks."""

    __tablename__ = "entities"

    key: Mapped[str] = mapped_column(String(512), primary_key=True)
    kb_id: Mapped[str | None] = mapped_column(String(256), index=True)
    canonical: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(8), index=True)
    subtype: Mapped[str | None] = mapped_column(String(64))
    folded: Mapped[str] = mapped_column(Text)  # folded canonical + surface forms, for `q=` filters


class Mention(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    entity_key: Mapped[str] = mapped_column(String(512), index=True)
    text: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(Text)
    speaker_kind: Mapped[str | None] = mapped_column(String(32))
    speaker_canonical: Mapped[str | None] = mapped_column(Text)
    speaker_id: Mapped[str | None] = mapped_column(String(256), index=True)
    speaker_folded: Mapped[str] = mapped_column(Text)  # speaker text, mention, canonical, via: for filters
    stance: Mapped[str | None] = mapped_column(String(32), index=True)
    text_folded: Mapped[str] = mapped_column(Text)  # content + evidence
    entity_keys: Mapped[str] = mapped_column(Text)  # " key1 key2 " entities in the evidence and the speaker
    record: Mapped[dict] = mapped_column(JSON)


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(32), index=True)
    value: Mapped[int | None] = mapped_column(BigInteger)
    vague: Mapped[str | None] = mapped_column(String(32))
    approx: Mapped[bool] = mapped_column(Boolean, default=False)
    record: Mapped[dict] = mapped_column(JSON)


class CorpusRow(Base):
    """The cross-article result (stories, claim groups, conflicts): one JSON document, replaced as a whole."""

    __tablename__ = "corpus"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CorpusStateRow(Base):
    """The story index of the corpus stage (vectors, postings, union-find), so new articles are
    linked to the old ones without recomputing them."""

    __tablename__ = "corpus_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    saved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SkipRow(Base):
    """Inputs that were not analysed, and why: the batch summary survives the terminal."""

    __tablename__ = "skips"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


Index("ix_claims_article_idx", ClaimRow.article_id, ClaimRow.idx)
Index("ix_facts_article_idx", FactRow.article_id, FactRow.idx)
