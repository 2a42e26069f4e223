"""Exact and near-duplicate detection: a content hash and a 64-bit Simhash.

Simhash (Charikar 2002; Manku et al. 2007, the scheme Google used for web crawling) turns
the set of folded words of an article into 64 bits so that near-identical texts differ in
few bits. Word sets rather than 3-shingles: on news-length texts a handful of edited words
(a changed figure, a dropped credit line) moves a shingle fingerprint by 6–15 bits, a word
set one by 1–7, while different articles on the same story stay ≥ 20 bits apart.
Splitting the fingerprint into 6 bands (11/11/11/11/10/10 bits) means any two fingerprints
within Hamming distance 5 share at least one band exactly (pigeonhole), so candidates are
found with an index on the bands instead of comparing all pairs.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np

from marsad.text import fold

BAND_WIDTHS = (11, 11, 11, 11, 10, 10)
BANDS = len(BAND_WIDTHS)
MAX_DISTANCE = 5  # ≤ BANDS - 1, so that one band always matches exactly
MIN_WORDS = 8  # below this a fingerprint says little: too short to call anything a near-copy
_SHIFTS = np.arange(64, dtype=np.uint64)


def content_hash(*parts: str | None) -> str:
    """Digest of the raw input: the same bytes in, the same hash out."""
    h = hashlib.sha1()
    for p in parts:
        h.update((p or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def features(text: str) -> set[str]:
    """The distinct folded words of a text."""
    return set(fold(text).split())


def simhash(text: str) -> int | None:
    """64-bit Simhash of the folded word set, or None when the text is too short to fingerprint."""
    feats = features(text)
    if len(feats) < MIN_WORDS:
        return None
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in feats),
        dtype=np.uint64, count=len(feats))
    bits = ((hashes[:, None] >> _SHIFTS) & np.uint64(1)).sum(axis=0)
    out = 0
    for i in np.nonzero(bits * 2 > len(feats))[0]:
        out |= 1 << int(i)
    return out


def bands(h: int) -> list[int]:
    """The bands of a fingerprint; the i-th band is only ever compared with other i-th bands."""
    out, shift = [], 0
    for w in BAND_WIDTHS:
        out.append((h >> shift) & ((1 << w) - 1))
        shift += w
    return out


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
