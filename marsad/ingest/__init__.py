"""Ingest: files, folders, globs, stdin and URLs → `RawPage`s (or `Skip`s with a reason).

Minimal first version (plain text files and folders); the foundation issue completes it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.document import RawPage

DEFAULT_MAX_BYTES = 10_000_000


@dataclass
class Skip:
    """An input that was not analysed, and why."""

    source: str
    reason: str


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawPage | Skip]:
    for inp in inputs:
        p = Path(inp)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.suffix != ".txt":
                continue
            yield RawPage(id=f.stem, text=f.read_text(encoding="utf-8"), source_path=str(f))
