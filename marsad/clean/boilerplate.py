"""Telling article lines from page furniture, line by line, with a reason for every removal.

Scraped news pages put the article between a header (logo, dark-mode switch, today's date,
ticker) and a footer (related articles, share bars, newsletter, Telegram and donation
appeals, comment forms), with captions, tags and "read more" links in between. Three
kinds of evidence decide, none of them tied to one site:

* the phrase lexicon `data/boilerplate.yaml` (Arabic and English site chrome);
* line features: word count, letters, sentence-final punctuation, a date and nothing else,
  a repeat of the headline;
* position: nothing before the headline is article text; a related-articles block or an
  appeal ends the article; a short unpunctuated line between the headline and the text
  is a caption or label. Lines repeated on other pages of the same outlet in the batch
  (`ctx.batch`) are site furniture too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from marsad.text.dates import find_dates, hijri_pattern
from marsad.text.normalize import _PUNCT, fold, normalize

DATA = Path(__file__).parent / "data" / "boilerplate.yaml"

_SENT_END = re.compile(r"[.!?؟…:]$")
_TRAIL = "\"'”“»«’‘)]}>*"
_BULLET = re.compile(r"^\s*[•·▪●◦■□►▶›»>*]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_URL_LINE = re.compile(r"^\s*(?:(?:https?://|www\.)\S+|\S+@\S+\.\w+)\s*$", re.I)
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_CAPTION_CREDIT = re.compile(r"\(([^()]{2,60})\)\s*$")
# a photo credit closing a caption: "REUTERS/Stringer", "AP Photo/Hussein Malla", "AFP/Getty Images", "EPA-EFE/STR"
_PHOTO_CREDIT = re.compile(r"(?:^|[\s(\[])[A-Z][A-Za-z.\-]+(?:\s(?:Photo|Images|Pictures|via Getty Images))?/"
                           r"[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}[)\]]?\s*$")
# what makes a dated line under the headline a byline/date line rather than a standfirst: a clock,
# a «|» between fields, a label of publication or update
_META_LINE = re.compile(r"(?i)\d{1,2}:\d{2}|\||\b(?:update[ds]?|published|posted|by)\b|تحديث|نشر|بقلم|آخر")
LEAD_DATE_WORDS = 16  # between headline and text, an unpunctuated line with a date and up to this many words

ANCHOR_WORDS = 8  # a body line: at least this many words and a sentence end …
LONG_WORDS = 15  # … or at least this many words
SHORT_WORDS = 3  # a line this short without sentence punctuation is a label or caption
LEAD_SHORT = 7  # between headline and text, lines up to this long without punctuation are captions/labels
RESUME_WORDS = 10  # after a related-articles box, a punctuated line this long is article text again
LATIN_WIDGET_WORDS = 6
REPEAT_PAGES = 2  # a short line seen on this many other pages of the outlet is furniture
REPEAT_MAX_WORDS = 15


@dataclass
class Category:
    name: str
    end: str | None
    lines: set[str]
    prefixes: list[str]
    labels: re.Pattern | None
    contains: list[str]
    patterns: list[re.Pattern]
    max_words: int
    need_digit: bool
    prefix_needs_date: bool = False
    prefix_rx: re.Pattern | None = None
    contains_rx: re.Pattern | None = None

    def __post_init__(self) -> None:
        """One regular expression per list: a line is tested once, not once per phrase."""
        if self.prefixes:
            alt = "|".join(re.escape(p) for p in self.prefixes)
            # a Latin prefix may be glued to Arabic text («camera iconتخريج …»)
            self.prefix_rx = re.compile(rf"^(?:{alt})(?:$| |(?<=[a-z])(?=[^\x00-\x7f]))")
        if self.contains:
            alt = "|".join(re.escape(p) for p in sorted(self.contains, key=len, reverse=True))
            self.contains_rx = re.compile(rf" (?:{alt}) ")


@dataclass
class Lexicon:
    categories: list[Category]
    navigation: set[str]

    def match(self, key: str, norm: str, words: int) -> Category | None:
        """The first category whose phrases mark this line (key = folded, norm = normalised line)."""
        padded = f" {key} "
        has_digit = _DIGIT.search(key) is not None
        for c in self.categories:
            if c.need_digit and not has_digit:
                continue
            if key in c.lines:
                return c
            if words > c.max_words:
                continue
            if c.prefix_rx is not None and c.prefix_rx.match(key) and (not c.prefix_needs_date or _has_date(norm)):
                return c
            if c.labels is not None and c.labels.match(norm):
                return c
            if c.contains_rx is not None and c.contains_rx.search(padded):
                return c
            if any(p.search(norm) for p in c.patterns):
                return c
        return None

    def is_navigation(self, key: str) -> bool:
        """A menu or section bar: three or more words, most of them section names."""
        toks = key.split()
        if not 3 <= len(toks) <= 20:
            return False
        hits, i = 0, 0
        while i < len(toks):
            two = " ".join(toks[i:i + 2])
            if two in self.navigation:
                hits += 2
                i += 2
            elif toks[i] in self.navigation:
                hits += 1
                i += 1
            else:
                i += 1
        return hits / len(toks) >= 0.7


def _has_date(text: str) -> bool:
    """A clock time or a date that names at least a month."""
    return bool(_CLOCK.search(text)) or any(m.month or m.year for m in find_dates(text))


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    cats = []
    for name, d in data["categories"].items():
        labels = [normalize(x) for x in d.get("labels", [])]
        label_rx = None
        if labels:
            alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
            label_rx = re.compile(rf"^\W*(?:{alt})\s*[:：|\-–—»›]")
        cats.append(Category(
            name=name, end=d.get("end"),
            lines={fold(x) for x in d.get("lines", [])},
            prefixes=sorted({fold(x) for x in d.get("prefixes", [])}, key=len, reverse=True),
            labels=label_rx,
            contains=[fold(x) for x in d.get("contains", [])],
            patterns=[re.compile(p) for p in d.get("patterns", [])],
            max_words=int(d.get("max_words", 12)),
            need_digit=bool(d.get("need_digit")), prefix_needs_date=bool(d.get("prefix_needs_date")),
        ))
    return Lexicon(cats, {fold(x) for x in data.get("navigation", [])})


@dataclass
class Feat:
    """One non-blank line of the source and its features."""

    i: int  # index in doc.lines
    start: int
    end: int
    text: str
    norm: str
    key: str
    words: int
    letters: int
    arabic: float
    punct_end: bool
    ellipsis_end: bool
    bullet: bool
    category: Category | None = None
    date_only: bool = False
    reason: str | None = None
    static: str | None = "\0"  # cached static_reason ("\0": not computed yet)
    attrs: dict = field(default_factory=dict)

    @property
    def anchor(self) -> bool:
        """Looks like a paragraph of article text."""
        return self.reason is None and (
            (self.words >= ANCHOR_WORDS and self.punct_end) or self.words >= LONG_WORDS)

    @property
    def strong(self) -> bool:
        """Unmistakably article text, even after a related-articles block."""
        return self.reason is None and self.punct_end and not self.ellipsis_end and self.words >= LONG_WORDS


def features(i: int, text: str, start: int, end: int) -> Feat:
    stripped = text.rstrip(_TRAIL + " \t")
    norm = normalize(text)
    key = " ".join(_PUNCT.sub(" ", norm).split())  # = fold(text), without normalising twice
    words = len(_WORD.findall(key))
    return Feat(
        i=i, start=start, end=end, text=text, norm=norm, key=key, words=words,
        letters=(n := len(_LETTER.findall(text))), arabic=len(_ARABIC.findall(text)) / n if n else 0.0,
        punct_end=bool(_SENT_END.search(stripped)),
        ellipsis_end=stripped.endswith(("...", "…", "..")) and not stripped.endswith("...."),
        bullet=bool(_BULLET.match(text)),
    )


def is_date_only(f: Feat) -> bool:
    """A date (with weekday, time, separators) and nothing else: a widget or a time stamp."""
    if f.words > 12 or not any(c.isdigit() for c in f.key):
        return False
    rest = f.text
    found = False
    for m in sorted(find_dates(f.text), key=lambda d: d.start, reverse=True):
        if m.month or m.year:
            found = True
            rest = rest[:m.start] + " " + rest[m.end:]
    if not found:
        return False
    rest = hijri_pattern().sub(" ", normalize(rest))
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?|ص|م|مساء|صباحا|GMT|UTC)?", " ", rest)
    rest = re.sub(r"(?i)\b(?:GMT|UTC|BST|CET|EET)\s*[+-]?\d*|[\W\d_]+|"
                  r"\b(?:ص|م|مساء|صباحا|الساعه|الموافق|هـ|ه|at|on|updated|published|am|pm)\b", " ", rest)
    return not rest.strip()


_UNSET = "\0"


def static_reason(f: Feat, lex: Lexicon) -> str | None:
    """Why a line is furniture whatever its position, or None (computed once per line)."""
    if f.static == _UNSET:
        f.static = _static_reason(f, lex)
    return f.static


def _static_reason(f: Feat, lex: Lexicon) -> str | None:
    if is_date_only(f):
        f.date_only = True
        return "date widget or time stamp"
    if f.letters == 0:
        return "no words (symbols or numbers only)"
    if _URL_LINE.match(f.text):
        return "a bare link"
    toks = f.text.split()
    if sum(t.startswith("#") for t in toks) >= max(1, 0.5 * len(toks)):
        return "hashtags"
    cat = lex.match(f.key, f.norm, f.words)
    if cat is not None:
        f.category = cat
        return f"lexicon: {cat.name}"
    if lex.is_navigation(f.key) or (f.text.count("|") + f.text.count("»") + f.text.count(">") >= 2 and not f.punct_end
                                     and f.words <= 12):
        return "navigation bar"
    if "©" in f.text and f.words <= 25:
        return "lexicon: footer"
    return None


def same_headline(f: Feat, title_key: str) -> bool:
    """The headline again: as image text, in a ticker, or at the end of the page."""
    if not title_key or not f.key:
        return False
    if f.key == title_key:
        return True
    if f.key.startswith(title_key + " ") and len(f.key[len(title_key):].split()) <= 4:
        return True  # «headline - site name»
    if abs(len(f.key) - len(title_key)) > 0.25 * len(title_key):
        return False
    return fuzz.ratio(f.key, title_key) >= 90


def _repeats(f: Feat, other: Feat) -> bool:
    """The same text as `other`, or all of it but a credit or a few words (a caption and its alt text)."""
    a, b = f.key, other.key
    if not a or not b or min(len(a), len(b)) < 20:
        return False
    return a == b or b.startswith(a) or a.startswith(b) and len(a) - len(b) < 0.2 * len(a)


def classify(feats: list[Feat], title: int | None, lex: Lexicon) -> None:
    """Set `reason` on every line that is not article text (title line excluded)."""
    title_key = next((f.key for f in feats if f.i == title), "")
    for f in feats:
        if f.i == title:
            continue
        f.reason = static_reason(f, lex)
        if f.reason is None and same_headline(f, title_key):
            f.reason = "headline repeated"
    # an Arabic page: short Latin-script lines without a sentence are widgets («Logo», "Loading…", "Powered by …")
    letters = sum(f.letters for f in feats) or 1
    arabic_page = sum(f.arabic * f.letters for f in feats) / letters >= 0.6
    state = "lead" if title is None else "header"
    marker = ""
    for k, f in enumerate(feats):
        prev = feats[k - 1] if k else None
        if f.i == title:
            state = "lead"
            continue
        if state == "header":
            f.reason = f.reason or "before the headline (site header)"
            continue
        if f.category is not None and f.category.end and state in ("lead", "body", "soft"):
            if state != "soft" or f.category.end == "hard":
                state, marker = ("hard" if f.category.end == "hard" else "soft"), f.text.strip()[:40]
            continue
        if state == "soft" and f.reason is None and not f.ellipsis_end and (
                (f.punct_end and f.words >= RESUME_WORDS) or f.words >= 2 * RESUME_WORDS):
            state = "body"  # a paragraph after a «read also» box: the article goes on
        if state in ("soft", "hard"):
            f.reason = f.reason or f"after the end of the article («{marker}»)"
            continue
        if f.reason:
            continue
        if not f.punct_end and _PHOTO_CREDIT.search(f.text) and f.words <= 60:
            f.reason = "photo caption (ends with a photo credit)"
            continue
        if prev is not None and prev.reason and _repeats(f, prev):
            f.reason = f"repeats the line above ({prev.reason})"  # a caption again as alt text
            continue
        if state == "lead" and not f.punct_end and f.words <= LEAD_DATE_WORDS and _META_LINE.search(f.text) \
                and _has_date(f.text):
            f.reason = "byline or date line between headline and text"
            continue
        if f.anchor:
            state = "body"
            continue
        if not f.punct_end and _CAPTION_CREDIT.search(f.text) and f.words <= 30:
            f.reason = "photo caption (ends with a credit)"
        elif arabic_page and f.arabic < 0.2 and f.words <= LATIN_WIDGET_WORDS and not f.punct_end:
            f.reason = "short Latin-script line in an Arabic page (widget)"
        elif state == "lead" and not f.punct_end and f.words <= LEAD_SHORT:
            f.reason = "short line between headline and text (caption, label or byline)"
        elif not f.punct_end and f.words <= SHORT_WORDS:
            f.reason = "short line without sentence punctuation (caption or label)"
    # after the last paragraph: short unpunctuated lines are footer furniture
    for f in reversed(feats):
        if f.i == title or f.anchor:
            break
        if f.reason is None and not f.punct_end and f.words <= LEAD_SHORT:
            f.reason = "short line after the end of the article"


def batch_repeats(feats: list[Feat], title: int | None, outlet_key: str | None, page_key: str, batch: dict) -> None:
    """Mark lines seen on other pages of the same outlet in this batch; remember this page's lines."""
    if not outlet_key:
        return
    seen: dict[str, set[str]] = batch.setdefault("clean.lines", {}).setdefault(outlet_key, {})
    for f in feats:
        if f.i == title or f.words > REPEAT_MAX_WORDS or not f.key:
            continue
        pages = seen.get(f.key)
        if f.reason is None and pages and len(pages - {page_key}) >= REPEAT_PAGES:
            f.reason = f"repeated on {len(pages - {page_key})} other pages of this outlet"
    if len(seen) < 50000:
        for f in feats:
            if f.i != title and f.words <= REPEAT_MAX_WORDS and f.key:
                seen.setdefault(f.key, set()).add(page_key)
