"""Language of the article and of each line.

lingua, restricted to the languages of the region's news (Arabic, English, Russian, Turkish,
French, Persian, Hebrew), is built once per process. It is only asked where the script
leaves a real choice — Latin text, or Arabic script with Persian letters; short or mixed
lines and plain Arabic are decided by their script, which is both faster and more
reliable on a few words.
"""
from __future__ import annotations

import re
from functools import cache

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


_SCRIPT = {
    "arabic": re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "hebrew": re.compile(r"[\u05d0-\u05ea]"),
    "persian": re.compile(r"[پچژگکی]"),
}


_OTHER = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\u05d0-\u05eaپچژگکی]")


def scripts(text: str) -> dict[str, int]:
    """Letters per script (Persian letters counted again under "persian")."""
    return {k: len(rx.findall(text)) for k, rx in _SCRIPT.items()}


def detect(text: str, min_words: int = 4, latin: str | None = None) -> str | None:
    """ISO 639-1 code of `text`, by script where that decides and by lingua where it does not.

    `latin`: the language to give Latin-script text without asking lingua (a line of an
    article whose language is already known).
    """
    if _OTHER.search(text) is None:  # plain Arabic script, no Latin, Cyrillic, Hebrew or Persian letters
        return "ar" if _SCRIPT["arabic"].search(text) else None
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
    if latin:
        return latin
    if len(text.split()) < min_words:
        return "en"
    return _lingua(text) or "en"


def article_language(body: str, title: str | None = None) -> str | None:
    sample = ((title or "") + "\n" + body)[:600]
    return detect(sample)
