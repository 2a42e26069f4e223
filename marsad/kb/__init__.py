"""The knowledge base: entities with ids, types, canonical English names and aliases.

Data files in `marsad/kb/data/*.yaml` (sources noted in each file), extended or
overridden by a user file (`--kb my.yaml`). See `marsad/kb/README.md` for the format.
"""
from __future__ import annotations

from marsad.kb.base import Entry, KnowledgeBase, load_kb

__all__ = ["Entry", "KnowledgeBase", "load_kb"]
