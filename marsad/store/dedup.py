"""Exact and near-duplicate detection: a content hash and a 64-bit Simhash.

Simhash (Charikar 2002; Manku et al. 2007, the scheme Google used for web crawling) turns
the folded word 3-shingles of an article into 64 bits so that near-identical texts differ
in few bits. Splitting the fingerprint into 4 bands of 16 bits means any two fingerprints
within Hamming distance 3 share at least one band exactly (pigeonhole), so candidates are
found with an index on the bands instead of comparing all pairs.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np

from marsad.text import fold

BANDS = 4
BAND_BITS = 64 // BANDS
MAX_DISTANCE = 3  # ≤ BANDS - 1, so that one band always matches exactly
MIN_SHINGLES = 8  # below this a fingerprint says little: too short to call anything a near-copy
_SHIFTS = np.arange(64, dtype=np.uint64)


def content_hash(*parts: str | None) -> str:
    """Digest of the raw input: the same bytes in, the same hash out."""
    h = hashlib.sha1()
    for p in parts:
        h.update((p or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def shingles(text: str, n: int = 3) -> list[str]:
    words = fold(text).split()
    if len(words) < n:
        return [" ".join(words)] if words else []
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]


def simhash(text: str) -> int | None:
    """64-bit Simhash of the folded text, or None when the text is too short to fingerprint."""
    sh = set(shingles(text))
    if len(sh) < MIN_SHINGLES:
        return None
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in sh),
        dtype=np.uint64, count=len(sh))
    bits = ((hashes[:, None] >> _SHIFTS) & np.uint64(1)).sum(axis=0)
    out = 0
    for i in np.nonzero(bits * 2 > len(sh))[0]:
        out |= 1 << int(i)
    return out


def bands(h: int) -> list[int]:
    """The 4 bands of a fingerprint; the i-th band is only ever compared with other i-th bands."""
    mask = (1 << BAND_BITS) - 1
    return [(h >> (i * BAND_BITS)) & mask for i in range(BANDS)]


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def to_signed(h: int | None) -> int | None:
    """Databases store signed 64-bit integers."""
    if h is None:
        return None
    return h - (1 << 64) if h >= 1 << 63 else h


def to_unsigned(h: int | None) -> int | None:
    if h is None:
        return None
    return h + (1 << 64) if h < 0 else h


class DedupIndex:
    """In-memory band index, for batches analysed without a store (the Python API)."""

    def __init__(self) -> None:
        self._bands: list[dict[int, list[str]]] = [defaultdict(list) for _ in range(BANDS)]
        self._hash: dict[str, int] = {}
        self._seq: dict[str, int] = {}

    def find(self, h: int | None, exclude: str | None = None) -> str | None:
        """The first-seen article within MAX_DISTANCE of `h`, or None."""
        if h is None:
            return None
        best: tuple[int, int, str] | None = None
        for i, b in enumerate(bands(h)):
            for cand in self._bands[i].get(b, ()):
                if cand == exclude:
                    continue
                d = distance(h, self._hash[cand])
                if d <= MAX_DISTANCE and (best is None or (self._seq[cand], d) < best[:2]):
                    best = (self._seq[cand], d, cand)
        return best[2] if best else None

    def add(self, doc_id: str, h: int | None) -> None:
        if h is None or doc_id in self._hash:
            return
        self._hash[doc_id] = h
        self._seq[doc_id] = len(self._seq)
        for i, b in enumerate(bands(h)):
            self._bands[i][b].append(doc_id)
