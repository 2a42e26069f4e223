"""HTML pages: handed on whole (the clean stage runs trafilatura and reads `<meta>`).

Ingest only checks that there is a page at all: markup with no text in it (an empty
template, a truncated `<head>`) is "broken HTML" and skipped with that reason, so the
batch summary says so rather than producing an article with nothing in it.
"""
from __future__ import annotations

import re
from html import unescape

import lxml.html
from lxml import etree

from marsad.document import RawPage
from marsad.ingest.base import Origin, Skip
from marsad.ingest.txt import page_id

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "blockquote", "section", "article", "figure", "figcaption", "pre", "hr", "header", "footer", "dd", "dt"}


_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?(?:-->|$)|</?[A-Za-z!][^>]*(?:>|$)", re.S | re.I)
_WORD = re.compile(r"[^\W_]")


def has_text(html: str) -> bool:
    """Whether any letter or digit is left once markup, scripts and styles are removed.

    A regular expression, not a parse: it runs on every page, and the clean stage parses
    the page anyway; it only has to tell a page from an empty shell."""
    return bool(_WORD.search(unescape(_INVISIBLE.sub(" ", html))))


def visible_text(root) -> str:
    """Text of a parsed tree without scripts and styles, one line per block element."""
    for el in root.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() == "br":
                continue
            el.text = "\n" + (el.text or "")
    lines = (" ".join(ln.split()) for ln in root.text_content().split("\n"))
    return "\n".join(ln for ln in lines if ln)


def html_page(html: str, origin: Origin) -> RawPage | Skip:
    if not html.strip():
        return Skip(origin.name, "empty: no text")
    if not has_text(html):
        return Skip(origin.name, "broken HTML: no text in the page")
    return RawPage(id=page_id(origin, html), html=html, text=None, url=origin.url, crawled=origin.crawled,
                   source_path=origin.source_path or origin.name, format="html", meta=dict(origin.meta))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), paragraphs on their own lines."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    return visible_text(root)
