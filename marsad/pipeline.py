"""The stages, in order, that turn a `RawPage` into an analysed `Document`.

Each stage is a plain function `stage(doc, ctx) -> None` that adds one layer to the
document (spaCy's components, without the registry): clean → segment → entities →
claims → facts. `PIPELINE_VERSION` changes whenever the code version or any bundled data
file (lexicons, knowledge base) changes, so the store knows which articles to re-analyse.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from marsad import __version__
from marsad.document import Document, RawPage

Stage = Callable[[Document, "Context"], None]
PACKAGE_DIR = Path(__file__).parent


@dataclass
class Context:
    """What stages share across a batch: the knowledge base, options and batch statistics."""

    kb: Any = None  # marsad.kb.KnowledgeBase
    reference_date: date | None = None  # for relative dates when a page gives none
    batch: dict[str, Any] = field(default_factory=dict)  # e.g. line counts per outlet for boilerplate
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def default(cls, kb_path: str | Path | None = None, reference_date: date | None = None) -> Context:
        from marsad.kb import load_kb

        return cls(kb=load_kb(kb_path), reference_date=reference_date)


def segment(doc: Document, ctx: Context) -> None:
    """Sentences and tokens of the clean text."""
    from marsad.text import split_sentences, tokenize

    doc.sentences = split_sentences(doc.text)
    doc.tokens = tokenize(doc.text)


def stages() -> list[tuple[str, Stage]]:
    from marsad import claims, clean, entities, facts

    return [
        ("clean", clean.run),
        ("segment", segment),
        ("entities", entities.run),
        ("claims", claims.run),
        ("facts", facts.run),
    ]


def analyze_page(raw: RawPage, ctx: Context) -> Document:
    """Run every stage on one page."""
    source = raw.text if raw.text is not None else ""
    doc = Document(id=raw.id, source=source, raw=raw)
    for _name, stage in stages():
        stage(doc, ctx)
    return doc


def analyze_pages(raws: Iterable[RawPage], ctx: Context) -> Iterator[Document]:
    for raw in raws:
        yield analyze_page(raw, ctx)


@cache
def pipeline_version() -> str:
    """Code version plus a digest of every bundled data file."""
    h = hashlib.sha1(__version__.encode())
    for p in sorted(PACKAGE_DIR.rglob("*")):
        if p.is_file() and p.suffix in {".yaml", ".yml", ".json", ".tsv", ".txt"} and "samples" not in p.parts \
                and "static" not in p.parts:
            h.update(p.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(p.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"
