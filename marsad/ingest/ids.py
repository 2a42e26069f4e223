"""Stable article ids.

The file stem when it is unique in the batch (the seeds' `000_845ca8f044a526e3`);
otherwise the path relative to the input root, made longer only as far as needed; for
articles inside a container (JSON Lines, WARC, feed) or from a URL or stdin, the given id
or a short hash of the URL or of the content, so re-running gives the same id.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path, PurePath


def short_hash(value: str | bytes) -> str:
    """First 16 hex digits of SHA-1: short, stable across runs and machines."""
    if isinstance(value, str):
        value = value.encode("utf-8")
    return hashlib.sha1(value).hexdigest()[:16]


def url_id(url: str) -> str:
    return short_hash(url.strip())


def content_id(text: str) -> str:
    return short_hash(text)


def _stem(name: str) -> str:
    suffix = _suffixes(name)
    return name[: -len(suffix)] if suffix else name


def _candidates(path: Path, root: Path, given: str) -> list[str]:
    """Ids for one file, shortest first (positions are levels shared by all files)."""
    try:
        rel = PurePath(path.relative_to(root))
    except ValueError:
        rel = PurePath(path.name)
    rel_stem = rel.with_name(_stem(path.name))
    return [_stem(path.name), rel_stem.as_posix(), rel.as_posix(), PurePath(given).as_posix(),
            path.resolve().as_posix()]


def _suffixes(name: str) -> str:
    """`.warc.gz` counts as one extension (its stem is the crawl's name), others the last one."""
    low = name.lower()
    for double in (".warc.gz", ".arc.gz", ".jsonl.gz", ".json.gz", ".txt.gz", ".html.gz"):
        if low.endswith(double) and len(name) > len(double):
            return name[-len(double):]
    return PurePath(name).suffix


def file_ids(files: list[tuple[Path, Path, str]]) -> dict[Path, str]:
    """Id of each distinct file; `files` holds (path, input root, path as given).

    Only files whose stem clashes get the longer forms (computed lazily: a batch of
    thousands of uniquely named files costs one pass over the names).
    """
    ids = {f: _stem(f.name) for f, _root, _given in files}
    counts = Counter(ids.values())
    clash = {f: (root, given) for f, root, given in files if counts[ids[f]] > 1}
    if not clash:
        return ids
    cands = {f: _candidates(f, root, given) for f, (root, given) in clash.items()}
    level = dict.fromkeys(cands, 0)
    while True:
        for f, c in cands.items():
            ids[f] = c[level[f]]
        counts = Counter(ids.values())
        moving = [f for f in cands if counts[ids[f]] > 1 and level[f] < len(cands[f]) - 1]
        if not moving:
            return ids
        for f in moving:
            level[f] += 1
