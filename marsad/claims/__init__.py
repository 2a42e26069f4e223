"""Stage: claims (to be built)."""
from __future__ import annotations

from marsad.document import Document


def run(doc: Document, ctx) -> None:
    """Add the claims layer to `doc`."""
    return None
