"""Which reader gets a blob of bytes: the format is sniffed from the content first,
then from the HTTP/WARC media type and the file extension when the content says nothing.

`pages_from_stream` serves files and stdin: it reads only a head to decide, streams the
container formats (WARC, JSON Lines, where `max_bytes` limits each record, not the file),
and reads the rest of the single-article formats up to `max_bytes`.
"""
from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from typing import IO

from marsad.document import RawPage
from marsad.ingest.base import Options, Origin, Skip
from marsad.ingest.decode import Undecodable, binary_kind, bom_encoding, declared_charset, decode
from marsad.ingest.feeds import looks_like_feed, read_feed
from marsad.ingest.html import html_page
from marsad.ingest.ids import url_id
from marsad.ingest.jsonl import read_json, read_jsonl
from marsad.ingest.txt import text_page
from marsad.ingest.urls import FetchError
from marsad.ingest.warc import read_warc

HEAD_BYTES = 65536
GZIP_MAGIC = b"\x1f\x8b"
HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
FEED_EXTS = {".rss", ".atom"}
JSONL_EXTS = {".jsonl", ".ndjson", ".jsonlines"}
WARC_EXTS = {".warc", ".warc.gz"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
_HTML_START = re.compile(r"^(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.S)


def sniff(head: bytes, ext: str = "", content_type: str | None = None) -> str:
    """warc | jsonl | json | html | feed | xml | txt, "binary:<what it is>" or "notwarc:<why>"."""
    if head.startswith(b"WARC/"):
        return "warc"
    what = binary_kind(head)
    if what:
        return f"binary:{what}"
    if content_type in HTML_TYPES:
        return "html"
    if content_type in FEED_TYPES:
        return "feed"
    enc = bom_encoding(head)
    low = head.decode(enc or "latin-1", "ignore").lstrip("\ufeff \t\r\n")[:4096].lower()
    if low.startswith(("<?xml", "<rss", "<feed", "<rdf:rdf")):
        if looks_like_feed(low):
            return "feed"
        return "html" if "<html" in low else "xml"
    if ext in FEED_EXTS:
        return "feed"
    if _HTML_START.match(low) or (ext in HTML_EXTS and "<" in low):
        return "html"
    if ext in WARC_EXTS:
        return "notwarc:no WARC/ header"
    if ext in JSONL_EXTS:
        return "jsonl"
    if low.startswith("{"):
        first, nl, _ = head.lstrip(b"\xef\xbb\xbf \t\r\n").partition(b"\n")
        if not nl and len(head) >= HEAD_BYTES:
            return "jsonl"  # a first line longer than the head: an article with its HTML
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if ext == ".json" or low.startswith(("{", "[")):
        return "json"
    return "txt"


def _ext_without_gz(ext: str) -> str:
    return ext[:-3] if ext.endswith(".gz") else ""


def pages_from_bytes(data: bytes, origin: Origin, opts: Options) -> Iterator[RawPage | Skip]:
    """Pages of one blob held in memory (a file, a fetched URL, a WARC payload)."""
    if not data.strip():
        yield Skip(origin.name, "empty: no content" if not data else "empty: only white space")
        return
    if data.startswith(GZIP_MAGIC):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
                inner = g.read(opts.max_bytes + 1)
        except (OSError, EOFError, zlib.error) as e:
            yield Skip(origin.name, f"corrupt gzip: {e}")
            return
        if len(inner) > opts.max_bytes:
            yield Skip(origin.name, f"too large: over the limit of {opts.max_bytes} bytes uncompressed")
            return
        origin.ext = _ext_without_gz(origin.ext)
        yield from pages_from_bytes(inner, origin, opts)
        return
    kind = sniff(data[:HEAD_BYTES], origin.ext, origin.content_type)
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), origin, opts, pages_from_bytes)
        return
    if kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), origin, opts)
        return
    if kind.startswith("binary:"):
        yield Skip(origin.name, f"binary: {kind.partition(':')[2]}")
        return
    if kind.startswith("notwarc:"):
        yield Skip(origin.name, f"not a WARC file: {kind.partition(':')[2]}")
        return
    if kind == "feed":
        yield from read_feed(data, origin, opts, pages_from_url)
        return
    try:
        text, encoding = decode(data, declared=origin.charset or declared_charset(data[:HEAD_BYTES]))
    except Undecodable as e:
        yield Skip(origin.name, f"undecodable: {e}")
        return
    origin.meta = {**origin.meta, "encoding": encoding}
    if kind == "html":
        yield html_page(text, origin)
    elif kind == "json":
        if origin.ext == ".json":
            yield from read_json(text, origin)
            return
        try:
            json.loads(text)
        except ValueError:
            yield text_page(text, origin)  # text that merely starts with a bracket
            return
        yield from read_json(text, origin)
    elif kind == "xml":
        yield Skip(origin.name, "unsupported XML: neither an RSS/Atom feed nor HTML")
    else:
        yield text_page(text, origin)


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them), put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._pos = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._pos < len(self._head):
            n = min(len(b), len(self._head) - self._pos)
            b[:n] = self._head[self._pos:self._pos + n]
            self._pos += n
            return n
        data = self._rest.read(len(b))
        b[:len(data)] = data
        return len(data)


class _TolerantGzip(io.RawIOBase):
    """Decompressed bytes of a gzip stream that end, instead of raising, where the data is
    cut or corrupt (a crawl interrupted mid-write): the records before the damage are kept."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._gz = gzip.GzipFile(fileobj=raw)
        self.error: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.error:
            return 0
        try:
            data = self._gz.read1(len(b))  # read1: a partial read is not lost with the error
        except (OSError, EOFError, zlib.error) as e:
            self.error = str(e)
            return 0
        b[:len(data)] = data
        return len(data)


def _read_up_to(stream: IO[bytes], n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = stream.read(min(n - got, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def pages_from_stream(stream: IO[bytes], origin: Origin, opts: Options,
                      size: int | None = None) -> Iterator[RawPage | Skip]:
    """Pages of a file or stdin; `size` (when known) lets an oversize file be skipped unread."""
    head = _read_up_to(stream, HEAD_BYTES)
    if not head:
        yield Skip(origin.name, "empty: no content")
        return
    if head.startswith(GZIP_MAGIC):
        inner = _TolerantGzip(io.BufferedReader(_Prefixed(head, stream)))
        origin.ext = _ext_without_gz(origin.ext) if origin.ext != ".warc.gz" else ".warc"
        yield from pages_from_stream(io.BufferedReader(inner), origin, opts)
        if inner.error:
            yield Skip(origin.name, f"corrupt gzip: {inner.error} (what came before it was read)")
        return
    kind = sniff(head, origin.ext, origin.content_type)
    if kind in ("warc", "jsonl"):
        whole = io.BufferedReader(_Prefixed(head, stream))
        if kind == "warc":
            yield from read_warc(whole, origin, opts, pages_from_bytes)
        else:
            yield from read_jsonl(whole, origin, opts)
        return
    if size is not None and size > opts.max_bytes:
        yield Skip(origin.name, f"too large: {size} bytes, over the limit of {opts.max_bytes}")
        return
    data = head + _read_up_to(stream, opts.max_bytes + 1 - len(head))
    if len(data) > opts.max_bytes:
        yield Skip(origin.name, f"too large: over the limit of {opts.max_bytes} bytes")
        return
    yield from pages_from_bytes(data, origin, opts)


def pages_from_url(url: str, origin: Origin, opts: Options) -> Iterator[RawPage | Skip]:
    """Fetch `url` and read what comes back (an article page, or a feed)."""
    try:
        got = opts.fetcher.fetch(url)
    except FetchError as e:
        yield Skip(origin.name, str(e))
        return
    if got.content_type.startswith(("image/", "audio/", "video/", "font/")):
        # other types are sniffed: a .warc.gz or a text file is often served as octet-stream
        yield Skip(origin.name, f"not text: {got.content_type}")
        return
    path = got.url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1].lower()
    ext = "." + path.rsplit(".", 1)[1] if "." in path else ""
    yield from pages_from_bytes(got.content, Origin(
        name=origin.name, id=origin.id or url_id(url), ext=ext, url=got.url, content_type=got.content_type,
        charset=got.charset, crawled=got.fetched_at, source_path=origin.source_path,
        meta={**origin.meta, **({"requested_url": url} if got.url != url else {})}), opts)
