"""The store: SQLite by default, PostgreSQL through the same code (see store.py).

Names are imported on first use, so that `marsad.store.output` (used by every command's
listings) does not pull SQLAlchemy into the start-up of the command line.
"""
from __future__ import annotations

import importlib
from typing import Any

_NAMES = {
    "Store": "marsad.store.store", "database_url": "marsad.store.store", "default_db": "marsad.store.store",
    "raw_hash": "marsad.store.store", "DedupIndex": "marsad.store.dedup", "simhash": "marsad.store.dedup",
}
__all__ = list(_NAMES)


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        return getattr(importlib.import_module(_NAMES[name]), name)
    raise AttributeError(f"module 'marsad.store' has no attribute {name!r}")
