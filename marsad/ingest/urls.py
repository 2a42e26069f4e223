"""Fetching http(s) inputs and feed-item links with httpx.

The size limit is enforced while streaming (a server may lie about or omit
Content-Length), and the timeout bounds the whole download, not only each read, so a
server that trickles one byte a second cannot hold the batch.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from marsad import __version__

USER_AGENT = f"marsad/{__version__} (news analysis; +https://pypi.org/project/marsad)"


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason shown to the user."""


@dataclass
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str  # media type, lower case, without parameters
    charset: str | None
    content: bytes
    fetched_at: str  # ISO 8601 UTC


def is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


class Fetcher:
    """One HTTP client for a batch (connection reuse), created on first use."""

    def __init__(self, timeout: float = 20.0, max_bytes: int = 10_000_000) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _get_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(follow_redirects=True, timeout=httpx.Timeout(self.timeout),
                                        headers={"User-Agent": USER_AGENT})
        return self._client

    def fetch(self, url: str) -> Fetched:
        """GET `url`; raises `FetchError` on network errors, HTTP errors, timeout or size."""
        deadline = time.monotonic() + self.timeout
        try:
            with self._get_client().stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP error: {resp.status_code} {resp.reason_phrase}".strip())
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"too large: {int(declared)} bytes > limit {self.max_bytes}")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"too large: more than {self.max_bytes} bytes")
                    if time.monotonic() > deadline:
                        raise FetchError(f"timeout: no complete response within {self.timeout:g} s")
                    chunks.append(chunk)
                ctype = resp.headers.get("content-type", "")
                media = ctype.split(";")[0].strip().lower()
                return Fetched(url=str(resp.url), status=resp.status_code, content_type=media,
                               charset=resp.charset_encoding, content=b"".join(chunks),
                               fetched_at=now_iso())
        except httpx.TimeoutException as e:
            raise FetchError(f"timeout: no complete response within {self.timeout:g} s") from e
        except httpx.HTTPError as e:
            raise FetchError(f"fetch failed: {type(e).__name__}: {e}") from e


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
