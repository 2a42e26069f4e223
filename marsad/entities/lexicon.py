"""The word lists the entity rules read (`marsad/entities/data/cues.yaml`, `names.yaml`), folded once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.datafiles import load_yaml
from marsad.kb.base import KnowledgeBase
from marsad.kb.cities import zipf_ar
from marsad.kb.romanize import name_tables
from marsad.text.normalize import fold, strip_marks

DATA = Path(__file__).parent / "data"


@dataclass
class Lexicon:
    person_titles: dict[str, str]
    role_qualifiers: set[str]
    org_heads: dict[str, str]
    unit_heads: set[str]
    generic_complements: set[str]
    demonym_orgs: list[dict]  # {keys: [tuple of folded tokens], subtypes, word, en}
    stopwords: set[str]
    given: dict[str, str]
    ambiguous: frozenset[str]
    particles: dict[str, str]
    en_stop: set[str]
    en_titles: dict[str, str]
    en_org_suffixes: dict[str, str]
    en_said: set[str]
    loc_heads: set[str] = field(default_factory=set)
    directions: set[str] = field(default_factory=set)
    context_cues: dict[str, set[str]] = field(default_factory=dict)  # entity type -> cue words
    en_function: set[str] = field(default_factory=set)
    descriptive_subtypes: set[str] = field(default_factory=set)
    en_place_words: set[str] = field(default_factory=set)
    distinguishing_adjectives: set[str] = field(default_factory=set)
    org_head_en: dict[str, str] = field(default_factory=dict)
    name_prefixes: set[str] = field(default_factory=set)
    place_heads: set[str] = field(default_factory=set)
    given_ya: frozenset[str] = frozenset()
    demonym_org_index: dict = field(default_factory=dict)  # first folded token -> [(pattern, token keys)]  # given names written with a final «ي» («علي», not «على»)
    demonyms: dict[str, str] = field(default_factory=dict)  # folded Arabic demonym -> country id
    demonyms_en: dict[str, str] = field(default_factory=dict)  # English demonym -> country id


@lru_cache(maxsize=1)
def _cues() -> dict:
    return load_yaml(DATA / "cues.yaml")


def _fset(words) -> set[str]:
    return {fold(w) for w in words or []}


@lru_cache(maxsize=1)
def base_lexicon() -> Lexicon:
    c = _cues()
    given, particles, ambiguous = name_tables()
    lex = Lexicon(
        person_titles={fold(k): v for k, v in c["person_titles"].items()},
        role_qualifiers=_fset(c["role_qualifiers"]),
        org_heads={fold(k): v for k, v in c["org_heads"].items()},
        unit_heads=_fset(c["unit_heads"]),
        generic_complements=_fset(c["generic_complements"]),
        demonym_orgs=[{"keys": [tuple(fold(a).split()) for a in d["ar"]], "subtypes": d["subtypes"],
                       "word": fold(d["word"]) if d.get("word") else None, "en": d["en"],
                       "en_heads": [tuple(h.split()) for h in d.get("en_heads") or []]} for d in c["demonym_orgs"]],
        stopwords=_fset(c["stopwords"]),
        given=given, ambiguous=ambiguous, particles=particles,
        en_stop=set(c["en_stop"]),
        en_titles=dict(c["en_titles"]),
        en_org_suffixes=dict(c["en_org_suffixes"]),
        en_said=set(c["en_said"]),
        given_ya=_given_ya(),
        loc_heads=_fset(c.get("loc_heads")),
        directions=_fset(c.get("directions")),
        context_cues={t: _fset(ws) for t, ws in (c.get("context_cues") or {}).items()},
        en_function=set(c.get("en_function") or []),
        descriptive_subtypes=set(c.get("descriptive_subtypes") or []),
        en_place_words=set(c.get("en_place_words") or []),
        distinguishing_adjectives=_fset(c.get("distinguishing_adjectives")),
        org_head_en={fold(k): v for k, v in (c.get("org_head_en") or {}).items()},
        name_prefixes=_fset(c.get("name_prefixes")),
        place_heads=_fset(c.get("place_heads")),
    )
    for d in lex.demonym_orgs:
        for seq in d["keys"]:
            lex.demonym_org_index.setdefault(seq[0], []).append((d, seq))
    return lex


def _given_ya() -> frozenset[str]:
    from marsad.kb.romanize import NAMES_FILE

    data = load_yaml(NAMES_FILE)
    return frozenset(fold(k) for k in data.get("given") or {} if strip_marks(k).endswith("ي"))


def derived_demonyms(name: str) -> list[str]:
    """Arabic nisba adjectives of a country name: تركيا → تركي, التركي, التركية …"""
    n = fold(name)
    if " " in n or len(n) < 3:
        return []
    stem = n[2:] if n.startswith("ال") else n
    if stem.endswith("يا"):
        stem = stem[:-2]
    elif stem.endswith(("ا", "ه")):
        stem = stem[:-1]
    if len(stem) < 2:
        return []
    out = []
    for suffix in ("ي", "يه"):
        out += [stem + suffix, "ال" + stem + suffix]
    return out


def lexicon_for(kb: KnowledgeBase) -> Lexicon:
    """The lexicon with the KB's country adjectives added (cached on the KB)."""
    lex = getattr(kb, "_marsad_lexicon", None)
    if lex is not None:
        return lex
    b = base_lexicon()
    lex = Lexicon(**{k: getattr(b, k) for k in b.__dataclass_fields__ if k not in ("demonyms", "demonyms_en")})
    for e in kb.entries.values():
        if e.type != "LOC" or e.subtype != "country":
            continue
        dem = e.attrs.get("demonyms") or {}
        forms = list(dem.get("ar") or [])
        for a in e.aliases.get("ar", []):
            forms += derived_demonyms(a)
        for f in forms:
            key = fold(f)
            lex.demonyms.setdefault(key, e.id)
            if not key.startswith("ال"):
                lex.demonyms.setdefault("ال" + key, e.id)
        for f in dem.get("en") or []:
            lex.demonyms_en.setdefault(f, e.id)
    # a demonym that is also a name in the KB («تركي» as a given name) stays a demonym only when derived
    kb._marsad_lexicon = lex  # type: ignore[attr-defined]
    return lex


_MARKS_CLITIC = re.compile(r"^[وفبلك]")


@lru_cache(maxsize=100_000)
def word_zipf(surface: str) -> float:
    """Arabic word frequency of a surface form (diacritics dropped)."""
    return zipf_ar(strip_marks(surface))
