"""HTML pages: main text and metadata with trafilatura, dates and publisher from JSON-LD/meta tags.

The extracted text becomes `doc.source` and then goes through the same line cleaning as
plain text (trafilatura keeps "read more" links, credit lines and the like). The markup
stays in `doc.raw.html`. Dates are taken from metadata only — trafilatura's date search
is told not to scan the page text, where a site's today-widget lives.
"""
from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass, field
from typing import Any

_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_META = re.compile(r"<meta\s[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "backgroundnewsarticle", "opinionnewsarticle", "webpage", "liveblogposting"}
_META_DATE = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date", "publish-date",
              "article.published")


@dataclass
class HtmlPage:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def _walk_ld(obj: Any):
    if isinstance(obj, list):
        for x in obj:
            yield from _walk_ld(x)
    elif isinstance(obj, dict):
        yield obj
        for k in ("@graph", "mainEntity", "itemListElement"):
            if k in obj:
                yield from _walk_ld(obj[k])


def jsonld(html: str) -> dict[str, Any]:
    """datePublished, headline and publisher name of the page's article object, if any."""
    out: dict[str, Any] = {}
    for m in _LD.finditer(html):
        try:
            data = json.loads(m.group(1).strip())
        except (ValueError, RecursionError):
            continue
        for item in _walk_ld(data):
            types = item.get("@type")
            types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if not types & _ARTICLE_TYPES:
                continue
            if item.get("datePublished") and "date_published" not in out:
                out["date_published"] = str(item["datePublished"])
            if item.get("headline") and "headline" not in out:
                out["headline"] = htmllib.unescape(str(item["headline"]))
            pub = item.get("publisher")
            if isinstance(pub, list) and pub:
                pub = pub[0]
            if isinstance(pub, dict) and pub.get("name") and "publisher" not in out:
                out["publisher"] = htmllib.unescape(str(pub["name"]))
    return out


def meta_tags(html: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    head = html[:200000]
    for m in _META.finditer(head):
        attrs = {a.lower(): htmllib.unescape(b or c or d) for a, b, c, d in _ATTR.findall(m.group())}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        val = attrs.get("content")
        if not key or not val:
            continue
        if key in _META_DATE and "published_time" not in out:
            out["published_time"] = val
        elif key == "og:site_name" and "og_site_name" not in out:
            out["og_site_name"] = val
        elif key == "og:url" and "og_url" not in out:
            out["og_url"] = val
        elif key == "og:title" and "og_title" not in out:
            out["og_title"] = val
    return out


def extract(html: str, url: str | None = None) -> HtmlPage:
    """Main text and metadata of an HTML page; never raises on broken markup."""
    import trafilatura

    meta: dict[str, Any] = {}
    meta.update(meta_tags(html))
    meta.update(jsonld(html))
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # broken markup: fall back to the bare text below
        meta["warning"] = f"trafilatura failed: {type(e).__name__}"
    text = ""
    if doc is not None:
        text = doc.text or ""
        for k in ("title", "sitename", "date", "url", "hostname", "author"):
            v = getattr(doc, k, None)
            if v:
                meta[k] = v
    if not text.strip():
        try:
            text = trafilatura.html2txt(html) or ""
        except Exception:
            text = ""
        if not text.strip():
            text = htmllib.unescape(re.sub(r"<[^>]+>", "\n", re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", html)))
            text = "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())
    if meta.get("og_site_name"):
        meta["sitename"] = meta["og_site_name"]
    if meta.get("headline") and not meta.get("title"):
        meta["title"] = meta["headline"]
    if not meta.get("url") and meta.get("og_url"):
        meta["url"] = meta["og_url"]
    return HtmlPage(text=text, meta=meta)
