"""Loading the claim lexicons (data/*.yaml), folded the way tokens are.

Lexicons are data, not code: the rules in `arabic.py` and `english.py` only ask "is this
token a reporting verb / a source noun / a marker?". Inflections of Arabic verbs are
generated here from the past and present 3rd-person forms, so the data file lists a verb
once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from marsad.datafiles import load_yaml
from marsad.text.normalize import normalize

DATA = Path(__file__).parent / "data"


def _n(s: str) -> str:
    return normalize(str(s)).replace("ـ", "").strip()


def _set(items) -> set[str]:
    return {_n(x) for x in items or []}


@dataclass
class Verb:
    lemma: str
    stance: str = "assert"
    negated: str | None = None
    preps: set[str] = field(default_factory=set)
    obj: str = "none"  # any | info | none
    relay: bool = False
    ambiguous: bool = False  # the 3ms form is also a common noun or preposition («عبر», «بين»)
    past_3ms: str = ""


@dataclass
class Lexicon:
    verbs: dict[str, Verb]  # folded form -> verb
    present: set[str]  # folded imperfect forms («يذكر أن» with no subject is impersonal)
    participles: set[str]
    deny_participles: set[str]
    that: set[str]
    aux: set[str]
    adverbs: set[str]
    adverbial_preps: set[str]
    particles: set[str]
    clause_openers: set[str]
    new_statement: set[str]
    markers: list[tuple[str, ...]]
    relative_verbs: set[str]
    self_reference: set[str]
    channel_nouns: set[str]
    channel_frames: set[str]
    not_channels: set[str]
    platforms: dict[str, str]  # folded form -> canonical
    platform_phrases: list[tuple[tuple[str, ...], str]]
    anonymous: set[str]
    feminine_plurals: set[str]
    titles: set[str]
    ranks: set[str]
    organizations: set[str]
    government: set[str]
    media: set[str]
    report_nouns: set[str]
    sourceless_reports: set[str]
    circulation: set[str]
    info_nouns: set[str]
    declarations: set[str]
    adjectives: set[str]
    back_refs: dict[str, dict[str, Any]]
    government_places: set[str]
    not_rule_out: list[tuple[str, ...]]
    deny: list[tuple[str, ...]]
    negations: set[str]
    negation_exceptions: list[tuple[str, ...]]
    en: dict[str, Any]


def _inflect(past: str, present: str) -> set[str]:
    """Regular 3rd-person forms: past 3ms/3fs/3mp/3md/3fd, present 3ms/3fs/3mp/3md/3fd."""
    out = {past, past + "ت", past + "وا", past + "ا", past + "تا"}
    if present:
        stem = present[1:]
        out |= {"ي" + stem, "ت" + stem, "ي" + stem + "ون", "ي" + stem + "ان", "ت" + stem + "ان"}
    return out


@cache
def load() -> Lexicon:
    v = load_yaml(DATA / "verbs.yaml")
    s = load_yaml(DATA / "sources.yaml")
    en = load_yaml(DATA / "english.yaml")
    verbs: dict[str, Verb] = {}
    present_forms: set[str] = set()
    for d in v["verbs"]:
        past, present = _n(d["past"]), _n(d.get("present", ""))
        c = d.get("content") or {}
        verb = Verb(lemma=d["past"], stance=d.get("stance", "assert"), negated=d.get("negated"),
                    preps=_set(c.get("preps")), obj=c.get("object", "none"), relay=bool(d.get("relay")),
                    ambiguous=bool(d.get("ambiguous")), past_3ms=past)
        for f in _inflect(past, present) | _set(d.get("forms")):
            verbs.setdefault(f, verb)
        if present:
            present_forms |= {f for f in _inflect("", present) if f and f[0] in "يت" and f != past}
    platforms: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for canon, forms in (s.get("platforms") or {}).items():
        for f in forms:
            platforms[_n(f)] = canon
            phrases.append((tuple(_n(f).split()), canon))
    phrases.sort(key=lambda p: -len(p[0]))
    back = {_n(k): {"heads": _set(val.get("heads")), "subtypes": set(val.get("subtypes") or [])}
            for k, val in (s.get("back_references") or {}).items()}
    en["back_references"] = {k: set(val) for k, val in en.get("back_references", {}).items()}
    return Lexicon(
        verbs=verbs, present=present_forms,
        participles=_set(v.get("participles")), deny_participles=_set(v.get("deny_participles")),
        that=_set(s["that"]), aux=_set(s["aux"]), adverbs=_set(s["adverbs"]),
        adverbial_preps=_set(s["adverbial_preps"]), particles=_set(s["particles"]),
        clause_openers=_set(s["clause_openers"]), new_statement=_set(s["new_statement"]),
        markers=sorted((tuple(_n(w) for w in m) for m in s["markers"]), key=len, reverse=True),
        relative_verbs=_set(s["relative_verbs"]), self_reference=_set(s["self_reference"]),
        channel_nouns=_set(s["channel_nouns"]), channel_frames=_set(s["channel_frames"]),
        not_channels=_set(s["not_channels"]), platforms=platforms, platform_phrases=phrases,
        anonymous=_set(s["anonymous"]), feminine_plurals=_set(s.get("feminine_plurals")), titles=_set(s["titles"]), ranks=_set(s.get("ranks")), organizations=_set(s["organizations"]),
        government=_set(s["government"]), media=_set(s["media"]), report_nouns=_set(s["report_nouns"]), sourceless_reports=_set(s.get("sourceless_reports")),
        circulation=_set(s["circulation"]), info_nouns=_set(s["info_nouns"]), declarations=_set(s.get("declarations")), adjectives=_set(s.get("adjectives")), back_refs=back,
        government_places=_set(s["government_places"]),
        not_rule_out=[tuple(_n(x).split()) for x in s["not_rule_out"]],
        deny=[tuple(_n(x).split()) for x in s["deny"]],
        negations=_set(s["negations"]),
        negation_exceptions=[tuple(_n(x).split()) for x in s["negation_exceptions"]],
        en=en,
    )
