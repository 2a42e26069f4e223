"""Ingest: files, folders, globs, stdin and URLs → `RawPage`s (or `Skip`s with a reason).

One module per concern: `files` expands the inputs, `dispatch` sniffs the format of each
blob and hands it to `txt`, `html`, `jsonl`, `warc` or `feeds`; `decode` turns bytes into
text, `urls` fetches, `ids` names the articles. A bad input never stops the batch: it
becomes a `Skip` with the reason, and reading goes on with the next one.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.document import RawPage
from marsad.ingest.base import DEFAULT_MAX_BYTES, Options, Skip
from marsad.ingest.files import expand, read_source, source_ids
from marsad.ingest.urls import Fetcher

__all__ = ["DEFAULT_MAX_BYTES", "RawPage", "Skip", "read_inputs"]


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, *, timeout: float = 20.0,
                reference_date: str | None = None, fetch: bool = True) -> Iterator[RawPage | Skip]:
    """Every article of the inputs, in input order, or a `Skip` for what cannot be read.

    `max_bytes` limits a file, a fetched page, a WARC record or a JSON line; `timeout`
    bounds each download; `fetch=False` leaves URLs and feed links alone. A
    `reference_date` given by the user is passed on in `meta["reference_date"]` of pages
    that carry no crawl date of their own.
    """
    if isinstance(inputs, str):
        inputs = [inputs]
    sources = expand(inputs)
    ids = source_ids(sources)
    opts = Options(max_bytes=max_bytes, timeout=timeout, reference_date=reference_date, fetch=fetch,
                   fetcher=Fetcher(timeout=timeout, max_bytes=max_bytes))
    try:
        for src in sources:
            try:
                for item in read_source(src, ids, opts):
                    if isinstance(item, RawPage) and reference_date and not item.crawled:
                        item.meta.setdefault("reference_date", reference_date)
                    yield item
            except Exception as e:  # one bad input must not end the batch
                yield Skip(src.name, _error_reason(e))
    finally:
        opts.fetcher.close()


def _error_reason(e: Exception) -> str:
    if isinstance(e, PermissionError):
        return "unreadable: permission denied"
    if isinstance(e, OSError) and e.strerror:
        return f"unreadable: {e.strerror}"
    return f"error: {type(e).__name__}: {e}"
