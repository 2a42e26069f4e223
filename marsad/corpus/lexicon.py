"""The corpus stage's data file, loaded once."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from marsad.datafiles import load_yaml

DATA = Path(__file__).parent / "data" / "corpus.yaml"


@cache
def corpus_lexicon() -> dict[str, Any]:
    return load_yaml(DATA)
