"""The publication date of a page, never a site's today-widget.

In order: the date the input gives; HTML/JSON-LD metadata; a date in the URL
(/2020/10/30/); then the text. In the text only two things count: a date line or
time stamp between the headline and the article («نشر في …», «الخميس 29 أكتوبر 2020»),
and «اليوم» naming the day of writing in the first paragraphs («اليوم الجمعة 30 من تشرين
الأول»), resolved against the reference date (crawl date, WARC-Date or
`--reference-date`): without a year and without a reference it stays unknown. A date
alone in the header, above the headline, is the site's clock and is never taken.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from marsad.clean.boilerplate import LEAD_DATE_WORDS, Feat
from marsad.text.dates import find_dates, parse_iso

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/\-_.]|$)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")  # Sputnik: /20201030/
_FIRST_PARAGRAPHS = 3
_PUBLISHED = re.compile(r"^(?:first published|published|posted|تاريخ النشر|تم النشر|نشر|نشرت)\b", re.I)


def reference_date(raw: Any, ctx_reference: date | None) -> date | None:
    """The date relative expressions are read against: the crawl date, else the batch's reference."""
    meta = getattr(raw, "meta", None) or {}
    for v in (getattr(raw, "crawled", None), meta.get("warc_date"), meta.get("reference_date")):
        if isinstance(v, date):
            return v.date() if isinstance(v, datetime) else v
        d = parse_iso(v) if v else None
        if d:
            return d
    return ctx_reference


def from_url(url: str | None) -> date | None:
    if not url:
        return None
    m = _URL_DATE.search(url) or _URL_COMPACT.search(url)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def find(raw: Any, meta: dict[str, Any], feats: list[Feat], title: int | None,
         ref: date | None) -> tuple[str | None, str | None]:
    """(ISO date, evidence) of publication, or (None, None)."""
    given = getattr(raw, "published", None)
    if given and (d := parse_iso(given)):
        return d.isoformat(), "given by the input"
    for key in ("date_published", "published_time", "date"):
        if meta.get(key) and (d := parse_iso(meta[key])):
            return d.isoformat(), f"HTML metadata ({key})"
    url = getattr(raw, "url", None) or meta.get("url")
    if (d := from_url(url)) is not None:
        return d.isoformat(), "URL"
    # text: never above the headline
    start = next((k for k, f in enumerate(feats) if f.i == title), -1) + 1
    first_anchor = next((k for k, f in enumerate(feats) if k >= start and f.anchor), len(feats))
    lead_end = first_anchor
    if first_anchor == start and title is not None:
        # a standfirst right under the headline: byline and date come after it (Guardian, Al Jazeera English)
        lead_end = next((k for k, f in enumerate(feats) if k > first_anchor and f.anchor), len(feats))
    for k in range(start, lead_end):
        f = feats[k]
        # a date line, a time stamp, or a byline with a date («عنب بلدي | 30 تشرين الأول 2020»);
        # after a standfirst only bare date lines («Sun 4 May 2025 18.40 BST»), not «Last updated …»
        if k >= first_anchor and not f.date_only:
            continue
        if f.date_only or (f.category is not None and f.category.name == "timestamp") or \
                (k < first_anchor and f.reason and f.words <= LEAD_DATE_WORDS and not f.reason.startswith(("headline", "photo", "repeats"))
                 and (f.category is None or f.category.name != "caption")):  # a photo's date may be a file photo's
            for m in find_dates(f.text, ref):
                if m.date and (m.has_year or (ref and (f.date_only or f.category is not None))):
                    return m.date.isoformat(), f"date line «{f.text.strip()}»"
    # a publication stamp further down («First published on …», «تاريخ النشر: …» under the text)
    for f in feats[first_anchor:]:
        if (f.date_only or f.category is not None and f.category.name == "timestamp") and _PUBLISHED.match(f.key):
            for m in find_dates(f.text, ref):
                if m.date and m.has_year:
                    return m.date.isoformat(), f"time stamp «{f.text.strip()}»"
    anchors = [f for f in feats[first_anchor:] if f.anchor][:_FIRST_PARAGRAPHS]
    for f in anchors:
        if "اليوم" not in f.key and "today" not in f.key:
            continue  # only «اليوم …» dates the writing; skip the date search elsewhere
        for m in find_dates(f.text, ref):
            if m.relative == "day" and m.offset == 0 and m.date and (m.month or m.weekday is not None):
                return m.date.isoformat(), f"«{m.text}» in the text, reference {ref}"
    return None, None
