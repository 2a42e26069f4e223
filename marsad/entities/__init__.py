"""Stage: entities (to be built)."""
from __future__ import annotations

from marsad.document import Document


def run(doc: Document, ctx) -> None:
    """Add the entities layer to `doc`."""
    return None
