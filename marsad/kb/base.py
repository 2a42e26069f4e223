"""Loading the knowledge base and looking names up in it."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.datafiles import load_yaml
from marsad.text.normalize import fold

DATA_DIR = Path(__file__).parent / "data"


@dataclass
class Entry:
    id: str
    type: str  # PER | ORG | LOC
    name: str  # canonical English name
    subtype: str | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)  # language -> names
    attrs: dict[str, Any] = field(default_factory=dict)  # country, part_of, backed_by, ownership, domains …

    def all_aliases(self) -> list[str]:
        out = [self.name]
        for names in self.aliases.values():
            out.extend(names)
        return out


class KnowledgeBase:
    def __init__(self, entries: list[Entry] | None = None) -> None:
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, list[str]] = {}  # folded alias -> entry ids
        for e in entries or []:
            self.add(e)

    def add(self, e: Entry) -> None:
        """Add or override an entry (a user file's entry with a known id replaces it)."""
        if e.id in self.entries:
            old = self.entries[e.id]
            for a in old.all_aliases():
                ids = self.index.get(fold(a), [])
                if e.id in ids:
                    ids.remove(e.id)
        self.entries[e.id] = e
        for a in e.all_aliases():
            key = fold(a)
            if key:
                ids = self.index.setdefault(key, [])
                if e.id not in ids:
                    ids.append(e.id)

    def lookup(self, name: str) -> list[Entry]:
        return [self.entries[i] for i in self.index.get(fold(name), [])]

    def get(self, id_: str | None) -> Entry | None:
        return self.entries.get(id_) if id_ else None

    def of_subtype(self, *subtypes: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.subtype in subtypes]

    def __len__(self) -> int:
        return len(self.entries)


def _entries_from(data: Any) -> list[Entry]:
    items = data.get("entries", []) if isinstance(data, dict) else (data or [])
    out = []
    for d in items:
        d = dict(d)
        out.append(Entry(
            id=str(d.pop("id")), type=d.pop("type"), name=d.pop("name"), subtype=d.pop("subtype", None),
            aliases={k: list(v) for k, v in (d.pop("aliases", None) or {}).items()}, attrs=d,
        ))
    return out


def read_kb_file(path: str | Path) -> list[Entry]:
    return _entries_from(load_yaml(path))


@lru_cache(maxsize=8)
def _load(user: str | None) -> KnowledgeBase:
    kb = KnowledgeBase()
    for p in sorted(DATA_DIR.glob("*.yaml")):
        for e in read_kb_file(p):
            kb.add(e)
    if user:
        for e in read_kb_file(user):
            kb.add(e)
    return kb


def load_kb(user_file: str | Path | None = None) -> KnowledgeBase:
    """The bundled knowledge base, with a user file's entries added or overriding (cached)."""
    return _load(str(user_file) if user_file else None)
