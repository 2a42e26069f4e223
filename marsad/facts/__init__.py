"""Stage: facts — counts of people in events, with what they count and who says so.

Runs after entities and claims: each fact points at the claim whose sentence carries the
figure (so its speaker and chain of transmission come with it), and takes its place from
the nearest place name in the sentence. Extraction rules live in `extract.py`, word lists
in `data/*.yaml`.
"""
from __future__ import annotations

from datetime import date
from functools import cache, lru_cache

import yaml

from marsad.document import Document, Fact
from marsad.facts.extract import Found, facts_in
from marsad.facts.lexicon import DATA, lexicon
from marsad.text import normalize

__all__ = ["run", "facts_in"]


def run(doc: Document, ctx) -> None:
    """Add the facts layer to `doc`."""
    if not doc.text:
        return
    sentences = doc.sentences
    if not sentences:
        from marsad.text import split_sentences

        sentences = split_sentences(doc.text)
    lex = lexicon()
    ref = _reference(doc, ctx)
    out: list[Fact] = []
    have_tokens = bool(doc.tokens)  # the segment stage's tokens: no second tokenisation
    for s in sentences:
        toks = doc.tokens_in(s.start, s.end) if have_tokens else None
        names = [(e.start, e.end) for e in doc.entities_in(s.start, s.end)]
        for f in facts_in(doc.text, s.start, s.end, lex, toks, names):
            fact = Fact(start=s.start, end=s.end, evidence=_evidence(doc.text, s.start, s.end, f), value=f.value,
                        vague=f.vague, approx=f.approx, qualifier=f.qualifier, kind=f.kind, subject=f.subject,
                        num_start=f.num_start, num_end=f.num_end)
            fact.claim = _claim_of(doc, f)
            fact.place = _place_of(doc, s.start, s.end, f, f.kind)
            fact.date = _date_of(doc.text, s.start, s.end, f, ref)
            out.append(fact)
    doc.facts = out


MAX_EVIDENCE = 800  # the contract's limit: evidence is a sentence, not a paragraph


def _evidence(text: str, start: int, end: int, f: Found) -> str:
    """The sentence; a run-on one is cut to the words around the figure."""
    ev = text[start:end].strip()
    if len(ev) <= MAX_EVIDENCE:
        return ev
    lo = max(start, f.num_start - 350)
    hi = min(end, (f.subject_end or f.num_end) + 350)
    while lo > start and not text[lo - 1].isspace():
        lo += 1
    while hi < end and not text[hi].isspace():
        hi -= 1
    return text[lo:hi].strip()


def _claim_of(doc: Document, f: Found) -> int | None:
    """The claim whose sentence holds the figure; the one whose content holds it when several do."""
    hits = [k for k, c in enumerate(doc.claims) if c.start <= f.num_start < c.end]
    for k in hits:
        c = doc.claims[k]
        if c.content_start is not None and c.content_end is not None and c.content_start <= f.num_start < c.content_end:
            return k
    return hits[0] if hits else None


_CLAUSE_BREAKS = "،,؛;:\n"


def _clause(text: str, start: int, end: int, f: Found) -> tuple[int, int]:
    """The stretch of the sentence between the punctuation around the figure and its counted noun."""
    left = max([text.rfind(c, start, f.num_start) for c in _CLAUSE_BREAKS] + [start - 1]) + 1
    right_from = f.subject_end or f.num_end
    rights = [i for i in (text.find(c, right_from, end) for c in _CLAUSE_BREAKS) if i >= 0]
    return left, min(rights) if rights else end


@cache
def _place_words() -> tuple[set[str], set[str], set[str]]:
    data = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf-8"))
    prep = {normalize(w) for lang in ("ar", "en") for w in data["place_prepositions"][lang]}
    clitics = {normalize(w) for w in data["place_prepositions"]["clitics"]}
    toward = {normalize(w) for lang in ("ar", "en") for w in data["place_toward"][lang]}
    return prep, clitics, toward


def _introduced_by(text: str, e_start: int, line_start: int) -> str | None:
    """The locative word right before a place name («في», «إلى», an attached «ب»/«ل»), or None."""
    prep, clitics, _ = _place_words()
    i = e_start
    j = i
    while j > line_start and text[j - 1].isalpha():
        j -= 1
    if j < i and normalize(text[j:i]) in clitics:  # «بسوريا», «لأذربيجان»
        return normalize(text[j:i])[-1]
    k = j
    while k > line_start and not text[k - 1].isalpha():
        if text[k - 1] in "،,.;:؛\n":
            return None
        k -= 1
    m = k
    while m > line_start and text[m - 1].isalpha():
        m -= 1
    word = normalize(text[m:k])
    return word if word in prep else None


def _place_of(doc: Document, start: int, end: int, f: Found, kind: str = "") -> str | None:
    """A place introduced by a locative word in the figure's clause, after it first («… إلى أذربيجان»)."""
    c_start, c_end = _clause(doc.text, start, end, f)
    _, _, toward = _place_words()
    anchor_end = f.subject_end or f.num_end
    best: tuple[float, str] | None = None
    for e in doc.entities:
        if e.type != "LOC" or e.start < c_start or e.end > c_end:
            continue
        word = _introduced_by(doc.text, e.start, c_start)
        if word is None:
            continue
        d = e.start - anchor_end if e.start >= anchor_end else (f.num_start - e.end) * 1.5
        if d < 0:
            continue
        if kind in {"deployed", "returned", "handed_over"} and word in toward:
            d -= 500  # where they were sent or brought back to
        if best is None or d < best[0]:
            best = (d, e.text)
    return best[1] if best else None


def _reference(doc: Document, ctx) -> date | None:
    if doc.published:
        try:
            return date.fromisoformat(doc.published[:10])
        except ValueError:
            pass
    return getattr(ctx, "reference_date", None) if ctx is not None else None


@lru_cache(maxsize=512)
def _dates(sentence: str, ref: date | None) -> tuple:
    """Dates written in a sentence (once per sentence, however many figures it holds)."""
    try:
        from marsad.text.dates import find_dates  # built by the text/clean area
    except ImportError:
        return ()
    try:
        return tuple(find_dates(sentence, ref) or ())
    except Exception:  # noqa: BLE001 - a date is a bonus; never lose the fact over it
        return ()


def _date_of(text: str, start: int, end: int, f: Found, ref: date | None) -> str | None:
    """The date written in the sentence nearest the figure, when the date finder is available."""
    found = _dates(text[start:end], ref)
    c_start, c_end = _clause(text, start, end, f)
    best: tuple[int, str] | None = None
    for d in found or []:
        value = getattr(d, "value", None) or getattr(d, "date", None) or (d.get("date") if isinstance(d, dict) else None)
        s = getattr(d, "start", None)
        if s is None and isinstance(d, dict):
            s = d.get("start")
        if value is None or not (c_start <= start + (s or 0) < c_end):
            continue  # only a date in the figure's own clause dates it
        dist = abs(start + (s or 0) - f.num_start)
        iso = value.isoformat() if hasattr(value, "isoformat") else str(value)
        if best is None or dist < best[0]:
            best = (dist, iso[:10])
    return best[1] if best else None
