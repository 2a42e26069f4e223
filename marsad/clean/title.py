"""Finding the headline among the lines of a page.

The headline is the first substantial heading line: not site chrome («Site icon …», logo,
dark-mode switch), not a date widget, not a one- or two-word section label («أخبار»), not
a ticker bullet, and not the outlet's own name. When the input gives a title (HTML
metadata, a feed item) the line that carries it wins; metadata titles often carry the
site's name after a separator, which is cut off before matching.
"""
from __future__ import annotations

import re

from marsad.clean.boilerplate import Feat, Lexicon, static_reason
from marsad.text.normalize import fold

MIN_WORDS = 3
MAX_WORDS = 45
_SITE_SEP = re.compile(r"\s+[|–—:-]\s+|\s*[|»]\s*")


def title_variants(given: str) -> list[str]:
    """The folded given title and its parts around site-name separators, longest first."""
    parts = [given, *_SITE_SEP.split(given)]
    keys = [fold(p) for p in parts]
    return sorted({k for k in keys if len(k.split()) >= 2 or k == fold(given)}, key=len, reverse=True)


def find_given(feats: list[Feat], given: str | None) -> int | None:
    """The line that carries the given title (or its headline part), or None."""
    if not given:
        return None
    variants = title_variants(given)
    for v in variants:
        for f in feats[:60]:
            if f.key == v:
                return f.i
    whole = fold(given)
    for f in feats[:60]:  # the line is the headline part of «Headline - Site»
        if f.words >= MIN_WORDS and f" {f.key} " in f" {whole} " and len(f.key) >= 0.5 * len(whole):
            return f.i
    return None


def find_title(feats: list[Feat], lex: Lexicon, is_outlet_name=lambda key: False) -> int | None:
    """Index (in doc.lines) of the first heading-like line of a plain-text page."""
    fallback = None
    for f in feats[:80]:
        if static_reason(f, lex) is not None:
            f.category = None
            f.date_only = False
            continue
        if f.bullet or f.words < MIN_WORDS or is_outlet_name(f.key):
            continue
        if f.words > MAX_WORDS or (f.punct_end and f.words >= 25 and not f.text.rstrip().endswith(":")):
            # a paragraph before any heading: the page has no headline line of its own
            if fallback is None:
                fallback = None if f.words > MAX_WORDS else f.i
            break
        return f.i
    return fallback
