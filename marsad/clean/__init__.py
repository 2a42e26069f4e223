"""Stage: clean — boilerplate lines out, title, outlet, date and language found.

Minimal first version: every non-empty line is kept, the first one is the title. The
cleaning issue replaces it.
"""
from __future__ import annotations

import re

from marsad.document import Document, Line


def run(doc: Document, ctx) -> None:
    lines = [Line(m.start(), m.end()) for m in re.finditer(r"[^\n]*", doc.source) if m.end() > m.start()]
    doc.lines = []
    title = None
    body = []
    for ln in lines:
        if not doc.source[ln.start:ln.end].strip():
            ln.kind = "blank"
        elif title is None:
            ln.kind = "title"
            title = (ln.start, ln.end)
        else:
            body.append((ln.start, ln.end))
        doc.lines.append(ln)
    doc.set_text(body, title)
    doc.language = "ar"
