"""Stage: clean — boilerplate lines out, title, outlet, republished-from credit, date, language.

Input is `doc.raw` (plain text as scraped, or HTML, with URL, outlet, dates, title when
the input gives them). HTML goes through trafilatura first (`html.py`); its text becomes
`doc.source`. Every source line is then judged (`boilerplate.py`) and recorded in
`doc.lines` with its kind and, when removed, the reason; `doc.text` is built from the
headline and the kept lines. Outlet and credit (`outlet.py`), publication date
(`published.py`), language (`language.py`) and fingerprints (`dedup.py`) follow.
"""
from __future__ import annotations

from typing import Any

from marsad.clean import boilerplate, dedup, language, outlet, published, title
from marsad.clean.html import extract
from marsad.document import Document, Line
from marsad.text.normalize import fold


def _split_lines(source: str) -> tuple[list[Line], list[boilerplate.Feat]]:
    """Every line of `source` (non-blank ones trimmed of outer white space) and the features of the non-blank."""
    lines: list[Line] = []
    feats: list[boilerplate.Feat] = []
    pos = 0
    for txt in source.split("\n"):
        s, e = pos, pos + len(txt)
        pos = e + 1
        if not txt.strip():
            lines.append(Line(s, e, kind="blank"))
            continue
        ls = s + len(txt) - len(txt.lstrip())
        le = e - (len(txt) - len(txt.rstrip()))
        lines.append(Line(ls, le))
        feats.append(boilerplate.features(len(lines) - 1, source[ls:le], ls, le))
    return lines, feats


def _given_title(raw: Any, meta: dict[str, Any]) -> str | None:
    for v in (getattr(raw, "title", None), meta.get("headline"), meta.get("og_title"), meta.get("title")):
        if v and v.strip():
            return " ".join(v.split())
    return None


def run(doc: Document, ctx) -> None:
    raw = doc.raw
    kb = getattr(ctx, "kb", None)
    meta: dict[str, Any] = {}
    if raw is not None and raw.html and not raw.text:
        page = extract(raw.html, raw.url)
        meta = page.meta
        doc.source = page.text
        if meta.get("warning"):
            doc.warnings.append(meta["warning"])
    lex = boilerplate.lexicon()
    lines, feats = _split_lines(doc.source)

    # the headline: the line carrying the given title, else the first heading-like line
    given = _given_title(raw, meta)
    t = title.find_given(feats, given)
    if t is None and given and (raw is None or raw.title or raw.html):
        # the title is not in the text (HTML body without <h1>, feed item): put it in front
        doc.source = given + "\n\n" + doc.source
        lines, feats = _split_lines(doc.source)
        t = 0
    if t is None:
        idx = outlet.index_for(kb)
        t = title.find_title(feats, lex, is_masthead=lambda text: outlet.masthead(text, idx)[0],
                             url=(raw.url if raw else None) or meta.get("url"))

    boilerplate.classify(feats, t, lex)
    found = outlet.find(raw, meta, feats, t, kb)
    for f in feats:
        if f.i in found.credit_lines and (f.reason is None or not f.reason.startswith("lexicon")):
            f.reason = found.credit_lines[f.i]
    o = found.outlet
    outlet_key = (o.get("id") or fold(o.get("name"))) if o else None
    title_key = next((f.key for f in feats if f.i == t), "")
    # pages are told apart by headline: copies of one article (re-runs, mirrors) do not make their lines furniture
    page_key = title_key[:120] or fold(doc.id)
    boilerplate.batch_repeats(feats, t, outlet_key, page_key, ctx.batch if ctx is not None else {})

    by_index = {f.i: f for f in feats}
    body: list[tuple[int, int]] = []
    title_span = None
    for i, ln in enumerate(lines):
        f = by_index.get(i)
        if f is None:
            continue
        if i == t:
            ln.kind = "title"
            title_span = (ln.start, ln.end)
        elif f.reason:
            ln.kind, ln.reason = "boilerplate", f.reason
        else:
            ln.kind = "body"
            body.append((ln.start, ln.end))
    doc.lines = lines
    doc.set_text(body, title_span)
    doc.language = language.article_language(doc.body, doc.title)
    latin = doc.language if doc.language in ("en", "fr", "tr") else None
    for f in feats:  # one lingua call per article at most, not one per line
        lines[f.i].lang = language.detect(f.text, latin=latin)

    # "text": the name as the page writes it («بوابة الوسط»), beside the KB's canonical name
    doc.outlet = {k: v for k, v in o.items() if k in ("name", "id", "evidence", "text")} if o else None
    rep = found.republished_from
    doc.republished_from = {k: v for k, v in rep.items() if k in ("name", "id", "evidence", "text")} if rep else None
    ref = published.reference_date(raw, getattr(ctx, "reference_date", None))
    doc.published, doc.published_evidence = published.find(raw, meta, feats, t, ref)
    doc.simhash = dedup.simhash(doc.body)
    doc.content_hash = dedup.content_hash(doc.title, doc.body)
