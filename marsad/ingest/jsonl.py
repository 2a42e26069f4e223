"""JSON Lines (one article per line) and JSON files (an object or a list of them).

Fields: `id`, `url`, `html` or `text`, optional `outlet`, `published`, `crawled`, `title`;
any other keys go to `RawPage.meta`. Lines are read one at a time, so a large export is
streamed and `max_bytes` limits each line, not the file. A bad line is a `Skip` naming
the line; the following lines go on.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from marsad.document import RawPage
from marsad.ingest.base import Options, Origin, Skip
from marsad.ingest.decode import Undecodable, decode, universal_newlines
from marsad.ingest.html import html_page
from marsad.ingest.ids import content_id, url_id

KNOWN = ("id", "url", "html", "text", "outlet", "published", "crawled", "title")
_LOOKS_HTML = re.compile(r"^\s*(<!doctype\s+html|<html[\s>])", re.I)


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; None for a line longer than `max_bytes` (read past, not kept)."""
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the overlong line
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def read_jsonl(stream: IO[bytes], origin: Origin, opts: Options) -> Iterator[RawPage | Skip]:
    any_line = False
    for lineno, line in _lines(stream, opts.max_bytes):
        label = f"{origin.name}:{lineno}"
        if line is None:
            any_line = True
            yield Skip(label, f"too large: line {lineno} is over the limit of {opts.max_bytes} bytes")
            continue
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        any_line = True
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = decode(line)[0]
            except Undecodable as e:
                yield Skip(label, f"undecodable: line {lineno}: {e}")
                continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield Skip(label, f"not JSON: line {lineno}: {e.msg} (column {e.colno})")
            continue
        yield record_page(obj, origin, label)
    if not any_line:
        yield Skip(origin.name, "empty: no JSON lines")


def read_json(text: str, origin: Origin) -> Iterator[RawPage | Skip]:
    """A JSON document: one article object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield Skip(origin.name, f"not JSON: {e.msg} (line {e.lineno})")
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield Skip(origin.name, "empty: no JSON objects")
    for i, obj in enumerate(items, 1):
        yield record_page(obj, origin, f"{origin.name}[{i}]" if isinstance(data, list) else origin.name)


def _str(v: Any) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, dict):  # e.g. {"name": "Al Jazeera"} in the contract's style
        v = v.get("name")
        return str(v) if v else None
    return str(v)


def record_page(obj: Any, origin: Origin, label: str) -> RawPage | Skip:
    """One article object → a page (or a Skip saying what is wrong with it)."""
    if not isinstance(obj, dict):
        return Skip(label, f"not an article object: a JSON {type(obj).__name__}")
    html = obj.get("html") if isinstance(obj.get("html"), str) and obj["html"].strip() else None
    text = obj.get("text") if isinstance(obj.get("text"), str) and obj["text"].strip() else None
    if html is None and text is None:
        return Skip(label, "no text: neither html nor text")
    if html is None and _LOOKS_HTML.match(text):
        html, text = text, None
    url = _str(obj.get("url"))
    given = _str(obj.get("id"))
    rid = given or (url_id(url) if url else content_id(html or text))
    name = f"{label} ({given})" if given else label
    page: RawPage | Skip
    if html is not None:
        page = html_page(html, Origin(name=name, id=rid, url=url))
        if isinstance(page, Skip):
            if text is None:
                return page
            page = RawPage(id=rid, format="txt")  # broken markup, but the text is there
        page.text = universal_newlines(text) if text is not None else None
    else:
        page = RawPage(id=rid, text=universal_newlines(text), format="txt")
    page.url = url
    page.outlet = _str(obj.get("outlet"))
    page.published = _str(obj.get("published"))
    page.crawled = _str(obj.get("crawled")) or origin.crawled
    page.title = _str(obj.get("title"))
    page.source_path = name
    page.meta = {**origin.meta, **{k: v for k, v in obj.items() if k not in KNOWN}}
    return page
