"""The Python API: the CLI's verbs as functions.

    >>> import marsad
    >>> docs = marsad.analyze("marsad/data/samples", db="demo.db")   # doctest: +SKIP
    >>> store = marsad.open("demo.db")                                # doctest: +SKIP
    >>> store.search("كاراباخ")[0]["title"]                           # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from marsad.document import Document


def analyze(inputs: str | Path | Iterable[str | Path], db: str | Path | None = None, kb: str | Path | None = None,
            reference_date: str | date | None = None, force: bool = False, max_bytes: int | None = None,
            workers: int = 1) -> list[Document]:
    """Analyse files, folders, globs or URLs and return their documents, in input order.

    With `db` (a SQLite path or PostgreSQL URL) the documents are also stored; articles the
    store already holds from this pipeline version are not re-analysed unless `force`, and
    their documents are rebuilt from the stored records (no offsets then). Inputs that
    cannot be read are skipped (see `marsad analyze` for the reasons).
    """
    from marsad.store.batch import run

    if isinstance(inputs, str | Path):
        inputs = [inputs]
    inputs = [str(i) for i in inputs]
    store = None
    if db is not None:
        from marsad.store import Store

        store = Store.open(db)
    try:
        out = []
        for o in run(inputs, store=store, kb=kb, reference_date=reference_date, force=force, max_bytes=max_bytes,
                     workers=workers):
            if o.doc is not None:
                out.append(o.doc)
            elif o.record is not None:
                out.append(document_from_record(o.record))
        return out
    finally:
        if store is not None:
            store.close()


def document_from_record(rec: dict) -> Document:
    """A `Document` carrying a stored record's fields (without offsets: the store keeps records, not spans)."""
    from marsad.document import Channel, Claim, Entity, Fact, RawPage, Speaker

    title, body = rec.get("title"), rec.get("body") or ""
    text = f"{title}\n\n{body}" if title else body
    doc = Document(id=rec["id"], source=text, raw=RawPage(id=rec["id"], text=text, url=rec.get("url")), text=text,
                   title=title, body=body, body_start=len(text) - len(body), language=rec.get("language"),
                   outlet=rec.get("outlet"), republished_from=rec.get("republished_from"),
                   published=rec.get("published"), duplicate_of=rec.get("duplicate_of"),
                   warnings=list(rec.get("warnings") or []))
    for e in rec.get("entities") or []:
        doc.entities.append(Entity(start=-1, end=-1, text=e.get("text") or "", type=e.get("type") or "",
                                   canonical=e.get("canonical"), id=e.get("id"), subtype=e.get("subtype")))
    for c in rec.get("claims") or []:
        sp = c.get("speaker") or {}
        doc.claims.append(Claim(
            start=-1, end=-1, evidence=c.get("evidence") or "", content=c.get("content") or "",
            speaker=Speaker(text=sp.get("text") or "", kind=sp.get("kind") or "", mention=sp.get("mention"),
                            canonical=sp.get("canonical"), id=sp.get("id")),
            via=[Channel(text=v.get("text") or "", canonical=v.get("canonical"), id=v.get("id"),
                         kind=v.get("kind") or "media") for v in c.get("via") or []],
            stance=c.get("stance") or "assert", cue=c.get("cue") or ""))
    fact_fields = set(Fact.__dataclass_fields__)
    for f in rec.get("facts") or []:
        kw = {k: v for k, v in f.items() if k in fact_fields and k not in ("start", "end")}
        kw.setdefault("evidence", "")
        kw.setdefault("value", None)
        doc.facts.append(Fact(start=f.get("start", -1), end=f.get("end", -1), **kw))
    return doc


def open(db: str | Path | None = None):  # noqa: A001 - the verb sqlite-utils users expect
    """Open a store (SQLite path or PostgreSQL URL; default `./marsad.db` or `$MARSAD_DB`) to query."""
    from marsad.store import Store

    return Store.open(db)

