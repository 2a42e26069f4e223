"""The `Document` that flows through the pipeline, and the layers the stages add to it.

Like spaCy's `Doc`: one object, many layers of annotation, every annotation an offset span.
Two texts are kept:

* `source` — the decoded input as it came (for HTML, the page text that trafilatura
  extracted; the markup itself stays in `raw.html`);
* `text` — the clean article: the title line, a blank line, then the kept body lines. It
  is made only of verbatim slices of `source`; `segments` maps every slice back, so
  `doc.source_offset(i)` turns any offset in `text` into one in `source`.

Every later layer (sentences, tokens, entities, claims, facts) holds offsets into `text`.
"""
from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RawPage:
    """One input article before analysis: what an ingest reader yields."""

    id: str
    text: str | None = None  # decoded plain text, when the input is text
    html: str | None = None  # decoded HTML, when the input is HTML
    url: str | None = None
    outlet: str | None = None  # outlet given by the input (JSON Lines, feed)
    published: str | None = None  # publication date given by the input
    crawled: str | None = None  # crawl / WARC date: the reference for relative dates
    title: str | None = None  # title given by the input (feed item)
    source_path: str | None = None  # where it came from, for messages
    format: str = "txt"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Span:
    """A stretch of `Document.text` with a label and free attributes."""

    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Line:
    """A line of `source` and the cleaner's verdict on it."""

    start: int
    end: int
    kind: str = "body"  # body | title | boilerplate | blank
    reason: str | None = None  # why a line was removed
    lang: str | None = None


@dataclass
class Token:
    """A word of `text`, with its normalised form and its clitics split off."""

    start: int
    end: int
    text: str
    norm: str  # normalised for matching (text/normalize.py)
    prefix: str = ""  # proclitics split off the normalised form («و», «ب», «ال», «وال» …)
    base: str = ""  # normalised form without the proclitics
    is_punct: bool = False


@dataclass
class Entity:
    """A mention of a named entity, linked to the knowledge base."""

    start: int
    end: int
    text: str  # surface form as in the article (clitics stripped)
    type: str  # PER | ORG | LOC
    canonical: str | None = None
    id: str | None = None
    subtype: str | None = None
    source: str = "kb"  # kb | gazetteer | rule:<name>: what found it
    score: float = 1.0


@dataclass
class Speaker:
    text: str  # the form under which the source was introduced
    kind: str  # person | anonymous | organization | media | government
    mention: str | None = None  # what this sentence says («المصدر»)
    canonical: str | None = None
    id: str | None = None
    start: int | None = None  # offsets of the mention in this sentence
    end: int | None = None


@dataclass
class Channel:
    """One link of a chain of transmission (`via`)."""

    text: str
    canonical: str | None = None
    id: str | None = None
    kind: str = "media"  # media | agency | site | interview | credit


@dataclass
class Claim:
    start: int  # the sentence (evidence)
    end: int
    evidence: str
    content: str
    speaker: Speaker
    via: list[Channel] = field(default_factory=list)
    stance: str = "assert"  # assert | deny | not_rule_out
    cue: str = ""  # the verb or marker that produced it
    cue_start: int | None = None
    cue_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None


@dataclass
class Fact:
    start: int  # the sentence (evidence)
    end: int
    evidence: str
    value: int | None
    vague: str | None = None
    approx: bool = False
    qualifier: str | None = None
    kind: str = "other"
    subject: str | None = None
    place: str | None = None
    date: str | None = None
    claim: int | None = None  # index into doc.claims
    num_start: int | None = None  # the figure's own span
    num_end: int | None = None


@dataclass
class Document:
    id: str
    source: str
    raw: RawPage | None = None
    text: str = ""
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (text_start, source_start, length)
    lines: list[Line] = field(default_factory=list)
    title: str | None = None
    body: str = ""
    body_start: int = 0  # offset in `text` where the body begins
    language: str | None = None
    outlet: dict[str, Any] | None = None  # {"name", "id", "evidence"}
    republished_from: dict[str, Any] | None = None
    published: str | None = None
    published_evidence: str | None = None
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    layers: dict[str, list[Span]] = field(default_factory=dict)  # further span groups
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    simhash: int | None = None  # trafilatura Simhash of the folded body (near-duplicates)
    content_hash: str | None = None  # sha1 of the folded title and body (exact duplicates)

    # ------------------------------------------------------------------ building text
    def set_text(self, pieces: list[tuple[int, int]], title: tuple[int, int] | None) -> None:
        """Build `text` from source slices: the title, a blank line, the body pieces joined by newlines."""
        out: list[str] = []
        segs: list[tuple[int, int, int]] = []
        pos = 0

        def add(s: int, e: int) -> None:
            nonlocal pos
            segs.append((pos, s, e - s))
            out.append(self.source[s:e])
            pos += e - s

        if title:
            add(*title)
            self.title = self.source[title[0]:title[1]]
            out.append("\n\n")
            pos += 2
        self.body_start = pos
        for i, (s, e) in enumerate(pieces):
            if i:
                out.append("\n")
                pos += 1
            add(s, e)
        self.text = "".join(out)
        self.segments = segs
        self.body = self.text[self.body_start:]

    def source_offset(self, i: int) -> int:
        """Offset in `source` of offset `i` in `text` (newlines added between pieces map to the piece end)."""
        if not self.segments:
            return i
        k = bisect.bisect_right([s[0] for s in self.segments], i) - 1
        k = max(k, 0)
        ts, ss, n = self.segments[k]
        return ss + min(i - ts, n)

    # ------------------------------------------------------------------ helpers for stages
    def _starts(self, name: str) -> list[int]:
        """Start offsets of a layer, kept until the layer is replaced or grows (stages ask often)."""
        layer = getattr(self, name)
        cache = self.__dict__.setdefault("_start_cache", {})
        hit = cache.get(name)
        if hit is None or hit[0] is not layer or hit[1] != len(layer):
            hit = (layer, len(layer), [x.start for x in layer])
            cache[name] = hit
        return hit[2]

    def sentence_at(self, offset: int) -> Span | None:
        k = bisect.bisect_right(self._starts("sentences"), offset) - 1
        if k >= 0 and self.sentences[k].start <= offset < self.sentences[k].end:
            return self.sentences[k]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        starts = self._starts("tokens")
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return self.tokens[lo:hi]

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.entities if e.start >= start and e.end <= end]

    @property
    def removed_lines(self) -> list[dict[str, Any]]:
        return [{"line": self.source[ln.start:ln.end], "reason": ln.reason}
                for ln in self.lines if ln.kind == "boilerplate"]

    # ------------------------------------------------------------------ output
    def to_record(self) -> dict[str, Any]:
        """The analysis record of ../shared/eval/CONTRACT.md, plus fields of our own."""
        ents: dict[tuple[str, str], dict[str, Any]] = {}
        rank: dict[tuple[str, str], tuple[float, int]] = {}
        for e in self.entities:
            key = (e.id or e.text, e.type)
            r = (e.score, len(e.text.split()))
            if key in ents:
                if e.text not in ents[key]["mentions"]:
                    ents[key]["mentions"].append(e.text)
                    if r > rank[key]:  # the surest, fullest form names it («قطاع غزة», not «القطاع»)
                        ents[key]["text"], rank[key] = e.text, r
                continue
            rank[key] = r
            ents[key] = {"text": e.text, "type": e.type, "canonical": e.canonical, "id": e.id,
                         "subtype": e.subtype, "mentions": [e.text]}
        raw = self.raw
        return {
            "id": self.id,
            "url": raw.url if raw else None,
            "language": self.language,
            "title": self.title,
            "outlet": self.outlet,
            "republished_from": self.republished_from,
            "published": self.published,
            "body": self.body,
            "entities": list(ents.values()),
            "claims": [_claim_record(c) for c in self.claims],
            "facts": [_fact_record(f) for f in self.facts],
            "removed": self.removed_lines,
            "duplicate_of": self.duplicate_of,
            "warnings": self.warnings,
        }


def _claim_record(c: Claim) -> dict[str, Any]:
    d = asdict(c)
    d["speaker"] = {k: v for k, v in d["speaker"].items() if k not in ("start", "end")}
    return d


def _fact_record(f: Fact) -> dict[str, Any]:
    return asdict(f)
