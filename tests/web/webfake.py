"""A small in-memory store with the Store API of the brief, for the web tests' own records."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.text import normalize

DATA = Path(__file__).parent / "data"
TOKEN = "test-token-5f1c"  # the ingest token of the test apps


def _n(s: Any) -> str:
    return normalize(str(s or "")).lower()


class FakeStore:
    def __init__(self, records: list[dict[str, Any]], corpus: dict[str, Any] | None = None,
                 kb: dict[str, dict[str, Any]] | None = None) -> None:
        self.recs = {r["id"]: r for r in records}
        self.corpus = corpus
        self.kb = kb or {}
        self.upserted: list[Any] = []

    @classmethod
    def from_data(cls) -> FakeStore:
        recs = [json.loads(line) for line in (DATA / "records.jsonl").read_text(encoding="utf-8").splitlines() if line]
        corpus = json.loads((DATA / "corpus.json").read_text(encoding="utf-8"))
        return cls(recs, corpus)

    def get(self, id_: str) -> dict[str, Any] | None:
        return self.recs.get(id_)

    def records(self, ids=None):
        for i in (ids if ids is not None else list(self.recs)):
            if i in self.recs:
                yield self.recs[i]

    def articles(self, limit=50, offset=0, outlet=None, q=None):
        out = []
        for r in sorted(self.recs.values(), key=lambda r: r.get("published") or "", reverse=True):
            if outlet and _n(outlet) not in _n((r.get("outlet") or {}).get("name")):
                continue
            if q and _n(q) not in _n(r.get("title")) + _n(r.get("body")):
                continue
            out.append({"id": r["id"], "title": r.get("title"), "outlet": (r.get("outlet") or {}).get("name"),
                        "published": r.get("published"), "language": r.get("language"),
                        "n_claims": len(r.get("claims") or []), "n_facts": len(r.get("facts") or []),
                        "n_entities": len(r.get("entities") or [])})
        return out[offset:offset + limit]

    def search(self, query, limit=20):
        q = _n(query)
        out = []
        for r in self.recs.values():
            text = (r.get("title") or "") + "\n" + (r.get("body") or "")
            if q and q in _n(text):
                out.append({"id": r["id"], "title": r.get("title"), "snippet": (r.get("body") or "")[:160]})
        return out[:limit]

    def claims(self, speaker=None, outlet=None, stance=None, entity=None, text=None, doc=None, limit=100, offset=0):
        out = []
        for r in self.recs.values():
            if doc and r["id"] != doc:
                continue
            if outlet and _n(outlet) not in _n((r.get("outlet") or {}).get("name")):
                continue
            for i, c in enumerate(r.get("claims") or []):
                sp = c.get("speaker") or {}
                if speaker and not any(_n(speaker) in _n(x) for x in (sp.get("text"), sp.get("canonical")) if x):
                    continue
                if stance and c.get("stance") != stance:
                    continue
                if text and _n(text) not in _n(c.get("evidence")):
                    continue
                if entity:
                    ents = [e for e in r.get("entities") or [] if e.get("id") == entity or _n(entity) == _n(e.get("canonical"))]
                    if not any(m in c.get("evidence", "") for e in ents for m in e.get("mentions") or [e.get("text")]):
                        continue
                out.append({**c, "doc": r["id"], "outlet": r.get("outlet"), "title": r.get("title"), "index": i})
        return out[offset:offset + limit]

    def facts(self, kind=None, doc=None, limit=100, offset=0):
        out = [{**f, "doc": r["id"], "index": i} for r in self.recs.values() if not doc or r["id"] == doc
               for i, f in enumerate(r.get("facts") or []) if not kind or f.get("kind") == kind]
        return out[offset:offset + limit]

    def _entities(self) -> dict[str, dict[str, Any]]:
        ents: dict[str, dict[str, Any]] = {}
        for r in self.recs.values():
            for e in r.get("entities") or []:
                key = e.get("id") or e.get("canonical") or e["text"]
                d = ents.setdefault(key, {"id": key, "canonical": e.get("canonical"), "text": e["text"],
                                          "type": e["type"], "subtype": e.get("subtype"), "mentions": [],
                                          **self.kb.get(key, {})})
                d["mentions"].append({"doc": r["id"], "text": e["text"]})
        for d in ents.values():
            d["n_articles"] = len({m["doc"] for m in d["mentions"]})
        return ents

    def entities(self, type=None, q=None, limit=100, offset=0):  # noqa: A002
        out = [e for e in self._entities().values() if (not type or e["type"] == type)
               and (not q or _n(q) in _n(e.get("canonical")) + " " + _n(e.get("text")))]
        out.sort(key=lambda e: -e["n_articles"])
        return out[offset:offset + limit]

    def entity(self, id_):
        return self._entities().get(id_)

    def save_corpus(self, corpus):
        self.corpus = corpus

    def load_corpus(self):
        return self.corpus

    def stats(self):
        return {"articles": len(self.recs), "claims": sum(len(r.get("claims") or []) for r in self.recs.values()),
                "facts": sum(len(r.get("facts") or []) for r in self.recs.values())}

    def upsert(self, doc, pipeline_version):
        self.upserted.append(doc.id)
        self.recs[doc.id] = doc.to_record()
