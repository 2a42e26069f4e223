"""Reading the bundled data files (lexicons, gazetteers, the knowledge base).

One loader for every stage: libyaml's C parser when PyYAML has it (about five times faster
than the pure-Python one on our lexicons, which matters for a cold `marsad analyze`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: str | Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
