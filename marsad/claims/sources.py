"""The sources of one article: who has been introduced so far, and through which channels.

A statement's speaker is often named once and then referred to as «المصدر», «الوكالة»,
«المرصد», "the agency" or by a surname alone. Every source and channel introduced in the
article is kept here in order, with the chain (`via`) it spoke through, so that a later
back-reference inherits both the introduced form and the chain.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from marsad.document import Channel
from marsad.text.normalize import fold


@dataclass
class Source:
    text: str  # the form under which it was introduced
    kind: str  # person | anonymous | organization | media | government
    head: str = ""  # folded head noun without the article («مصدر», «وكالة», "agency")
    canonical: str | None = None
    id: str | None = None
    subtype: str | None = None
    via: list[Channel] = field(default_factory=list)
    is_channel: bool = False  # introduced as a channel (told to / quoted from), not as a speaker
    joint: bool = False  # two speakers together («الطرفان» points here)
    name_tokens: list[str] = field(default_factory=list)  # folded words of a person's name
    adjectives: list[str] = field(default_factory=list)  # folded nisba adjectives («التركي»)
    channel: Channel | None = None  # how it is named as a link of a chain

    def as_channel(self, kind: str = "media") -> Channel:
        if self.channel is not None:
            return self.channel
        return Channel(text=self.text, canonical=self.canonical, id=self.id, kind=kind)


class Registry:
    """Sources of one article in order of introduction."""

    def __init__(self) -> None:
        self.items: list[Source] = []
        self.last_speaker: Source | None = None
        self.last_speaker_sentence: int = -99

    def add(self, s: Source) -> Source:
        for old in self.items:  # the same name twice is one source
            if old.text == s.text and old.kind == s.kind and old.is_channel == s.is_channel:
                if s.canonical and not old.canonical:
                    old.canonical, old.id = s.canonical, s.id
                return old
        self.items.append(s)
        return s

    def spoke(self, s: Source, sentence: int) -> None:
        self.last_speaker = s
        self.last_speaker_sentence = sentence
        if s in self.items:  # most recent first when resolving
            self.items.remove(s)
        self.items.append(s)

    def resolve(self, heads: set[str], subtypes: set[str], channels: bool = True,
                adjectives: list[str] | None = None) -> Source | None:
        """Most recent source whose head noun or subtype is compatible with a back-reference.

        A person's title with a nationality («الرئيس التركي») does not point back to a
        person of another one («الرئيس الأذربيجاني»)."""
        for s in reversed(self.items):
            if s.is_channel and not channels:
                continue
            if adjectives and s.adjectives and s.kind == "person" and not set(adjectives) <= set(s.adjectives):
                continue
            if "*" in heads and not s.is_channel:
                return s
            if "+" in heads and s.joint:
                return s
            if s.head in heads or (s.subtype and s.subtype in subtypes):
                return s
        return None

    def surname(self, words: list[str]) -> Source | None:
        """A person named earlier whose name ends with (or contains) these words."""
        if not words:
            return None
        for s in reversed(self.items):
            if s.kind != "person" or not s.name_tokens or len(s.name_tokens) <= len(words):
                continue
            tail = s.name_tokens[-len(words):]
            if all(a == b or fuzz.ratio(a, b) >= 80 for a, b in zip(tail, words, strict=True)):
                return s
        return None


def same_channel(a: Channel, b: Channel) -> bool:
    if a.id and b.id:
        return a.id == b.id
    if a.canonical and b.canonical and a.canonical == b.canonical:
        return True
    return a.text == b.text


def not_self(chain: list[Channel], src: Source) -> list[Channel]:
    """A source is no channel of its own statement («وحسبما أفادت وكالة سانا»)."""
    me = src.as_channel() if src.channel is not None else Channel(text=src.text, canonical=src.canonical, id=src.id)
    mine = f" {fold(src.text)} "
    return [c for c in chain if not same_channel(c, me) and f" {fold(c.text)} " not in mine]


def merge_via(*chains: list[Channel]) -> list[Channel]:
    out: list[Channel] = []
    for chain in chains:
        for c in chain:
            if not any(same_channel(c, o) for o in out):
                out.append(c)
    return out
