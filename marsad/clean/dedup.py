"""Fingerprints for exact and near-duplicate detection (the store compares them).

`content_hash` is a digest of the folded title and body: reprints that differ only in
diacritics, hamza spelling or white space hash alike. `simhash` is trafilatura's 64-bit
Simhash of the folded body; near-duplicates differ in a few bits.
"""
from __future__ import annotations

import hashlib

from trafilatura.deduplication import Simhash

from marsad.text.normalize import fold


def content_hash(title: str | None, body: str) -> str:
    return hashlib.sha1(fold((title or "") + "\n" + body).encode("utf-8")).hexdigest()


def simhash(body: str) -> int | None:
    text = fold(body)
    if not text:
        return None
    return Simhash(text).hash


def hamming(a: int, b: int) -> int:
    return bin(a ^ b).count("1")
