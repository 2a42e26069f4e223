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


def _candidates(path: Path, root: Path, given: str) -> list[str]:
    """Ids for one file, shortest first (positions are levels shared by all files)."""
    try:
        rel = PurePath(path.relative_to(root))
    except ValueError:
        rel = PurePath(path.name)
    name = path.name
    stem = name[: -len(_suffixes(name))] if _suffixes(name) else name
    rel_stem = rel.with_name(stem)
    return [stem, rel_stem.as_posix(), rel.as_posix(), PurePath(given).as_posix(), path.resolve().as_posix()]


def _suffixes(name: str) -> str:
    """`.warc.gz` counts as one extension (its stem is the crawl's name), others the last one."""
    low = name.lower()
    for double in (".warc.gz", ".arc.gz", ".jsonl.gz", ".json.gz", ".txt.gz", ".html.gz"):
        if low.endswith(double) and len(name) > len(double):
            return name[-len(double):]
    return PurePath(name).suffix


def file_ids(files: list[tuple[Path, Path, str]]) -> dict[Path, str]:
    """Id of each distinct file; `files` holds (path, input root, path as given)."""
    cands = {f: _candidates(f, root, given) for f, root, given in files}
    level = dict.fromkeys(cands, 0)
    while True:
        ids = {f: c[min(level[f], len(c) - 1)] for f, c in cands.items()}
        counts = Counter(ids.values())
        clashing = [f for f, i in ids.items() if counts[i] > 1 and level[f] < len(cands[f]) - 1]
        if not clashing:
            return ids
        for f in clashing:
            level[f] += 1
