"""WARC and WARC.gz crawls, read record by record with warcio.

Response records carry the pages: WARC-Target-URI becomes the url (and the id's hash),
WARC-Date the crawl date (the reference for relative dates in the text), the HTTP
Content-Type header the format and charset. Every other record (warcinfo, request,
metadata, revisit…) is reported as a Skip, as are error responses and non-text payloads.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from marsad.document import RawPage
from marsad.ingest.base import Options, Origin, Skip
from marsad.ingest.ids import url_id

# Payload media types that are never articles: skipped without reading them.
_NOT_TEXT_PREFIXES = ("image/", "audio/", "video/", "font/", "application/font", "application/vnd.",
                      "application/octet-stream", "application/pdf", "application/zip", "application/gzip",
                      "application/javascript", "application/x-javascript", "text/javascript", "text/css",
                      "application/json", "application/wasm")

PagesFromBytes = Callable[[bytes, Origin, Options], Iterator[RawPage | Skip]]


def not_text(media_type: str | None) -> bool:
    return bool(media_type) and media_type.startswith(_NOT_TEXT_PREFIXES)


def read_warc(stream: IO[bytes], origin: Origin, opts: Options,
              pages_from_bytes: PagesFromBytes) -> Iterator[RawPage | Skip]:
    """Pages of a WARC stream; `pages_from_bytes` turns each payload into pages (HTML, text, feed)."""
    n = 0
    records = iter(ArchiveIterator(stream))
    while True:
        try:
            rec = next(records)
        except StopIteration:
            break
        except Exception as e:  # warcio fails in many ways on a cut or damaged record
            yield Skip(origin.name, f"corrupt WARC: record {n + 1} could not be read ({type(e).__name__}: {e})")
            break
        n += 1
        uri = rec.rec_headers.get_header("WARC-Target-URI")
        label = f"{origin.name}#{uri or rec.rec_headers.get_header('WARC-Record-ID') or n}"
        if rec.rec_type != "response":
            yield Skip(label, f"not a response: WARC {rec.rec_type} record")
            continue
        if rec.http_headers is None:
            yield Skip(label, "not a response: WARC response without HTTP headers")
            continue
        status = rec.http_headers.get_statuscode()
        if not (status or "").startswith("2"):
            yield Skip(label, f"HTTP error: {rec.http_headers.statusline or status}")
            continue
        ctype = rec.http_headers.get_header("Content-Type") or ""
        media = ctype.split(";")[0].strip().lower() or None
        if not_text(media):
            yield Skip(label, f"not text: {media}")
            continue
        data = rec.content_stream().read(opts.max_bytes + 1)
        if len(data) > opts.max_bytes:
            yield Skip(label, f"too large: over the limit of {opts.max_bytes} bytes")
            continue
        charset = None
        for part in ctype.split(";")[1:]:
            key, _, val = part.partition("=")
            if key.strip().lower() == "charset":
                charset = val.strip().strip("\"'") or None
        rec_origin = Origin(name=label, id=url_id(uri) if uri else None, url=uri, content_type=media,
                            charset=charset, crawled=rec.rec_headers.get_header("WARC-Date"),
                            source_path=label, meta=dict(origin.meta))
        yield from pages_from_bytes(data, rec_origin, opts)
    if n == 0:
        yield Skip(origin.name, "empty: no WARC records")
