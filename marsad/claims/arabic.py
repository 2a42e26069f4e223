"""Attributed statements in Arabic sentences, read off tokens and the entities layer.

One pass per sentence:
1. cues — reporting verbs in any inflection with «و»/«ف» («وأفادت», «فكان أكد»), continuing
   participles («مشيراً»), attribution markers («بحسب», «نقلاً عن», «وفق»);
2. for a verb: its subject (after it, VSO; or fronted before it, SVO, «المصدر قال…»; or the
   previous speaker when the verb has none, «وأضاف أن…»), then — before the content —
   channels («لوكالة X», «في لقاء مع X», «عبر حسابه في X») and markers, then the content
   opener (أنّ/إنّ clause, quotation, colon, the verb's own preposition, or a bare object
   where the verb allows one);
3. markers with no verb in the sentence make a claim of their own («…، وفق الأمم المتحدة»);
4. the speaker phrase is classified (entity/KB subtype, then head nouns from the lexicon),
   back-references are resolved in the article's `Registry`, and the stance read from the
   verb, its negation and the content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.claims.lexicon import Lexicon, Verb
from marsad.claims.sources import Registry, Source, merge_via, not_self
from marsad.document import Channel, Claim, Document, Speaker, Token
from marsad.text.normalize import normalize
from marsad.text.tokens import proclitic_splits

QUOTES = set("“”«»\"„")
COMMAS = {",", "،"}


def _n(*words: str) -> set[str]:
    return {normalize(w) for w in words}


STOP_PREPS = _n("عن", "إلى", "على", "من", "منذ", "مع", "حول", "ضد", "عبر", "لدى", "خلال", "بعد", "قبل", "حيث", "إلا", "إثر",
                "عقب", "بشأن", "إزاء", "تجاه", "وسط", "بين", "حتى")
FRAME_LINKS = _n("مع", "في", "على", "عبر", "ل")
RELATIVES = _n("ما", "الذي", "التي")
FRAME_PREPS = _n("في", "خلال", "عبر", "على", "من", "أثناء")
NOT_OPENER_BEFORE = _n("إلا", "غير", "بعد", "قبل", "منذ", "إلى", "دون", "بدل", "رغم", "حتى", "لو", "بمجرد")
ISSUED = _n("صادر", "صادرة", "الصادر", "الصادرة")
REPRESENTATIVES = _n("نائب", "نائبة", "النائب", "النائبة", "ممثل", "ممثلة", "مرشح", "مرشحة", "عضو", "العضو")
CLOSE_TO = _n("مقرب", "مقربة", "قريب", "قريبة", "مقربون", "مقربين", "مطلع", "مطلعة", "مطلعون")
NOT_NAMES = _n("متن", "هامش", "خلال", "عقب", "ما", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "أن", "إن")
INTERVIEW = _n("لقاء", "مقابلة", "حديث", "حوار", "تصريح", "تصريحات", "مداخلة")
NEGATORS = _n("لا", "لم", "لن")
DENY_NEG = _n("لا", "لم", "ليس", "ليست", "لسنا")
PRONOUN_SUFFIX = re.compile(r"(ها|هما|هم|هن|كم|نا)$")
NISBA = re.compile(r"^ال.+(ي|يه|يين|يون|يان|يات)$")
ADJ = re.compile(r"^(ال)?..+(ي|يه|يين|يون|يان|يات|يتان|يتين)$")
FAEEL = re.compile(r"^ال[^ا]{2}ي[^ا]$")  # «السريع», «الكبير»
AFAL = re.compile(r"^الا[^ا]{3}$")  # «الأحمر», «الأوسط»
KIND_OF_SUBTYPE = {
    "media_outlet": "media", "news_agency": "media", "social_media": "media",
    "government": "government", "country": "government", "head_of_state": "person", "politician": "person",
    "official": "person", "spokesperson": "person", "military_officer": "person", "militant_leader": "person",
    "journalist": "person", "person": "person",
}


def bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


@lru_cache(maxsize=131_072)
def rest_candidates(norm: str, clitics: str) -> tuple[str, ...]:
    """The forms `ArabicReader.rest` tries for a word, in its order: for each reading with
    allowed proclitics, the rest, it without the article, and both without a final «ا».
    Cached: the reader asks this of the same few thousand word forms millions of times."""
    out: list[str] = []
    for c, r in proclitic_splits(norm):
        if c and not all(ch in clitics for ch in c):
            continue
        out += (r, bare(r))
        if r.endswith("ا") and len(r) > 3:
            out += (r[:-1], bare(r[:-1]))  # «مسؤولاً»
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=131_072)
def rest_set(norm: str, clitics: str = "وف") -> frozenset[str]:
    """`rest_candidates` as a set, for testing one word against a token."""
    return frozenset(rest_candidates(norm, clitics))


@dataclass
class NP:
    first: int
    last: int  # inclusive
    next: int  # where scanning goes on
    name: tuple[int, int] | None = None  # token range of a person's name (apposition or inline)
    joint: bool = False


@dataclass
class Found:
    """A source phrase read and classified."""

    source: Source
    mention: str
    start: int
    end: int
    resolved: bool = False


@dataclass
class Pending:
    cue: int
    cue_end: int
    verb: Verb | None
    speaker: Found | None
    channels: list[Channel] = field(default_factory=list)
    relay_channels: list[Channel] = field(default_factory=list)
    content: int | None = None
    stance: str = "assert"
    kind: str = "verb"


class ArabicReader:
    def __init__(self, doc: Document, lex: Lexicon, kb, reg: Registry) -> None:
        self.doc, self.lex, self.kb, self.reg = doc, lex, kb, reg
        self.stop_b = False  # the verb being read opens its content with «ب» («أفاد بـ»)
        self.obj_verb = False  # the verb being read may take a bare object («نفى», «أعلن»)
        self.fronted_channels: list[Channel] = []  # channels met in a clause between a fronted subject and its verb
        self.verb_forms = lex.verbs

    # ------------------------------------------------------------------ token tests
    def rest(self, t: Token, words: set[str] | dict, clitics: str = "وف") -> str | None:
        """The token without allowed proclitics, when that (or it without/with the article) is in `words`."""
        if t.is_punct:
            return None
        for x in rest_candidates(t.norm, clitics):
            if x in words:
                return x
        return None

    def clitics(self, t: Token) -> tuple[str, str]:
        for c, r in proclitic_splits(t.norm)[1:]:
            return c, r
        return "", t.norm

    def is_verb(self, t: Token) -> Verb | None:
        r = self.rest(t, self.verb_forms)
        return self.verb_forms[r] if r else None

    def text(self, toks: list[Token], a: int, b: int) -> str:
        """Surface text of tokens a..b-1 with a leading «و»/«ف» conjunction dropped."""
        if a >= b:
            return ""
        s = self.doc.text[toks[a].start:toks[b - 1].end]
        t0 = toks[a]
        if not t0.is_punct and t0.norm[:1] in "وفل" and len(t0.norm) > 3 and not self.rest_is_known(t0.norm):
            raw = strip_marks(t0.text)
            for c, r in proclitic_splits(t0.norm)[1:]:
                if self.rest_is_known(r):
                    if raw.startswith(c + "ل") and r.startswith("ال") and not raw.startswith(c + "ال"):
                        s = "ا" + s[len(c):]  # «للمنظمة» → «المنظمة»
                    else:
                        s = s[len(c):]
                    break
        s = s.strip(" ،,“”«»\"")
        if sum(s.count(q) for q in QUOTES) % 2:  # a quotation cut by the phrase's end
            s = " ".join("".join(" " if c in QUOTES else c for c in s).split())
        return s

    def rest_is_known(self, r: str) -> bool:
        lx = self.lex
        return any(x in s for s in (lx.titles, lx.organizations, lx.anonymous, lx.media, lx.government,
                                      lx.government_places, lx.channel_nouns, lx.back_refs)
                   for x in (r, bare(r)))

    def marker_at(self, toks: list[Token], i: int, end: int) -> int:
        """Length of the attribution marker starting at i (0 when none)."""
        if i >= end or toks[i].is_punct:
            return 0
        first = rest_set(toks[i].norm)  # the first word may carry «و»/«ف»; the others must match as they are
        for m in self.lex.markers:
            if i + len(m) > end or m[0] not in first:
                continue
            if all(not toks[i + j].is_punct and toks[i + j].norm == m[j] for j in range(1, len(m))):
                return len(m)
        return 0

    def phrase_at(self, toks: list[Token], i: int, phrases: list[tuple[str, ...]], end: int) -> bool:
        if i < end and toks[i].is_punct:
            return any(not p and i <= end for p in phrases)
        first = rest_set(toks[i].norm) if i < end else frozenset()
        for p in phrases:
            if i + len(p) > end:
                continue
            last = len(p) - 1
            if last >= 0 and not (p[0] in first or (last == 0 and toks[i].norm.startswith(p[0]))):
                continue  # the first word rules most phrases out
            if all(not toks[i + j].is_punct and (w in rest_set(toks[i + j].norm)
                                                  or (j == last and toks[i + j].norm.startswith(w)))
                   for j, w in enumerate(p) if j):
                return True
        return False

    # ------------------------------------------------------------------ quotes
    @staticmethod
    def quote_pairs(toks: list[Token]) -> dict[int, int]:
        pairs: dict[int, int] = {}
        open_at = None
        for k, t in enumerate(toks):
            if t.is_punct and t.text in QUOTES:
                if open_at is None:
                    open_at = k
                else:
                    pairs[open_at] = k
                    open_at = None
        return pairs

    # ------------------------------------------------------------------ phrases
    def stop_in_np(self, toks: list[Token], k: int, parts: list[int]) -> bool:
        t = toks[k]
        lx = self.lex
        n = t.norm
        if t.text[:1].isdigit():
            return True
        if n in lx.that or self.rest(t, lx.that) or n in STOP_PREPS or n in lx.aux:
            return True
        if self.rest(t, lx.adverbs, "و") or self.rest(t, lx.self_reference, ""):
            return True
        if self.is_verb(t) or self.rest(t, lx.participles) or self.marker_at(toks, k, len(toks)):
            return True
        if n in ("ما", "الذي", "التي", "الذين", "هو", "هي", "هم", "انه", "لكن", "او"):
            return True
        c, r = self.clitics(t)
        if n == "ل" or (c and "ل" in c and (bare(r) in lx.channel_nouns or (k + 1 < len(toks) and toks[k + 1].text in QUOTES))):
            if n == "ل" and k + 1 < len(toks) and self.genitive_name(toks, k + 1, self.quote_pairs(toks)):
                return False  # «مدير المركز الإعلامي لـ”قسد”»
            # «المفوض العام لوكالة الأمم المتحدة …»: not an outlet, the phrase goes on
            return not (parts and c == "ل" and bare(r) in lx.channel_nouns and self.kb is not None
                        and self.channel_at(toks, k, len(toks), self.quote_pairs(toks)) is None)
        if c and "ب" in c and r not in ("اسم", "لا"):
            # «بالرئيس» after «الخاص» goes on; «بعودة» after «أفاد» opens the content; «بايدن» is a name
            after_special = parts and bare(toks[parts[-1]].norm) in ("خاص", "مكلف", "معني")
            if (definite(t) and not after_special) or self.stop_b or self.rest(t, lx.info_nouns, "ب"):
                return True
        if c and "و" in c and (self.is_verb(t) or r in lx.aux or r in ("هو", "هي", "هم")):
            return True
        if parts and (r in lx.info_nouns or n in lx.info_nouns or n.startswith("عدم")) \
                and not self.rest(toks[parts[-1]], lx.channel_nouns, ""):  # «وكالة الأنباء»
            return True
        return bool(parts and PRONOUN_SUFFIX.search(strip_marks(t.text)) and not self.rest(t, lx.titles))

    def adjective_like(self, t: Token) -> bool:
        """An adjective after a definite noun: nisba («الروسية»), فعيل («السريع»), أفعل («الأحمر»),
        a participle («المتحدة»), or a listed one («العام», «الخاص»)."""
        n = t.norm
        return bool(ADJ.match(n) or FAEEL.match(n) or AFAL.match(n) or n.startswith("الم")
                    or self.rest(t, self.lex.adjectives, ""))

    def object_starts(self, toks: list[Token], parts: list[int], k: int) -> bool:
        """«ونفى الجيش قصف المستشفى», «استبعد المبعوث الأممي التوصل»: after a definite word, a noun
        that is not an adjective starts the object of a verb that takes one (a definite noun
        takes no genitive)."""
        prev, t = toks[parts[-1]], toks[k]
        named = any(e.end == prev.end for e in self.doc.entities) if self.doc.entities else False
        if not self.obj_verb or prev.is_punct or not (definite(prev) or named) or self.clitics(prev)[0][-1:] in ("ب", "ل"):
            return False
        if named and not definite(prev) and not definite(t):
            return False
        c, r = self.clitics(t)
        # «والداخلية» joins the subject; «وصول», «وجود» only look like «و» + word
        if (c and c[-1] in "بلك") or (c == "و" and r.startswith("ال")) or self.adjective_like(t):
            return False
        return not (not definite(t) and self.rest(toks[parts[0]], self.lex.titles))  # a name after a title

    def after_adjective_stop(self, toks: list[Token], parts: list[int], k: int) -> bool:
        """After an adjective («مصادر دبلوماسية», «الحكومة السودانية») the subject goes on only
        with more adjectives, a genitive with «ل», a conjunction or a name; anything else is
        the object («عودة الطرفين», «الحداد»)."""
        prev = toks[parts[-1]]
        if prev.is_punct or not ADJ.match(prev.norm) or len(parts) < 2:
            return False
        t = toks[k]
        c, r = self.clitics(t)
        if definite(t) or ADJ.match(t.norm) or t.norm.startswith("م") or (c and c[-1] in "لو") or r == "اسم":
            return False
        # «وزير الخارجية الروسي سيرغي لافروف»: after a title, a name goes on
        return not (self.rest(toks[parts[0]], self.lex.titles) and not definite(t))

    def genitive_name(self, toks: list[Token], k: int, qp: dict[int, int]) -> bool:
        """A quoted name at k that the KB knows as an organisation other than an outlet: after
        «لـ» it is a genitive («المركز الإعلامي لـ”قسد”»), not the channel a statement was given to."""
        if k not in qp or not self.kb:
            return False
        name = self.doc.text[toks[k].end:toks[qp[k]].start].strip()
        e = self.lookup(name)
        return e is not None and e.type == "ORG" and e.subtype not in ("media_outlet", "news_agency", "social_media")

    def name_stop(self, toks: list[Token], k: int) -> bool:
        """Words that cannot be part of a person's name in apposition."""
        t = toks[k]
        lx = self.lex
        n = t.norm
        prep = n in STOP_PREPS and not (n == "علي" and strip_marks(t.text).endswith("ي"))  # «علي» the name
        return (t.text[:1].isdigit() or n in lx.that or prep or n in lx.aux or n in lx.adverbial_preps
                or bool(self.rest(t, lx.adverbs | lx.self_reference | lx.that, "و")) or bool(self.is_verb(t))
                or bool(self.marker_at(toks, k, len(toks))) or bool(self.rest(t, lx.participles))
                or bool(self.rest(t, lx.channel_frames | lx.not_channels, "وب")))

    def scan_np(self, toks: list[Token], j: int, end: int, qp: dict[int, int]) -> NP | None:
        parts: list[int] = []
        k = j
        joint = False
        lx = self.lex
        if k < end and toks[k].text in QUOTES and k in qp and 1 < qp[k] - k <= 8:
            parts.extend(range(k, qp[k] + 1))  # «قوات الدعم السريع»: a quoted name
            k = qp[k] + 1
        while k < end and len(parts) < 14:
            t = toks[k]
            if t.is_punct:
                prev = toks[parts[-1]] if parts else None
                genitive = prev is not None and not prev.is_punct and (
                    prev.norm == "ل" or self.clitics(prev)[1] == "اسم" or self.genitive_name(toks, k, qp))
                if t.text in QUOTES and parts and k in qp and qp[k] - k <= 8 and (
                        genitive or self.rest(toks[parts[-1]], lx.channel_nouns) or self.rest(toks[parts[0]], lx.media | lx.organizations)):
                    parts.extend(range(k, qp[k] + 1))
                    k = qp[k] + 1
                    continue
                if t.text == "(" and parts:
                    close = next((m for m in range(k + 1, min(end, k + 8)) if toks[m].text == ")"), None)
                    if close:
                        k = close + 1
                        continue
                break
            if t.norm == "عن" and len(parts) == 1 and self.rest(toks[parts[0]], REPRESENTATIVES, "") and k + 1 < end:
                close = next((x for x in range(k + 1, min(end, k + 6)) if toks[x].is_punct), None)
                if close:  # «النائبة عن محافظة دهوك، فيان صبري،»
                    parts.extend(range(k, close))
                    k = close
                    continue
            if t.norm == "عن" and parts and self.rest(toks[parts[-1]], ISSUED, "") and k + 1 < end:
                parts.append(k)  # «بيان صادر عن وزارة الدفاع»
                k += 1
                continue
            if t.norm == "من" and parts and self.rest(toks[parts[-1]], CLOSE_TO, "") and k + 1 < end:
                parts.extend([k, k + 1])  # «مصدر مقرب من الحزب»
                k += 2
                continue
            if t.norm in lx.that and parts and toks[parts[-1]].norm in NOT_OPENER_BEFORE:
                break
            if t.norm == "في" and parts:
                nxt = toks[k + 1] if k + 1 < end else None
                quoted_name = nxt is not None and nxt.text in QUOTES and (k + 1) in qp and qp[k + 1] - k <= 8
                if quoted_name and self.rest(toks[parts[0]], lx.titles | lx.anonymous | lx.organizations):
                    parts.extend(range(k, qp[k + 1] + 1))  # «مسؤول دائرة العلاقات في “الإدارة الذاتية”»
                    k = qp[k + 1] + 1
                    continue
                if nxt is None or nxt.is_punct or nxt.text[:1].isdigit() or self.rest(nxt, lx.adverbs) \
                        or self.rest(nxt, lx.channel_frames | lx.not_channels | lx.report_nouns, "") \
                        or nxt.norm in ("وقت", "سياق", "اطار", "ظل") \
                        or not (self.rest(toks[parts[0]], lx.titles | lx.anonymous | lx.organizations)):
                    break
                parts.append(k)
                k += 1
                continue
            if self.stop_in_np(toks, k, parts):
                break
            if parts and (self.after_adjective_stop(toks, parts, k) or self.object_starts(toks, parts, k)):
                break
            c, r = self.clitics(t)
            if c == "و" and parts and (self.rest(t, lx.titles, "و") or bare(r).startswith("نظير")):
                joint = True
            parts.append(k)
            k += 1
        if not parts:
            return None
        if k < end and toks[k].norm in _n("التي", "الذي", "الذين", "اللذين", "اللتين") and parts:
            close = next((x for x in range(k, min(end, k + 15)) if toks[x].text in COMMAS), None)
            if close:
                k = close  # «… للقوات المسلحة التي يقودها حفتر، اللواء أحمد المسماري،»
        np_ = NP(parts[0], parts[-1], k, joint=joint)
        # apposition: «الرئيس التركي، رجب طيب أردوغان،» / «…، وهو مركز بحوث …،»
        if k < end and toks[k].text in COMMAS:
            m = k + 1
            if m < end and toks[m].norm in ("وهو", "وهي", "وهم", "الذي", "التي", "الذين", "وهما"):
                close = next((x for x in range(m, min(end, m + 15)) if toks[x].text in COMMAS), None)
                if close:
                    np_.next = close + 1
            elif self.rest(toks[parts[0]], lx.titles | lx.anonymous) \
                    and not (self.rest(toks[m], lx.titles, "") and not self.rest(toks[m], lx.ranks, "")) \
                    and self.inline_name(toks, parts) is None:
                b = m
                while b < end and b - m < 6 and not toks[b].is_punct and not self.name_stop(toks, b) \
                        and not (b == m and definite(toks[b]) and NISBA.match(toks[b].norm)) \
                        and not self.rest(toks[b], lx.adverbs | lx.adverbial_preps):
                    b += 1
                if m < b <= m + 5 and (b >= end or toks[b].is_punct) and (not definite(toks[m]) or b - m >= 2):
                    n0 = m
                    while n0 < b - 2 and self.rest(toks[n0], lx.titles | lx.ranks, ""):
                        n0 += 1  # «العميد الركن تركي المالكي» → «تركي المالكي»
                    np_.name = (n0, b)
                    np_.next = b + 1 if b < end and toks[b].text in COMMAS else b
        if np_.name is None:
            np_.name = self.inline_name(toks, parts)
        return np_

    def inline_name(self, toks: list[Token], parts: list[int]) -> tuple[int, int] | None:
        """«وزير الخارجية الروسي سيرغي لافروف»: the name after a title that ended on a definite word
        (a PER entity inside the phrase wins when the entities layer has one)."""
        lx = self.lex
        if not parts or not self.rest(toks[parts[0]], lx.titles):
            return None
        ents = self.doc.entities_in(toks[parts[0]].start, toks[parts[-1]].end) if self.doc.entities else []
        for e in ents:
            if e.type == "PER" and e.start > toks[parts[0]].start:
                idx = [k for k in parts if toks[k].start >= e.start and toks[k].end <= e.end]
                if idx:
                    return (idx[0], idx[-1] + 1)
        blocked = {k for k in parts for e in ents if e.type != "PER" and e.start <= toks[k].start < e.end}
        seen_def = False  # the word before was definite, or part of the title phrase («في حماس»)
        skip_next = False
        for idx, k in enumerate(parts):
            t = toks[k]
            if t.is_punct or t.norm in ("ل", "عن"):
                return None  # «مدير المركز الإعلامي لـ”قسد”», «النائبة عن …»: the name comes in apposition
            if skip_next or t.norm == "في" or (self.clitics(t)[0][-1:] in ("ب", "ل") and (definite(t) or self.clitics(t)[1] == "اسم")):
                seen_def = skip_next
                skip_next = t.norm == "في"
                continue
            if definite(t) or k in blocked:
                seen_def = True
                continue
            if not (idx and seen_def):
                seen_def = False
                continue
            if not self.rest(t, lx.titles | lx.anonymous | lx.organizations) and t.norm[:1] != "و":
                end = k
                while end + 1 <= parts[-1] and not toks[end + 1].norm.startswith("و") and not toks[end + 1].is_punct:
                    end += 1
                return (k, end + 1)
        return None

    # ------------------------------------------------------------------ classifying a source phrase
    def lookup(self, text: str, channel: bool = False):
        """The KB entry for a name; for a channel only an organisation (an outlet rather than
        the region «الشرق الأوسط» that a newspaper is named after)."""
        if not self.kb or not text:
            return None
        try:
            hits = self.kb.lookup(text)
        except Exception:  # noqa: BLE001 - a broken user KB must not stop the stage
            return None
        if channel:
            hits = sorted((h for h in hits if h.type == "ORG"),
                          key=lambda h: h.subtype not in ("media_outlet", "news_agency", "social_media"))
        return hits[0] if hits else None

    def entity_in(self, toks: list[Token], a: int, b: int):
        ents = self.doc.entities_in(toks[a].start, toks[b - 1].end) if self.doc.entities else []
        return max(ents, key=lambda e: e.end - e.start) if ents else None

    def classify(self, toks: list[Token], np_: NP, sent_no: int, strict: bool = True) -> Found | None:
        """Who a phrase names: a back-reference, an entity, or a source noun; None when it names no source."""
        lx = self.lex
        a, b = np_.first, np_.last + 1
        quoted = toks[a].text in QUOTES
        while a < b and toks[a].is_punct:
            a += 1
        while b > a and toks[b - 1].is_punct:
            b -= 1
        if a >= b:
            return None
        # «تداول وسائل إعلام أنباء»: the circulation noun and the report noun frame the source
        if b - a > 1 and self.rest(toks[a], lx.circulation, "") and not definite(toks[a]):
            a += 1
        if b - a > 1 and self.rest(toks[a], lx.report_nouns, "وفل") and not toks[a + 1].is_punct \
                and not ADJ.match(strip_marks(toks[a + 1].text).replace("ة", "ه")) \
                and (self.rest_is_known(self.clitics(toks[a + 1])[1]) or self.rest_is_known(toks[a + 1].norm)
                     or self.entity_in(toks, a + 1, b) is not None):
            a += 1  # «بحسب تقديرات الوحدة التنفيذية», «وفقاً لإحصائية المرصد»: the report's author
        elif b - a > 3 and self.rest(toks[a], lx.report_nouns, "وفل") and self.rest(toks[a + 1], ISSUED, "") \
                and toks[a + 2].norm == "عن":
            a += 3  # «بيان صادر عن وزارة الدفاع»
        if b - a == 1 and self.rest(toks[a], lx.sourceless_reports, "وفل"):
            return None  # «وتشير التقديرات إلى …»: figures with no author
        if b - a > 1 and self.rest(toks[b - 1], lx.report_nouns, "") and any(
                self.rest(toks[k], lx.media | lx.anonymous | lx.organizations) for k in range(a, b - 1)):
            b -= 1
        mention = self.text(toks, a, b)
        if not mention:
            return None
        head_tok = toks[a]
        head_rest = head_tok.norm
        if not self.rest_is_known(head_rest):
            for _c, r in proclitic_splits(head_rest)[1:]:  # «وزارة», «للمنظمة» → «المنظمة»
                if self.rest_is_known(r):
                    head_rest = r
                    break
        words = [bare(head_rest) if k == a else toks[k].norm for k in range(a, b) if not toks[k].is_punct]
        is_def = definite(head_tok)
        head = bare(head_rest)
        if head.endswith("ا") and len(head) > 3 and self.rest_is_known(head[:-1]):
            head = head[:-1]  # «مسؤولاً» → «مسؤول»
        # back-references: «المصدر», «الوكالة», «المركز الروسي», «الطرفان»
        br = lx.back_refs.get(head_rest)
        if br is not None:
            rest_words = [toks[k] for k in range(a + 1, b) if not toks[k].is_punct]
            adjectival = all(NISBA.match(t.norm) for t in rest_words) or (len(rest_words) == 1 and not self.lookup(mention))
            if adjectival:
                adjs = [t.norm for t in rest_words if NISBA.match(t.norm)]
                src = self.reg.resolve(br["heads"], br["subtypes"], adjectives=adjs)
                if src is not None:
                    return Found(src, mention, a, b, resolved=True)
        # a surname alone, or a shorter form of a name met before
        if (not is_def or b - a == 1) and b - a <= 2 and not self.rest(head_tok, lx.titles | lx.anonymous | lx.organizations | lx.media):
            src = self.reg.surname(words)
            if src is not None:
                return Found(src, mention, a, b, resolved=True)
        ent = self.entity_in(toks, a, b)
        name = np_.name
        if name:
            ntext = self.text(toks, *name)
            nent = self.entity_in(toks, *name)
            entry = self.lookup(ntext)
            src = Source(text=ntext, kind="person", head=head, adjectives=[w for w in words if NISBA.match(w)],
                         canonical=(nent.canonical if nent else None) or (entry.name if entry else None),
                         id=(nent.id if nent else None) or (entry.id if entry else None),
                         joint=np_.joint, name_tokens=[toks[k].norm for k in range(*name)])
            prior = self.reg.surname(src.name_tokens[-1:]) if len(src.name_tokens) > 1 else None
            return Found(prior or src, mention, a, b)
        entry = self.lookup(mention) or (self.lookup(bare(self.clitics(head_tok)[1]) + " " + " ".join(words[1:]))
                                         if b - a > 1 else None)
        kind = None
        canonical = ident = subtype = None
        if ent is not None and ent.start > toks[a].start and (self.rest(head_tok, lx.anonymous | lx.titles)):
            ent = None  # «مسؤول في رئاسة الجمهورية»: the entity only qualifies the head noun
        if ent is not None and (ent.end - ent.start) >= 0.6 * (toks[b - 1].end - toks[a].start):
            canonical, ident, subtype = ent.canonical, ent.id, ent.subtype
            kind = self.kind_of(ent.type, ent.subtype)
        elif entry is not None:
            canonical, ident, subtype = entry.name, entry.id, entry.subtype
            kind = self.kind_of(entry.type, entry.subtype, entry.attrs)
        if kind is None:
            kind = self.kind_by_head(toks, a, b, head, is_def)
        if kind is None and not strict and not is_def and b - a <= 4 and self.name_like(toks, a, b):
            kind = "person"
        if kind is None and quoted and not strict:
            kind = "organization"  # a quoted name in subject position: a group or body
        if kind is None:
            return None
        src = Source(text=mention, kind=kind, head=head, canonical=canonical, id=ident, subtype=subtype,
                     joint=np_.joint, name_tokens=words if kind == "person" and not self.rest(head_tok, lx.titles) else [],
                     adjectives=[w for w in words if NISBA.match(w)])
        return Found(src, mention, a, b)

    def kind_of(self, etype: str, subtype: str | None, attrs: dict | None = None) -> str:
        if subtype in KIND_OF_SUBTYPE:
            return KIND_OF_SUBTYPE[subtype]
        if etype == "PER":
            return "person"
        if etype == "LOC":
            return "government"
        return "organization"

    def kind_by_head(self, toks: list[Token], a: int, b: int, head: str, definite: bool) -> str | None:
        lx = self.lex
        t = toks[a]
        text = " ".join(x.norm for x in toks[a:b] if not x.is_punct)
        if self.rest(t, lx.government, "وفل") and b - a >= 1:
            return "government"
        if text in lx.government_places or bare(text) in lx.government_places:
            return "government"
        if self.rest(t, lx.anonymous, "وفل"):
            return "anonymous"
        if self.rest(t, lx.titles, "وفل"):
            return "person"
        if self.rest(t, lx.media, "وفل") or self.rest(t, lx.report_nouns, "وفل"):
            return "media"
        if self.rest(t, lx.organizations, "وفل"):
            return "organization"
        return None

    def name_like(self, toks: list[Token], a: int, b: int) -> bool:
        lx = self.lex
        for k in range(a, b):
            t = toks[k]
            if t.is_punct or t.text[:1].isdigit() or self.rest(t, lx.info_nouns | lx.report_nouns | lx.adverbs) \
                    or self.rest(t, lx.channel_frames | lx.not_channels | lx.channel_nouns | lx.self_reference, "وب") \
                    or PRONOUN_SUFFIX.search(strip_marks(t.text)):
                return False
        return not definite(toks[a])

    # ------------------------------------------------------------------ channels
    def channel_name(self, toks: list[Token], m: int, end: int, qp: dict[int, int]) -> tuple[Channel, int] | None:
        """The outlet/platform named at m: a quoted name, a platform, a KB name, or a few words."""
        lx = self.lex
        if m >= end:
            return None
        if toks[m].text in QUOTES and m in qp:
            a, b = m + 1, qp[m]
            nxt = b + 1
            if nxt < end and toks[nxt].text == "(":
                close = next((x for x in range(nxt, min(end, nxt + 6)) if toks[x].text == ")"), None)
                if close:
                    nxt = close + 1
        else:
            a = m
            b = a
            for p, _canon in lx.platform_phrases:
                if all(b + j < end and self.rest(toks[b + j], {w}, "ب") for j, w in enumerate(p)):
                    b = a + len(p)
                    break
            if b == a:
                best = None
                for n in range(min(5, end - a), 0, -1):
                    if any(toks[x].is_punct for x in range(a, a + n)):
                        continue
                    if self.lookup(self.doc.text[toks[a].start:toks[a + n - 1].end], channel=True):
                        best = a + n
                        break
                b = best or a
            if b == a and (toks[a].norm in NOT_NAMES or self.is_verb(toks[a])):
                return None
            if b == a and m > 0 and self.rest(toks[m - 1], lx.channel_nouns, "ول") and definite(toks[m]):
                # «وكالة الأنباء اليمنية الرسمية (سبأ)»: a descriptive name, the channel noun included
                while b < end and b - a < 4 and not toks[b].is_punct and definite(toks[b]) and not self.name_stop(toks, b):
                    b += 1
                if b > a:
                    text = self.text(toks, m - 1, b)
                    ch = self.make_channel(text, toks, m - 1, b)
                    nxt = b
                    if nxt < end and toks[nxt].text == "(":
                        close = next((x for x in range(nxt, min(end, nxt + 5)) if toks[x].text == ")"), None)
                        if close:
                            abbr = self.lookup(self.doc.text[toks[nxt].end:toks[close].start].strip(), channel=True)
                            if abbr is not None and not ch.canonical:
                                ch.canonical, ch.id = abbr.name, abbr.id
                            nxt = close + 1
                    return ch, nxt
            if b == a:
                while b < end and b - a < 3 and not toks[b].is_punct and not self.name_stop(toks, b) \
                        and not NISBA.match(toks[b].norm) and toks[b].norm != "في":
                    b += 1
            nxt = b
        if b <= a:
            return None
        text = self.doc.text[toks[a].start:toks[b - 1].end].strip()
        return self.make_channel(text, toks, a, b), nxt

    def make_channel(self, text: str, toks: list[Token], a: int, b: int, kind: str = "media") -> Channel:
        lx = self.lex
        canon = ident = None
        ent = self.entity_in(toks, a, b)
        if ent is not None and ent.type == "ORG":  # «الشرق الأوسط» the newspaper, not the region
            canon, ident = ent.canonical, ent.id
        entry = None if canon else self.lookup(text, channel=True)
        if entry is not None:
            canon, ident = entry.name, entry.id
        if canon is None:
            key = normalize(text)
            canon = lx.platforms.get(key) or lx.platforms.get(bare(key))
            if canon:
                kind = "site"
        return Channel(text=text, canonical=canon, id=ident, kind=kind)

    def channel_at(self, toks: list[Token], k: int, end: int, qp: dict[int, int]) -> tuple[Channel, int] | None:
        """«لوكالة X», «لـ "X"», «لصحيفة X»: the channel a statement was given to."""
        lx = self.lex
        t = toks[k]
        if t.is_punct:
            return None
        c, r = self.clitics(t)
        if t.norm == "ل":  # «لـ» written apart
            if k + 1 < end and self.rest(toks[k + 1], lx.channel_nouns, ""):
                got = self.channel_name(toks, k + 2, end, qp)
                if got:
                    self.register_channel(got[0], bare(toks[k + 1].norm))
                return got
            got = self.channel_name(toks, k + 1, end, qp)
            if got and (toks[k + 1].text in QUOTES or got[0].canonical):
                self.register_channel(got[0], "")
                return got
            return None
        if c == "ل" and bare(r) in lx.channel_nouns:
            got = self.channel_name(toks, k + 1, end, qp)
            if got and got[0].id and self.kb is not None:
                e = self.kb.get(got[0].id)
                if e is not None and e.subtype not in ("media_outlet", "news_agency", "social_media", None):
                    return None
            if got:
                ch, nxt = got
                while nxt < end and NISBA.match(toks[nxt].norm):
                    nxt += 1
                self.register_channel(ch, bare(r))
                return ch, nxt
        return None

    def frame_channel(self, toks: list[Token], a: int, b: int, qp: dict[int, int]) -> Channel | None:
        """Inside a prepositional phrase: «في لقاء مع X», «عبر حسابه في X», «على صفحته الرسمية في X»."""
        lx = self.lex
        for k in range(a, b):
            t = toks[k]
            if self.rest(t, lx.not_channels, "و"):
                return None
            prep_before = k > 0 and (toks[k - 1].norm in FRAME_PREPS or self.rest(toks[k - 1], FRAME_PREPS))
            if prep_before and (self.rest(t, lx.channel_frames, "و") or self.rest(t, lx.channel_nouns, "و")):
                for m in range(k + 1, min(b, k + 5)):
                    tm = toks[m]
                    relay = self.rest(tm, lx.relative_verbs, "") and not tm.is_punct and len(tm.norm) > 2
                    if tm.norm in FRAME_LINKS or relay or (self.clitics(tm)[0] == "ل" and not tm.is_punct):
                        start = m + 1 if (tm.norm in FRAME_LINKS or relay) else m
                        if start == m:  # «لوكالة X» / «لصحيفة X»
                            got = self.channel_at(toks, m, b, qp)
                        else:
                            if start < b and self.rest(toks[start], lx.channel_nouns, ""):
                                start += 1
                            got = self.channel_name(toks, start, b, qp)
                        if got:
                            kind = "interview" if self.rest(t, INTERVIEW) else "site"
                            ch = got[0]
                            ch.kind = kind
                            return ch
        return None

    # ------------------------------------------------------------------ one sentence
    def read(self, sent_no: int, s0: int, s1: int) -> list[Claim]:
        doc, lx = self.doc, self.lex
        toks = doc.tokens_in(s0, s1)
        end = len(toks)
        if not toks:
            return []
        qp = self.quote_pairs(toks)
        inside_quote = set()
        for a, b in qp.items():
            inside_quote.update(range(a, b + 1))
        pend: list[Pending] = []
        covered_from: int | None = None  # content of an earlier claim in this sentence
        markers_used: set[int] = set()
        k = 0
        while k < end:
            t = toks[k]
            if t.is_punct:
                k += 1
                continue
            verb = self.is_verb(t)
            if verb is None and k > 0 and toks[k - 1].norm in RELATIVES:
                m = re.match(r"^(.+?)(ه|ها|هم)$", t.norm)
                if m and m.group(1) in lx.verbs:
                    verb, _rel_obj = lx.verbs[m.group(1)], True
            if verb is None:
                k += 1
                continue
            if covered_from is not None and k >= covered_from:
                prev = toks[k - 1].norm if k else ""
                if not (prev in lx.new_statement or (k > 1 and toks[k - 2].norm in lx.new_statement)):
                    k += 1
                    continue
            got = self.read_verb(toks, k, end, qp, verb, sent_no, markers_used)
            if got is None:
                k += 1
                continue
            pend.append(got)
            covered_from = got.cue + 1
            k += 1
        if not pend:  # «دعت البعثة الأطراف إلى …، مؤكدة أنها …»: a participle carries the statement
            for k, t in enumerate(toks):
                if k < 2 or not self.rest(t, lx.participles) or toks[k - 1].text not in COMMAS:
                    continue
                nxt = toks[k + 1] if k + 1 < end else None
                if nxt is None or not (nxt.norm in lx.that or self.rest(nxt, lx.that) or nxt.norm in STOP_PREPS
                                       or nxt.text in QUOTES):
                    continue
                subj = self.main_subject(toks, k, qp, sent_no)
                if subj is not None:
                    p = Pending(cue=k, cue_end=k + 1, verb=None, speaker=subj, content=k)
                    if self.rest(t, lx.deny_participles):
                        p.stance = "deny"
                    pend.append(p)
                break
        # markers: a via for the statement of the sentence, or a statement of their own
        k = 0
        while k < end:
            n = self.marker_at(toks, k, end)
            if not n or k in markers_used:
                k += 1
                continue
            found = self.marker_source(toks, k + n, end, qp, sent_no)
            markers_used.add(k)
            if found is None:
                k += n
                continue
            fnd, nxt, as_channel = found
            host = next((p for p in reversed(pend) if p.cue <= k), pend[0] if pend else None)
            if host is not None:
                self.attach(host, fnd, as_channel)
            elif fnd is not None:  # «وبحسب الأمم المتحدة، فإن …», «وفق وكالة X»
                p = Pending(cue=k, cue_end=k + n, verb=None, speaker=fnd, kind="marker")
                p.content = 0
                pend.append(p)
            k = nxt
        return [c for c in (self.finish(p, toks, sent_no, s0, s1, qp) for p in pend) if c is not None]

    def attach(self, host: Pending, fnd: Found | None, as_channel: Channel | None) -> None:
        """A marker inside a statement: its source is a link of the chain, or — when the
        statement's subject is an outlet («الوكالة أكدت، بحسب المصدر») — the real speaker."""
        if fnd is None and as_channel is None:
            return
        sp = host.speaker
        if fnd is not None and sp is not None and sp.source.kind == "media" and fnd.source.kind != "media":
            host.relay_channels.insert(0, self.channel_of(sp))
            host.speaker = fnd
            return
        if as_channel is not None:
            host.relay_channels.append(as_channel)
        elif fnd is not None:
            host.relay_channels.append(fnd.source.as_channel(kind="source"))

    def marker_source(self, toks, i, end, qp, sent_no):
        """The source named after a marker: (Found, next index, channel when it is an outlet) or None."""
        lx = self.lex
        k = i
        if k < end and toks[k].norm == "ما":
            k += 1
        while k < end and (self.rest(toks[k], lx.relative_verbs, "") or toks[k].norm in ("به", "بها", "ل")):
            k += 1
        if k >= end:
            return None
        if self.rest(toks[k], lx.self_reference, ""):
            return None
        # «وفقاً للاستخبارات الروسية»: the «ل» of the marker is on the noun
        np_ = self.scan_np_after_l(toks, k, end, qp)
        if np_ is None:
            return None
        fnd = self.classify(toks, np_, sent_no)
        if fnd is None:
            return None
        if not fnd.resolved:
            fnd.source = self.reg.add(fnd.source)
        ch = None
        if fnd.source.kind == "media" or fnd.source.is_channel:
            ch = fnd.source.as_channel()
            if self.rest(toks[np_.first], lx.channel_nouns, "ل"):
                name = self.channel_name(toks, np_.first + 1, np_.last + 1, qp)
                if name and not name[0].canonical and toks[np_.first + 1].text not in QUOTES:
                    name = None  # «وكالة الأنباء الفلسطينية»: the whole phrase is the name
                if name:
                    ch = name[0]
                    fnd.source.text, fnd.source.canonical, fnd.source.id = ch.text, ch.canonical, ch.id
            fnd.source.is_channel = fnd.source.is_channel or fnd.source.kind == "media"
        return fnd, np_.next, ch

    def scan_np_after_l(self, toks, k, end, qp) -> NP | None:
        t = toks[k]
        if t.norm == "ل" and k + 1 < end:
            return self.scan_np(toks, k + 1, end, qp)
        np_ = self.scan_np(toks, k, end, qp)
        if np_ is None and self.clitics(t)[0] == "ل":
            # the first word carries «ل»: scan as if it were not there
            np_ = NP(k, k, k + 1)
            more = self.scan_np(toks, k + 1, end, qp) if k + 1 < end else None
            if more is not None and more.first == k + 1:
                np_.last, np_.next = more.last, more.next
        return np_

    def read_verb(self, toks, i, end, qp, verb: Verb, sent_no, markers_used) -> Pending | None:
        lx = self.lex
        stance = verb.stance
        # negation right before the verb: «لا تستبعد», «لم يستبعد»
        j = i - 1
        while j >= 0 and toks[j].norm in lx.aux:
            j -= 1
        if j >= 0 and (toks[j].norm in NEGATORS or self.rest(toks[j], NEGATORS)):
            if verb.negated is None:
                return None
            stance = verb.negated
        p = Pending(cue=i, cue_end=i + 1, verb=verb, speaker=None, stance=stance)
        # subject after the verb
        k = i + 1
        while k < end and (toks[k].norm in lx.aux or self.rest(toks[k], lx.adverbs, "")):
            k += 1
        subj = None
        np_ = None
        quoted_np = toks[k].text in QUOTES and k in qp and 1 < qp[k] - k <= 8 if k < end else False
        if k < end and (not toks[k].is_punct or quoted_np) and not self.channel_at(toks, k, end, qp) \
                and not self.marker_at(toks, k, end) and toks[k].norm not in lx.adverbial_preps:
            self.stop_b = "ب" in verb.preps
            self.obj_verb = verb.obj != "none"
            try:
                np_ = self.scan_np(toks, k, end, qp)
            finally:
                self.stop_b = self.obj_verb = False
        if np_ is not None:
            subj = self.classify(toks, np_, sent_no, strict=verb.ambiguous)
            k = np_.next if subj is not None else k
        if subj is None:
            subj = self.fronted(toks, i, qp, sent_no)
            p.channels.extend(self.fronted_channels)
            self.fronted_channels = []
            if subj is None and np_ is not None:
                return None  # a phrase follows the verb but names no source
        # between subject and content: channels, markers, time and place
        relay_src: Found | None = None
        while k < end:
            t = toks[k]
            if t.is_punct:
                if t.text in COMMAS or t.text in "-–—)":
                    k += 1
                    continue
                if t.text == ":":
                    p.content = k + 1
                    break
                if t.text in QUOTES:
                    p.content = k
                    break
                if t.text == "(":
                    close = next((x for x in range(k, min(end, k + 8)) if toks[x].text == ")"), None)
                    if close:
                        k = close + 1
                        continue
                break
            n = t.norm
            if (n in lx.that or self.rest(t, lx.that)) and not (k and toks[k - 1].norm in NOT_OPENER_BEFORE):
                p.content = k
                break
            ch = self.channel_at(toks, k, end, qp)
            if ch:
                p.channels.append(ch[0])
                k = ch[1]
                continue
            mlen = self.marker_at(toks, k, end)
            if mlen:
                markers_used.add(k)
                got = self.marker_source(toks, k + mlen, end, qp, sent_no)
                if got:
                    fnd, nxt, as_ch = got
                    if subj is not None and subj.source.kind == "media" and fnd.source.kind != "media":
                        p.relay_channels.insert(0, self.channel_of(subj, toks, qp))
                        subj = fnd
                    elif as_ch is not None:
                        p.relay_channels.append(as_ch)
                    else:
                        p.relay_channels.append(fnd.source.as_channel(kind="source"))
                    k = nxt
                else:
                    k += mlen
                continue
            if self.rest(t, lx.self_reference, ""):
                k += 1
                continue
            if n in lx.aux or self.rest(t, lx.adverbs, ""):
                k += 1
                continue
            if verb.relay and n == "عن" and relay_src is None:
                rnp = self.scan_np(toks, k + 1, end, qp)
                if rnp is not None:
                    relay_src = self.classify(toks, rnp, sent_no, strict=False)
                    if relay_src is not None:
                        k = rnp.next
                        continue
            if n in lx.adverbial_preps or (n in FRAME_LINKS and self.frame_ahead(toks, k, end)) \
                    or self.rest(t, lx.adverbs, "و") or t.text[:1].isdigit():
                stop = k + 1
                while stop < end and not (toks[stop].text in COMMAS or toks[stop].text == ":"
                                          or ((toks[stop].norm in lx.that or self.rest(toks[stop], lx.that))
                                              and toks[stop - 1].norm not in NOT_OPENER_BEFORE)
                                          or self.marker_at(toks, stop, end)
                                          or (toks[stop].text in QUOTES and stop in qp and toks[stop - 1].is_punct)):
                    if toks[stop].text in QUOTES and stop in qp:
                        stop = qp[stop] + 1
                        continue
                    stop += 1
                ch = self.frame_channel(toks, k, stop, qp)
                if ch:
                    p.channels.append(ch)
                elif verb.obj != "none" and stop == end and k + 1 < end \
                        and self.rest(toks[k + 1], lx.channel_frames | lx.not_channels, ""):
                    # «أعلن حزب الله في بيان استهداف موقع …»: only «في بيان (رسمي)» is the phrase
                    stop = k + 2
                    while stop < end and ADJ.match(toks[stop].norm) and not toks[stop].is_punct:
                        stop += 1
                k = stop
                continue
            c, r = self.clitics(t)
            if n in verb.preps or ("ب" in verb.preps and c.endswith("ب")):
                p.content = k
                break
            if self.rest(t, lx.participles):
                p.content = k  # «نفت X في بيان …، مؤكدة أن …»: the participle carries it
                break
            if verb.obj == "any" or (verb.obj == "info" and (
                    self.rest(t, lx.info_nouns, "") or n.startswith("عدم") or p.relay_channels or p.channels
                    or self.phrase_at(toks, k, lx.not_rule_out, end) or self.reported_event(toks, k, end))):
                p.content = k
                break
            if not verb.ambiguous:
                p.content = self.opener_ahead(toks, k, end, qp, p)
            break
        if p.content is None:
            # «لن نغادر أرضنا»، يقول أبو محمد: the quotation before the verb is the content
            before = [a for a, b in qp.items() if b < i and all(toks[x].is_punct for x in range(b + 1, i))]
            if before:
                p.content = before[-1]
        if p.content is None:
            return None
        if not p.channels and p.content < end and not (toks[p.content].norm in lx.that or toks[p.content].text in QUOTES
                                                       or self.rest(toks[p.content], lx.that)):
            for x in range(p.content, min(end, p.content + 12)):
                if toks[x].norm in lx.adverbial_preps or toks[x].norm in FRAME_PREPS:
                    stop = next((y for y in range(x + 1, end) if toks[y].text in COMMAS or toks[y].text in ".؛"), end)
                    ch = self.frame_channel(toks, x, stop, qp)
                    if ch is not None:
                        p.channels.append(ch)
                        break
        # «وفي تصريحات لقناة الجزيرة، قال …»: a channel given before the verb
        lo = i - 1
        while lo >= 0 and i - lo < 15 and not (not toks[lo].is_punct and (self.is_verb(toks[lo]) or toks[lo].norm in lx.that)):
            lo -= 1
        if lo + 1 < i:
            pre = self.frame_channel(toks, lo + 1, i, qp)
            if pre is not None:
                p.channels.insert(0, pre)
        if relay_src is not None:
            if subj is not None:
                p.relay_channels.insert(0, self.channel_of(subj, toks, qp))
            subj = relay_src
        elif verb.relay and subj is not None and subj.source.kind == "media":
            return None  # «نقلت الوكالة» with no source: the outlet's own report is not relayed speech
        if subj is None and i > 0 and toks[i - 1].text in COMMAS and self.clitics(toks[i])[0][:1] == "و":
            subj = self.main_subject(toks, i, qp, sent_no)  # «دان الوزير الهجوم، واعتبر أن …»
        if subj is None:
            if self.has_fronted_material(toks, i):
                return None
            if self.rest(toks[i], lx.present, "وف"):
                return None  # «يذكر أن …», «ويشار إلى أن …»: impersonal
            last = self.reg.last_speaker
            if last is None or sent_no - self.reg.last_speaker_sentence > 2:
                return None
            subj = Found(self.agreeing_speaker(toks[i], last), "", i, i, resolved=True)
        p.speaker = subj
        return p

    def opener_ahead(self, toks, k, end, qp, p: Pending) -> int | None:
        """Words the rules did not place (an apposition, a name with «بلا») stand between the
        subject and a clear content opener: skip them, picking up any channel on the way."""
        lx = self.lex
        for x in range(k, min(end, k + 20)):
            t = toks[x]
            if t.text in ".؟?!":
                return None
            after_conj = x > 0 and toks[x - 1].norm in NOT_OPENER_BEFORE
            opener = ((t.norm in lx.that or self.rest(t, lx.that)) and not after_conj or t.text == ":"
                      or (t.text in QUOTES and x in qp and x > k and toks[x - 1].text in COMMAS))
            if opener:
                ch = self.frame_channel(toks, k, x, qp)
                if ch:
                    p.channels.append(ch)
                for y in range(k, x):
                    got = self.channel_at(toks, y, x, qp)
                    if got:
                        p.channels.append(got[0])
                        break
                return x + 1 if t.text == ":" else x
        return None

    def channel_of(self, f: Found, toks=None, qp=None) -> Channel:
        """An outlet met as a subject («نقل موقع X عن…») as a link of a chain: its name
        without the channel noun, registered so that «الموقع» can point back to it."""
        src = f.source
        if src.channel is None:
            ch = None
            if toks is not None and not f.resolved and f.end - f.start > 1 and self.rest(toks[f.start], self.lex.channel_nouns, "وفل"):
                got = self.channel_name(toks, f.start + 1, f.end, qp or {})
                ch = got[0] if got else None
                if ch is not None and not ch.canonical and toks[f.start + 1].text not in QUOTES:
                    ch = None  # «وكالة الأنباء السودانية»: the whole phrase is the name
            src.channel = ch or Channel(text=src.text, canonical=src.canonical, id=src.id)
        src.is_channel = True
        if not f.resolved:
            f.source = self.reg.add(src)
        return f.source.as_channel()

    def register_channel(self, ch: Channel, head: str) -> None:
        self.reg.add(Source(text=ch.text, kind="media", head=head, canonical=ch.canonical, id=ch.id,
                            is_channel=True, channel=ch))

    def reported_event(self, toks, k, end) -> bool:
        """«أعلن حزب الله استهداف موقع …»: an indefinite noun in construct reports an event; a
        declaration («أعلنت الحكومة الحداد», «حالة الطوارئ») does not."""
        t = toks[k]
        if t.is_punct or definite(t) or self.rest(t, self.lex.declarations, "") or self.is_verb(t) or k + 1 >= end \
                or t.norm in STOP_PREPS or t.norm in FRAME_PREPS or t.norm in self.lex.adverbial_preps or t.text[:1].isdigit() \
                or self.clitics(t)[0][-1:] in ("ب", "ل", "ك"):
            return False
        nxt = toks[k + 1]
        return not nxt.is_punct and not self.rest(nxt, self.lex.declarations, "") and nxt.norm not in STOP_PREPS

    def main_subject(self, toks, i, qp, sent_no) -> Found | None:
        """The subject of the sentence's first verb, for a verb or participle that shares it."""
        lx = self.lex
        k = 0
        # skip an opening phrase up to its comma: «وفي عدن،», «من جهته،»
        first_comma = next((x for x in range(min(i, 6)) if toks[x].text in COMMAS), None)
        if first_comma is not None and (toks[0].norm in lx.adverbial_preps or self.rest(toks[0], lx.adverbial_preps | FRAME_PREPS, "و")
                                        or toks[0].norm in _n("من", "ومن")):
            k = first_comma + 1
        while k < i and (toks[k].norm in lx.particles or toks[k].norm in lx.aux or toks[k].is_punct):
            k += 1  # «كما طالبت …», «وكانت قد …»
        if k >= i:
            return None
        self.obj_verb = True  # the first verb may take an object: «طالبت الحكومة تركيا بوقف …»
        try:
            np_ = self.scan_np(toks, k + 1, i, qp)  # toks[k] is the verb
        finally:
            self.obj_verb = False
        if np_ is None or np_.first != k + 1:
            return None
        return self.classify(toks, np_, sent_no, strict=False)

    def agreeing_speaker(self, verb_tok: Token, last: Source) -> Source:
        """«وأضافت أن …» after «قال الطبيب …» goes back to the feminine source before him
        («وزارة الصحة», «المصادر»): of the last two speakers, the one the verb agrees with."""
        fem_verb = self.feminine_verb(verb_tok)
        if fem_verb is None or self.feminine(last) == fem_verb:
            return last
        speakers = [x for x in reversed(self.reg.items) if not x.is_channel][:2]
        return next((x for x in speakers if self.feminine(x) == fem_verb), last)

    def feminine_verb(self, t: Token) -> bool | None:
        r = self.clitics(t)[1] if self.clitics(t)[0] in ("و", "ف") and self.lex.verbs.get(self.clitics(t)[1]) else t.norm
        if r in self.lex.present:
            return r.startswith("ت")
        if r.endswith("وا") or r.endswith("ا"):
            return None  # plural or dual: no help
        return r.endswith("ت")

    def feminine(self, src: Source) -> bool:
        """Grammatical gender of a source: «وزارة», «الحكومة», «المصادر» (a non-human plural) are
        feminine; «الجيش», «المرصد», a man's name or title are not."""
        first = strip_marks(src.text.split()[0]) if src.text.split() else ""
        if src.kind == "person":
            return first.endswith("ة")
        return first.endswith("ة") or bare(normalize(first)) in self.lex.feminine_plurals

    def has_fronted_material(self, toks, i) -> bool:
        """Words before the verb that are not particles or auxiliaries: a subject we could not read."""
        lx = self.lex
        for j in range(i - 1, -1, -1):
            t = toks[j]
            if t.is_punct or t.norm in lx.particles or t.norm in lx.aux or self.rest(t, lx.aux | lx.particles, "وف"):
                continue
            return not (t.norm in lx.clause_openers or self.rest(t, lx.clause_openers, "و") or self.rest(t, lx.adverbs, "و"))
        return False

    def frame_ahead(self, toks, k, end) -> bool:
        lx = self.lex
        return any(self.rest(toks[x], lx.channel_frames, "و") for x in range(k + 1, min(end, k + 3)))

    def fronted(self, toks, i, qp, sent_no) -> Found | None:
        """A subject before its verb: «المصدر قال», «وزارة الخارجية كانت قد أعربت», «أما X، فكان أكد»."""
        lx = self.lex
        cs = 0
        for j in range(i - 1, -1, -1):
            t = toks[j]
            if t.text == ":" or t.norm in lx.that or (not t.is_punct and (self.is_verb(t) and j != i)):
                cs = j + 1
                break
            if not t.is_punct and (t.norm in lx.clause_openers or self.rest(t, lx.clause_openers, "و")):
                cs = j + 1
                break
        if i - cs > 16:
            return None
        k = cs
        while k < i and (toks[k].is_punct or toks[k].norm in lx.particles or toks[k].norm in lx.aux
                         or self.rest(toks[k], lx.aux | lx.particles, "وف") or self.rest(toks[k], lx.adverbs, "و")):
            k += 1
        if k >= i:
            return None
        np_ = self.scan_np(toks, k, i, qp)
        if np_ is None:
            return None
        rest = [x for x in range(np_.next, i) if not (toks[x].is_punct or toks[x].norm in lx.aux
                                                      or self.rest(toks[x], lx.aux, "وف") or self.rest(toks[x], lx.adverbs, "و")
                                                      or self.rest(toks[x], lx.report_nouns, ""))]
        self.fronted_channels = []
        if len(rest) > 1 or (rest and len(toks[rest[0]].norm) > 2):
            # «مسؤولاً أمريكياً، تحدث لوكالة «أسوشيتد برس» …، قال»: a clause between commas
            if not (np_.next < i and toks[np_.next].text in COMMAS and toks[i - 1].text in COMMAS):
                return None
            for x in range(np_.next, i):
                got = self.channel_at(toks, x, i, qp)
                if got:
                    self.fronted_channels.append(got[0])
                    break
        return self.classify(toks, np_, sent_no, strict=True)

    # ------------------------------------------------------------------ building the claim
    def finish(self, p: Pending, toks, sent_no, s0, s1, qp) -> Claim | None:
        doc = self.doc
        f = p.speaker
        if f is None:
            return None
        src = f.source if f.resolved else self.reg.add(f.source)
        via = not_self(merge_via(p.channels, src.via, p.relay_channels), src)
        # the agency it was told to and the outlet it was quoted from stay with the source; a
        # post on a page is one statement's channel only
        src.via = merge_via(src.via, [c for c in p.channels + p.relay_channels if c.kind not in ("source", "site")])
        self.reg.spoke(src, sent_no)
        if p.kind == "marker":
            content = (doc.text[s0:toks[p.cue].start].strip(" ،,") or doc.text[toks[p.cue].start:s1])
            c0 = s0
        else:
            c0 = toks[p.content].start if p.content < len(toks) else s1
            content = doc.text[c0:s1] if p.content > p.cue else doc.text[c0:toks[p.cue].start].rstrip(" ،,")
        stance = p.stance
        if stance == "assert":
            stance = self.content_stance(toks, p.content if p.kind != "marker" else 0, qp)
        mention = f.mention or ""
        sp = Speaker(text=src.text, kind=src.kind, mention=mention or None, canonical=src.canonical, id=src.id,
                     start=toks[f.start].start if f.end > f.start else None,
                     end=toks[f.end - 1].end if f.end > f.start else None)
        return Claim(start=s0, end=s1, evidence=doc.text[s0:s1], content=content.strip(), speaker=sp, via=via,
                     stance=stance, cue=doc.text[toks[p.cue].start:toks[p.cue_end - 1].end],
                     cue_start=toks[p.cue].start, cue_end=toks[p.cue_end - 1].end,
                     content_start=c0, content_end=s1)

    def content_stance(self, toks, c: int, qp) -> str:
        """Stance carried by the content: «عدم استبعاد» → not_rule_out; a quotation whose clause
        opens with a negated verb («…، لا نريد جلب مقاتلين») → deny."""
        lx = self.lex
        end = len(toks)
        for k in range(c, min(end, c + 8)):
            if self.phrase_at(toks, k, lx.not_rule_out, end):
                return "not_rule_out"
        for k in range(c, end):
            if self.phrase_at(toks, k, lx.deny, end):
                return "deny"
        for a, b in qp.items():
            if a < c:
                continue
            clause_start = True
            for k in range(a + 1, b):
                t = toks[k]
                if t.is_punct:
                    clause_start = t.text in COMMAS or t.text in ".؛;:"
                    continue
                # «لم/لا + verb + complement» opening a clause of the quotation denies; «لن» promises
                if clause_start and t.norm in DENY_NEG and k + 1 < b and self.verb_like(toks[k + 1]):
                    clause_end = next((x for x in range(k, b) if toks[x].text in COMMAS or toks[x].text in ".؛;"), b)
                    if clause_end - k >= 3 and not any(self.phrase_at(toks, x, lx.negation_exceptions, clause_end + 2) for x in range(k, min(end, clause_end + 2))):
                        return "deny"
                clause_start = False
        return "assert"

    @staticmethod
    def verb_like(t: Token) -> bool:
        return not t.is_punct and t.norm[:1] in "يتنا" and not definite(t) and len(t.norm) > 2


def strip_marks(s: str) -> str:
    return re.sub("[\u064b-\u065f\u0670\u0640]", "", s)


_DEF = re.compile("^(?:[وف]?[بلك]?ال|[وف]?لل)..")


def definite(t: Token) -> bool:
    """Written with the article («الرئيس», «وبالرئيس», «للرئيس»); «إلهام» is not, though it folds to «الهام»."""
    return not t.is_punct and bool(_DEF.match(strip_marks(t.text)))
