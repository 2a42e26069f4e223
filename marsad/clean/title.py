"""Finding the headline among the lines of a page.

The headline is the first substantial heading line: not site chrome («Site icon …», logo,
dark-mode switch), not a date widget, not a one- or two-word section label («أخبار»), not
a ticker bullet, and not the outlet's own name. When the input gives a title (HTML
metadata, a feed item) the line that carries it wins; metadata titles often carry the
site's name after a separator, which is cut off before matching.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz

from marsad.clean.boilerplate import _PHOTO_CREDIT, _TRAIL, Feat, Lexicon, static_reason
from marsad.text.normalize import fold

MIN_WORDS = 3
MAX_WORDS = 45
SHORT_ENTRY = 4  # a heading-like line this short between two menu items is a menu item
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
    # og:title and <h1> often differ by a word or two: the closest heading line near the top
    best, score = None, 0.0
    for f in feats[:20]:
        if MIN_WORDS <= f.words <= MAX_WORDS and not f.punct_end:
            sc = max(fuzz.token_set_ratio(f.key, v) for v in variants)
            if sc > score:
                best, score = f.i, sc
    return best if score >= 85 else None


def slug_words(url: str | None) -> set[str]:
    """Folded words of a URL path («/news/2023/3/14/مقتل-12-مدنيا-في-قصف» → {مقتل, 12, مدنيا, في, قصف})."""
    if not url:
        return set()
    path = unquote(urlsplit(url).path)
    words = {w for w in fold(re.sub(r"[-_/+.]", " ", path)).split() if not w.isdigit() or len(w) < 4}
    return {w for w in words if len(w) > 1 and w not in {"news", "article", "articles", "archives", "html", "htm",
                                                         "php", "amp", "ar", "en", "world", "node", "story"}}


def _heading_like(f: Feat, lex: Lexicon, is_masthead) -> bool | None:
    """True for a headline candidate, None for a paragraph (no headline can follow), False otherwise."""
    if static_reason(f, lex) is not None:
        return False
    if f.bullet or f.words < MIN_WORDS or is_masthead(f.text):
        return False
    if not f.punct_end and _PHOTO_CREDIT.search(f.text):
        return False  # a caption ending with "REUTERS/Name"
    if f.words > MAX_WORDS or (f.punct_end and f.words >= 25 and not f.text.rstrip().endswith(":")):
        return None
    if f.words >= 8 and f.text.rstrip(_TRAIL).endswith(".") and not f.ellipsis_end:
        return None  # a sentence: headlines do not end with a full stop
    return True


_HEADER_CATEGORIES = ("site_chrome", "subscription", "language_switch")


def header_item(f: Feat, lex: Lexicon) -> bool:
    """A menu entry, login/subscribe button or language switch: the furniture of a site's header."""
    if static_reason(f, lex) is not None:
        return f.category is not None and f.category.name in _HEADER_CATEGORIES or f.static == "navigation bar"
    return f.key in lex.navigation or lex.is_navigation(f.key)


def _in_header(window: list[Feat], k: int, lex: Lexicon) -> bool:
    """A heading-like line among menu items (a slogan, a menu entry of three words): header, not headline.

    Two header items follow it and one of them or the line before is site chrome (a slogan
    above the menu), or it is a short entry with a menu item on each side. Share bars and date lines, which follow real headlines, do not
    count; a section name under a real headline is one item, not two.
    """
    after = window[k + 1:k + 3]
    if not after or not header_item(after[0], lex):
        return False
    before = window[k - 1] if k > 0 else None
    if len(after) > 1 and header_item(after[1], lex) and any(
            g is not None and static_reason(g, lex) is not None for g in (before, *after)):
        return True  # beside «Sign in», «Menu», «Skip to content»: section names under a headline are not enough
    return window[k].words <= SHORT_ENTRY and before is not None and header_item(before, lex)


def find_title(feats: list[Feat], lex: Lexicon, is_masthead=lambda text: False, url: str | None = None) -> int | None:
    """Index (in doc.lines) of the headline of a plain-text page (see `_find_title`).

    A scraped page often starts with the document title «Headline - Site» and has the
    headline itself a few lines below (the <h1>): the line without the site's name wins.
    """
    t = _find_title(feats, lex, is_masthead, url)
    if t is None:
        return None
    k = next(k for k, f in enumerate(feats) if f.i == t)
    key = feats[k].key
    for f in feats[k + 1:k + 12]:
        if f.anchor:
            break
        rest = key[len(f.key):].split() if f.words >= MIN_WORDS and key.startswith(f.key + " ") else []
        tail = feats[k].text.rstrip()[len(f.text.rstrip()) - 2:] if rest else ""
        if 0 < len(rest) <= 4 and _SITE_SEP.search(tail):
            return f.i  # «Headline | Site» above «Headline»
    return t


def _find_title(feats: list[Feat], lex: Lexicon, is_masthead, url: str | None) -> int | None:
    """Index (in doc.lines) of the headline of a plain-text page.

    The first heading-like line, with three corrections that generalise: a line that shares
    most words with the URL's slug wins; a line inside the header's menus (a slogan, a
    section name) is skipped when a later candidate exists; and a run of three or more
    heading-like lines is a list of links (ticker, "latest news") unless a paragraph
    follows its last line. Mastheads («الشرق الأوسط | صحيفة العرب الأولى») are never headlines.
    """
    window = feats[:80]
    marks: list[bool | None] = []
    for f in window:
        m = _heading_like(f, lex, is_masthead)
        marks.append(m)
        if m is None:
            break
    cands = [k for k, m in enumerate(marks) if m]
    while len(cands) >= 2 and _in_header(window, cands[0], lex):
        cands = cands[1:]
    slug = slug_words(url)
    if slug and cands:
        def overlap(k: int) -> int:
            return len(set(window[k].key.split()) & slug)
        best = max(cands, key=lambda k: (overlap(k), -k))
        if overlap(best) >= 3 or (overlap(best) >= 2 and overlap(best) >= 0.5 * len(slug)):
            return window[best].i
    # a short section label over the headline («Israel-Palestine war», «الحرب على غزة»)
    if len(cands) >= 2 and window[cands[0]].words <= 3 and cands[1] == cands[0] + 1 and window[cands[1]].words >= 5:
        cands = cands[1:]
    k = 0
    while k < len(cands):
        run = [cands[k]]
        while k + len(run) < len(cands) and cands[k + len(run)] == run[-1] + 1 and window[run[-1] + 1].words <= 20:
            run.append(cands[k + len(run)])
        if len(run) < 3 or window[run[0]].words > 20:
            return window[cands[k]].i
        after = run[-1] + 1
        if after < len(window) and window[after].anchor:
            return window[run[-1]].i
        k += len(run)
    if cands:
        return window[cands[0]].i
    # no heading-like line before the first paragraph: a headline with a full stop, or the page has none
    first = next((f for f in window if static_reason(f, lex) is None and not f.bullet and f.words >= MIN_WORDS), None)
    return first.i if first is not None and first.words <= 30 else None
