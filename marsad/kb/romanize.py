"""A standard English romanisation of Arabic names, for entities no knowledge base holds.

Unvocalised Arabic cannot be romanised letter by letter without guessing the short vowels,
so names are looked up first in a table of given names and name particles with the spelling
English-language media use (`marsad/entities/data/names.yaml`: محمد → Mohammad, رأفت →
Raafat), and only the rest is spelled letter by letter, with an «a» guessed inside consonant
clusters and Slavic-looking words (…وف, …سكي) spelled with o/e/v. The result is stable: the
same Arabic always gives the same English, so it can serve as an id across articles.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from marsad.datafiles import load_yaml
from marsad.text.normalize import fold, strip_marks

NAMES_FILE = Path(__file__).resolve().parents[1] / "entities" / "data" / "names.yaml"

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "ة": "a", "ى": "a", "ء": "", "ؤ": "", "ئ": "", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v",
    "ک": "k", "ی": "y",
}
_VOWEL_LETTERS = set("اأإآٱىة")
_SLAVIC_END = ("وف", "يف", "سكي", "فيتش", "يتش", "نكو", "وفا", "يفا", "ييف", "سكايا")


@lru_cache(maxsize=1)
def name_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(given names, particles, ambiguous given names), keys folded."""
    data = load_yaml(NAMES_FILE)
    given = {fold(k): v for k, v in (data.get("given") or {}).items()}
    particles = {fold(k): v for k, v in (data.get("particles") or {}).items()}
    ambiguous = frozenset(fold(k) for k in data.get("ambiguous") or [])
    return given, particles, ambiguous


def _letters(word: str) -> str:
    """Letter-by-letter spelling of one unvocalised Arabic word."""
    slavic = word.endswith(_SLAVIC_END) or word.endswith("سلاف")
    foreign = slavic or "تش" in word
    out: list[str] = []
    n = len(word)
    skip = False
    for i, c in enumerate(word):
        if skip:
            skip = False
            continue
        if c == "ت" and word[i + 1:i + 2] == "ش":
            out.append("ch")  # «تش» writes a foreign ch
            skip = True
            continue
        if c == "غ" and foreign:
            out.append("g")  # Russian г is written غ
            continue
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if c in "وي":
            consonantal = i == 0 or prev in _VOWEL_LETTERS or (prev in "وي" and c != prev) or (nxt != "" and nxt in "اى")
            if consonantal:
                out.append("w" if c == "و" else "y")
            elif c == "و":
                out.append("o" if slavic else ("w" if i == n - 1 else "u"))
            else:
                out.append("e" if slavic and i < n - 1 else "i")
            continue
        if c == "ع" and i == 0:
            out.append("a" if nxt not in _VOWEL_LETTERS and nxt not in "وي" else "")
            continue
        if c == "ف" and slavic and i == n - 1:
            out.append("v")
            continue
        if c == "ه" and i == n - 1 and prev not in _VOWEL_LETTERS:
            out.append("a" if prev else "h")  # final «ه» is mostly a ta marbuta written without dots
            continue
        out.append(_LETTERS.get(c, c if c.isascii() else ""))
    s = "".join(out)
    if not foreign:
        # a short vowel after the first consonant of a cluster: «فرزات» frzat → farzat
        s = re.sub(r"^([bcdfghjklmnpqrstvwxz]h?)(?=[bcdfghjklmnpqrstvwxyz])", r"\1a", s)
    return s


def romanize_word(word: str, first: bool = False) -> str:
    given, particles, _ = name_tables()
    w = strip_marks(word)
    key = fold(w)
    if not key:
        return ""
    if w.isascii():
        return w
    if key in given:
        return given[key]
    if key in particles:
        p = particles[key]
        return p[0].upper() + p[1:] if first else p
    if key.startswith("وال") and len(key) > 4 and not first:
        rest = romanize_word(w[3:])
        return "wal-" + rest[:1].upper() + rest[1:]  # «والأنصار» → wal-Ansar
    if key.startswith("ال") and len(key) > 3:
        rest = romanize_word(w[2:])
        rest = rest[:1].upper() + rest[1:]
        return ("Al-" if first else "al-") + rest
    s = _letters(w)
    return s[:1].upper() + s[1:]


def romanize(text: str) -> str:
    """English spelling of an Arabic name: table words first (also two-word entries), letters otherwise."""
    given, _, _ = name_tables()
    words = [w for w in re.split(r"[\s\-_]+", strip_marks(text)) if w]
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and fold(words[i] + " " + words[i + 1]) in given:
            out.append(given[fold(words[i] + " " + words[i + 1])])
            i += 2
            continue
        r = romanize_word(words[i], first=not out)
        if r:
            out.append(r)
        i += 1
    return " ".join(out)


def slug(text: str) -> str:
    """Lower-case ASCII id part: «Bilal al-Tayyibani» → bilal-al-tayyibani."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"
