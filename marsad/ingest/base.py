"""What every reader shares: the `Skip` record, the batch options and the page origin."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_MAX_BYTES = 10_000_000


@dataclass
class Skip:
    """An input that was not analysed, and why (shown in the batch summary).

    `reason` reads "<kind>: <detail>", so a summary can count by kind: binary, empty,
    too large, undecodable, broken HTML, not a response, not text, HTTP error, timeout,
    fetch failed, not fetched, not JSON, no text, not found, no match, unreadable, error…
    """

    source: str
    reason: str


@dataclass
class Options:
    """Batch-wide settings the readers need."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    reference_date: str | None = None
    fetch: bool = True
    fetcher: Any = None  # urls.Fetcher, created by read_inputs


@dataclass
class Origin:
    """Where a blob of bytes came from: what a reader needs to name and id its pages."""

    name: str  # for messages: a path, "<stdin>", a URL, "file.warc#uri"
    id: str | None = None  # id of a single-article source (file stem); None → hash
    ext: str = ""  # lower-case extension ("" when none)
    url: str | None = None
    content_type: str | None = None  # media type from HTTP / WARC headers
    charset: str | None = None  # charset declared by HTTP headers
    crawled: str | None = None
    source_path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
