"""Sentence splitting that respects Arabic punctuation and quotation marks.

Boundaries are sentence-final marks (. ! ? ؟ …) followed by space, and line breaks. A mark
inside a quotation that closes later in the same paragraph is not a boundary, so a quoted
statement stays in the sentence that attributes it. Quotes on scraped Arabic pages are
often unbalanced (” opening as well as closing), so an unclosed quote never swallows the
rest of the paragraph.
"""
from __future__ import annotations

import re

from marsad.document import Span

_END = re.compile(r"[.!?؟…]+[\"'”»’)]*(?=\s|$)")
_OPEN = {"“": "”", "«": "»", "„": "“"}
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "rep", "sen", "gov",
           "prof", "inc", "co", "corp", "ltd", "jr", "sr", "vs", "no", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "etc"}
MAX_QUOTE = 600  # characters a quotation may run across sentence marks


def _quoted_regions(par: str) -> list[tuple[int, int]]:
    """Spans of paired quotations within one paragraph."""
    regions: list[tuple[int, int]] = []
    i, n = 0, len(par)
    while i < n:
        c = par[i]
        close = _OPEN.get(c) or ('"' if c == '"' else None)
        if close:
            j = par.find(close, i + 1)
            if c == "“" and j < 0:
                j = par.find("“", i + 1)  # some sites close with “ as well
            if j > 0 and j - i <= MAX_QUOTE:
                regions.append((i, j))
                i = j + 1
                continue
        i += 1
    return regions


def _is_abbrev(par: str, pos: int) -> bool:
    m = re.search(r"([A-Za-z.]+)\.?$", par[:pos + 1])
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of `text[start:end]`, offsets into `text`, stripped of outer white space."""
    end = len(text) if end is None else end
    out: list[Span] = []
    for pm in re.finditer(r"[^\n]+", text[start:end]):
        p0 = start + pm.start()
        par = pm.group()
        inside = _quoted_regions(par)
        cut = 0
        for m in _END.finditer(par):
            pos = m.end()
            if any(a < m.start() < b for a, b in inside):
                continue
            if m.group()[0] == "." and _is_abbrev(par, m.start()):
                continue
            _add(out, text, p0 + cut, p0 + pos)
            cut = pos
        _add(out, text, p0 + cut, p0 + len(par))
    return out


def _add(out: list[Span], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and any(c.isalnum() for c in text[s:e]):
        out.append(Span(s, e, "sentence"))
