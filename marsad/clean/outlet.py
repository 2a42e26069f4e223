"""Who published the page (`outlet`) and whose content it carries (`republished_from`).

Evidence, strongest first: the outlet the input names (JSON Lines, feeds); the URL's
domain against the `domains` of the knowledge base's media entries; HTML metadata
(og:site_name, JSON-LD publisher); what the page says of itself — "Site icon X", an appeal
that names the site («ادعم عنب بلدي»), the own half of a credit line «ليفانت- العربية نت», a
copyright line; and, weakest, a site naming itself as the party a source spoke to
(«قالت مصادر لـ"X"», in the headline or twice). Names are checked against the media
entries of the knowledge base (the one list of outlets, kept by the entities work); a
site the knowledge base lacks keeps the name it gives itself, with `id` None.

`republished_from` comes only from an explicit credit: the other half of a credit line,
«المصدر: …» / «نقلاً عن …» / «(رويترز)» at the end, or an agency dateline («بيروت (رويترز) -»).
A credit to the page's own outlet, or to «وكالات», is none. Two credits name the page
itself when nothing stronger does: «المصدر: X + وكالات» (own reporting plus wire copy)
and an agency's dateline («غزة/ الأناضول», «بغداد - واع»: the agency's own page).
Mastheads may carry a slogan or a second spelling («الشرق الأوسط | صحيفة العرب الأولى»,
«النهار | Annahar»): `masthead` tells them from a headline followed by the site's name.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from marsad.clean.boilerplate import Feat, lexicon
from marsad.text.normalize import fold, normalize

DATA = Path(__file__).parent / "data" / "credits.yaml"
MEDIA = ("media_outlet", "news_agency")
# organisations that run news sites of their own (monitors, research centres, official bodies)
PUBLISHERS = ("ngo_monitor", "research_center", "international_body", "ministry", "government", "party",
              "armed_group", "military")
SITES = (*MEDIA, "ngo_monitor", "research_center")  # what a masthead may name
_QUOTED = re.compile(r"(?<![^\W\d_])ل\s*ـ?\s*[\"“«„]([^\"“”«»\n]{2,40})[\"”»“]")
_CREDIT_SPLIT = re.compile(r"^\s*([^\-–—/|:]{2,40}?)\s*[-–—/|]\s*([^\-–—/|:]{2,40}?)\s*$")
_DATELINE = [
    re.compile(r"^\s*[^\W\d_][^()\n]{0,30}?\s*[(（]\s*([^()（）\n]{2,30}?)\s*[)）]\s*[-–—:]"),  # بيروت (رويترز) -
    re.compile(r"^\s*[(（]\s*([^()\n]{2,30}?)\s*[)）]\s*[-–—:]"),  # (AFP) -
    re.compile(r"^\s*[^\W\d_][^/\n]{0,40}?\s/([^\W\d_][\w\- ]{1,20}?)/\.?\s"),  # MOSCOW, November 17. /TASS/.
    re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[-–—/]\s*([^\W\d_]+(?:\s[^\W\d_]+)?)\s*[-–—:]?\s"),  # دمشق-سانا
    # «لندن- "القدس العربي":», «الرباط – «هسبريس»:» at the start of the paragraph: a quoted name
    re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[-–—/:]\s*[«\"“]([^«»\"“”\n]{2,30})[»\"”]\s*[-–—:]"),
    # «إسطنبول/ الأناضول», «القاهرة: «الشرق الأوسط»» alone on the line
    re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[-–—/:]\s*[«\"“]?([^\W\d_]+(?:\s[^\W\d_]+){0,2})[»\"”]?\s*[:：]?\s*$"),
]


@dataclass(frozen=True)
class Credits:
    source_labels: re.Pattern
    generic: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    cues: frozenset[str]
    domain_stop: frozenset[str]
    slogan_words: frozenset[str]


@cache
def credits() -> Credits:
    d = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    labels = sorted({normalize(x) for x in d["source_labels"]}, key=len, reverse=True)
    phrases = sorted({normalize(x) for x in d["source_phrases"]}, key=len, reverse=True)
    rx = re.compile(r"^\W*(?:(?:" + "|".join(re.escape(x) for x in labels) + r")\s*[:：\-–—]\s*|(?:"
                    + "|".join(re.escape(x) for x in phrases) + r")\s*[:：\-–—]?\s*)(.{2,80}?)\W*$")
    return Credits(
        source_labels=rx,
        generic=frozenset(fold(x) for x in d["generic_sources"]),
        prefixes=tuple(sorted({fold(x) for x in d["outlet_prefixes"]}, key=len, reverse=True)),
        suffixes=tuple(sorted({fold(x) for x in d["outlet_suffixes"]}, key=len, reverse=True)),
        cues=frozenset(fold(x) for x in d["self_reference_cues"]),
        domain_stop=frozenset(d["domain_stop"]),
        slogan_words=frozenset(fold(x) for x in d["slogan_words"]),
    )


class OutletIndex:
    """The knowledge base's media entries by name variant and by web domain."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb
        self.by_domain: dict[str, Any] = {}
        if kb is None:
            return
        # every entry with a web site publishes it (SOHR's site is SOHR's page); media entries win a shared domain
        for e in sorted(kb.entries.values(), key=lambda e: e.subtype in MEDIA):
            for dom in e.attrs.get("domains") or []:
                self.by_domain[_host(str(dom))] = e

    def name(self, text: str | None) -> Any:
        """The media entry a name refers to, trying it with and without «موقع», «نت» and the like."""
        if self.kb is None or not text:
            return None
        variants = name_variants(text)
        for subtypes in (MEDIA, PUBLISHERS):
            for v in variants:
                for e in self.kb.lookup(v):
                    if e.subtype in subtypes:
                        return e
        return None

    def host(self, url_or_host: str | None) -> Any:
        h = _host(url_or_host or "")
        while h:
            if h in self.by_domain:
                return self.by_domain[h]
            h = h.partition(".")[2] if "." in h.partition(".")[2] else ""
        return None


_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def index_for(kb: Any) -> OutletIndex:
    if kb is None:
        return OutletIndex(None)
    idx = _INDEX.get(kb)
    if idx is None:
        idx = _INDEX[kb] = OutletIndex(kb)
    return idx


def _host(s: str) -> str:
    s = s.strip().lower()
    if "//" not in s:
        s = "//" + s
    h = urlsplit(s).hostname or ""
    for p in ("www.", "m.", "amp."):
        if h.startswith(p):
            h = h[len(p):]
    return h


def domain_label(url: str | None) -> str | None:
    """The site's own part of a host name: «www.enabbaladi.net» → «enabbaladi»."""
    h = _host(url or "")
    if not h:
        return None
    parts = [p for p in h.split(".")[:-1] if p not in credits().domain_stop]
    return parts[-1] if parts else None


def name_variants(text: str) -> list[str]:
    c = credits()
    key = fold(text)
    out = [key]
    for p in c.prefixes:
        if key.startswith(p + " "):
            out.append(key[len(p) + 1:])
            break
    for k in list(out):
        for s in c.suffixes:
            if k.endswith(" " + s):
                out.append(k[:-len(s) - 1])
                break
    for k in list(out):
        if k.startswith("ال") and len(k) > 4:
            out.append(k[2:])
        elif k and "\u0600" <= k[0] <= "\u06ff":
            out.append("ال" + k)
        if k.startswith("the "):
            out.append(k[4:])
    seen: list[str] = []
    for k in out:
        if k and k not in seen:
            seen.append(k)
    return seen


_MAST_SEP = re.compile(r"\s*[|｜•·]\s*|\s+[-–—]\s+")


def masthead_parts(text: str) -> list[str]:
    """The parts of a masthead line «الشرق الأوسط | صحيفة العرب الأولى», "INA | وكالة …" (one part if no separator)."""
    return [p for p in (_clean_name(x) for x in _MAST_SEP.split(text)) if p]


def masthead(text: str, idx: OutletIndex) -> tuple[bool, Any, str]:
    """(is a masthead, KB entry or None, the part naming the outlet).

    A site's name alone, or the name beside a slogan or a second spelling around «|»
    («النهار | Annahar», «INA | وكالة الأنباء العراقية»). A headline with the site's name
    after it («مقتل 5 في غارة - الجزيرة نت») is none: every other part must be a name, a
    slogan that calls the site a newspaper, agency or site («صحيفة العرب الأولى») or one
    made of news words, and nothing carries a figure. Without the knowledge base such a
    slogan and a short name still mark the line.
    """
    whole = text.strip()
    if len(whole.split()) <= 4 and (e := idx.name(whole)) is not None:
        return True, e, whole
    parts = masthead_parts(text)
    prefixes = credits().prefixes
    if len(parts) == 1 and not any(c.isdigit() for c in whole):
        # a slogan on its own line under the logo: «صحيفة العرب الأولى», "The world's news agency"
        k = fold(whole)
        return (len(k.split()) <= 4 and any(k.startswith(x + " ") for x in prefixes)
                and bool(set(k.split()) & credits().slogan_words)), None, ""
    if len(parts) < 2 or any(c.isdigit() for c in whole) or any(len(p.split()) > 6 for p in parts):
        return False, None, ""
    named: list[tuple[str, Any]] = []
    slogans = 0
    for p in parts:
        k = fold(p)
        e = idx.name(p) if len(p.split()) <= 4 else None
        if e is not None and e.subtype in SITES:
            named.append((p, e))  # a part must be a news site: «الجيش - الدعم السريع» is two parties
        elif len(k.split()) <= 4 and any(k == x or k.startswith(x + " ") for x in prefixes):
            slogans += 1
        elif lexicon().match(k, normalize(p), len(k.split())) is not None:
            continue  # «The Guardian - Back to home»: a link of the site's chrome
        elif not set(k.split()) & credits().slogan_words and len(k.split()) > 2:
            return False, None, ""  # a headline beside the site's name
    if named:
        return True, named[0][1], named[0][0]
    return slogans > 0, None, ""


def _record(name: str, entry: Any, evidence: str) -> dict[str, Any]:
    if entry is not None:
        # "text": the name as written, without a KB disambiguation («Al-Wasat (Libya)» → «Al-Wasat»)
        return {"name": entry.name, "id": entry.id, "evidence": evidence,
                "text": re.sub(r"\s*\([^()]*\)$", "", name.strip()) or name}
    return {"name": name.strip(), "id": None, "evidence": evidence}


def _clean_name(s: str) -> str:
    return s.strip().strip("\"'“”«»„()[]").strip(" .:-–—،,")


def same_outlet(a: dict | None, b: dict | None, kb: Any = None) -> bool:
    """Whether two outlet records name one outlet: same id, or a name or KB alias in common."""
    if not a or not b:
        return False
    if a.get("id") and a.get("id") == b.get("id"):
        return True

    def keys(r: dict) -> set[str]:
        out = set(name_variants(r.get("name", ""))) | set(name_variants(r.get("text", "") or ""))
        e = kb.get(r.get("id")) if kb is not None else None
        if e is not None:
            out |= {fold(x) for x in e.all_aliases()}
        out.discard("")
        return out

    return bool(keys(a) & keys(b))


@dataclass
class Found:
    outlet: dict[str, Any] | None
    republished_from: dict[str, Any] | None
    credit_lines: dict[int, str]  # line index -> reason


_FOLLOW = [
    re.compile(r"(?i)^\s*(?:follow|like)\s+(.{2,40}?)\s+on\s+(?:twitter|x|facebook|telegram|instagram|youtube|whatsapp)\b"),
    re.compile(r"^\s*تابعوا\s+(.{2,30}?)\s+(?:على|عبر|في)(?:\s|$)"),
    re.compile(r"(?i)^\s*(.{2,40}?)['’]s journalism is supported"),
]


_COPYRIGHT = [
    # «جميع الحقوق محفوظة لموقع الحل نت 2024», «حقوق النشر محفوظة لـ عنب بلدي»
    # «جميع الحقوق محفوظة - النهار 2024»; the name keeps its «وكالة», «شبكة» (the KB has «وكالة الأنباء العراقية»)
    re.compile(r"(?:ال)?حقوق\s+(?:النشر\s+|الطبع\s+|الملكية\s+)?محفوظة\s*(?:©\s*)?(?:\d{4}\s*)?(?:ل\s*ـ?|[-–—|:]|©)\s*"
               r"(?:\d{4}\s*)?(?:موقع\s*)?((?:(?:صحيفة|جريدة|شبكة|وكالة|قناة|مجلة|بوابة)\s*)?[^\W\d_][^|©\n]{1,50}?)\s*"
               r"(?:©|\d{4}|[.|]|$)"),
    # «© 2024 عنب بلدي», "Copyright © 2024 Levant News. All rights reserved."
    re.compile(r"(?:©|copyright\s*©?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^\W\d_][^|©\n]{1,40}?)\s*"
               r"(?:[.|,]|all rights|جميع|$)", re.I),
]
# «الجزيرة + وكالات», «رويترز، أ ف ب», "Al Jazeera and news agencies"
_SOURCE_SPLIT = re.compile(r"(?i)\s*[+،,/&]\s*|\s+و(?=\S)|\s+and\s+")
_RIGHTS = re.compile(r"(?i)حقوق|محفوظ|rights|reserved")


def self_names(feats: list[Feat], title: int | None) -> list[tuple[str, str]]:
    """(name, evidence) of what the page says of itself, in order of strength."""
    out: list[tuple[str, str]] = []
    for f in feats:
        if f.i == title:
            continue
        if f.category is not None and f.category.name in ("subscription", "donation"):
            for rx in _FOLLOW:
                m = rx.match(f.text)
                if m and len(m.group(1).split()) <= 4:
                    out.append((_clean_name(m.group(1)), f"appeal «{f.text.strip()[:60]}»"))
                    break
        m = re.match(r"(?i)^\s*site\s+icon\s+(.{2,60})$", f.text)
        if m:
            out.append((_clean_name(m.group(1)), f"«{f.text.strip()}»"))
            continue
        if f.category is not None and f.category.name == "donation":
            m = re.match(r"(?i)^\s*(?:ادعم(?:وا)?|support)\s+(.{2,40}?)[.!]?\s*$", f.text)
            if m and len(m.group(1).split()) <= 4 and not re.match(r"(?i)(?:us|our|the|ال?صحاف)", m.group(1)):
                out.append((_clean_name(m.group(1)), f"appeal «{f.text.strip()}»"))
                continue
        if f.reason:
            for rx in _COPYRIGHT:
                m = rx.search(f.text)
                name = _clean_name(m.group(1)) if m else ""
                name = re.sub(r"^(?:موقع|the website)\s+(?=\S)", "", re.sub(r"\s*\d{4}$", "", name))
                if name and 0 < len(name.split()) <= 5 and not _RIGHTS.search(name):
                    out.append((name, f"copyright «{f.text.strip()[:60]}»"))
                    break
    return out


def _language_switch(feats: list[Feat], k: int) -> bool:
    """Whether a line beside feats[k] is a language name of a language menu."""
    return any(0 <= j < len(feats) and feats[j].category is not None and feats[j].category.name == "language_switch"
               for j in (k - 1, k + 1))


def title_suffix_names(feats: list[Feat], title: int | None) -> list[tuple[str, str]]:
    """The site's name after the headline in the document title «Headline | Site» above it or as its twin."""
    key = next((f.key for f in feats if f.i == title), "")
    out: list[tuple[str, str]] = []
    if len(key.split()) < 3:
        return out
    for f in feats[:60]:
        if f.i == title or not f.key.startswith(key + " ") or len(f.key.split()) - len(key.split()) > 5:
            continue
        parts = re.split(r"\s+[|–—-]\s+|\s*\|\s*", f.text.strip())
        name = _clean_name(parts[-1]) if len(parts) >= 2 else ""
        if name and len(name.split()) <= 4 and not any(ch.isdigit() for ch in name) \
                and fold(name) not in credits().generic and not re.match(r"(?i)(?:منذ|قبل|updated|ago)\b", name):
            out.append((name, f"document title «{f.text.strip()[:60]}»"))
            break
    return out


def credit_pairs(feats: list[Feat], idx: OutletIndex, title: int | None) -> list[tuple[Feat, str, str]]:
    """Credit lines «X- Y» after the last paragraph: (line, own part, source part)."""
    last_anchor = max((k for k, f in enumerate(feats) if f.anchor), default=-1)
    out = []
    for f in feats[last_anchor + 1:]:
        if f.i == title or f.words > 8 or f.punct_end:
            continue
        m = _CREDIT_SPLIT.match(f.text)
        if not m:
            continue
        a, b = _clean_name(m.group(1)), _clean_name(m.group(2))
        if not a or not b or len(a.split()) > 4 or len(b.split()) > 4 or any(c.isdigit() for c in a + b):
            continue
        if idx.name(a) or idx.name(b):
            out.append((f, a, b))
        elif idx.kb is not None and (idx.kb.lookup(a) or idx.kb.lookup(b)):
            continue  # «حلب - سوريا»: a place, a person, not two outlets
        elif len(a.split()) <= 3 and len(b.split()) <= 3 and (f.reason is None or f.reason.startswith(("after", "short"))):
            out.append((f, a, b))  # two names the KB does not know, in the credit position
    return out


def source_credits(feats: list[Feat], title: int | None, idx: OutletIndex | None = None) -> list[tuple[Feat, str]]:
    """«المصدر: X», «نقلاً عن X», "Source: X" lines in the last part of the page, and an
    agency's name alone on a line after the last paragraph, marked as a credit by brackets
    or a dash («(رويترز)», "— AFP"; a bare name there may be the site's footer logo)."""
    c = credits()
    body = [f for f in feats if f.i != title]
    tail = body[-8:] if body else []
    last_anchor = max((k for k, f in enumerate(body) if f.anchor), default=len(body))
    out = []
    for f in tail:
        if f.words > 14:
            continue
        m = c.source_labels.match(f.norm)
        if m:
            n = len(m.group(1).split())  # the same words, as written in the line
            out.append((f, _clean_name(" ".join(f.text.split()[-n:]))))
        elif idx is not None and f.words <= 4 and body.index(f) > last_anchor and not f.punct_end \
                and re.match(r"\s*[(\[（\-–—]", f.text) \
                and (e := idx.name(_clean_name(f.text))) is not None and e.subtype in MEDIA \
                and f.category is None and (f.reason is None or not f.reason.startswith("lexicon")):
            out.append((f, _clean_name(f.text)))
    return out


def dateline_credit(feats: list[Feat], idx: OutletIndex) -> tuple[Feat, str, Any] | None:
    """An agency credited at the start of the first paragraph («دمشق-سانا», "BEIRUT (Reuters) -").

    The second paragraph too: a standfirst under the headline often comes before the lead.
    """
    for k in [k for k, f in enumerate(feats) if f.anchor][:2]:
        # the paragraph, or a dateline on its own line just above it
        for f in [feats[k]] + ([feats[k - 1]] if k and feats[k - 1].words <= 4 else []):
            head = f.text[:80]
            for rx in _DATELINE if f is feats[k] else _DATELINE[3:]:
                m = rx.match(head)
                if m:
                    name = _clean_name(m.group(1))
                    e = idx.name(name)
                    if e is not None:
                        return f, name, e
    return None


def self_reference(feats: list[Feat], title: int | None, idx: OutletIndex) -> tuple[str, Any] | None:
    """A site naming itself as whom a source spoke to («قالت مصادر لـ"X"»), in the headline or twice."""
    c = credits()
    counts: dict[str, list[str]] = {}
    for f in feats:
        if f.reason is not None:
            continue
        for m in _QUOTED.finditer(f.text):
            before = fold(f.text[max(0, m.start() - 60):m.start()]).split()
            if not any(w in c.cues for w in before[-6:]):
                continue
            name = _clean_name(m.group(1))
            counts.setdefault(fold(name), []).append(name)
    title_key = next((f.key for f in feats if f.i == title), "")
    for key, names in sorted(counts.items(), key=lambda kv: -len(kv[1])):
        if key in c.generic or not key:
            continue
        in_title = f" {key} " in f" {title_key} "
        if len(names) >= 2 or in_title:
            e = idx.name(names[0])
            if e is not None or (len(names) >= 2 and in_title and len(key.split()) <= 5):
                return names[0], e
    return None


def find(raw: Any, meta: dict[str, Any], feats: list[Feat], title: int | None, kb: Any) -> Found:
    """Outlet, republished-from credit, and the credit lines to remove."""
    idx = index_for(kb)
    c = credits()
    credit_lines: dict[int, str] = {}
    outlet: dict[str, Any] | None = None
    url = getattr(raw, "url", None) or meta.get("url")

    text_names = self_names(feats, title) + title_suffix_names(feats, title)
    pairs = credit_pairs(feats, idx, title)
    sources = source_credits(feats, title, idx)

    # strongest evidence first
    given = getattr(raw, "outlet", None)
    if given:
        e = idx.name(given) or (idx.host(given) if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", given.strip().lower()) else None)
        outlet = _record(given, e, "given by the input")
    if outlet is None and url and (e := idx.host(url)):
        outlet = _record(e.name, e, f"URL domain {_host(url)}")
    if outlet is None:
        for name, ev in [(meta.get("sitename"), "HTML site name"), (meta.get("publisher"), "JSON-LD publisher")]:
            if name and (e := idx.name(name)):
                outlet = _record(name, e, ev)
                break
    if outlet is None:
        for name, ev in text_names + [(a, f"credit line «{f.text.strip()}»") for f, a, _b in pairs]:
            if (e := idx.name(name)) is not None:
                outlet = _record(name, e, ev)
                break
    if outlet is None:  # the masthead: a known outlet's name (and a slogan) on a line above the headline
        for k, f in enumerate(feats):
            if f.i == title:
                break
            if f.words > 12 or f.date_only:
                continue
            ok, e, part = masthead(f.text, idx)
            if not ok or e is None or e.subtype not in SITES:
                continue
            if fold(part) == f.key and fold(part) in {fold(w) for w in e.attrs.get("common_word") or []} and (
                    _language_switch(feats, k) or any(g.category is None or g.category.name != "site_chrome"
                                                      for g in feats[:k])):
                # a name that is also a word («العربية», «الشرق الأوسط») alone on its line is the logo only
                # at the top of the page: lower down it is a menu item, beside «English» a language switch
                continue
            outlet = _record(part, e, f"masthead «{f.text.strip()}»")
            break
    dl = dateline_credit(feats, idx)
    if outlet is None and dl is not None and dl[2].subtype == "media_outlet":
        # «إدلب - تلفزيون سوريا»: a site's own correspondent; agencies in datelines are credits
        outlet = _record(dl[1], dl[2], f"dateline «{dl[0].text[:40]}»")
    if outlet is None:
        for name, ev in [(meta.get("sitename"), "HTML site name"), (meta.get("publisher"), "JSON-LD publisher")]:
            if name and fold(name) not in c.generic:
                outlet = _record(_clean_name(name), None, ev)
                break
    if outlet is None:  # what the page calls itself beats a domain that may be an abbreviation
        for name, ev in text_names + [(a, f"credit line «{f.text.strip()}»") for f, a, _b in pairs]:
            if name and fold(name) not in c.generic:
                outlet = _record(name, None, ev)
                break
    if outlet is None:
        # «المصدر: X + وكالات»: the site's own reporting with wire copy; X is the page's own name
        for f, name in sources:
            parts = [_clean_name(p) for p in _SOURCE_SPLIT.split(name)]
            named = [p for p in parts if p and fold(p) not in c.generic]
            if len(named) == 1 and len(parts) > len(named):
                outlet = _record(named[0], idx.name(named[0]), f"source line «{f.text.strip()}»")
                break
    if outlet is None and url and (label := domain_label(url)):
        outlet = _record(label, None, f"URL domain {_host(url)}")
    if outlet is None and (sr := self_reference(feats, title, idx)):
        outlet = _record(sr[0], sr[1], f"the page names itself as the source's interlocutor «{sr[0]}»")
    if outlet is None and dl is not None:
        # «غزة/ الأناضول», «بغداد - واع», "KYIV (Reuters) -" and nothing else names the site: the agency's own page
        outlet = _record(dl[1], dl[2], f"dateline «{dl[0].text[:40]}»")

    # republished-from: only explicit credits
    rep: dict[str, Any] | None = None
    for f, a, b in pairs:
        own = _record(a, idx.name(a), "")
        src = _record(b, idx.name(b), f"credit line «{f.text.strip()}»")
        if outlet is None or same_outlet(own, outlet, kb) or idx.name(b) is not None:
            credit_lines[f.i] = "credit line (outlet – source)"
            if not same_outlet(src, outlet, kb) and fold(b) not in c.generic and rep is None:
                rep = src
    for f, name in sources:
        credit_lines[f.i] = "source credit line"
        # «الجزيرة + وكالات», «رويترز، أ ف ب»: the outlets named, less the generic and the page's own
        for part in _SOURCE_SPLIT.split(name):
            part = _clean_name(part)
            if rep is None and part and fold(part) not in c.generic:
                cand = _record(part, idx.name(part), f"source line «{f.text.strip()}»")
                if not same_outlet(cand, outlet, kb):
                    rep = cand
    if dl is not None:
        _f, name, e = dl
        if not _f.anchor:
            credit_lines[_f.i] = "dateline"
        cand = _record(name, e, f"dateline «{_f.text[:40]}»")
        if rep is None and (outlet is None or not same_outlet(cand, outlet, kb)):
            rep = cand
    return Found(outlet, rep, credit_lines)
