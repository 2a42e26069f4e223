"""Finding and resolving dates in Arabic and English news text.

Arabic news writes dates in many regional calendars of month names («30 من تشرين الأول»,
«30 أكتوبر», «30 نونبر», «السادس من مارس/ آذار 2020»), with Eastern Arabic digits, and
very often without a year or relative to the day of writing («اليوم الجمعة», «أمس الأحد»,
«26 من أيلول الماضي», «الأسبوع الفائت»). `find_dates` finds every such mention and resolves
it against a reference date (the crawl date, or the publication date for facts): a date
without a year is the nearest one on or before the reference whose weekday agrees with the
one the text names. Without a reference, a mention without a year keeps its day and month
but no `date`. The calendar words are in `data/months.yaml`.

The text is matched in a folded copy (hamza/ya/ta-marbuta variants, diacritics, Eastern
digits) whose offsets map back, so mentions are spans of the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

import yaml

from marsad.text.normalize import _FOLD, _MARKS, normalize

DATA = Path(__file__).parent / "data" / "months.yaml"
_MARK_SET = frozenset(chr(c) for c in range(0x0600, 0x0700) if _MARKS.match(chr(c)))


@dataclass
class DateMention:
    """A date expression in a text, with what it fixes of the calendar."""

    start: int
    end: int
    text: str
    date: date | None = None  # the resolved day, when the text (and reference) fix one
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    relative: str | None = None  # day | week | month | year: a span relative to the reference
    offset: int | None = None  # how many such units from the reference (-1 = the last one)
    qualifier: str | None = None  # past | current | next («الماضي», «الحالي», «المقبل»)
    period: tuple[date, date] | None = None  # first and last day, for «الأسبوع الماضي», «أيلول الماضي»

    @property
    def has_year(self) -> bool:
        return self.year is not None


@dataclass(frozen=True)
class _Tables:
    month: dict[str, int]
    weekday: dict[str, int]
    ordinal: dict[str, int]
    qualifier: dict[str, str]
    relative: dict[str, int]
    unit: dict[str, str]
    regex: re.Pattern


def _alt(words) -> str:
    """Alternation of folded words, longest first, spaces matching any white space."""
    forms = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in f.split()) for f in forms)


@cache
def _tables() -> _Tables:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))

    def inv(d):
        return {normalize(w): k for k, ws in d.items() for w in ws}

    month, weekday, ordinal = inv(data["months"]), inv(data["weekdays"]), inv(data["ordinal_days"])
    qualifier, relative, unit = inv(data["qualifiers"]), inv(data["relative_days"]), inv(data["units"])
    M, WD, ORD = _alt(month), _alt(weekday), _alt(ordinal)
    Q, REL, UNIT = _alt(qualifier), _alt(relative), _alt(unit)
    mpair = rf"(?:{M})(?:\s*[/\-–(]\s*(?:{M})\)?)?"
    B, E = r"(?<![\w])", r"(?![\w])"
    # scrapers glue a visible date to its screen-reader twin: «Published On 12 Mar 202412 Mar 2024»
    glued = rf"(?=\d{{1,2}}\s+(?:{M}){E})"
    year = rf"(?:19|20)\d\d(?:(?!\d)|{glued})"
    EY = rf"(?:{E}|(?<=\d){glued})"  # the end of a date that may end with such a glued year
    day = rf"(?:\d{{1,2}}(?!\d)|(?:{ORD}))"
    lead = rf"(?:(?P<rel>{REL})\s*[,،]?\s+)?(?:(?:يوم\s+|on\s+)?(?P<wd>{WD})\s*[,،]?\s*(?:الموافق\s+)?)?"
    pats = [
        # [today] [Friday] 30 [من] October [2020] [last]
        rf"{B}{lead}(?:ال)?(?P<d>{day})(?:st|nd|rd|th)?\s*(?:من\s+)?(?:شهر\s+)?(?:[/\-.]\s*)?(?P<m>{mpair})"
        rf"(?:\s*[/\-.,،]?\s*(?:من\s+)?(?:عام\s+|سنة\s+)?(?P<y>{year}))?(?:\s+(?P<q>{Q}))?{EY}",
        # [Friday,] October 30[, 2020]
        rf"{B}(?:(?:on\s+)?(?P<wd2>{WD})\s*,?\s*)?(?P<m2>{M})\.?\s+(?P<d2>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y2>{year}))?{EY}",
        # 30/10/2020, 2020-10-30
        rf"{B}(?P<nd>\d{{1,2}})\s*(?P<s1>[/\-.])\s*(?P<nm>\d{{1,2}})\s*(?P=s1)\s*(?P<ny>{year}){E}",
        rf"{B}(?P<iy>{year})(?P<s2>[/\-.])(?P<im>\d{{1,2}})(?P=s2)(?P<id>\d{{1,2}})(?!\d)",
        # October 2020, تشرين الأول/أكتوبر من عام 2020
        rf"{B}(?:شهر\s+)?(?P<m3>{mpair})\s*(?:[/\-,،]\s*)?(?:من\s+)?(?:عام\s+|سنة\s+)?(?P<y3>{year}){EY}",
        # أيلول الماضي, last October
        rf"{B}(?:شهر\s+)?(?P<m4>{mpair})\s+(?P<q4>{Q}){E}",
        rf"{B}(?P<q4b>{Q})\s+(?P<m4b>{M}){E}",
        # الـ27 من الشهر الجاري
        rf"{B}(?:ال)?(?P<ud>{day})\s+من\s+(?:هذا\s+)?(?:الشهر)\s+(?P<uq>{Q})?{E}",
        # أمس الأحد, اليوم, يوم الأحد الماضي
        rf"{B}(?:[وف])?(?P<rel2>{REL})(?:\s*[,،]?\s+(?:يوم\s+)?(?P<wd3>{WD}))?{E}",
        rf"{B}(?:[وف]?يوم\s+|on\s+)(?P<wd4>{WD})(?:\s+(?P<q5>{Q}))?{E}",
        rf"{B}(?P<wd5>{WD})\s+(?P<q6>{Q}){E}",
        # الأسبوع الفائت, last week
        rf"{B}(?:[وف]?(?:خلال|في)\s+)?(?P<unit>{UNIT})\s+(?P<uq2>{Q}){E}",
        rf"{B}(?P<uq3>{Q})\s+(?P<unit2>{UNIT}){E}",
    ]
    rx = re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
    return _Tables(month, weekday, ordinal, qualifier, relative, unit, rx)


@cache
def hijri_pattern() -> re.Pattern:
    """Hijri dates («28 جمادى الآخرة 1445 هـ») and weekday names, on folded text: the rest of a date line."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    hijri = rf"(?:\d{{1,2}}\s+)?(?:{_alt(data.get('hijri_months', []))})(?:\s+\d{{3,4}})?(?:\s*ه[ـ]?)?"
    return re.compile(rf"{hijri}|(?<!\w)(?:{_alt(_tables().weekday)})(?!\w)", re.I)


def _fold_map(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when its length differs, the original offset of each character."""
    t = text.translate(_FOLD)
    if not _MARKS.search(t):
        low = t.lower()
        if len(low) == len(t):
            return low, None
    idx = [i for i, c in enumerate(t) if c not in _MARK_SET]
    kept = "".join(t[i] for i in idx)
    low = kept.lower()
    if len(low) != len(kept):  # a letter whose lower case is longer (rare): map it char by char
        pairs = [(ch, i) for i in idx for ch in t[i].lower()]
        low, idx = "".join(p[0] for p in pairs), [p[1] for p in pairs]
    idx.append(len(text))
    return low, idx


def _key(s: str | None) -> str:
    return " ".join(s.split()).lower() if s else ""


def _parse_day(tab: _Tables, s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    return tab.ordinal.get(_key(s))


def _month_of(tab: _Tables, s: str | None) -> int | None:
    if not s:
        return None
    first = re.split(r"\s*[/\-–(]\s*", s)[0]
    return tab.month.get(_key(first).rstrip("."))


def find_dates(text: str, reference: date | datetime | None = None) -> list[DateMention]:
    """Every date expression of `text`, resolved against `reference` when one is given."""
    tab = _tables()
    if isinstance(reference, datetime):
        reference = reference.date()
    folded, idx = _fold_map(text)
    out: list[DateMention] = []
    for m in tab.regex.finditer(folded):
        g = m.groupdict()
        s, e = (m.start(), m.end()) if idx is None else (idx[m.start()], idx[m.end() - 1] + 1)
        while e > s and text[e - 1].isspace():
            e -= 1
        dm = DateMention(s, e, text[s:e])
        if g["m"]:
            dm.day, dm.month = _parse_day(tab, g["d"]), _month_of(tab, g["m"])
            dm.year = int(g["y"]) if g["y"] else None
            dm.weekday = tab.weekday.get(_key(g["wd"])) if g["wd"] else None
            dm.qualifier = tab.qualifier.get(_key(g["q"])) if g["q"] else None
            if g["rel"]:
                dm.relative, dm.offset = "day", tab.relative.get(_key(g["rel"]))
        elif g["m2"]:
            dm.day, dm.month = int(g["d2"]), _month_of(tab, g["m2"])
            dm.year = int(g["y2"]) if g["y2"] else None
            dm.weekday = tab.weekday.get(_key(g["wd2"])) if g["wd2"] else None
        elif g["nd"]:
            dm.day, dm.month, dm.year = int(g["nd"]), int(g["nm"]), int(g["ny"])
            if dm.month > 12 and dm.day <= 12:  # 10/30/2020, the US order
                dm.day, dm.month = dm.month, dm.day
        elif g["iy"]:
            dm.year, dm.month, dm.day = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g["m3"]:
            dm.month, dm.year = _month_of(tab, g["m3"]), int(g["y3"])
        elif g["m4"] or g["m4b"]:
            dm.month = _month_of(tab, g["m4"] or g["m4b"])
            dm.qualifier = tab.qualifier.get(_key(g["q4"] or g["q4b"]))
        elif g["ud"]:
            dm.day = _parse_day(tab, g["ud"])
            dm.relative, dm.offset = "month", 0
            dm.qualifier = tab.qualifier.get(_key(g["uq"])) if g["uq"] else "current"
            if dm.qualifier == "past":
                dm.offset = -1
            elif dm.qualifier == "next":
                dm.offset = 1
        elif g["rel2"]:
            dm.relative, dm.offset = "day", tab.relative.get(_key(g["rel2"]))
            dm.weekday = tab.weekday.get(_key(g["wd3"])) if g["wd3"] else None
        elif g["wd4"] or g["wd5"]:
            dm.weekday = tab.weekday.get(_key(g["wd4"] or g["wd5"]))
            q = g["q5"] or g["q6"]
            dm.qualifier = tab.qualifier.get(_key(q)) if q else None
        elif g["unit"] or g["unit2"]:
            dm.relative = tab.unit.get(_key(g["unit"] or g["unit2"]))
            dm.qualifier = tab.qualifier.get(_key(g["uq2"] or g["uq3"]))
            dm.offset = {"past": -1, "current": 0, "next": 1}.get(dm.qualifier or "", 0)
        if dm.month is not None and not 1 <= dm.month <= 12:
            continue
        if dm.day is not None and not 1 <= dm.day <= 31:
            continue
        resolve(dm, reference)
        if dm.date:
            dm.year, dm.month, dm.day = dm.date.year, dm.date.month, dm.date.day
        out.append(dm)
    return out


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return (date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)


def resolve(dm: DateMention, ref: date | None) -> DateMention:
    """Fill `dm.date` (and `year`, `period`) from what the mention fixes and the reference date."""
    if dm.year and dm.month and dm.day:
        dm.date = _safe(dm.year, dm.month, dm.day)
        return dm
    if dm.year and dm.month:
        dm.period = (date(dm.year, dm.month, 1), _month_end(dm.year, dm.month))
        return dm
    if ref is None:
        return dm
    if dm.month and dm.day:
        dm.date = _nearest_day(dm.month, dm.day, dm.weekday, ref, dm.qualifier)
        if dm.date:
            dm.year = dm.date.year
        return dm
    if dm.month:  # «أيلول الماضي»
        y = ref.year
        if dm.qualifier == "next":
            y += dm.month < ref.month
        elif dm.month > ref.month or (dm.qualifier == "past" and dm.month == ref.month):
            y -= 1
        dm.year = y
        dm.period = (date(y, dm.month, 1), _month_end(y, dm.month))
        return dm
    if dm.relative == "month" and dm.day:  # «الـ27 من الشهر الجاري»
        y, m = ref.year, ref.month + (dm.offset or 0)
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        dm.date = _safe(y, m, dm.day)
        return dm
    if dm.relative == "day" and dm.offset is not None:
        anchor = ref + timedelta(days=dm.offset)
        if dm.weekday is not None:  # «أمس الأحد»: the weekday wins over a late crawl date
            anchor -= timedelta(days=(anchor.weekday() - dm.weekday) % 7)
        dm.date = anchor
        return dm
    if dm.relative is None and dm.weekday is not None:
        if dm.qualifier == "next":
            dm.date = ref + timedelta(days=(dm.weekday - ref.weekday() - 1) % 7 + 1)
        else:
            back = (ref.weekday() - dm.weekday) % 7
            if dm.qualifier == "past" and back == 0:
                back = 7
            dm.date = ref - timedelta(days=back)
        return dm
    if dm.relative in ("week", "month", "year"):
        off = dm.offset or 0
        if dm.relative == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=off)
            dm.period = (monday, monday + timedelta(days=6))
        elif dm.relative == "month":
            y, m = ref.year, ref.month + off
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            dm.period = (date(y, m, 1), _month_end(y, m))
        else:
            dm.period = (date(ref.year + off, 1, 1), date(ref.year + off, 12, 31))
    return dm


def _nearest_day(month: int, day: int, weekday: int | None, ref: date, qualifier: str | None) -> date | None:
    """The day-month nearest on or before `ref` (after it for «المقبل»), agreeing with `weekday`."""
    slack = ref + timedelta(days=1)  # a page's «today» may be a day ahead of the crawl clock
    years = range(ref.year + 1, ref.year - 12, -1) if qualifier != "next" else range(ref.year, ref.year + 12)
    cands = [d for y in years if (d := _safe(y, month, day))]
    if qualifier == "next":
        cands = [d for d in cands if d >= ref]
    elif qualifier == "current":
        cands = [d for d in cands if d.year == ref.year and d <= slack] or [d for d in cands if d.year == ref.year]
    else:
        cands = [d for d in cands if d <= slack]
    if weekday is not None:
        hit = next((d for d in cands if d.weekday() == weekday), None)
        if hit:
            return hit
    return cands[0] if cands else None


def parse_iso(value: str | None) -> date | None:
    """A date from an ISO-like string («2020-10-30», «2020-10-30T09:00:00Z», «20201030»)."""
    if not value:
        return None
    v = str(value).strip().translate(_FOLD)
    m = re.match(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)", v)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    found = [d for d in find_dates(v) if d.date]
    return found[0].date if found else None
