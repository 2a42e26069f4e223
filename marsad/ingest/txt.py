"""Plain text as scraped: headline, site debris and body in one file, kept verbatim.

The cleaner decides what is boilerplate; ingest only decodes and unifies line endings.
"""
from __future__ import annotations

from marsad.document import RawPage
from marsad.ingest.base import Origin, Skip
from marsad.ingest.decode import universal_newlines
from marsad.ingest.ids import content_id, url_id


def page_id(origin: Origin, text: str) -> str:
    if origin.id:
        return origin.id
    if origin.url:
        return url_id(origin.url)
    return content_id(text)


def text_page(text: str, origin: Origin) -> RawPage | Skip:
    text = universal_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        return Skip(origin.name, "empty: no text")
    return RawPage(id=page_id(origin, text), text=text, url=origin.url, crawled=origin.crawled,
                   source_path=origin.source_path or origin.name, format="txt", meta=dict(origin.meta))
