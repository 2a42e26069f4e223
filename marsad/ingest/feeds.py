"""RSS and Atom feeds, parsed with feedparser: one article per item.

An item is analysed from its full content, else its summary, as plain text: the item's
title, a blank line, then the paragraphs (the shape of a scraped page, so the cleaner
finds the headline first). When the item has only a short summary (a teaser) and
fetching is on, its link is fetched and the page analysed instead; if that fails, the
summary is kept and the failure noted in `meta["fetch_error"]`.
"""
from __future__ import annotations

import calendar
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime

import feedparser

from marsad.document import RawPage
from marsad.ingest.base import Options, Origin, Skip
from marsad.ingest.html import fragment_text
from marsad.ingest.ids import content_id, url_id

SHORT_SUMMARY = 600  # characters of text: below this a summary is a teaser, not the article

PagesFromURL = Callable[[str, Origin, Options], Iterator[RawPage | Skip]]


def looks_like_feed(head: str) -> bool:
    head = head[:4096].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    return datetime.fromtimestamp(calendar.timegm(struct), UTC).isoformat().replace("+00:00", "Z")


def _item_text(detail) -> str:
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or "html"):
        return fragment_text(value) if value.strip() else ""
    return value.strip()


def read_feed(data: bytes, origin: Origin, opts: Options, pages_from_url: PagesFromURL) -> Iterator[RawPage | Skip]:
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True,
                              response_headers={"content-location": origin.url} if origin.url else None)
    if not parsed.entries:
        why = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        yield Skip(origin.name, f"not a feed: unreadable or without items{why}")
        return
    feed = parsed.feed
    feed_title = feed.get("title") or None
    feed_meta = {k: v for k, v in {"feed_title": feed_title, "feed_link": feed.get("link"),
                                   "feed_url": origin.url}.items() if v}
    for i, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        label = f"{origin.name}#{link or i}"
        title = (entry.get("title") or "").strip() or None
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed")) \
            or entry.get("published") or entry.get("updated")
        meta = {**origin.meta, **feed_meta}
        body, via = "", None
        if entry.get("content"):
            body = max((_item_text(c) for c in entry.content), key=len)
            via = "content"
        if not body and entry.get("summary_detail"):
            body = _item_text(entry.summary_detail)
            via = "summary"
        if via != "content" and link and opts.fetch and len(body) < SHORT_SUMMARY:
            got_page = False
            item_origin = Origin(name=f"{label} (link)", id=url_id(link), url=link, meta=meta)
            # a linked page that is itself a feed is read, but its own links are not followed
            for item in pages_from_url(link, item_origin, replace(opts, fetch=False)):
                if isinstance(item, Skip):
                    meta = {**meta, "fetch_error": item.reason}
                    continue
                item.title = item.title or title
                item.published = item.published or published
                item.outlet = item.outlet or feed_title
                item.meta = {**item.meta, "feed_summary": body} if body else item.meta
                got_page = True
                yield item
            if got_page:
                continue
        if not body:
            yield Skip(label, "empty: feed item without content or summary" + (f" ({meta['fetch_error']})" if
                                                                           "fetch_error" in meta else ""))
            continue
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        meta["feed_text_from"] = via
        yield RawPage(id=url_id(link) if link else content_id(text), text=text, url=link, outlet=feed_title,
                      published=published, crawled=origin.crawled, title=title, source_path=label,
                      format="txt", meta=meta)
