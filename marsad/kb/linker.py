"""Linking a mention to one knowledge-base entry, or to a stable local identity.

Three steps: an exact (folded) alias hit, choosing among several entries by context (an
entry of a country the article mentions, a KB entry before a GeoNames city, the bigger
city); else a fuzzy match of the folded mention against the aliases of entries of the same
type (rapidfuzz; «أدروغان» → «أردوغان» → Erdoğan), strict for short names; else a local id
made from the romanised name («رأفت فرزات» → mk:per/raafat-farzat, "Raafat Farzat"), which
is the same in every article that spells the name the same way.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from marsad.kb.base import Entry
from marsad.kb.gazetteer import Gazetteer
from marsad.kb.romanize import romanize, slug
from marsad.text.normalize import fold

_ARABIC = re.compile("[\u0600-\u06ff]")
MEDIA_SUBTYPES = {"media_outlet", "news_agency", "social_media"}
_TYPE_PREFIX = {"PER": "per", "ORG": "org", "LOC": "loc"}


def _bucket(folded: str) -> str:
    """The first letter, or the first after the article: the part of a name typos rarely touch."""
    return folded[:3] if folded.startswith("ال") and len(folded) > 3 else folded[:1]


class Linker:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._choices: dict[tuple[str, bool], dict[str, tuple[list[str], list[list[str]]]]] = {}
        self._protected: set[str] | None = None
        self._fuzzy_cache: dict[tuple[str, str, float | None], list] = {}

    # ------------------------------------------------------------------ exact
    def choose(self, ids: Iterable[str], context: set[str] | None = None, type_: str | None = None,
               quoted: bool = False) -> Entry | None:
        """The best of several entries sharing a name, given ids already seen in the article.

        A name in quotation marks is a title more often than a place: «لـ"الشرق الأوسط"» is
        the newspaper Asharq Al-Awsat, not the Middle East.
        """
        context = context or set()
        best, best_score = None, None
        for i in dict.fromkeys(ids):
            e = self.gaz.entry(i)
            if e is None or (type_ and e.type != type_):
                continue
            score = (
                quoted and e.subtype in MEDIA_SUBTYPES,
                i in context,
                str(e.attrs.get("country")) in context or e.attrs.get("capital_of") in context,
                i in self.gaz.kb.entries,
                int(e.attrs.get("population") or 0),
            )
            if best_score is None or score > best_score:
                best, best_score = e, score
        return best

    # ------------------------------------------------------------------ fuzzy
    def _table(self, type_: str, arabic: bool, first: str) -> tuple[list[str], list[list[str]]]:
        """Aliases of one type and script that begin with `first` (a typo rarely hits the first letter)."""
        key = (type_, arabic)
        if key not in self._choices:
            table: dict[str, tuple[list[str], list[list[str]]]] = {}
            for alias, id_list in self.gaz.aliases_by_type.get(type_, {}).items():
                if bool(_ARABIC.search(alias)) == arabic and len(alias) >= 4:
                    names, ids = table.setdefault(_bucket(alias), ([], []))
                    names.append(alias)
                    ids.append(id_list)
            self._choices[key] = table
        return self._choices[key].get(first, ([], []))

    def fuzzy(self, text: str, type_: str, context: set[str] | None = None, cutoff: float | None = None) -> tuple[Entry, float] | None:
        """The entry whose alias is closest to `text`, if close enough for its length."""
        q = fold(text)
        if len(q) < 4:
            return None
        arabic = bool(_ARABIC.search(q))
        names, ids = self._table(type_, arabic, _bucket(q))
        if not names:
            return None
        if cutoff is None:
            cutoff = 92.0 if len(q) < 6 else (85.0 if len(q) < 12 else 82.0)
        ck = (q, type_, cutoff)
        hits = self._fuzzy_cache.get(ck)
        if hits is None:
            if len(self._fuzzy_cache) > 100_000:
                self._fuzzy_cache.clear()
            hits = self._fuzzy_cache[ck] = process.extract(q, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
        if not hits:
            return None
        top = hits[0][1]
        cands = [i for name, score, k in hits if score >= top - 0.01 for i in ids[k]]
        e = self.choose(cands, context, type_)
        if e is None:
            return None
        # the first letters must agree: a typo rarely hits the first letter of every word
        best_alias = hits[0][0]
        if q.split()[0][:1] != best_alias.split()[0][:1]:
            return None
        # a word naming a country or place carries the identity: «الجيش الوطني الليبي» is not
        # «الجيش الوطني السوري», however close the strings
        qw, aw = q.split(), best_alias.split()
        if len(qw) == len(aw):
            prot = self.protected()
            if any(x != y and (x in prot or y in prot) for x, y in zip(qw, aw, strict=True)):
                return None
        return e, top

    def protected(self) -> set[str]:
        """Folded words that must not be fuzzed: place names and country adjectives."""
        if self._protected is None:
            prot: set[str] = set()
            for alias, _ids in self.gaz.aliases_by_type.get("LOC", {}).items():
                if " " not in alias:
                    prot.add(alias)
            for e in self.gaz.kb.entries.values():
                for forms in (e.attrs.get("demonyms") or {}).values():
                    prot.update(fold(f) for f in forms or [])
            self._protected = prot
        return self._protected

    # ------------------------------------------------------------------ local ids
    @staticmethod
    def local(text: str, type_: str) -> tuple[str, str]:
        """(id, canonical) for an entity no knowledge base holds: romanised Arabic, or the English as written."""
        canonical = romanize(text) if _ARABIC.search(text) else " ".join(text.split())
        return f"mk:{_TYPE_PREFIX.get(type_, 'ent')}/{slug(canonical)}", canonical
