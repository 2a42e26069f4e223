"""Turn an analysis record into a tree of highlighted pieces for the article reader.

The reader never builds HTML in Python: it returns plain dicts (text pieces, claim spans,
entity and figure marks) and the Jinja template escapes every string it prints. Records
carry claim/fact sentence offsets into `title + "\\n\\n" + body` (the pipeline's `doc.text`)
but entity mentions only as surface forms, so offsets are checked against the evidence and,
when missing or stale, the evidence or mention is looked up in the text instead.
"""
from __future__ import annotations

import re
from typing import Any

from marsad.text import normalize

_WS = re.compile(r"\s+")
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def record_text(rec: dict[str, Any]) -> tuple[str, int]:
    """The pipeline's `doc.text` rebuilt from a record, and where the body starts in it."""
    title = rec.get("title") or ""
    body = rec.get("body") or ""
    if title:
        return f"{title}\n\n{body}", len(title) + 2
    return body, 0


def _same(a: str, b: str) -> bool:
    return _WS.sub(" ", a).strip() == _WS.sub(" ", b).strip()


def locate(text: str, start: Any, end: Any, evidence: str | None, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a claim or fact sentence lies in `text`: its own offsets if they still fit, else a search."""
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) \
            and (not evidence or _same(text[start:end], evidence)):
        return start, end
    if not evidence:
        return None
    ev = evidence.strip()
    pos = text.find(ev)
    while pos >= 0:
        span = (pos, pos + len(ev))
        if not any(s < span[1] and span[0] < e for s, e in taken):
            return span
        pos = text.find(ev, pos + 1)
    return (text.find(ev), text.find(ev) + len(ev)) if ev in text else None


def chain_of(claim: dict[str, Any], rec: dict[str, Any]) -> list[dict[str, Any]]:
    """The chain of transmission as steps: speaker, every `via` channel, then the page's outlet."""
    sp = claim.get("speaker") or {}
    steps = [{"role": "speaker", "text": sp.get("text") or sp.get("mention") or "?",
              "canonical": sp.get("canonical"), "kind": sp.get("kind"), "id": sp.get("id"),
              "mention": sp.get("mention")}]
    for ch in claim.get("via") or []:
        steps.append({"role": "via", "text": ch.get("text") or ch.get("canonical") or "?",
                      "canonical": ch.get("canonical"), "kind": ch.get("kind"), "id": ch.get("id")})
    outlet = rec.get("outlet") or {}
    if outlet.get("name"):
        steps.append({"role": "outlet", "text": outlet.get("name"), "canonical": None,
                      "kind": "outlet", "id": outlet.get("id")})
    return steps


def _entity_marks(text: str, entities: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """Every occurrence of every entity mention, longest first, without overlaps."""
    forms: list[tuple[str, dict[str, Any]]] = []
    for e in entities:
        for m in {*(e.get("mentions") or []), e.get("text") or ""}:
            if m and len(m) > 1:
                forms.append((m, e))
    forms.sort(key=lambda f: -len(f[0]))
    marks: list[tuple[int, int, dict[str, Any]]] = []
    occupied = bytearray(len(text))
    for form, e in forms:
        for m in re.finditer(re.escape(form), text):
            s, t = m.span()
            # a Latin mention must sit on word boundaries; Arabic ones may carry clitics («والجيش»)
            if form.isascii() and ((s and text[s - 1].isalnum()) or (t < len(text) and text[t].isalnum())):
                continue
            if any(occupied[s:t]):
                continue
            occupied[s:t] = b"\x01" * (t - s)
            marks.append((s, t, {"kind": "entity", "type": e.get("type"), "id": e.get("id"),
                                 "canonical": e.get("canonical"), "subtype": e.get("subtype")}))
    return marks


def _figure_span(text: str, span: tuple[int, int], fact: dict[str, Any]) -> tuple[int, int] | None:
    """The figure of a fact inside its sentence: its own offsets, else its digits (Western or Eastern)."""
    ns, ne = fact.get("num_start"), fact.get("num_end")
    if isinstance(ns, int) and isinstance(ne, int) and span[0] <= ns < ne <= span[1]:
        return ns, ne
    value = fact.get("value")
    if value is None:
        return None
    sentence = text[span[0]:span[1]]
    for form in (str(value), str(value).translate(_EASTERN)):
        m = re.search(rf"(?<![\d٠-٩]){re.escape(form)}(?![\d٠-٩])", sentence)
        if m:
            return span[0] + m.start(), span[0] + m.end()
    return None


def fact_label(f: dict[str, Any]) -> str:
    """A short description of a fact: «93 killed», «~300 deployed», «dozens detained»."""
    parts = []
    if f.get("qualifier"):
        parts.append({"more_than": ">", "at_least": "≥", "less_than": "<", "up_to": "≤"}.get(f["qualifier"], ""))
    if f.get("approx"):
        parts.append("~")
    parts.append(str(f["value"]) if f.get("value") is not None else (f.get("vague") or "?"))
    return "".join(parts) + f" {f.get('kind') or 'other'}"


def annotate(rec: dict[str, Any]) -> dict[str, Any]:
    """The reader's view of a record: title and body lines as piece trees, claims, facts."""
    text, body_start = record_text(rec)
    claims = []
    outer: list[tuple[int, int, dict[str, Any]]] = []
    taken: list[tuple[int, int]] = []
    for i, c in enumerate(rec.get("claims") or []):
        span = locate(text, c.get("start"), c.get("end"), c.get("evidence"), taken)
        info = {"index": i, "claim": c, "chain": chain_of(c, rec), "located": span is not None,
                "stance": c.get("stance") or "assert"}
        claims.append(info)
        if span:
            taken.append(span)
            outer.append((span[0], span[1], {"kind": "claim", **info}))
    facts = []
    inner: list[tuple[int, int, dict[str, Any]]] = []
    for i, f in enumerate(rec.get("facts") or []):
        span = locate(text, f.get("start"), f.get("end"), f.get("evidence"), [])
        info = {"index": i, "fact": f, "label": fact_label(f)}
        facts.append(info)
        if not span:
            continue
        fig = _figure_span(text, span, f)
        if fig:
            inner.append((fig[0], fig[1], {"kind": "figure", **info}))
        if not any(s <= span[0] and span[1] <= e for s, e, _ in outer) and f.get("claim") is None:
            outer.append((span[0], span[1], {"kind": "factsent", **info}))
    figures = {(s, e) for s, e, _ in inner}
    ents = [m for m in _entity_marks(text, rec.get("entities") or [])
            if not any(s < m[1] and m[0] < e for s, e in figures)]
    inner.extend(ents)

    def pieces(lo: int, hi: int, marks: list[tuple[int, int, dict[str, Any]]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        pos = lo
        for s, e, d in sorted((m for m in marks if m[0] >= lo and m[1] <= hi), key=lambda m: m[0]):
            if s < pos:
                continue
            if s > pos:
                out.append({"kind": "text", "text": text[pos:s]})
            out.append({**d, "text": text[s:e]})
            pos = e
        if pos < hi:
            out.append({"kind": "text", "text": text[pos:hi]})
        return out

    lines = []
    pos = 0
    for raw_line in text.split("\n"):
        lo, hi = pos, pos + len(raw_line)
        pos = hi + 1
        if not raw_line.strip():
            continue
        row: list[dict[str, Any]] = []
        cur = lo
        for s, e, d in sorted(outer, key=lambda m: (m[0], -m[1])):
            s2, e2 = max(s, lo), min(e, hi)
            if s2 >= e2 or s2 < cur:
                continue
            row.extend(pieces(cur, s2, inner))
            row.append({**d, "children": pieces(s2, e2, inner)})
            cur = e2
        row.extend(pieces(cur, hi, inner))
        lines.append({"start": lo, "is_title": lo < body_start and bool(rec.get("title")), "pieces": row})
    return {"lines": lines, "claims": claims, "facts": facts}


def text_dir(rec: dict[str, Any]) -> str:
    """`rtl` for Arabic (and Persian, Hebrew, Urdu) articles, `ltr` for the rest."""
    lang = (rec.get("language") or "").lower()
    if lang:
        return "rtl" if lang in {"ar", "fa", "he", "ur", "ps", "ku"} else "ltr"
    sample = (rec.get("title") or "") + (rec.get("body") or "")[:400]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return "rtl" if arabic >= latin else "ltr"


def fold_key(s: str | None) -> str:
    """A key to compare names across records (the scorer's normalisation, Latin lower-cased)."""
    return normalize(s or "").lower().strip()


def mark_terms(text: str | None, query: str | None) -> list[tuple[str, bool]]:
    """`text` in pieces, each flagged when its word holds a query word (compared normalised, clitics allowed)."""
    terms = [t for t in (fold_key(w) for w in (query or "").split()) if len(t) > 1]
    out: list[tuple[str, bool]] = []
    for piece in re.split(r"(\s+)", text or ""):
        hit = bool(piece.strip()) and any(t in fold_key(piece) for t in terms)
        if out and out[-1][1] == hit:
            out[-1] = (out[-1][0] + piece, hit)
        else:
            out.append((piece, hit))
    return out
