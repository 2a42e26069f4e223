"""Tokens with Arabic proclitics split off.

Arabic writes conjunctions, prepositions and the article on the word: «وبالاستخبارات» is
و + ب + ال + استخبارات. Which split is right depends on the word («وزارة» is not و + زارة),
so `proclitic_splits` gives every reading and matchers try them against their lexicons;
`Token.prefix`/`Token.base` hold the reading that strips a following article, which is
right far more often than not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.document import Token
from marsad.text.normalize import normalize

# a word: letters, digits, Arabic marks and tatweel; a number with separators; or one punctuation mark
_TOKEN = re.compile(
    r"\d+(?:[.,٫٬]\d+)*"
    r"|[٠-٩۰-۹]+(?:[.,٫٬][٠-٩۰-۹]+)*"
    r"|[^\W_](?:[^\W_]|[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]|['’](?=[^\W\d_]))*"
    r"|[^\w\s]",
    re.UNICODE,
)

# conjunction + preposition + article combinations, longest first (normalised forms)
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_ARTICLE_PREFIXES = sorted(
    {c + p + "ال" for c in ("", *_CONJ) for p in ("", *_PREP)} | {c + "لل" for c in ("", *_CONJ)},
    key=len, reverse=True,
)
_PLAIN_PREFIXES = sorted({c + p for c in ("", *_CONJ) for p in ("", *_PREP)} - {""}, key=len, reverse=True)


@lru_cache(maxsize=262_144)
def proclitic_splits(word: str, min_rest: int = 2) -> tuple[tuple[str, str], ...]:
    """Every (clitics, rest) reading of a normalised Arabic word, the unsplit one first.

    The article stays on the rest, since names are listed with it: «وبالاستخبارات» →
    («وب», «الاستخبارات»); «لل» is ل + ال, so «للجيش» → («ل», «الجيش»).
    Cached: a news corpus repeats a few thousand word forms, and every stage asks about them.
    """
    out = [("", word)]
    seen = {word}
    for p in _ARTICLE_PREFIXES + _PLAIN_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= min_rest:
            rest = word[len(p):]
            if p.endswith("لل") or p.endswith("ال"):
                rest = "ال" + rest  # keep the article: names are listed with it
            clitics = _clitics_of(p)
            if rest not in seen:
                seen.add(rest)
                out.append((clitics, rest))
    return tuple(out)


def _clitics_of(prefix: str) -> str:
    """The clitics of a prefix, the article not counted: «وال» → «و», «لل» → «ل», «ال» → «»."""
    if prefix.endswith("لل"):
        return prefix[:-1]
    if prefix.endswith("ال"):
        return prefix[:-2]
    return prefix


def _best_split(norm: str) -> tuple[str, str]:
    for p in _ARTICLE_PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return _clitics_of(p), "ال" + norm[len(p):]
    return "", norm


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        s = m.group()
        out.append(Token(m.start(), m.end(), s, *_word_fields(s)))
    return out


@lru_cache(maxsize=262_144)
def _word_fields(s: str) -> tuple[str, str, str, bool]:
    """(norm, prefix, base, is_punct) of one token's text. Cached: an article repeats its words
    and a batch its vocabulary, and the Unicode folds are most of tokenising's cost."""
    is_punct = not (s[0].isalnum())
    norm = normalize(s).replace("ـ", "")
    prefix, base = ("", norm) if is_punct else _best_split(norm)
    return norm, prefix, base, is_punct
