"""The Python API: the CLI's verbs as functions.

    >>> import marsad
    >>> docs = marsad.analyze(["marsad/data/samples"])          # doctest: +SKIP
    >>> docs[0].claims[0].speaker.text                           # doctest: +SKIP
"""
from __future__ import annotations

import builtins
from collections.abc import Iterable
from pathlib import Path

from marsad.document import Document


def analyze(inputs: str | Path | Iterable[str | Path], kb: str | Path | None = None,
            reference_date=None) -> list[Document]:
    """Analyse files, folders or URLs and return the documents (nothing is stored)."""
    from marsad.ingest import Skip, read_inputs
    from marsad.pipeline import Context, analyze_page

    if isinstance(inputs, str | Path):
        inputs = [inputs]
    ctx = Context.default(kb, reference_date)
    out = []
    for item in read_inputs([str(i) for i in inputs]):
        if isinstance(item, Skip):
            continue
        out.append(analyze_page(item, ctx))
    return out


def open(db: str | Path | None = None):  # noqa: A001 - the verb sqlite-utils users expect
    """Open a store (SQLite path or PostgreSQL URL) to query."""
    from marsad.store import Store

    return Store.open(db)


_open = builtins.open
