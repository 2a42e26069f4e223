"""Stories and storylines: which articles tell the same event, and which follow one developing story.

An incremental index (EMM-style story tracking): each new article is compared only with
the articles that share a specific entity with it within the time window (blocking by
entities and time, never all pairs), and union-find joins the links. Adding articles
updates both levels without recomputing the old ones, so cost grows about linearly.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from marsad.corpus.features import ArticleFeatures
from marsad.corpus.lexicon import corpus_lexicon


class UnionFind:
    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        p = self.parent
        while p[i] != i:
            p[i] = p[p[i]]
            i = p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Jaccard of two entity sets (the weight is the entity's specificity)."""
    if not a or not b:
        return 0.0
    shared = sum(w for k, w in a.items() if k in b)
    union = sum(a.values()) + sum(w for k, w in b.items() if k not in a)
    return shared / union if union else 0.0


def days_apart(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else abs((a - b).days)


@dataclass
class StoryIndex:
    ids: list[str] = field(default_factory=list)
    feats: list[ArticleFeatures] = field(default_factory=list)
    buffer: np.ndarray = field(default_factory=lambda: np.zeros((1024, 512), dtype=np.float32))  # grows by doubling
    postings: dict[str, list[int]] = field(default_factory=dict)
    stories: UnionFind = field(default_factory=UnionFind)
    lines: UnionFind = field(default_factory=UnionFind)
    blocks: UnionFind = field(default_factory=UnionFind)  # loose: where statements are compared
    links: list[tuple[int, int, str, float, float]] = field(default_factory=list)  # (i, j, level, cos, overlap)
    fingerprints: dict[str, str] = field(default_factory=dict)  # id -> fingerprint of the record indexed

    def add(self, feats: list[ArticleFeatures]) -> None:
        """Add articles (already present ids are ignored) and link them to their candidates."""
        known = set(self.ids)
        feats = [f for f in feats if f.id not in known]
        if not feats:
            return
        start = len(self.ids)
        need = start + len(feats)
        if need > len(self.buffer):  # amortised growth: adding never copies the whole index per batch
            grown = np.zeros((max(need, 2 * len(self.buffer)), 512), dtype=np.float32)
            grown[:start] = self.buffer[:start]
            self.buffer = grown
        self.buffer[start:need] = np.stack([f.vector for f in feats])
        for k, f in enumerate(feats):
            i = start + k
            self.ids.append(f.id)
            self.feats.append(f)
            self.stories.add()
            self.lines.add()
            self.blocks.add()
            self._link(i)
            for e, w in f.entities.items():
                if w >= 0.2:
                    self.postings.setdefault(e, []).append(i)

    @property
    def vectors(self) -> np.ndarray:
        return self.buffer[:len(self.ids)]

    def _candidates(self, i: int) -> set[int]:
        cfg = corpus_lexicon()["blocking"]
        n = len(self.ids)
        out: set[int] = set()
        for e, w in self.feats[i].entities.items():
            post = self.postings.get(e)
            if not post or w < 0.2:
                continue
            if n >= cfg["min_corpus_for_df"] and len(post) > cfg["max_df_share"] * n:
                continue  # too common to say anything: a country in a corpus about its war
            out.update(post[-cfg["max_postings"]:])
        return out

    def _link(self, i: int) -> None:
        cands = sorted(self._candidates(i))
        if not cands:
            return
        lex = corpus_lexicon()
        st, sl, bl = lex["stories"], lex["storylines"], lex["blocks"]
        f = self.feats[i]
        cos = self.vectors[cands] @ self.vectors[i]
        for j, c in zip(cands, cos.tolist(), strict=True):
            g = self.feats[j]
            focus = bool(f.focus & g.focus)
            ov = overlap(f.entities, g.entities)
            gap = days_apart(f.date, g.date)
            near = gap is None or gap <= sl["max_days"]
            if near and c >= bl["min_cosine"] and (focus or ov >= bl["min_entity_overlap"]):
                self.blocks.union(i, j)
            if not focus:
                # no shared focus entity (one side may name the event only by a place the
                # KB lacks): very close in meaning and days apart is still one story
                if gap is not None and gap <= st["max_days"] and c >= st["min_cosine_without_focus"] \
                        and ov >= st["min_entity_overlap_without_focus"]:
                    self.stories.union(i, j)
                    self.lines.union(i, j)
                    self.links.append((i, j, "story", c, ov))
                continue
            story_cos = st["min_cosine"] if gap is not None else st["undated_min_cosine"]
            if gap is not None and gap <= st["same_day_max_days"] and ov >= st["same_day_min_entity_overlap"]:
                story_cos = min(story_cos, st["same_day_min_cosine"])  # the same places and actors on the same day
            if c >= story_cos and ov >= st["min_entity_overlap"] and (gap is None or gap <= st["max_days"]):
                self.stories.union(i, j)
                self.lines.union(i, j)
                self.links.append((i, j, "story", c, ov))
            elif c >= sl["min_cosine"] and ov >= sl["min_entity_overlap"] and near:
                self.lines.union(i, j)
                self.links.append((i, j, "storyline", c, ov))

    # ------------------------------------------------------------------ results
    def story_groups(self) -> list[list[str]]:
        return _named(self.stories.groups(), self.ids)

    def storyline_groups(self) -> list[list[str]]:
        return _named(self.lines.groups(), self.ids)

    def story_of(self) -> dict[str, int]:
        return {self.ids[i]: self.stories.find(i) for i in range(len(self.ids))}

    def storyline_of(self) -> dict[str, int]:
        return {self.ids[i]: self.lines.find(i) for i in range(len(self.ids))}

    def block_of(self) -> dict[str, int]:
        return {self.ids[i]: self.blocks.find(i) for i in range(len(self.ids))}

    def position(self) -> dict[str, int]:
        """Article id -> index, rebuilt only when articles were added."""
        if len(self.__dict__.get("_pos", ())) != len(self.ids):
            self.__dict__["_pos"] = {d: k for k, d in enumerate(self.ids)}
        return self.__dict__["_pos"]

    def join_storylines(self, a: str, b: str) -> None:
        """Two articles that state one proposition (a claim group) follow one developing story."""
        pos = self.position()
        if a in pos and b in pos:
            self.lines.union(pos[a], pos[b])

    def to_bytes(self) -> bytes:
        state: dict[str, Any] = {
            "ids": self.ids, "feats": [(f.id, f.date, f.language, f.outlet, f.entities, f.title, f.focus) for f in self.feats],
            "vectors": self.vectors.astype(np.float16), "postings": self.postings,
            "stories": self.stories.parent, "lines": self.lines.parent, "blocks": self.blocks.parent,
            "links": self.links, "fingerprints": self.fingerprints,
        }
        return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes) -> StoryIndex:
        s = pickle.loads(data)  # noqa: S301 - our own state, written by to_bytes into our own store
        idx = cls()
        idx.ids = s["ids"]
        idx.buffer = s["vectors"].astype(np.float32)
        idx.feats = [ArticleFeatures(id=a, date=b, language=c, outlet=d, vector=idx.buffer[k], entities=e, title=t,
                                     focus=fo) for k, (a, b, c, d, e, t, fo) in enumerate(s["feats"])]
        idx.postings = s["postings"]
        idx.stories.parent = s["stories"]
        idx.lines.parent = s["lines"]
        idx.blocks.parent = s["blocks"]
        idx.links = s["links"]
        idx.fingerprints = s.get("fingerprints", {})
        return idx


def _named(groups: list[list[int]], ids: list[str]) -> list[list[str]]:
    out = [sorted(ids[i] for i in g) for g in groups]
    out.sort(key=lambda g: (-len(g), g[0]))
    return out
