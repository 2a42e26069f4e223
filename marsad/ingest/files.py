"""Command-line inputs → sources: files, folders (recursively), globs, `-` (stdin), URLs.

Everything is expanded before anything is read, because a file's id (its stem) depends
on whether another file in the batch has the same stem.
"""
from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.document import RawPage
from marsad.ingest.base import Options, Origin, Skip
from marsad.ingest.dispatch import pages_from_stream, pages_from_url
from marsad.ingest.ids import _suffixes, file_ids
from marsad.ingest.urls import is_url

_MAGIC = re.compile(r"[*?[]")
# Inside folders, files that document a corpus rather than belong to it.
_DOC_NAMES = re.compile(r"^(readme|license|licence|changelog|notice)(\.|$)|\.(md|rst)$", re.I)


@dataclass
class Source:
    kind: str  # file | stdin | url | skip
    name: str
    path: Path | None = None
    root: Path | None = None
    skip: Skip | None = None


def _walk(folder: Path) -> Iterator[Path]:
    """Files under `folder`, sorted, without hidden files and corpus documentation."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            if fn.startswith(".") or _DOC_NAMES.search(fn):
                continue
            yield Path(dirpath) / fn


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    keep = []
    for p in parts:
        if _MAGIC.search(p):
            break
        keep.append(p)
    return Path(*keep) if keep else Path(".")


def expand(inputs: Iterable[str]) -> list[Source]:
    """Sources in input order; folders and globs expanded, files deduplicated."""
    out: list[Source] = []
    seen: set[tuple[int, int]] = set()
    stdin_done = False

    def add_file(path: Path, root: Path, given: str) -> None:
        st = os.stat(path)
        key = (st.st_dev, st.st_ino)  # the same file given twice, or through a link
        if key in seen:
            return
        seen.add(key)
        out.append(Source("file", given, path=path, root=root))

    for inp in inputs:
        inp = str(inp)
        if inp == "-":
            if not stdin_done:
                out.append(Source("stdin", "<stdin>"))
                stdin_done = True
            continue
        if is_url(inp):
            out.append(Source("url", inp))
            continue
        p = Path(inp)
        if p.is_dir():
            for f in _walk(p):
                add_file(f, p, str(f))
        elif p.exists():
            add_file(p, p.parent, inp)
        elif _MAGIC.search(inp):
            matches = sorted(glob.glob(inp, recursive=True))
            if not matches:
                out.append(Source("skip", inp, skip=Skip(inp, "no match: no files match this pattern")))
            root = _glob_root(inp)
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    for f in _walk(mp):
                        add_file(f, root, str(f))
                elif mp.is_file() and not mp.name.startswith("."):
                    add_file(mp, root, m)
        else:
            out.append(Source("skip", inp, skip=Skip(inp, "not found: no such file, folder or URL")))
    return out


def read_source(src: Source, ids: dict[Path, str], opts: Options) -> Iterator[RawPage | Skip]:
    """Pages of one expanded source; errors are the caller's to turn into Skips."""
    if src.kind == "skip":
        yield src.skip
    elif src.kind == "url":
        if not opts.fetch:
            yield Skip(src.name, "not fetched: fetching is off")
            return
        yield from pages_from_url(src.name, Origin(name=src.name, url=src.name, source_path=src.name), opts)
    elif src.kind == "stdin":
        yield from pages_from_stream(sys.stdin.buffer, Origin(name="<stdin>"), opts)
    else:
        path = src.path
        assert path is not None
        if not path.is_file():
            yield Skip(src.name, "unreadable: not a regular file")
            return
        size = path.stat().st_size
        if size == 0:
            yield Skip(src.name, "empty: no content")
            return
        origin = Origin(name=src.name, id=ids[path], ext=_suffixes(path.name).lower(), source_path=str(path))
        with path.open("rb") as fh:
            yield from pages_from_stream(fh, origin, opts, size=size)


def source_ids(sources: list[Source]) -> dict[Path, str]:
    files = [(s.path, s.root, s.name) for s in sources if s.kind == "file"]
    return file_ids(files)  # type: ignore[arg-type]
