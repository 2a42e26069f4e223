"""Across articles: stories, storylines, claim groups, conflicts and independent origins.

    corpus = build_corpus(records, kb)          # the corpus file of ../shared/eval/CONTRACT.md

`CorpusBuilder` keeps the story index between runs, so adding articles links only the
new ones (see stories.py); claim groups are then recomputed inside storylines.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from marsad.corpus.features import features_of, fingerprint
from marsad.corpus.groups import PlaceResolver, group_record, item_vectors, items_of, link_items
from marsad.corpus.stories import StoryIndex


class CorpusBuilder:
    def __init__(self, kb: Any = None, index: StoryIndex | None = None) -> None:
        self.kb = kb
        self.index = index or StoryIndex()

    def add(self, records: Iterable[dict[str, Any]], batch: int = 512) -> int:
        """Add records to the story index; returns how many were new."""
        new = 0
        buf: list[dict[str, Any]] = []
        known = set(self.index.ids)
        for r in records:
            if str(r["id"]) in known:
                continue
            self.index.fingerprints[str(r["id"])] = fingerprint(r)
            buf.append(r)
            if len(buf) >= batch:
                self.index.add(features_of(buf, self.kb))
                new += len(buf)
                buf = []
        if buf:
            self.index.add(features_of(buf, self.kb))
            new += len(buf)
        return new

    def is_current(self, records: list[dict[str, Any]]) -> bool:
        """Whether every indexed article is still stored as it was indexed."""
        fp = {str(r["id"]): fingerprint(r) for r in records}
        return all(fp.get(i) == f for i, f in self.index.fingerprints.items()) and \
            set(self.index.ids) <= set(fp)

    def build(self, records: Iterable[dict[str, Any]]) -> dict[str, Any]:
        """The corpus dict for these records (which must include every indexed article)."""
        records = list(records)
        self.add(records)
        resolver = PlaceResolver(self.kb)
        # pass 1: inside loose neighbourhoods, propositions sure enough to say two articles
        # follow one developing story join their storylines
        block_of = self.index.block_of()
        items = []
        for r in records:
            items.extend(items_of(r, resolver, block_of.get(str(r["id"]), -1)))
        vecs = item_vectors(items)
        for _, g in link_items(items, strict=True, vecs=vecs):
            docs = sorted({m.doc for m in g})
            for d in docs[1:]:
                self.index.join_storylines(docs[0], d)
        # pass 2: claim groups inside the storylines
        line_of = self.index.storyline_of()
        story_of = self.index.story_of()
        for it in items:
            it.storyline = line_of.get(it.doc, -1)
            it.story = story_of.get(it.doc, -1)
        groups = []
        for kind, g in link_items(items, vecs=vecs):
            rec = group_record(kind, g, self.kb)
            # a claim group spans articles, unless one article sets a denial against an assertion
            if rec["articles"] > 1 or (rec["conflict"] or {}).get("kind") == "stance":
                groups.append(rec)
        groups.sort(key=lambda g: (g["conflict"] is None, -g["articles"], -len(g["members"])))
        titles = {r["id"]: r.get("title") for r in records}
        stories = self.index.story_groups()
        return {
            "stories": stories,
            "storylines": self.index.storyline_groups(),
            "claim_groups": groups,
            "story_titles": [titles.get(s[0]) for s in stories],
        }


def build_corpus(records: Iterable[dict[str, Any]], kb: Any = None) -> dict[str, Any]:
    return CorpusBuilder(kb).build(records)


__all__ = ["CorpusBuilder", "build_corpus", "StoryIndex"]
