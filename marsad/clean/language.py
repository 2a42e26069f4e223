"""Language of the article and of each line.

lingua, restricted to the languages of the region's news (Arabic, English, Russian, Turkish,
French, Persian, Hebrew), is built once per process. It is only asked where the script
leaves a real choice — Latin text, or Arabic script with Persian letters; short or mixed
lines and plain Arabic are decided by their script, which is both faster and more
reliable on a few words.
"""
from __future__ import annotations

from functools import cache

_PERSIAN = set("پچژگکی")
LANGS = ("ar", "en", "ru", "tr", "fr", "fa", "he")


@cache
def detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.ARABIC, Language.ENGLISH, Language.RUSSIAN, Language.TURKISH, Language.FRENCH,
             Language.PERSIAN, Language.HEBREW]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _lingua(text: str) -> str | None:
    lang = detector().detect_language_of(text)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def scripts(text: str) -> dict[str, int]:
    counts = {"arabic": 0, "latin": 0, "cyrillic": 0, "hebrew": 0, "persian": 0}
    for c in text:
        if not c.isalpha():
            continue
        o = ord(c)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            counts["arabic"] += 1
            if c in _PERSIAN:
                counts["persian"] += 1
        elif o < 0x0250:
            counts["latin"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x0590 <= o <= 0x05FF:
            counts["hebrew"] += 1
    return counts


def detect(text: str, min_words: int = 4) -> str | None:
    """ISO 639-1 code of `text`, by script where that decides and by lingua where it does not."""
    c = scripts(text)
    total = c["arabic"] + c["latin"] + c["cyrillic"] + c["hebrew"]
    if not total:
        return None
    top = max(("arabic", "latin", "cyrillic", "hebrew"), key=lambda k: c[k])
    if top == "cyrillic":
        return "ru"
    if top == "hebrew":
        return "he"
    if top == "arabic":
        if c["persian"] >= max(2, 0.02 * c["arabic"]) and len(text.split()) >= min_words:
            return _lingua(text) or "fa"
        return "ar"
    if len(text.split()) < min_words:
        return "en"
    return _lingua(text) or "en"


def article_language(body: str, title: str | None = None) -> str | None:
    sample = ((title or "") + "\n" + body)[:1500]
    return detect(sample)
