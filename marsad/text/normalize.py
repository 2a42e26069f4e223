"""Arabic-aware normalisation for matching; the original text is never changed.

Folds what Arabic spelling varies on (alef with hamza or madda, alef maqsura, ta marbuta,
hamza seats), drops diacritics and tatweel, maps Eastern Arabic and Persian digits to
Western ones and lower-cases Latin. The fold is the same one `../shared/eval/score.py`
compares with, so a name that matches here matches there. Each function keeps string
length apart from the removed marks, which is why tokens are normalised one by one.
"""
from __future__ import annotations

import re
import unicodedata

# diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ے": "ي", "ۀ": "ه",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "٬": ",", "٫": ".", "،": ",", "؛": ";", "؟": "?",
})
_DIGITS = str.maketrans({"٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
                         "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9"})
_PUNCT = re.compile(r"[\"'“”„«»‹›`´’‘()\[\]{}<>.,،؛;:!?؟…•·\-–—_/\\|*#@%&+=~^]")
_LATIN_MARKS = re.compile(r"[\u0300-\u036f]")


def strip_marks(text: str) -> str:
    """Remove Arabic diacritics and tatweel only."""
    return _MARKS.sub("", text)


def western_digits(text: str) -> str:
    return text.translate(_DIGITS)


def normalize(text: str | None) -> str:
    """Fold one word or phrase for matching (no punctuation removal, spaces kept)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", text).translate(_FOLD)
    if not text.isascii():
        text = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
        text = unicodedata.normalize("NFC", text)
    return text.lower()


def fold(text: str | None) -> str:
    """`normalize`, then punctuation and quotes dropped and white space collapsed: a key for lookups."""
    return " ".join(_PUNCT.sub(" ", normalize(text)).split())


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic: a line feature for cleaning and language checks."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in letters) / len(letters)
