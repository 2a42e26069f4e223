"""What the dev-set data tests share: the gold format's vocabularies and the scorer's text fold.

Both dev sets (`tests/devset`, `tests/devset2`) are checked the same way; the fold repeats
../shared/eval/score.py's so the tests need nothing outside the repo.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

SPEAKER_KINDS = {"person", "anonymous", "organization", "media", "government"}
STANCES = {"assert", "deny", "not_rule_out"}
FACT_KINDS = {"killed", "wounded", "deployed", "recruited", "returned", "handed_over", "detained",
              "displaced", "force_size", "other"}
VAGUE = {"dozens", "hundreds", "thousands", "tens_of_thousands", "hundreds_of_thousands", "several_thousand", "several"}
ENTITY_TYPES = {"PER", "ORG", "LOC"}
CONFLICTS = {"numeric", "stance", "update"}

# The scorer's text fold (../shared/eval/score.py).
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       **{chr(0x660 + i): str(i) for i in range(10)}})
_PUNCT = re.compile(r"[\"'“”„«»‹›`´’‘()\[\]{}<>.,،؛;:!?؟…•·\-–—_/\\|*#@%&+=~^]")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _DIACRITICS.sub("", text).translate(_FOLD).lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c) or "\u0600" <= c <= "\u06ff")
    return " ".join(_PUNCT.sub(" ", text).split())


def present(form: str, text_n: str) -> bool:
    """A surface form occurs on word boundaries, allowing the leading clitics the scorer forgives."""
    f = norm(form)
    pats = [r"(?:^| )(?:و|ف)?(?:ب|ل|ك)?" + re.escape(f) + r"(?= |$)"]
    if f.startswith("ال"):
        pats.append(r"(?:^| )(?:و|ف)?(?:لل|بال|كال)" + re.escape(f[2:]) + r"(?= |$)")
    return any(re.search(p, text_n) for p in pats)


def gold_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.name != "corpus.json")


def load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))
