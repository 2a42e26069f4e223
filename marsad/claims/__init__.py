"""Stage: claims — who said what, through which channels, asserting or denying it.

Runs after `entities`; uses `doc.entities` when present and falls back on the knowledge
base (`ctx.kb.lookup`) and the lexicons in `data/` when not. One `Registry` of sources per
article carries back-references («المصدر», "the agency") and their chains from sentence
to sentence. The headline is not read: a headline states, it does not attribute.
"""
from __future__ import annotations

from marsad.claims.arabic import ArabicReader
from marsad.claims.english import EnglishReader
from marsad.claims.lexicon import load
from marsad.claims.sources import Registry, merge_via
from marsad.document import Channel, Claim, Document
from marsad.text.normalize import arabic_share, fold

MAX_EVIDENCE = 800  # the contract's limit on one sentence of evidence


def run(doc: Document, ctx) -> None:
    """Add the claims layer to `doc`."""
    doc.claims = []
    if not doc.text or not doc.sentences:
        return
    lex = load()
    kb = getattr(ctx, "kb", None) if ctx is not None else None
    reg = Registry()
    ar = ArabicReader(doc, lex, kb, reg)
    en = EnglishReader(doc, lex, kb, reg)
    credit = _credit(doc, kb)
    for n, s in enumerate(doc.sentences):
        if s.end <= doc.body_start:
            continue  # the headline
        text = doc.text[s.start:s.end]
        reader = ar if arabic_share(text) >= 0.5 else en
        try:
            claims = reader.read(n, s.start, s.end)
        except Exception as e:  # noqa: BLE001 - one odd sentence must not lose the article
            doc.warnings.append(f"claims: sentence at {s.start}: {type(e).__name__}: {e}")
            continue
        for c in claims:
            if credit is not None:
                c.via = merge_via(c.via, [credit])
            _fit_evidence(doc, c)
            doc.claims.append(c)


def _credit(doc: Document, kb) -> Channel | None:
    """The page's republished-from credit closes every chain."""
    rep = doc.republished_from
    if not rep:
        return None
    out = doc.outlet
    if not out:
        return None  # with the page's own outlet unknown, a credit may name the page itself («بغداد - واع -»)
    if _same_outlet(rep, out, kb):
        return None  # the page's own outlet is not a link of the chain
    name = rep.get("name") if isinstance(rep, dict) else str(rep)
    if not name:
        return None
    ident = rep.get("id") if isinstance(rep, dict) else None
    canonical = name
    if kb is not None and not ident:
        try:
            hits = kb.lookup(name)
        except Exception:  # noqa: BLE001
            hits = []
        if hits:
            canonical, ident = hits[0].name, hits[0].id
    return Channel(text=name, canonical=canonical, id=ident, kind="credit")


def _same_outlet(rep, out, kb) -> bool:
    """The credit names the page's own outlet: same id, same name, or one of the credit's KB
    names inside the outlet's («الجزيرة» in «شبكة الجزيرة الإعلامية»)."""
    rep = rep if isinstance(rep, dict) else {"name": str(rep)}
    out = out if isinstance(out, dict) else {"name": str(out)}
    if rep.get("id") and rep.get("id") == out.get("id"):
        return True
    oname = f" {fold(out.get('name'))} "
    names = [rep.get("name") or ""]
    if kb is not None:
        try:
            entry = kb.get(rep.get("id")) or next(iter(kb.lookup(rep.get("name") or "")), None)
        except Exception:  # noqa: BLE001
            entry = None
        if entry is not None:
            names += entry.all_aliases()
    return any(len(fold(n)) > 2 and f" {fold(n)} " in oname for n in names if n)


def _fit_evidence(doc: Document, c: Claim) -> None:
    """Evidence is one sentence of at most 800 characters: a longer one is cut to a window
    around the cue, on word boundaries."""
    if len(c.evidence) <= MAX_EVIDENCE:
        return
    cue = c.cue_start if c.cue_start is not None else c.start
    a = max(c.start, cue - 300)
    b = min(c.end, a + MAX_EVIDENCE)
    while a > c.start and not doc.text[a - 1].isspace():
        a += 1
    while b < c.end and b > a and not doc.text[b].isspace():
        b -= 1
    c.start, c.end = a, b
    c.evidence = doc.text[a:b]
