"""The corpus stage's data file, loaded once."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data" / "corpus.yaml"


@cache
def corpus_lexicon() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as f:
        return yaml.safe_load(f)
