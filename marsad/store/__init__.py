"""The store: SQLite by default, PostgreSQL through the same code (see store.py)."""
from marsad.store.dedup import DedupIndex, simhash
from marsad.store.store import Store, database_url, default_db, raw_hash

__all__ = ["Store", "DedupIndex", "simhash", "database_url", "default_db", "raw_hash"]
