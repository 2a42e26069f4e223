"""Counts of people in one sentence: the figure, what it counts, how sure, and what happened.

A figure (digits, number words, or a vague word like «عشرات») becomes a fact only when it
counts people: a counted noun follows it («93 مقاتلاً», «430 من المرتزقة», "4,000 Syrian
fighters"), or it stands bare right after an event word («مقتل 12 وإصابة 30», "the death
toll rose to 72"). Everything else — dates, durations, ages, money, percentages, weapons —
has no counted noun and drops out by the same rule; the not-people list makes it explicit.
The kind is the nearest event word's, measured in tokens, a clause boundary counting extra;
the verb right after a counted phrase is its own ("17 were injured"), and a part of a count
(«بينهم 9 أطفال», "including two children", "eight of whom", «مقابل 120 أسيراً») shares the
kind of the count it belongs to.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from marsad.facts.lexicon import Lexicon, lexicon
from marsad.text import proclitic_splits, tokenize

_DIGITS = re.compile(r"^(\D*?)(\d+(?:[.,]\d+)*)$")
_GROUPS = re.compile(r"^\d+(?:[.,]\d+)*$")
MAX_EVENT_DISTANCE = 20  # tokens (a clause break counts 8): farther event words are another story
_BREAK_PUNCT = {",", ";", ":", ".", "!", "?", "(", ")"}
_EN_MODIFIER = re.compile(r"^(?:[a-z]+(?:ed|ian|ish|ese|an|i)|foreign|armed|more|other|additional|new|young|local|"
                          r"pro|anti|backed|allied|rebel|army|government|opposition|security|regime|militia|"
                          r"innocent|unarmed|elite|special|private|former|active|regular|trained|mostly)$")
# broken plurals of the fa'aleel pattern end in «ين» too but are things: «قوانين», «بساتين», «ملايين»
_FAALEEL = re.compile(r"^..ا.ين$")
_SUFFIX_SCALE = {"k": 1000, "m": 1_000_000, "bn": 1_000_000_000}
_EN_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ians|ans|is|ese|ks|ds)$")


@dataclass
class Tok:
    start: int
    end: int
    text: str
    norm: str
    punct: bool
    forms: frozenset[str] = frozenset()  # clitic-stripped readings
    conj: str = ""  # proclitics, as split off

    @property
    def latin(self) -> bool:
        return self.text.isascii()


_FORMS: dict[str, tuple[frozenset[str], str]] = {}


def _forms(norm: str) -> tuple[frozenset[str], str]:
    """Every reading of a word without proclitics, article or accusative alif (memoised: the
    same words recur in every article)."""
    hit = _FORMS.get(norm)
    if hit is None:
        if len(_FORMS) > 200_000:
            _FORMS.clear()
        hit = _FORMS[norm] = _forms_of(norm)
    return hit


def _forms_of(norm: str) -> tuple[frozenset[str], str]:
    out: set[str] = set()
    clitics = ""
    for cl, rest in proclitic_splits(norm):
        out.add(rest)
        if rest.startswith("ال") and len(rest) > 3:
            out.add(rest[2:])
        if cl and not clitics:
            clitics = cl
    for f in list(out):
        if f.endswith("ا") and len(f) > 3:
            out.add(f[:-1])
    return frozenset(out), clitics


_QUOTES = frozenset('"«»“”„‟‹›\'‘’`')


def tokens_of(text: str, start: int, end: int, raw=None) -> list[Tok]:
    """Tokens of a sentence, with digit groups split by the tokenizer («و١» «٬» «٢٠٠») joined again.

    Quotation marks are dropped: a quoted figure («اعتقلت "إرهابيين اثنين"», 'killed "hundreds"
    of soldiers') counts what it counts, and the marks would otherwise part it from its noun.
    """
    if raw is None:
        raw = tokenize(text, start, end)
    raw = [t for t in raw if not (t.is_punct and t.norm in _QUOTES)]
    out: list[Tok] = []
    k = 0
    while k < len(raw):
        t = raw[k]
        s, e, norm = t.start, t.end, t.norm.replace("ـ", "")
        # join «digits» «,» «digits» written without spaces, as often as it repeats
        while (_DIGITS.match(norm) and k + 2 < len(raw) and raw[k + 1].norm in {",", "."}
               and _GROUPS.match(raw[k + 2].norm) and raw[k + 1].start == e and raw[k + 2].start == raw[k + 1].end):
            norm = norm + raw[k + 1].norm + raw[k + 2].norm
            e = raw[k + 2].end
            k += 2
        tok = Tok(s, e, text[s:e], norm, t.is_punct)
        if not tok.punct:
            tok.forms, tok.conj = _forms(norm)
        out.append(tok)
        k += 1
    return out


# ---------------------------------------------------------------- phrase matching
def match_at(toks: list[Tok], i: int, phrase: tuple[str, ...], clitic_first: bool = True) -> int:
    """End index (exclusive) when `phrase` matches at token i, else -1."""
    j = i
    for k, w in enumerate(phrase):
        if j >= len(toks) or toks[j].punct:
            return -1
        t = toks[j]
        if not (t.norm == w or ((clitic_first or k) and w in t.forms)):
            return -1
        j += 1
    return j


_BY_LAST: dict[int, tuple[list, dict[str, list]]] = {}


def _by_last(phrases: list) -> dict[str, list]:
    """The phrases of a (cached lexicon) list indexed by their last word, longest first."""
    hit = _BY_LAST.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        index: dict[str, list] = {}
        for item in phrases:
            phrase = item[0] if isinstance(item[0], tuple) else item
            index.setdefault(phrase[-1], []).append(item)
        hit = _BY_LAST[id(phrases)] = (phrases, index)
    return hit[1]


def match_ending(toks: list[Tok], end: int, phrases) -> tuple[int, object] | None:
    """A phrase that ends right before token `end`: (start, phrase-or-label)."""
    if end <= 0 or toks[end - 1].punct:
        return None
    index = _by_last(phrases)
    last = toks[end - 1]
    cands = {id(x): x for k in last.forms | {last.norm} for x in index.get(k, ())}
    for item in sorted(cands.values(), key=lambda x: -len(x[0] if isinstance(x[0], tuple) else x)):
        phrase = item[0] if isinstance(item[0], tuple) else item
        s = end - len(phrase)
        if s >= 0 and match_at(toks, s, phrase) == end:
            return s, item
    return None


# ---------------------------------------------------------------- figures
@dataclass
class Figure:
    i: int  # first token
    j: int  # end token (exclusive)
    value: int | None
    vague: str | None = None
    dual: bool = False  # «مدنيان»: the figure is its own counted noun


def _dual_people(lex: Lexicon, t: Tok) -> bool:
    """A nominative dual of a people noun («مدنيان», «جنديان», «الطفلان») counts two.

    Only the «ان» ending: «ين» is as often a sound plural («مدنيين»)."""
    if t.punct or t.latin or not t.norm.endswith("ان"):
        return False
    return any(f.endswith("ان") and len(f) >= 5 and (f[:-2] in lex.people or (  # «جنديان»
        f.endswith("تان") and f[:-3] + "ه" in lex.people)) for f in t.forms)  # «امرأتان»


def _digits_value(s: str) -> float | None:
    m = _DIGITS.match(s)
    if not m:
        return None
    num = m.group(2)
    parts = re.split(r"[.,]", num)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
        return float("".join(parts))
    if len(parts) == 2:
        return float(parts[0] + "." + parts[1])
    if len(parts) == 1:
        return float(num)
    return None


def _number_word(lex: Lexicon, t: Tok, first: bool):
    """The number word this token is, and whether it came with «و» ("and")."""
    if t.punct:
        return None
    if t.norm in lex.numbers:
        return lex.numbers[t.norm], False
    if first:
        for f in t.forms:
            if f in lex.numbers:
                return lex.numbers[f], False
        return None
    if t.norm.startswith("و") and t.norm[1:] in lex.numbers:
        return lex.numbers[t.norm[1:]], True
    return None


def figure_at(toks: list[Tok], i: int, lex: Lexicon) -> Figure | None:
    t = toks[i]
    if t.punct:
        return None
    if not (t.norm[-1:].isdigit() or t.norm in lex.starters or not t.forms.isdisjoint(lex.starters)):
        return Figure(i, i + 1, 2, dual=True) if _dual_people(lex, t) else None
    # vague phrases first («عشرات الآلاف» before «عشرات»)
    for phrase, label in sorted({x for k in t.forms | {t.norm} for x in lex.vague_by_first.get(k, ())},
                                key=lambda x: -len(x[0])):
        j = match_at(toks, i, phrase)
        if j > 0:
            # «آلاف» right after a number is a multiplier, not a vague word
            if label == "thousands" and i > 0 and _number_word(lex, toks[i - 1], True):
                continue
            return Figure(i, j, None, label)
    total, cur, j, seen = 0.0, 0.0, i, False
    last_scale, half = 0, False
    m = _DIGITS.match(t.norm)
    if m and m.group(1) in {"", "و", "ب", "ل", "ال", "وال", "بال", "لل", "ف", "ك"}:
        v = _digits_value(t.norm)
        if v is None:
            return None
        cur, j, seen = v, i + 1, True
        if len(m.group(2).replace(",", "").replace(".", "")) >= 7 and "," not in m.group(2):
            return None  # phone numbers, ids
        if j + 1 < len(toks) and toks[j].norm in _SUFFIX_SCALE and toks[j].start == t.end:
            # "1.2m people", "30k troops": only before a people word (a "5m wall" is no count)
            if toks[j + 1].norm not in lex.people:
                return None
            return Figure(i, j + 1, int(round(v * _SUFFIX_SCALE[toks[j].norm])))
    standalone_ok = True
    while j < len(toks):
        tj = toks[j]
        # English "two hundred and fifty", "twenty-five"
        if tj.latin and tj.norm in {"and", "-"} and seen and j + 1 < len(toks) \
                and _number_word(lex, toks[j + 1], True) and toks[j + 1].latin:
            j += 1
            continue
        nw = _number_word(lex, tj, j == i)
        if nw is None:
            md = _DIGITS.match(tj.norm)
            if seen and cur == 0 and total and md and md.group(1) == "و" and j > i:
                cur = float(md.group(2).replace(",", ""))  # «34 ألفاً و500»
                j += 1
                continue
            break
        word, _and = nw
        if word.kind == "half":
            if seen and cur == 0 and last_scale and _and:  # «مليون ونصف المليون», "a million and a half"
                total += last_scale / 2
                j += 1
                if j < len(toks) and toks[j].norm.startswith("ال") and toks[j].forms & set(lex.numbers):
                    j += 1  # «… ونصف المليون»
                continue
            if j != i:
                break
            half = True  # «نصف مليون», "half a million": a scale word must follow
            j += 1
            if j < len(toks) and toks[j].latin and toks[j].norm == "a":
                j += 1
            continue
        if j == i and word.kind in {"scale", "hundred_mult"} and tj.norm not in lex.numbers \
                and any(tj.norm.startswith(p) for p in ("ال", "وال", "بال", "فال", "لل", "ولل")):
            return None  # «في المئة», «بالألف»: a rate, not a count
        if seen and _DIGITS.match(toks[j - 1].norm) and word.kind != "scale" and word.kind != "hundred_mult":
            break  # «2 ثلاثة» is two figures
        if word.kind == "scale":
            if not seen and tj.norm.endswith("لاف"):
                break  # bare «آلاف» is vague, handled above
            total += (0.5 if half and not seen else max(cur, 1)) * word.value
            cur, last_scale, half = 0, word.value, False
        elif word.kind == "hundred_mult":
            cur = cur * 100 if 0 < cur < 10 else cur + 100
        else:
            if j == i and not word.standalone:
                standalone_ok = False
            cur += word.value
        seen = True
        j += 1
    if not seen or j == i:
        return Figure(i, i + 1, 2, dual=True) if j == i and _dual_people(lex, t) else None
    if half:
        return None  # «نصف» with no scale word after it: a share, not a count
    if not standalone_ok and j == i + 1:
        return None
    value = total + cur
    if value <= 0:
        return None
    return Figure(i, j, int(round(value)))


# ---------------------------------------------------------------- what a figure counts
_POSSESSIVE = ("هما", "هم", "هن", "ها", "نا", "ه")


def _is_people_word(lex: Lexicon, t: Tok, right_after_figure: bool, round_figure: bool = False,
                    partitive: bool = False) -> bool:
    if t.punct:
        return False
    if t.latin:
        return t.norm in lex.people or bool(_EN_DEMONYM.match(t.text))
    forms = t.forms | {t.norm}
    if forms & lex.not_people or forms & lex.months or any(f in lex.numbers for f in forms):
        return False
    if partitive:  # «من موظفيها», «من مرافقيه», «من جنوده»: a possessive ending
        forms = forms | {f[:-len(suf)] for f in forms for suf in _POSSESSIVE if f.endswith(suf) and len(f) - len(suf) >= 3}
    # the construct form of a sound plural drops its «ن»: «من موظفي الوكالة», «من منتسبي الحشد»
    construct = {f + "ن" for f in forms if f.endswith("ي") and len(f) >= 4}
    if (forms | construct) & lex.people:
        return True
    bases = {f for f in (forms | construct if partitive else forms) if not f.startswith("ال")}
    for b in bases:
        # sound masculine plural: people almost always («المتظاهرين», «مسلحون»)
        if len(b) >= 5 and (b.endswith("ين") or b.endswith("ون")) and not _FAALEEL.match(b):
            return True
        # nisba used as a noun after a figure: «81 سوريًا», «ثلاثة سوريين»; the bare «ي» form
        # («ألف سوري») only after round hundreds/thousands, where the counted noun is singular
        if right_after_figure and len(b) >= 4 and (b.endswith("يا") or b.endswith("يين")
                                                   or (round_figure and b.endswith("ي"))):
            return True
    return False


def _is_adjective(lex: Lexicon, t: Tok) -> bool:
    """A nisba or plural adjective following a counted Arabic noun («مقاتلاً سوريّاً»)."""
    if t.punct or t.latin or t.norm.startswith("و"):  # «و…» starts the next conjunct
        return False
    forms = t.forms | {t.norm}
    if forms & lex.not_people:
        return False
    return any(len(b) >= 4 and (b.endswith(("ي", "يا", "يه", "يين", "يون", "ين")))
               for b in forms if not b.startswith("ال") or len(b) > 5)


def counted_noun(toks: list[Tok], k: int, lex: Lexicon, round_figure: bool = False) -> tuple[int, int] | None:
    """The people noun a figure ending before token k counts: (first, end) token indices."""
    if k >= len(toks):
        return None
    t = toks[k]
    if t.punct:
        return None
    if t.latin:
        j = k
        if toks[j].norm == "of":  # "4,000 of the fighters"
            j += 1
            if j < len(toks) and toks[j].norm in {"the", "them", "whom", "these", "those"}:
                j += 1
        n = 0
        while j < len(toks) and n < 4:
            tj = toks[j]
            if tj.norm in lex.not_people:
                return None
            if _is_people_word(lex, tj, j == k):
                return k if toks[k].norm != "of" else j, j + 1
            if tj.norm == "-" or (tj.latin and not tj.punct and (tj.text[:1].isupper() or _EN_MODIFIER.match(tj.norm))):
                j += 1
                n += 1
                continue
            if tj.latin and tj.norm.isalpha() and tj.norm not in lex.en_function and n < 2 \
                    and tj.norm not in lex.numbers:  # "March 3 three soldiers": two figures
                j += 1  # "150 military advisers", "20 tribal leaders"
                n += 1
                continue
            return None
        return None
    j = k
    if t.norm == "من" or t.forms & {"من"} and t.norm in {"من", "ومن"}:
        j += 1  # «430 من المرتزقة»
    if j >= len(toks):
        return None
    if not _is_people_word(lex, toks[j], j == k, round_figure, partitive=j > k):
        return None
    return _with_adjectives(toks, j, j + 1, lex)


def _with_adjectives(toks: list[Tok], j: int, e: int, lex: Lexicon) -> tuple[int, int]:
    """The counted noun at toks[j:e] with up to two adjectives after it («مقاتلاً سوريّاً»)."""
    while e < len(toks) and e - j < 3 and _is_adjective(lex, toks[e]):
        e += 1
    return j, e


def _not_a_count(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A figure followed by a unit, a month or a percent sign: a date, duration, sum or share."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.norm in {"%", "٪"}:
        return True
    forms = t.forms | {t.norm}
    if t.conj and not t.latin:  # «مقتل 7 بضربة»: a counted noun takes no proclitic; «40 بالمئة» is a rate
        return bool(forms & lex.months or forms & lex.rate_words or t.norm in lex.not_people)
    if forms & lex.not_people or forms & lex.months:
        return True
    if k + 1 < len(toks) and t.norm in {"من", "of"}:  # «26 من أيلول», «30 من المنازل»
        f2 = toks[k + 1].forms | {toks[k + 1].norm}
        return bool(f2 & lex.months or f2 & lex.not_people)
    if k + 1 < len(toks) and t.norm in {"في", "per"}:  # «40 في المئة», "per cent" (not «12 في هجوم»)
        f2 = toks[k + 1].forms | {toks[k + 1].norm}
        return bool(f2 & lex.months or f2 & lex.rate_words)
    return False


# ---------------------------------------------------------------- events and cues
@dataclass
class EventHit:
    i: int
    j: int
    kind: str
    window: int | None
    lead: EventHit | None = None  # the first of coordinated event words: «مقتل وإصابة 10»


_VERB_SUFFIXES = ("هما", "هم", "ها", "ون", "ه", "وا", "ت", "ن")  # object pronouns; past-tense endings
_VERB_PREFIXES = ("ي", "ت", "ن")  # imperfect: «يقتل», «تنقل», «نرسل»
_VERBS: dict[str, frozenset[str]] = {}


def _verb_forms(t: Tok) -> frozenset[str]:
    """Readings of a word with verb endings and object pronouns off: «انتشلت» → «انتشل», «تجنيدهم» → «تجنيد»."""
    hit = _VERBS.get(t.norm)
    if hit is None:
        if len(_VERBS) > 200_000:
            _VERBS.clear()
        hit = _VERBS[t.norm] = _verb_forms_of(t)
    return hit


def _verb_forms_of(t: Tok) -> frozenset[str]:
    out: set[str] = set()
    for f in t.forms | {t.norm}:
        for suf in _VERB_SUFFIXES:
            if f.endswith(suf) and len(f) - len(suf) >= 3:
                out.add(f[: -len(suf)])
        for pre in _VERB_PREFIXES:
            if f.startswith(pre) and len(f) - 1 >= 3:
                out.add(f[1:])
    return frozenset(out)


def event_hits(toks: list[Tok], lex: Lexicon) -> list[EventHit]:
    """Event words of a sentence, longest phrase first, looked up by their first word."""
    hits: list[EventHit] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        found = None
        if not t.punct:
            keys = t.forms | {t.norm}
            verb = _verb_forms(t) if not t.latin else set()
            cands = sorted({item for k in keys | verb for item in lex.events_by_first.get(k, ())},
                           key=lambda x: -len(x[0]))
            for phrase, kind, window in cands:
                j = match_at(toks, i, phrase)
                if j < 0 and len(phrase) == 1 and phrase[0] in verb:
                    j = i + 1
                if j > 0:
                    found = EventHit(i, j, kind, window)
                    break
        if found:
            prev = hits[-1] if hits else None
            # «مقتل وإصابة 10», "killed and wounded 30": coordinated event words count together,
            # under the first one's kind
            if prev is not None and not found.window and not prev.window and (
                    (prev.j == i and not t.latin and t.norm.startswith("و"))
                    or (prev.j == i - 1 and toks[i - 1].norm in {"and", "or", "و", "أو"})):
                found.lead = prev
            hits.append(found)
            i = found.j
        else:
            i += 1
    return hits


def _breaks(toks: list[Tok], lex: Lexicon) -> list[int]:
    out = [k for k, t in enumerate(toks) if t.punct and t.norm in _BREAK_PUNCT]
    firsts = {p[0] for p in lex.clause_breaks}
    for k in range(len(toks)):
        if toks[k].punct or not ((toks[k].forms | {toks[k].norm, toks[k].norm[1:]}) & firsts):
            continue
        for phrase in lex.clause_breaks:
            if match_at(toks, k, phrase, clitic_first=False) > 0 or (
                    len(phrase) == 1 and toks[k].norm in {"و" + phrase[0]}):
                out.append(k)
                break
    return sorted(out)


def nearest_kind(hits: list[EventHit], breaks: list[int], qs: int, qe: int, status: set[str] = frozenset(),
                 yield_to_noun: set[str] = frozenset(), pred: int | None = None) -> str:
    best: tuple[float, str] | None = None
    own: str | None = None
    for h in hits:
        if h.i >= qs and h.j <= qe:  # the counted noun itself («30 جريحاً»); a verb right before
            d = 4.5 if h.kind in status else 1.2  # it still says more («تسليم 53 أسيراً»)
            own = h.kind
        elif h.j <= qs:
            d = qs - h.j + 1
            if h.window is not None and d > h.window:
                continue
            if d > MAX_EVENT_DISTANCE:
                continue
            d += 8 * (bisect_left(breaks, qs) - bisect_left(breaks, h.j))
        elif h.i >= qe:
            if h.window is not None:
                continue
            d = 0.5 if h.i == pred else h.i - qe + 1.5
            if d > MAX_EVENT_DISTANCE:
                continue
            d += 8 * (bisect_left(breaks, h.i) - bisect_left(breaks, qe))
        else:
            continue
        if h.kind == "force_size":
            d += 3
        if d > MAX_EVENT_DISTANCE:
            continue
        if best is None or d < best[0]:
            best = (d, h.kind)
    if best and own and best[1] in yield_to_noun:
        return own  # «وصول 2000 نازح»: displaced people arriving are still the displaced
    return best[1] if best else "other"


def cues_before(toks: list[Tok], qs: int, lex: Lexicon) -> tuple[bool, str | None, int]:
    """Approximation and bound written before the figure; returns the new left edge too."""
    approx, qual, pos = False, None, qs
    for _ in range(3):
        hit = match_ending(toks, pos, lex.approx_before)
        if hit and not approx:
            approx, pos = True, hit[0]
            continue
        hit = match_ending(toks, pos, lex.qual_before)
        if hit and qual is None:
            qual, pos = hit[1][1], hit[0]
            continue
        break
    return approx, qual, pos


def cues_after(toks: list[Tok], k: int, lex: Lexicon) -> tuple[bool, str | None]:
    approx, qual = False, None
    for phrase in lex.approx_after:
        if match_at(toks, k, phrase) > 0:
            approx = True
    for phrase, label in lex.qual_after:
        if match_at(toks, k, phrase) > 0:
            qual = label
    return approx, qual


# ---------------------------------------------------------------- one sentence
@dataclass
class Found:
    num_start: int
    num_end: int
    value: int | None
    vague: str | None
    approx: bool
    qualifier: str | None
    kind: str
    subject: str | None
    subject_start: int | None
    subject_end: int | None


def _part_of_name(toks: list[Tok], fig: Figure) -> bool:
    """«إف-16», "F-16 pilots", "Su-25": a number glued to a name by a hyphen or slash."""
    i = fig.i
    if i >= 2 and toks[i - 1].norm in {"-", "/"} and toks[i - 1].end == toks[i].start \
            and toks[i - 2].end == toks[i - 1].start and not toks[i - 2].punct:
        return not _DIGITS.match(toks[i - 2].norm)
    return False


def _ordinal(toks: list[Tok], fig: Figure) -> bool:
    """«الدفعة الـ3 من المقاتلين», «في الـ15 من عمرها»: a definite numeral before «من» ranks, it does not count."""
    m = _DIGITS.match(toks[fig.i].norm)
    return bool(m and m.group(1).endswith("ال") and fig.j < len(toks) and toks[fig.j].norm == "من")


def _after_month(toks: list[Tok], fig: Figure, lex: Lexicon) -> bool:
    """"June 12", "Oct. 7": a day after its month's name is a date."""
    p = fig.i - 1
    if p >= 0 and toks[p].norm == ".":
        p -= 1
    return p >= 0 and toks[p].latin and toks[p].norm in lex.months and fig.value is not None and fig.value <= 31


def _year_like(fig: Figure, toks: list[Tok]) -> bool:
    v = fig.value
    return v is not None and 1900 <= v <= 2100 and fig.j == fig.i + 1 and "," not in toks[fig.i].norm


def facts_in(text: str, start: int, end: int, lex: Lexicon | None = None, tokens=None,
             names: list[tuple[int, int]] | None = None) -> list[Found]:
    """People counts in `text[start:end]` (one sentence); `tokens`: the document's own tokens of
    it (marsad.text.tokenize output), so the sentence is not tokenised twice; `names`: character
    spans of named entities, whose words are no event words («هيئة تحرير الشام», «مفوضية اللاجئين»)."""
    lex = lex or lexicon()
    toks = tokens_of(text, start, end, tokens)
    hits: list[EventHit] | None = None  # looked for only once a sentence has a figure
    cands = []
    i = 0
    while i < len(toks):
        fig = figure_at(toks, i, lex)
        if fig is None:
            i += 1
            continue
        if hits is None:
            hits = event_hits(toks, lex)
            if names:
                hits = [h for h in hits if not any(a <= toks[h.i].start < b for a, b in names)]
        if fig.dual and fig.j < len(toks) and toks[fig.j].norm in _DUAL_TWO:
            fig.j += 1  # «جنديان اثنان»: one count
        i = fig.j
        rnd = fig.value is not None and fig.value >= 100 and fig.value % 100 == 0 and not _year_like(fig, toks)
        noun = _with_adjectives(toks, fig.i, fig.i + 1, lex) if fig.dual else counted_noun(toks, fig.j, lex, rnd)
        if noun is None and _not_a_count(toks, fig.j, lex):
            continue
        if noun is not None and _year_like(fig, toks) and not (toks[noun[0]].forms | {toks[noun[0]].norm}) & lex.people:
            continue  # «2020 يسري»: a year before a verb, not 2020 people
        if noun is None:
            noun = _noun_before(toks, fig, lex)
        approx, qual, left = cues_before(toks, noun[0] if noun and noun[0] < fig.i else fig.i, lex)
        if _part_of_name(toks, fig) or _ordinal(toks, fig) or _after_month(toks, fig, lex):
            continue
        if noun is None and (_year_like(fig, toks) or not (
                _bare_count(toks, fig, left, hits, lex) or (cands and _of_them(toks, fig.j)))):
            continue  # (", eight of whom were children": a part of the count before it)
        qe = max(noun[1], fig.j) if noun else fig.j
        a2, q2 = cues_after(toks, qe, lex)
        if not a2 and noun is None:
            a2, q2b = cues_after(toks, fig.j, lex)
            q2 = q2 or q2b
        cands.append((fig, noun, approx or a2, qual or q2, left, qe))
    if not cands:
        return []
    breaks = _breaks(toks, lex)
    out: list[Found] = []
    kinds: list[str] = []
    parents: list[int | None] = []
    preds = [_predicate(toks, c[5], hits, lex) for c in cands]
    for n, (fig, noun, approx, qual, left, qe) in enumerate(cands):
        parent = _parent(toks, cands, parents, n, lex, hits)
        parents.append(parent)
        if parent is not None and preds[n] is not None and noun is None:
            parent = parents[-1] = None  # "12 of them were released": the part's own verb says more
        if parent is not None:  # «قتل 22 شخصاً بينهم 9 أطفال»: the part shares the whole's event
            kinds.append(kinds[parent])
        else:
            # an event word inside another figure's phrase is that figure's («15 قتيلاً و40 جريحاً»)
            others = [(o[4], o[5]) for o in cands if o[0] is not fig and abs(o[0].i - fig.i) < 40]
            core = min(fig.i, noun[0]) if noun else fig.i
            near = [h for h in hits if abs(h.i - fig.i) < 40
                    and not (h.i >= fig.i and h.j <= fig.j and not fig.dual)  # «مقتل 12»'s own words
                    and not (h.i >= left and h.j <= core)  # «ما يصل إلى 1,300»: a cue, not an arrival
                    and not any(a <= h.i and h.j <= b for a, b in others)
                    and not any(p == h.i != preds[n] for m, p in enumerate(preds) if m != n)]  # "3 died and 17 were injured"
            # a coordinated pair counts under its first word, unless that word tells of the
            # figure before it («14 مدنياً قتلوا وأصيب 30»)
            near = [EventHit(h.i, h.j, h.lead.kind, h.window)
                    if h.lead and h.j <= left and not any(b == h.lead.i for _, b in others) else h for h in near]
            kinds.append(nearest_kind(near, breaks, left, qe, lex.status_kinds, lex.yield_to_noun, preds[n]))
        kind = kinds[-1]
        if kind == "deployed" and noun and not (toks[noun[0]].forms | {toks[noun[0]].norm}).isdisjoint(lex.civilians):
            kind = kinds[-1] = "displaced"  # civilians who arrive or are moved are the displaced
        subj = (text[toks[noun[0]].start:toks[noun[1] - 1].end], toks[noun[0]].start, toks[noun[1] - 1].end) \
            if noun else (None, None, None)
        if kind in {"other", "force_size"} and fig.value is not None and fig.value < 10 and not (approx or qual):
            continue  # «له ثلاثة أطفال», "had two children": a small count with no event is description
        first = toks[fig.i]
        lead = re.match(r"\D*", first.text).end() if _DIGITS.match(first.norm) else 0  # «و1,200», «الـ300»
        out.append(Found(first.start + lead, toks[fig.j - 1].end, fig.value, fig.vague, approx, qual, kind, *subj))
    return out


def _predicate(toks: list[Tok], qe: int, hits: list[EventHit], lex: Lexicon) -> int | None:
    """The event word right after a counted phrase is its verb: "17 were injured", «40 شخصاً قتلوا»
    (not «… وأصيب»: a word with «و» starts the next clause)."""
    p = qe
    if _of_them(toks, p):  # "12 of them were released", «7 منهم قتلوا»
        p += 2 if toks[p].latin else 1
    while p < len(toks) and toks[p].latin and toks[p].norm in lex.aux_after:
        p += 1
    if p >= len(toks) or toks[p].punct or (not toks[p].latin and toks[p].norm.startswith(("و", "ال"))):
        return None  # «… وأصيب»: the next clause; «… الحشد»: a definite noun is no verb
    return p if any(h.i == p for h in hits) else None


_DUAL_TWO = frozenset({"اثنان", "اثنين", "اثنتان", "اثنتين"})


def _noun_before(toks: list[Tok], fig: Figure, lex: Lexicon) -> tuple[int, int] | None:
    """«إرهابيين اثنين», «جنديان اثنان»: «two» follows its (dual) noun as an adjective."""
    if fig.j != fig.i + 1 or fig.i == 0 or toks[fig.i].norm not in _DUAL_TWO:
        return None
    prev = toks[fig.i - 1]
    if prev.latin:
        return None
    duals = {f[:-2] for f in prev.forms | {prev.norm} if f.endswith(("ان", "ين")) and len(f) >= 5}
    if not (_is_people_word(lex, prev, False) or duals & lex.people):  # «جنديان اثنان»
        return None
    return fig.i - 1, fig.i


def _of_them(toks: list[Tok], k: int) -> bool:
    """ "… of whom", "… of them", «… منهم»: the figure counts part of a group already named."""
    if k + 1 < len(toks) and toks[k].norm == "of" and toks[k + 1].norm in {"whom", "them"}:
        return True
    return k < len(toks) and toks[k].norm in {"منهم", "منهن"}


def _parent(toks: list[Tok], cands: list, parents: list[int | None], n: int, lex: Lexicon,
            hits: list[EventHit] = ()) -> int | None:
    """The figure this one is a part of: «… بينهم 9 أطفال», "…, including two children", and
    the conjuncts that continue such a part («بينهم 24 طفلاً و42 امرأة»)."""
    left = cands[n][4]
    p = left
    while p > 0 and toks[p - 1].punct and toks[p - 1].norm in {",", "،", "-", "(", "–"}:
        p -= 1
    if match_ending(toks, p, lex.subset):
        s = match_ending(toks, p, lex.subset)[0]
        before = [m for m in range(n) if cands[m][5] <= s]
        return before[-1] if before else None
    if n and cands[n][1] is None and _of_them(toks, cands[n][0].j) and not any(h.j == left for h in hits):
        return n - 1  # "killing 15 people, eight of whom were children" (not «وأعدم 5 منهم»)
    if n == 0 or parents[n - 1] is None:
        return None
    fig, qe = cands[n][0], cands[n][5]
    if any(h.i >= fig.i and h.j <= qe for h in hits):
        return None  # «بينهم 5 أطفال و30 جريحاً»: a conjunct that names its own event is a new count
    prev_end = cands[n - 1][5]
    first = toks[cands[n][0].i]
    # «بينهم خمسة من عناصر "قسد" ومدنيان»: a word or two of the previous part may stand between
    if prev_end <= left <= prev_end + 2 and not first.latin and first.norm.startswith("و") \
            and not any(toks[x].punct for x in range(prev_end, left)):
        return parents[n - 1]
    if prev_end == left - 1 and toks[left - 1].norm in {"and", "و"}:
        return parents[n - 1]
    return None


def _bare_count(toks: list[Tok], fig: Figure, left: int, hits: list[EventHit], lex: Lexicon) -> bool:
    """A figure with no counted noun counts people only next to an event word.

    Before it: «مقتل 12 وإصابة 30», «ارتفعت حصيلة قتلى الزلزال إلى 4500», "killed 93",
    "the death toll from the quake rose to 4500". After it: "93 were killed", "thousands fled".
    """
    k = fig.j
    j = k
    if j + 1 < len(toks) and toks[j].norm == "of" and toks[j + 1].norm in {"them", "whom", "those"}:
        j += 2  # "1.8 million of them have fled"
    elif j + 1 < len(toks) and toks[j].norm in {"منهم", "منهن"} and not toks[j + 1].norm.startswith(("ال", "و")):
        j += 1  # «نحو 320 منهم عادوا»
    while j < len(toks) and toks[j].latin and toks[j].norm in lex.aux_after:
        j += 1
    if j < len(toks) and any(k <= h.i <= j and h.kind not in {"force_size", "deployed"} for h in hits) \
            and (j > k or toks[k].latin):
        return True
    # «قتل 3 وأصيب 5» is above; «… و5 أصيبوا», «ولقي المئات حتفهم»: a conjunct or vague figure
    # before an indefinite verb (not «اللواء 444 قتل»: a bare number after a name is part of it)
    if k < len(toks) and not toks[k].latin and (toks[fig.i].norm.startswith("و") or fig.vague) \
            and not toks[k].norm.startswith(("ال", "و")) \
            and any(h.i == k and h.kind not in {"force_size", "deployed"} for h in hits):
        return True
    if fig.vague:
        # «وأصيب العشرات», "killed dozens": a definite vague word right after the event word
        # «أودت بحياة عشرات الآلاف»: the phrase is definite when any of its words is
        definite = toks[fig.i].latin or any("ال" in toks[x].norm[:4] for x in range(fig.i, fig.j))
        ends = k >= len(toks) or toks[k].punct or toks[k].norm in lex.bare_follow
        if not definite:  # «وقتل عشرات في القصف»: alone only when nothing could be its noun
            return ends and any(h.j == left and h.kind not in {"force_size", "deployed"} for h in hits)
        after_ok = ends or toks[k].norm in lex.vague_follow or toks[k].norm.startswith("ب") \
            or (not toks[k].latin and toks[k].norm.startswith("و") and len(toks[k].norm) > 2)
        if not after_ok:
            return False
        # the event word right before it, or a subject between («واعتقلت قوات الأمن العشرات»)
        for h in hits:
            if h.kind in {"force_size", "deployed"} or h.j > left or h.j < left - 3:
                continue
            if h.j == left or (not toks[fig.i].latin and not any(toks[x].punct for x in range(h.j, left))):
                return True
        return False
    if k < len(toks):
        nxt = toks[k]
        ok_follow = nxt.punct or nxt.norm in lex.bare_follow or (
            not nxt.latin and nxt.norm.startswith("و") and len(nxt.norm) > 1) \
            or any(h.i == k for h in hits) \
            or (not nxt.latin and nxt.norm.startswith("ب") and len(nxt.norm) > 3  # «مقتل 7 بضربة»: how;
                and (any(h.j == left and h.kind not in {"force_size", "deployed"} for h in hits)  # «إلى 5
                     or (left > 0 and toks[left - 1].norm in lex.bridge)))  # ملايين بحلول …»
        if not ok_follow:
            return False
    p = left - 1
    bridged = False
    while p >= 0 and not toks[p].punct and toks[p].norm in lex.bridge:
        p -= 1
        bridged = True
    reach = 4 if bridged else 0  # «حصيلة قتلى الزلزال إلى»: the toll word a few words back
    for q in range(p, max(p - reach, 0) - 1, -1):
        if q < 0 or toks[q].punct:
            break
        if any(h.j == q + 1 and h.kind not in {"force_size", "deployed"} for h in hits):
            return True
    return False
