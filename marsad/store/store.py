"""The store: analysed articles and their layers in SQLite (default) or PostgreSQL.

One code path for both databases (SQLAlchemy 2 Core/ORM); the schema comes from the
Alembic migrations bundled in the package and is brought up to date whenever a store is
opened, so a `marsad.db` from an older version keeps working. Each article is written in
its own transaction: killing a batch loses at most the article being written.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, or_, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from marsad.store import dedup
from marsad.store.models import Article, ClaimRow, CorpusRow, CorpusStateRow, EntityRow, FactRow, Mention, SkipRow
from marsad.text import fold, proclitic_splits

MIGRATIONS = Path(__file__).parent / "migrations"
BAND_COLUMNS = (Article.sh0, Article.sh1, Article.sh2, Article.sh3, Article.sh4, Article.sh5)
DEFAULT_DB = "marsad.db"


def default_db() -> str:
    """`$MARSAD_DB`, else `./marsad.db`: the convention of every command."""
    return os.environ.get("MARSAD_DB") or DEFAULT_DB


def database_url(url_or_path: str | Path | None = None) -> str:
    """A SQLAlchemy URL for a path or URL: plain paths are SQLite files, `postgresql://` uses psycopg 3."""
    s = str(url_or_path) if url_or_path else default_db()
    if s.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + s.split("://", 1)[1]
    if "://" in s:
        return s
    if s == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(s).expanduser().resolve())


def raw_hash(raw: Any) -> str:
    """Content hash of an input page: its markup or text and the metadata the input gave with it.

    The same input again means nothing to redo; a changed text, URL, outlet or date means re-analysis.
    """
    if raw is None:
        return dedup.content_hash("")
    return dedup.content_hash(raw.html if raw.html else raw.text, raw.url, raw.outlet, raw.published,
                              raw.crawled, raw.title)


# ---------------------------------------------------------------------------- search text
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The folded word without proclitics and article: «وبالجيش» → «جيش». Used on both index and query."""
    rest = proclitic_splits(word)[-1][1]
    if rest.startswith("ال") and len(rest) >= 4:
        rest = rest[2:]
    return rest


def search_text(*parts: str | None) -> str:
    """What the full-text index holds: the folded text, then the stems that differ from their word."""
    folded = fold("\n".join(p for p in parts if p))
    words = set(_WORD.findall(folded))
    stems = {stem(w) for w in words} - words
    return folded + "\n" + " ".join(sorted(stems))


def query_terms(query: str) -> list[list[str]]:
    """Each query word with its stem: a document matches when it has every word in either form."""
    out = []
    for w in _WORD.findall(fold(query)):
        forms = [w]
        s = stem(w)
        if s != w and s:
            forms.append(s)
        out.append(forms)
    return out


def _like(s: str) -> str:
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@cache
def _head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _now() -> datetime:
    return datetime.now(UTC)


def entity_key(kb_id: str | None, type_: str, text_: str) -> str:
    """KB id when linked; otherwise the type and folded name, so unlinked names still aggregate."""
    return kb_id or f"~{type_}:{fold(text_)}"


class Store:
    """Analysed articles, their entities, claims and facts, the corpus and the skip log."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, url_or_path: str | Path | None = None, migrate: bool = True) -> Store:
        """Open (and create or migrate) a store: a SQLite path, `:memory:`, or a `postgresql://` URL."""
        url = database_url(url_or_path)
        kwargs: dict[str, Any] = {
            "json_serializer": lambda o: json.dumps(o, ensure_ascii=False),
        }
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": 60}
            if url in ("sqlite://", "sqlite:///:memory:"):
                from sqlalchemy.pool import StaticPool

                kwargs["poolclass"] = StaticPool
                kwargs["connect_args"]["check_same_thread"] = False
            else:
                Path(make_url(url).database).parent.mkdir(parents=True, exist_ok=True)
        else:
            kwargs["pool_pre_ping"] = True
        engine = create_engine(url, **kwargs)
        if engine.dialect.name == "sqlite":
            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA journal_mode=WAL")  # readers (the web UI) never block the writer
                cur.execute("PRAGMA synchronous=NORMAL")  # safe against a killed process, fast
                cur.close()
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        """Bring the schema to the newest migration (a no-op when it is current)."""
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        with self.engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current == _head_revision():
                return
            command.upgrade(_alembic_config(conn), "head")

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # ------------------------------------------------------------------ writing
    def status(self, id_: str) -> tuple[str, str] | None:
        """(pipeline_version, content_hash) of a stored article, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(Article.pipeline_version, Article.content_hash)
                               .where(Article.id == id_)).first()
        return (row[0], row[1]) if row else None

    def is_current(self, id_: str, content_hash: str, pipeline_version: str) -> bool:
        """True when this exact input was already analysed by this pipeline version: nothing to redo."""
        st = self.status(id_)
        return st is not None and st == (pipeline_version, content_hash)

    def find_near_duplicate(self, h: int | None, exclude: str | None = None, session: Session | None = None
                            ) -> str | None:
        """The original (earliest stored) article within Simhash distance 3 of `h`, via the band index."""
        if h is None:
            return None
        b = dedup.bands(h)
        cond = or_(*[col == v for col, v in zip(BAND_COLUMNS, b, strict=True)])
        q = select(Article.id, Article.simhash, Article.duplicate_of, Article.seq).where(cond)
        if exclude is not None:
            q = q.where(Article.id != exclude)
        sess = session or Session(self.engine)
        try:
            best = None
            for id_, sh, dup, seq in sess.execute(q):
                if sh is None or dedup.distance(h, dedup.to_unsigned(sh)) > dedup.MAX_DISTANCE:
                    continue
                if best is None or seq < best[0]:
                    best = (seq, dup or id_)
        finally:
            if session is None:
                sess.close()
        if best is None:
            return None
        return best[1] if best[1] != exclude else None

    def upsert(self, doc: Any, pipeline_version: str, content_hash: str | None = None) -> dict[str, Any]:
        """Store (or replace) one analysed `Document` in one transaction; returns the stored record.

        Sets `doc.simhash` and, when an earlier stored article is a near-copy, `doc.duplicate_of`.
        """
        raw = getattr(doc, "raw", None)
        chash = content_hash or raw_hash(raw)
        if getattr(doc, "simhash", None) is None:
            doc.simhash = dedup.simhash(doc.body or doc.text or "")
        h = doc.simhash
        with Session(self.engine) as s, s.begin():
            old = s.get(Article, doc.id)
            if doc.duplicate_of is None or doc.duplicate_of == doc.id:
                doc.duplicate_of = self.find_near_duplicate(h, exclude=doc.id, session=s)
            rec = self._safe(doc.to_record())
            rec["duplicate_of"] = doc.duplicate_of
            if old is not None:
                seq = old.seq
                for model in (Mention, ClaimRow, FactRow):
                    s.execute(delete(model).where(model.article_id == doc.id))
                s.delete(old)
                s.flush()
            else:
                seq = (s.execute(select(func.max(Article.seq))).scalar() or 0) + 1
            outlet = rec.get("outlet") or {}
            rep = rec.get("republished_from") or {}
            b = dedup.bands(h) if h is not None else [None] * dedup.BANDS
            folded = search_text(rec.get("title"), rec.get("body"))
            art = Article(
                id=doc.id, url=rec.get("url"), title=rec.get("title"), outlet=outlet.get("name"),
                outlet_id=outlet.get("id"), republished_from=rep.get("name"), published=rec.get("published"),
                language=rec.get("language"), body=rec.get("body"), folded=folded, record=rec,
                pipeline_version=pipeline_version, content_hash=chash, simhash=dedup.to_signed(h),
                **{c.key: v for c, v in zip(BAND_COLUMNS, b, strict=True)}, duplicate_of=doc.duplicate_of,
                n_entities=len(rec.get("entities") or []), n_claims=len(rec.get("claims") or []),
                n_facts=len(rec.get("facts") or []), source_path=getattr(raw, "source_path", None),
                analysed_at=_now(), seq=seq,
            )
            s.add(art)
            s.flush()
            self._write_layers(s, doc, rec)
            if self.dialect == "sqlite":
                if old is not None:  # `id` is UNINDEXED: this DELETE scans the whole index, so only when there is a row
                    s.execute(text("DELETE FROM article_fts WHERE id = :id"), {"id": doc.id})
                s.execute(text("INSERT INTO article_fts (id, folded) VALUES (:id, :f)"), {"id": doc.id, "f": folded})
            out = self._with_extras(rec, art)
        return out

    def _write_layers(self, s: Session, doc: Any, rec: dict[str, Any]) -> None:
        ents: dict[str, dict[str, Any]] = {}
        for e in rec.get("entities") or []:
            key = entity_key(e.get("id"), e.get("type") or "", e.get("text") or "")
            names = [e.get("canonical") or "", e.get("text") or "", *(e.get("mentions") or [])]
            ents[key] = {"key": key, "kb_id": e.get("id"), "canonical": e.get("canonical"),
                         "type": e.get("type") or "", "subtype": e.get("subtype"),
                         "folded": fold(" | ".join(n for n in names if n))}
        mentions = []
        for e in getattr(doc, "entities", []) or []:
            key = entity_key(e.id, e.type, e.text)
            if key not in ents:
                ents[key] = {"key": key, "kb_id": e.id, "canonical": e.canonical, "type": e.type,
                             "subtype": e.subtype, "folded": fold(f"{e.canonical or ''} | {e.text}")}
            mentions.append({"article_id": doc.id, "entity_key": key, "text": e.text, "folded": fold(e.text),
                             "start": e.start, "end": e.end})
        if not mentions:  # documents rebuilt from records (no offsets): one mention per entity and surface form
            for e in rec.get("entities") or []:
                key = entity_key(e.get("id"), e.get("type") or "", e.get("text") or "")
                for m in e.get("mentions") or [e.get("text")]:
                    if m:
                        mentions.append({"article_id": doc.id, "entity_key": key, "text": m, "folded": fold(m),
                                         "start": None, "end": None})
        if ents:
            self._insert_ignore(s, EntityRow, self._safe(list(ents.values())))
        if mentions:
            s.execute(Mention.__table__.insert(), self._safe(mentions))
        claims = []
        doc_claims = getattr(doc, "claims", []) or []
        for i, c in enumerate(rec.get("claims") or []):
            sp = c.get("speaker") or {}
            keys = set()
            if sp.get("id"):
                keys.add(sp["id"])
            if i < len(doc_claims):
                dc = doc_claims[i]
                for e in doc.entities_in(dc.start, dc.end):
                    keys.add(entity_key(e.id, e.type, e.text))
            via = " | ".join(f"{v.get('text') or ''} {v.get('canonical') or ''}" for v in c.get("via") or [])
            claims.append({
                "article_id": doc.id, "idx": i, "speaker": sp.get("text"), "speaker_kind": sp.get("kind"),
                "speaker_canonical": sp.get("canonical"), "speaker_id": sp.get("id"),
                "speaker_folded": fold(" | ".join(x for x in (sp.get("text"), sp.get("mention"),
                                                               sp.get("canonical"), sp.get("id"), via) if x)),
                "stance": c.get("stance"), "text_folded": fold(f"{c.get('content') or ''} | {c.get('evidence') or ''}"),
                "entity_keys": " " + " ".join(sorted(keys)) + " ", "record": c,
            })
        if claims:
            s.execute(ClaimRow.__table__.insert(), self._safe(claims))
        facts = [{"article_id": doc.id, "idx": i, "kind": f.get("kind"),
                  "value": f.get("value") if isinstance(f.get("value"), int) else None,
                  "vague": f.get("vague"), "approx": bool(f.get("approx")), "record": f}
                 for i, f in enumerate(rec.get("facts") or [])]
        if facts:
            s.execute(FactRow.__table__.insert(), facts)

    def _safe(self, obj: Any) -> Any:
        """PostgreSQL text cannot hold NUL: replace it (one character for one, so offsets stay right)."""
        if self.dialect != "postgresql":
            return obj
        if isinstance(obj, str):
            return obj.replace("\x00", "\ufffd") if "\x00" in obj else obj
        if isinstance(obj, dict):
            return {k: self._safe(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self._safe(v) for v in obj]
        return obj

    def _insert_ignore(self, s: Session, model: Any, rows: list[dict[str, Any]]) -> None:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        s.execute(insert(model).on_conflict_do_nothing(), rows)

    def delete(self, id_: str) -> bool:
        """Remove one article and its layers."""
        with Session(self.engine) as s, s.begin():
            for model in (Mention, ClaimRow, FactRow):
                s.execute(delete(model).where(model.article_id == id_))
            if self.dialect == "sqlite":
                s.execute(text("DELETE FROM article_fts WHERE id = :id"), {"id": id_})
            n = s.execute(delete(Article).where(Article.id == id_)).rowcount
        return bool(n)

    def log_skip(self, source: str, reason: str) -> None:
        with Session(self.engine) as s, s.begin():
            s.add(SkipRow(source=source, reason=reason, at=_now()))

    def skips(self, limit: int = 100) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            rows = s.execute(select(SkipRow).order_by(SkipRow.id.desc()).limit(limit)).scalars()
            return [{"source": r.source, "reason": r.reason, "at": r.at.isoformat() if r.at else None} for r in rows]

    # ------------------------------------------------------------------ records
    @staticmethod
    def _with_extras(rec: dict[str, Any], art: Article) -> dict[str, Any]:
        out = dict(rec)
        out["duplicate_of"] = art.duplicate_of
        out["pipeline_version"] = art.pipeline_version
        out["analysed_at"] = art.analysed_at.isoformat() if art.analysed_at else None
        return out

    def get(self, id_: str) -> dict[str, Any] | None:
        """The stored record of one article (contract record + pipeline_version, analysed_at), or None."""
        with Session(self.engine) as s:
            art = s.get(Article, id_)
            return self._with_extras(art.record, art) if art else None

    def records(self, ids: Iterable[str] | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Stored records, in storage order (or in the order of `ids`, missing ones left out)."""
        if ids is not None:
            ids = list(ids)
            for i in range(0, len(ids), batch):
                chunk = ids[i:i + batch]
                with Session(self.engine) as s:
                    found = {a.id: self._with_extras(a.record, a)
                             for a in s.execute(select(Article).where(Article.id.in_(chunk))).scalars()}
                yield from (found[k] for k in chunk if k in found)
            return
        last = None
        while True:
            with Session(self.engine) as s:
                q = select(Article).order_by(Article.seq).limit(batch)
                if last is not None:
                    q = q.where(Article.seq > last)
                arts = list(s.execute(q).scalars())
                out = [self._with_extras(a.record, a) for a in arts]
            if not arts:
                return
            last = arts[-1].seq
            yield from out

    def ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(Article.id).order_by(Article.seq))]

    # ------------------------------------------------------------------ listings
    def articles(self, limit: int = 50, offset: int = 0, outlet: str | None = None, q: str | None = None,
                 language: str | None = None) -> list[dict[str, Any]]:
        """Article summaries, newest publication first; `q` filters by full-text search."""
        cols = (Article.id, Article.title, Article.outlet, Article.outlet_id, Article.published, Article.language,
                Article.n_claims, Article.n_facts, Article.n_entities, Article.duplicate_of, Article.url)
        query = select(*cols)
        if outlet:
            query = query.where(self._outlet_cond(outlet))
        if language:
            query = query.where(Article.language == language)
        if q:
            hits = [h["id"] for h in self.search(q, limit=10_000)]
            query = query.where(Article.id.in_(hits))
        query = query.order_by(Article.published.desc().nulls_last(), Article.seq.desc()).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    @staticmethod
    def _outlet_cond(outlet: str):
        return or_(Article.outlet_id == outlet, func.lower(Article.outlet) == outlet.lower())

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Article)).scalar() or 0

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over normalised Arabic (and any other) text: every word, in any clitic form."""
        terms = query_terms(query)
        if not terms:
            return []
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                tsq = " & ".join("(" + " | ".join(forms) + ")" for forms in terms)
                rows = conn.execute(text(
                    "SELECT a.id, a.title, a.outlet, a.published, a.body, ts_rank(a.tsv, q) AS score "
                    "FROM articles a, to_tsquery('simple', :q) q WHERE a.tsv @@ q "
                    "ORDER BY score DESC, a.seq LIMIT :lim OFFSET :off"), {"q": tsq, "lim": limit, "off": offset})
            else:
                fq = " AND ".join("(" + " OR ".join(f'"{f}"' for f in forms) + ")" for forms in terms)
                rows = conn.execute(text(
                    "SELECT a.id, a.title, a.outlet, a.published, a.body, -bm25(article_fts) AS score "
                    "FROM article_fts JOIN articles a ON a.id = article_fts.id WHERE article_fts MATCH :q "
                    "ORDER BY bm25(article_fts), a.seq LIMIT :lim OFFSET :off"), {"q": fq, "lim": limit, "off": offset})
            out = []
            for r in rows:
                m = dict(r._mapping)
                body = m.pop("body") or ""
                m["snippet"] = snippet(body, terms)
                m["score"] = float(m["score"] or 0)
                out.append(m)
        return out

    def claims(self, speaker: str | None = None, outlet: str | None = None, stance: str | None = None,
               entity: str | None = None, text: str | None = None, doc: str | None = None,
               limit: int = 100, offset: int = 0, kind: str | None = None) -> list[dict[str, Any]]:
        """Claims with their article (doc, outlet, title, published) and index in it; every filter optional."""
        q = (select(ClaimRow.record, ClaimRow.idx, ClaimRow.article_id, Article.outlet, Article.outlet_id,
                    Article.title, Article.published, Article.language)
             .join(Article, Article.id == ClaimRow.article_id))
        if speaker:
            q = q.where(or_(ClaimRow.speaker_id == speaker, ClaimRow.speaker_folded.like(_like(fold(speaker)), escape="\\")))
        if outlet:
            q = q.where(self._outlet_cond(outlet))
        if stance:
            q = q.where(ClaimRow.stance == stance)
        if kind:
            q = q.where(ClaimRow.speaker_kind == kind)
        if text:
            q = q.where(ClaimRow.text_folded.like(_like(fold(text)), escape="\\"))
        if doc:
            q = q.where(ClaimRow.article_id == doc)
        if entity:
            keys = self._entity_keys(entity)
            if not keys:
                return []
            q = q.where(or_(*[ClaimRow.entity_keys.like(_like(f" {k} "), escape="\\") for k in keys]))
        q = q.order_by(Article.seq, ClaimRow.idx).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            out = []
            for rec, idx, art, outlet_name, outlet_id, title, published, lang in conn.execute(q):
                d = dict(rec)
                d.update(doc=art, index=idx, outlet=outlet_name, outlet_id=outlet_id, title=title,
                         published=published, language=lang)
                out.append(d)
        return out

    def facts(self, kind: str | None = None, doc: str | None = None, limit: int = 100, offset: int = 0,
              outlet: str | None = None) -> list[dict[str, Any]]:
        """Facts with their article (doc, outlet, title, published) and index in it."""
        q = (select(FactRow.record, FactRow.idx, FactRow.article_id, Article.outlet, Article.outlet_id,
                    Article.title, Article.published)
             .join(Article, Article.id == FactRow.article_id))
        if kind:
            q = q.where(FactRow.kind == kind)
        if doc:
            q = q.where(FactRow.article_id == doc)
        if outlet:
            q = q.where(self._outlet_cond(outlet))
        q = q.order_by(Article.seq, FactRow.idx).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            out = []
            for rec, idx, art, outlet_name, outlet_id, title, published in conn.execute(q):
                d = dict(rec)
                d.update(doc=art, index=idx, outlet=outlet_name, outlet_id=outlet_id, title=title, published=published)
                out.append(d)
        return out

    def _entity_keys(self, entity: str) -> list[str]:
        """Entity keys for an id, a key, or a name (canonical or surface form, folded)."""
        with self.engine.connect() as conn:
            if conn.execute(select(EntityRow.key).where(EntityRow.key == entity)).first():
                return [entity]
            f = fold(entity)
            keys = {r[0] for r in conn.execute(select(EntityRow.key).where(
                or_(func.lower(EntityRow.canonical) == entity.lower(), EntityRow.folded.like(_like(f), escape="\\"))
            ).limit(50))}
            keys |= {r[0] for r in conn.execute(select(Mention.entity_key).where(Mention.folded == f).distinct().limit(50))}
        return sorted(keys)

    def entities(self, type: str | None = None, q: str | None = None, limit: int = 100, offset: int = 0  # noqa: A002
                 ) -> list[dict[str, Any]]:
        """Distinct entities, most widely mentioned first, with their surface forms."""
        n = func.count(func.distinct(Mention.article_id)).label("n_articles")
        query = (select(EntityRow.key, EntityRow.kb_id, EntityRow.canonical, EntityRow.type, EntityRow.subtype, n)
                 .join(Mention, Mention.entity_key == EntityRow.key)
                 .group_by(EntityRow.key, EntityRow.kb_id, EntityRow.canonical, EntityRow.type, EntityRow.subtype))
        if type:
            query = query.where(EntityRow.type == type)
        if q:
            f = fold(q)
            query = query.where(or_(EntityRow.key == q, EntityRow.folded.like(_like(f), escape="\\"),
                                    Mention.folded.like(_like(f), escape="\\")))
        query = query.order_by(n.desc(), EntityRow.key).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
            forms: dict[str, Counter] = {r["key"]: Counter() for r in rows}
            if rows:
                for key, t in conn.execute(select(Mention.entity_key, Mention.text)
                                           .where(Mention.entity_key.in_(list(forms)))):
                    forms[key][t] += 1
        for r in rows:
            r["id"] = r["key"]
            r["mentions"] = [t for t, _ in forms[r["key"]].most_common()]
        return rows

    def entity(self, id_: str) -> dict[str, Any] | None:
        """One entity: its stored fields, its KB entry when there is one, its mentions and the claims it speaks."""
        with self.engine.connect() as conn:
            row = conn.execute(select(EntityRow).where(EntityRow.key == id_)).first()
            if row is None:
                return None
            d = dict(row._mapping)
            d["id"] = d["key"]
            d.pop("folded", None)
            mentions = conn.execute(
                select(Mention.article_id, Mention.text, Mention.start, Mention.end, Article.title, Article.outlet,
                       Article.published)
                .join(Article, Article.id == Mention.article_id)
                .where(Mention.entity_key == id_).order_by(Article.seq, Mention.start))
            d["mentions"] = [{"doc": m[0], "text": m[1], "start": m[2], "end": m[3], "title": m[4], "outlet": m[5],
                              "published": m[6]} for m in mentions]
        d["n_articles"] = len({m["doc"] for m in d["mentions"]})
        d["entry"] = _kb_entry(d.get("kb_id"))
        return d

    # ------------------------------------------------------------------ corpus
    def save_corpus(self, corpus: dict[str, Any]) -> None:
        """Keep the cross-article result (replaces the previous one)."""
        with Session(self.engine) as s, s.begin():
            row = s.get(CorpusRow, 1)
            if row is None:
                s.add(CorpusRow(id=1, data=corpus, saved_at=_now()))
            else:
                row.data = corpus
                row.saved_at = _now()

    def load_corpus(self) -> dict[str, Any] | None:
        with Session(self.engine) as s:
            row = s.get(CorpusRow, 1)
            return dict(row.data) if row else None

    def save_corpus_state(self, data: bytes) -> None:
        """Keep the corpus stage's story index (opaque bytes it wrote itself)."""
        with Session(self.engine) as s, s.begin():
            row = s.get(CorpusStateRow, 1)
            if row is None:
                s.add(CorpusStateRow(id=1, data=data, saved_at=_now()))
            else:
                row.data = data
                row.saved_at = _now()

    def load_corpus_state(self) -> bytes | None:
        with Session(self.engine) as s:
            row = s.get(CorpusStateRow, 1)
            return bytes(row.data) if row else None

    # ------------------------------------------------------------------ overview
    def stats(self, top: int = 10) -> dict[str, Any]:
        """Counts and top lists for `marsad summary` and the web home page."""
        with self.engine.connect() as conn:
            def scalar(q):
                return conn.execute(q).scalar() or 0

            def top_of(col, *where):
                q = select(col, func.count()).where(col.is_not(None), *where).group_by(col) \
                    .order_by(func.count().desc(), col).limit(top)
                return [(k, n) for k, n in conn.execute(q)]

            out: dict[str, Any] = {
                "db": self.url,
                "articles": scalar(select(func.count()).select_from(Article)),
                "duplicates": scalar(select(func.count()).select_from(Article).where(Article.duplicate_of.is_not(None))),
                "entities": scalar(select(func.count(func.distinct(Mention.entity_key)))),
                "mentions": scalar(select(func.count()).select_from(Mention)),
                "claims": scalar(select(func.count()).select_from(ClaimRow)),
                "facts": scalar(select(func.count()).select_from(FactRow)),
                "skips": scalar(select(func.count()).select_from(SkipRow)),
                "outlets": top_of(Article.outlet),
                "languages": dict(top_of(Article.language)),
                "speakers": top_of(func.coalesce(ClaimRow.speaker_canonical, ClaimRow.speaker)),
                "stances": dict(top_of(ClaimRow.stance)),
                "fact_kinds": dict(top_of(FactRow.kind)),
                "pipeline_versions": dict(top_of(Article.pipeline_version)),
                "published": [conn.execute(select(func.min(Article.published))).scalar(),
                              conn.execute(select(func.max(Article.published))).scalar()],
            }
            ents = conn.execute(
                select(func.coalesce(EntityRow.canonical, EntityRow.key), EntityRow.type,
                       func.count(func.distinct(Mention.article_id)).label("n"))
                .join(Mention, Mention.entity_key == EntityRow.key)
                .group_by(EntityRow.key, EntityRow.canonical, EntityRow.type)
                .order_by(text("n DESC"), EntityRow.key).limit(top))
            out["top_entities"] = [(name, t, n) for name, t, n in ents]
        corpus = self.load_corpus()
        if corpus is not None:
            groups = corpus.get("claim_groups") or []
            out["corpus"] = {
                "stories": len(corpus.get("stories") or []),
                "storylines": len(corpus.get("storylines") or []),
                "claim_groups": len(groups),
                "conflicts": sum(1 for g in groups if (g.get("conflict") or {}).get("kind") in ("numeric", "stance")),
                "updates": sum(1 for g in groups if (g.get("conflict") or {}).get("kind") == "update"),
            }
        else:
            out["corpus"] = None
        return out


def snippet(body: str, terms: list[list[str]], width: int = 220) -> str:
    """The first line of the body that holds a query word, cut to `width` around it."""
    forms = {f for fs in terms for f in fs}
    lines = [ln for ln in body.splitlines() if ln.strip()]
    for ln in lines:
        words = _WORD.findall(fold(ln))
        hit = next((i for i, w in enumerate(words) if w in forms or stem(w) in forms), None)
        if hit is None:
            continue
        if len(ln) <= width:
            return ln
        centre = int(len(ln) * hit / max(len(words), 1))
        start = max(0, min(centre - width // 3, len(ln) - width))
        return ("…" if start else "") + ln[start:start + width] + ("…" if start + width < len(ln) else "")
    first = lines[0] if lines else ""
    return first[:width] + ("…" if len(first) > width else "")


@cache
def _default_kb():
    from marsad.kb import load_kb

    return load_kb()


def _kb_entry(kb_id: str | None) -> dict[str, Any] | None:
    if not kb_id:
        return None
    try:
        e = _default_kb().get(kb_id)
    except Exception:  # noqa: BLE001 - the KB is a convenience here, never a reason to fail
        return None
    if e is None:
        return None
    return {"id": e.id, "type": e.type, "name": e.name, "subtype": e.subtype, "aliases": e.aliases, **e.attrs}


__all__ = ["Store", "database_url", "default_db", "raw_hash", "search_text", "query_terms", "snippet"]
