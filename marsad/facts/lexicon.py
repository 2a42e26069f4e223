"""The facts stage's lexicons (marsad/facts/data/*.yaml), normalised once and cached.

Every word list lives in a data file so that a new outlet's or conflict's vocabulary is a
data change, not a code change. Words are folded with `marsad.text.normalize`, the same
fold the tokens carry, so «مقاتلاً» in an article and «مقاتل» in a list meet.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from marsad.text import normalize

DATA = Path(__file__).parent / "data"


def _load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _phrase(s: str) -> tuple[str, ...]:
    return tuple(normalize(str(s)).replace("ـ", "").split())


@dataclass
class NumberWord:
    value: int
    kind: str  # unit | ten | hundred | hundred_mult | scale | half
    standalone: bool = True


@dataclass
class Lexicon:
    numbers: dict[str, NumberWord] = field(default_factory=dict)
    vague: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # longest first
    approx_before: list[tuple[str, ...]] = field(default_factory=list)
    approx_after: list[tuple[str, ...]] = field(default_factory=list)
    qual_before: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    qual_after: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    events: list[tuple[tuple[str, ...], str, int | None]] = field(default_factory=list)
    status_kinds: set[str] = field(default_factory=set)
    yield_to_noun: set[str] = field(default_factory=set)  # kinds that never beat a counted noun's own
    events_by_first: dict[str, list[tuple[tuple[str, ...], str, int | None]]] = field(default_factory=dict)
    vague_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    not_people: set[str] = field(default_factory=set)
    months: set[str] = field(default_factory=set)
    civilians: set[str] = field(default_factory=set)
    bridge: set[str] = field(default_factory=set)
    bare_follow: set[str] = field(default_factory=set)
    vague_follow: set[str] = field(default_factory=set)
    rate_words: set[str] = field(default_factory=set)
    aux_after: set[str] = field(default_factory=set)
    clause_breaks: list[tuple[str, ...]] = field(default_factory=list)
    en_function: set[str] = field(default_factory=set)
    starters: set[str] = field(default_factory=set)  # words a figure can begin with
    subset: list[tuple[str, ...]] = field(default_factory=list)  # «بينهم», "including", «مقابل»: same event


def _words(d: dict, *keys: str) -> list[str]:
    out: list[str] = []
    for k in keys:
        out += [str(w) for w in (d.get(k) or [])]
    return out


@cache
def lexicon() -> Lexicon:
    lex = Lexicon()
    nums = _load("numbers.yaml")
    for lang in ("ar", "en"):
        table = nums[lang]
        never_alone = {normalize(w) for w in table.get("not_standalone", [])}
        for kind in ("unit", "ten", "hundred", "hundred_mult", "scale", "half"):
            for value, forms in (table.get(kind) or {}).items():
                for f in forms:
                    n = normalize(str(f))
                    lex.numbers.setdefault(n, NumberWord(int(value), kind, n not in never_alone))
    vague = [(_phrase(p), label) for lang in ("ar", "en")
             for label, phrases in nums["vague"][lang].items() for p in phrases]
    lex.vague = sorted(vague, key=lambda x: -len(x[0]))

    cues = _load("cues.yaml")
    lex.approx_before = sorted({_phrase(p) for p in _words(cues["approx"]["before"], "ar", "en")}, key=len, reverse=True)
    lex.approx_after = sorted({_phrase(p) for p in _words(cues["approx"]["after"], "ar", "en")}, key=len, reverse=True)
    for where, target in (("before", lex.qual_before), ("after", lex.qual_after)):
        for label, langs in cues["qualifier"][where].items():
            target += [(_phrase(p), label) for p in _words(langs, "ar", "en")]
        target.sort(key=lambda x: -len(x[0]))
    lex.bridge = {normalize(w) for w in _words(cues["bridge"], "ar", "en")}
    lex.bare_follow = {normalize(w) for w in _words(cues["bare_follow"], "ar", "en")}
    lex.vague_follow = {normalize(w) for w in _words(cues["vague_follow"], "ar", "en")}
    lex.rate_words = {normalize(w) for w in _words(cues["rate_words"], "ar", "en")}
    lex.aux_after = {normalize(w) for w in _words(cues["aux_after"], "en")}
    lex.clause_breaks = [_phrase(p) for p in _words(cues["clause_breaks"], "ar", "en")]
    lex.en_function = {normalize(str(w)) for w in cues["en_function_words"]}
    lex.subset = sorted({_phrase(p) for key in ("subset", "exchange") for p in _words(cues[key], "ar", "en")},
                        key=len, reverse=True)

    ev = _load("events.yaml")
    lex.yield_to_noun = set(ev.get("yield_to_noun") or ())
    for kind, spec in ev["kinds"].items():
        window = spec.get("window")
        if spec.get("status"):
            lex.status_kinds.add(kind)
        for p in _words(spec, "ar", "en"):
            lex.events.append((_phrase(p), kind, window))
    lex.events.sort(key=lambda x: -len(x[0]))
    for item in lex.events:  # longest first within each first word, as in the sorted list
        lex.events_by_first.setdefault(item[0][0], []).append(item)
    for item in lex.vague:
        lex.vague_by_first.setdefault(item[0][0], []).append(item)
    lex.starters = set(lex.numbers) | set(lex.vague_by_first)

    nouns = _load("nouns.yaml")
    lex.people = {normalize(w) for w in _words(nouns["people"], "ar", "en")}
    lex.not_people = {normalize(w) for w in _words(nouns["not_people"], "ar", "en")}
    lex.months = {normalize(w) for w in _words(nouns["months"], "ar", "en")}
    lex.civilians = {normalize(w) for w in _words(nouns["civilians"], "ar", "en")}
    return lex
