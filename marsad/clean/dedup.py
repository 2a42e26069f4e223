"""Fingerprints for exact and near-duplicate detection (the store compares them).

`content_hash` is a digest of the folded title and body: reprints that differ only in
diacritics, hamza spelling or white space hash alike. `simhash` is the store's 64-bit
word-set Simhash of the body (`marsad.store.dedup.simhash`), so the fingerprint the
cleaner sets is the one the store's banded index and distance threshold are tuned for;
trafilatura's Simhash is the fallback when the store package is not there.
"""
from __future__ import annotations

import hashlib

from marsad.text.normalize import fold


def content_hash(title: str | None, body: str) -> str:
    return hashlib.sha1(fold((title or "") + "\n" + body).encode("utf-8")).hexdigest()


def simhash(body: str) -> int | None:
    try:
        from marsad.store.dedup import simhash as store_simhash
    except ImportError:
        store_simhash = None
    if store_simhash is not None:
        return store_simhash(body)
    from trafilatura.deduplication import Simhash

    text = fold(body)
    return Simhash(text).hash if text else None


def hamming(a: int, b: int) -> int:
    return bin(a ^ b).count("1")
