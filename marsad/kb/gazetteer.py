"""Finding knowledge-base names in a tokenised text: a token trie, clitic- and fold-aware.

Every alias of every entry (and every kept city name, `marsad.kb.cities`) is tokenised and
normalised the way article tokens are, and stored in a trie of token keys. Matching walks
the trie from each word, trying every proclitic reading of the first word («وبالاستخبارات»
→ «الاستخبارات» after و+ب, «لتركيا» → «تركيا»), stepping over quotation marks between the
words of a name («حزب ”العدالة والتنمية“») but over nothing else, and keeps the longest
match. English aliases match only capitalised text, acronyms only in capitals, so "us" is
never the United States. The trie is built once per knowledge base and cached on it.
"""
from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.document import Token
from marsad.kb.base import Entry, KnowledgeBase
from marsad.text.normalize import fold, strip_marks
from marsad.text.tokens import proclitic_splits, tokenize

QUOTES = set("\"'“”„«»‹›`´’‘")
_APOS = re.compile("['’`ʼ]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_END = "\0"
_MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # trie key holding the payloads of a complete name


@lru_cache(maxsize=200_000)
def _splits(norm: str) -> tuple[tuple[str, str], ...]:
    return tuple((c, token_key(r)) for c, r in proclitic_splits(norm))


@lru_cache(maxsize=200_000)
def token_key(norm: str) -> str:
    """The trie key of one normalised token (apostrophes, tatweel and an English possessive out)."""
    if norm.isascii() and len(norm) > 3 and norm[-2:] in ("'s", "’s"):
        norm = norm[:-2]  # «Sudan's army»: Sudan
    return _APOS.sub("", norm).replace("ـ", "")


@lru_cache(maxsize=100_000)
def _alias_keys(alias: str) -> tuple[str, ...]:
    return tuple(k for k in (token_key(t.norm) for t in tokenize(alias) if not t.is_punct) if k)


def alias_keys(alias: str) -> list[str]:
    """Token keys of a name, punctuation dropped."""
    return list(_alias_keys(alias))


@dataclass
class Payload:
    id: str
    lang: str  # ar | en | other
    exact_case: str | None = None  # acronyms: the surface must be exactly this
    variant: bool = False  # an article-less variant of a listed alias
    common: bool = False  # the alias is also an ordinary word (KB `common_word`): needs context
    spelling: str | None = None  # one-word Arabic alias as written (hamza and madda kept)


@dataclass
class Match:
    start: int  # index of the first token
    end: int  # index after the last token
    clitics: str  # normalised clitics split off the first token
    payloads: list[Payload] = field(default_factory=list)
    article_added: bool = False  # «للجيش» read as ل + الجيش: the article is not in the surface


def is_quote_token(t: Token) -> bool:
    return t.is_punct and t.text in QUOTES


def _is_joiner(tokens: list[Token], k: int) -> bool:
    """A hyphen glued between two words («al-Burhan», «ناغورنو-كاراباخ»)."""
    t = tokens[k]
    return (t.is_punct and t.text in "-‐‑" and 0 < k < len(tokens) - 1
            and tokens[k - 1].end == t.start and tokens[k + 1].start == t.end)


class Gazetteer:
    """A token trie over the aliases of a knowledge base (plus safe city names)."""

    def __init__(self, kb: KnowledgeBase, with_cities: bool = True) -> None:
        self.kb = kb
        self.trie: dict = {}
        self.extra: dict[str, Entry] = {}  # entries not in the KB (cities)
        self.token_entries: dict[str, set[str]] = {}  # token key -> ids of multi-word aliases holding it
        self.aliases_by_type: dict[str, dict[str, list[str]]] = {}  # type -> folded alias -> ids
        for e in kb.entries.values():
            self._add_entry(e)
        if with_cities:
            from marsad.kb.cities import city_entries

            known = set(self.trie)
            for e in city_entries():
                # a name the KB already has stays the KB's («موسكو» is the KB's Moscow)
                self.extra[e.id] = e
                self._add_entry(e, skip_if_known=known)

    # ------------------------------------------------------------------ building
    def entry(self, id_: str | None) -> Entry | None:
        if not id_:
            return None
        return self.kb.get(id_) or self.extra.get(id_)

    def _add_entry(self, e: Entry, skip_if_known: set | None = None) -> None:
        common = {fold(a) for a in e.attrs.get("common_word") or []}
        for lang, names in [("name", [e.name]), *e.aliases.items()]:
            for alias in names:
                if not alias:
                    continue
                is_ar = bool(_ARABIC.search(alias))
                keys = alias_keys(alias)
                if not keys:
                    continue
                if skip_if_known is not None and self._lookup(keys):
                    continue
                lg = "ar" if is_ar else ("en" if alias.isascii() or lang in ("en", "name") else "other")
                if is_ar and len(keys) == 1 and len(keys[0]) < 3:
                    continue
                exact = alias if (not is_ar and alias.isupper() and len(alias) <= 6) else None
                if not is_ar and len("".join(keys)) < 2:
                    continue
                spelling = strip_marks(alias.strip()) if is_ar and len(keys) == 1 else None
                self._insert(keys, Payload(e.id, lg, exact, common=fold(alias) in common, spelling=spelling))
                self.aliases_by_type.setdefault(e.type, {}).setdefault(" ".join(keys), []).append(e.id)
                if len(keys) > 1:
                    for k in keys:
                        self.token_entries.setdefault(k, set()).add(e.id)
                    if is_ar and keys[0].startswith("ال") and len(keys[0]) > 4:
                        self._insert([keys[0][2:], *keys[1:]], Payload(e.id, lg, None, variant=True,
                                                                      common=fold(alias) in common))

    def _insert(self, keys: list[str], p: Payload) -> None:
        node = self.trie
        for k in keys:
            node = node.setdefault(k, {})
        lst = node.setdefault(_END, [])
        if not any(q.id == p.id for q in lst):
            lst.append(p)

    def _lookup(self, keys: list[str]) -> list[Payload]:
        node = self.trie
        for k in keys:
            node = node.get(k)
            if node is None:
                return []
        return node.get(_END, [])

    def lookup_text(self, text: str) -> list[Payload]:
        """Payloads of a whole name given as text («الخارجية الروسية»)."""
        return self._lookup(alias_keys(text))

    # ------------------------------------------------------------------ matching
    def match(self, tokens: list[Token], text: str) -> list[Match]:
        """Longest matches, left to right, not overlapping."""
        out: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            m = self.match_at(tokens, text, i)
            if m:
                out.append(m)
                i = m.end
            else:
                i += 1
        return out

    def match_at(self, tokens: list[Token], text: str, i: int) -> Match | None:
        t = tokens[i]
        if t.is_punct:
            return None
        best: Match | None = None
        for clitics, rest in _splits(t.norm):
            node = self.trie.get(rest)
            if node is None:
                continue
            found = self._walk(tokens, text, i, node)
            if found is None:
                continue
            end, payloads = found
            payloads = [p for p in payloads if self._case_ok(p, tokens[i:end], clitics)]
            if not payloads:
                continue
            added = bool(clitics) and not t.norm.startswith(clitics + "ال") and rest.startswith("ال")
            if best is None or end > best.end:
                best = Match(i, end, clitics, payloads, added)
        return best

    def _walk(self, tokens: list[Token], text: str, i: int, node: dict) -> tuple[int, list[Payload]] | None:
        found = (i + 1, node[_END]) if _END in node else None
        j = i + 1
        n = len(tokens)
        quotes = 0
        while j < n:
            k = j
            while k < n and (is_quote_token(tokens[k]) or _is_joiner(tokens, k)):
                quotes += is_quote_token(tokens[k])
                k += 1
            if k >= n or tokens[k].is_punct or "\n" in text[tokens[j - 1].end:tokens[k].start]:
                break
            node = node.get(token_key(tokens[k].norm))
            if node is None:
                break
            j = k + 1
            if _END in node and quotes % 2 == 0:  # a name does not run out of its quotation marks
                found = (j, node[_END])
        return found

    @staticmethod
    def _case_ok(p: Payload, toks: list[Token], clitics: str) -> bool:
        if p.lang == "ar":
            return True
        words = [t for t in toks if not t.is_punct]
        if not words or clitics:
            return False
        if p.exact_case is not None:
            return "".join(t.text for t in words).replace("'", "") == p.exact_case.replace(" ", "").replace(".", "").replace("'", "")
        return any(t.text[:1].isupper() for t in words)


def get_gazetteer(kb: KnowledgeBase) -> Gazetteer:
    """The gazetteer of this knowledge base, built on first use."""
    g = getattr(kb, "_marsad_gazetteer", None)
    if g is None:
        g = Gazetteer(kb)
        kb._marsad_gazetteer = g  # type: ignore[attr-defined]
        # the KB, the trie and the city list live as long as the process: keep the cyclic garbage
        # collector from walking their hundreds of thousands of objects again and again
        gc.collect()
        gc.freeze()
    return g


def surface_start(text: str, tok: Token, n_norm_chars: int) -> int:
    """Offset in `text` after the first `n_norm_chars` normalised characters of `tok` (marks skipped)."""
    if n_norm_chars <= 0:
        return tok.start
    pos, seen = tok.start, 0
    while pos < tok.end and seen < n_norm_chars:
        if not _MARK.match(text[pos]):
            seen += 1
        pos += 1
    while pos < tok.end and _MARK.match(text[pos]):
        pos += 1  # tatweel or a diacritic after the clitic
    return pos
