"""Rules that find Arabic names the knowledge base lacks.

* a title or rank before a name («الرائد كنان فرزات»), or a role phrase in apposition with
  it («نائب وزير الخارجية الروسي، أوليغ سيرامولوتوف،»);
* a known given name followed by name-like words («رأفت فرزات»);
* an organisation head with the phrase it governs («مركز سورية للتوثيق», «لواء المعتصم»);
* a generic organisation word qualified by a country adjective («المخابرات التركية»).

A word is name-like when it is a given name, a name particle («أبو», «بن»), or rare in
Arabic (wordfreq): «فرزات», «الطيباني» are rare, «المقاتلين» is not. Function words, time
words, titles and country adjectives end a name.
"""
from __future__ import annotations

from marsad.document import Token
from marsad.entities.candidates import Cand, article_added, conj_readings, key, next_word
from marsad.entities.lexicon import Lexicon, word_zipf
from marsad.kb.gazetteer import is_quote_token
from marsad.text.normalize import fold

RARE = 3.3  # zipf below which a word is name evidence
RARE_STRICT = 3.0
UNIT_COMPLEMENT_MAX = 4.6  # «لواء المهاجرين»: a definite complement of a unit head up to this frequency
COMMAS = {"،", ",", "؛", ";"}
COMPOUND = {"عبد", "ابو", "ابي", "ام", "بن", "ابن", "بو", "بنت"}  # name particles that take the next word
CLOSERS = COMMAS | {".", ":", "(", ")", "-", "–", "—", "»", "”", "\"", "؟", "?", "!"}


def _surface(t: Token, clitics: str) -> str:
    return t.text[len(clitics):] if clitics and t.text.startswith(clitics) else t.text


def _blocked(k: str, lex: Lexicon) -> bool:
    if (k in lex.stopwords or k in lex.person_titles or k in lex.demonyms or k in lex.org_heads
            or k.isdigit()):
        return True
    # a function word with a clitic on it: «بأن», «فإن», «ولكن»
    return len(k) <= 5 and k[:1] in "وفبلك" and k[1:] in lex.stopwords


TANWEEN = set("\u064b\u064c\u064d")
_CLITIC_ONLY = {"و", "ف", "ب", "ل", "ك", "لل", "ول", "وب", "فل", "فب", "ال"}


def name_strength(t: Token, lex: Lexicon, clitics: str = "", allow_ambiguous: bool = False) -> int:
    """2: given name or rare word; 1: name particle; 0: not name-like."""
    if t.is_punct or TANWEEN & set(t.text) or t.text.endswith("اً"):
        return 0  # «مرسوماً»: an indefinite accusative, never a name
    k = key(t)
    if clitics:
        k = k[len(clitics):]
    if not k or _blocked(k, lex) or any(c.isdigit() for c in k):
        return 0
    if k in lex.given and (allow_ambiguous or k not in lex.ambiguous):
        if t.text.endswith("ى") and k in lex.given_ya:
            return 0  # «على» is the preposition, «علي» the name
        return 2
    if k in lex.particles:
        return 1
    if k.startswith("ال") and k[2:] in lex.given:
        return 2  # family names from given names: «الحسن», «العلي», «الأحمد»
    if k.isascii():
        return 0
    surface = _surface(t, clitics)
    if word_zipf(surface) >= RARE or (not clitics and not rare_in_every_reading(t, RARE)):
        return 0  # «بالتزامن» is rare only with its preposition
    # a common word with a conjunction before it or a pronoun after it is rare only in form
    # («ونظيره» = و + نظير + ه)
    bare = surface[1:] if not clitics and surface[:1] in "وف" and len(surface) > 3 else surface
    for suffix in ("هما", "هم", "ها", "ه", "كم", "نا"):
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 3 and word_zipf(bare[:-len(suffix)]) >= RARE:
            return 0
    if bare != surface and (word_zipf(bare) >= RARE or fold(bare) in lex.stopwords):
        return 0
    return 2


def _collect_name(tokens: list[Token], j: int, lex: Lexicon, limit: int = 4, first_clitics: str = "",
                  allow_ambiguous: bool = False) -> int:
    """End index of the name starting at word j (j itself already accepted)."""
    end = j + 1
    k = j
    while end - j < limit:
        nk = k + 1
        if nk >= len(tokens) or tokens[nk].is_punct:
            break
        s = name_strength(tokens[nk], lex, allow_ambiguous=allow_ambiguous)
        nkey = key(tokens[nk])
        kkey = key(tokens[k])[len(first_clitics):] if k == j else key(tokens[k])
        kunya_nisba = key(tokens[j])[len(first_clitics):] in ("ابو", "ابي") and nkey in lex.demonyms and nk - j >= 2
        if s == 0 and not kunya_nisba and not (kkey in COMPOUND and not _blocked(nkey, lex)):
            break  # after «عبد», «أبو», «بن» any noun belongs to the name («عبد الله», «أبو عبيدة»)
        if kunya_nisba:  # «أبو ياسر العراقي»: a nom de guerre ends on its nisba
            end = nk + 1
            break
        k = nk
        end = nk + 1
    # a name does not end on a particle («أبو», «بن»)
    while end - 1 > j and key(tokens[end - 1]) in lex.particles:
        end -= 1
    return end


def title_rules(tokens: list[Token], text: str, lex: Lexicon, kb_cover: list[Cand | None]) -> list[Cand]:
    """Titles and ranks before a name, and role phrases in apposition with one."""
    out: list[Cand] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        subtype = None
        for _c, r in conj_readings(t):
            if r in lex.person_titles:
                subtype = lex.person_titles[r]
                break
        if subtype is None:
            continue
        # step over the words qualifying the role: adjectives, ministries, «باسم», places
        j = i + 1
        steps = 0
        while j < n and steps < 8:
            tj = tokens[j]
            if is_quote_token(tj):
                j += 1
                continue
            if tj.is_punct:
                break
            cov = kb_cover[j]
            if cov is not None and cov.type in ("LOC", "ORG"):
                j = cov.end_tok
                steps += 1
                continue
            rs = {r for _c, r in conj_readings(tj)}
            if rs & (lex.role_qualifiers | set(lex.demonyms) | set(lex.person_titles)):
                j += 1
                steps += 1
                continue
            break
        if j >= n:
            continue
        tj = tokens[j]
        if tj.is_punct and tj.text in COMMAS:
            # apposition: «…، NAME،»
            k = j + 1
            if k >= n or tokens[k].is_punct:
                continue
            if kb_cover[k] is not None:
                continue
            end = k
            while end < n and not tokens[end].is_punct and end - k < 5:
                if _blocked(key(tokens[end]), lex):
                    break
                end += 1
            if end == k or end - k > 4:
                continue
            closed = end >= n or tokens[end].is_punct and tokens[end].text in CLOSERS or "\n" in text[tokens[end - 1].end:tokens[end].start]
            if not closed:
                continue
            strengths = [name_strength(tokens[x], lex, allow_ambiguous=True) for x in range(k, end)]
            if max(strengths) < 2 or (end - k == 1 and key(tokens[k]) in lex.given):
                continue  # a given name alone is too little to name someone
            out.append(Cand(k, end, "PER", "rule:apposition", subtype=subtype))
        elif not tj.is_punct and kb_cover[j] is None:
            s = name_strength(tj, lex, allow_ambiguous=True)
            if s == 0 or (s == 2 and key(tj).startswith("ال") and key(tj) not in lex.given):
                continue
            end = _collect_name(tokens, j, lex, allow_ambiguous=True)
            if end - j == 1 and key(tj) in lex.given and key(tj) in lex.ambiguous:
                continue
            strong = sum(name_strength(tokens[x], lex, allow_ambiguous=True) == 2 for x in range(j, end))
            compound_start = key(tj) in COMPOUND and end - j >= 2
            if key(tj) not in lex.given and not compound_start and strong < 2:
                continue
            if all(key(tokens[x]) in lex.particles for x in range(j, end)):
                continue
            if end - j == 1 and end + 1 < n and not tokens[end].is_punct and tokens[end + 1].is_punct \
                    and tokens[end + 1].text in CLOSERS and not _blocked(key(tokens[end]), lex) \
                    and key(tokens[end]) not in lex.role_qualifiers and key(tj) in lex.given:
                end += 1  # «اللواء يحيى رسول،»: a surname that is also a word, closed by punctuation
            out.append(Cand(j, end, "PER", "rule:title", subtype=subtype))
    return out


def given_name_rule(tokens: list[Token], lex: Lexicon, kb_cover: list[Cand | None]) -> list[Cand]:
    """A given name (not an everyday word) followed by name-like words: «وقال رأفت فرزات»."""
    out: list[Cand] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.is_punct or kb_cover[i] is not None:
            continue
        for c, r in conj_readings(t):
            start_ok = (r in lex.given and r not in lex.ambiguous and name_strength(t, lex, c) == 2) \
                or (r in ("ابو", "عبد") and not c) or (r == "ابي" and c == "ب")
            if not start_ok:
                continue
            if c and r.startswith("ال"):
                continue
            nxt = i + 1
            if nxt >= n or tokens[nxt].is_punct or kb_cover[nxt] is not None and kb_cover[nxt].type != "PER":
                break
            end = _collect_name(tokens, i, lex, limit=4, first_clitics=c)
            compound = r in COMPOUND and end - i >= 3
            strengths = [2 if (r if x - 1 == i else key(tokens[x - 1])) in COMPOUND else name_strength(tokens[x], lex)
                         for x in range(i + 1, end)]
            # «، مدير مجمع الشفاء»: a title right after the name vouches for it
            titled = end + 1 < n and tokens[end].text in COMMAS and any(
                rr in lex.person_titles for _cc, rr in conj_readings(tokens[end + 1]))
            if end - i < 2 or (not compound and not titled and max(strengths) < 2):
                break
            out.append(Cand(i, end, "PER", "rule:given_name", clitics=c, subtype="person"))
            break
    return out


def list_rule(tokens: list[Token], lex: Lexicon, people: list[Cand], covered: set[int]) -> list[Cand]:
    """Names in a list after a person: «الرائد كنان فرزات، وياسر فرزات، وبلال الطيباني»."""
    out: list[Cand] = []
    n = len(tokens)
    todo = sorted(people, key=lambda c: c.start_tok)
    while todo:
        p = todo.pop(0)
        j = p.end_tok
        if j < n and tokens[j].is_punct and tokens[j].text in COMMAS:
            j += 1
        if j >= n or tokens[j].is_punct or j in covered:
            continue
        t = tokens[j]
        for c, _r in conj_readings(t):
            if not c:
                continue  # a list member after the first is joined by «و»
            s = name_strength(t, lex, clitics=c, allow_ambiguous=True)
            if s < 2:
                continue
            end = _collect_name(tokens, j, lex, allow_ambiguous=True)
            if end - j < 2 and key(t)[1:] not in lex.given:
                break
            cand = Cand(j, end, "PER", "rule:list", clitics=c, subtype=p.subtype)
            out.append(cand)
            covered.update(range(j, end))
            todo.insert(0, cand)
            break
    return out


def org_head_rule(tokens: list[Token], lex: Lexicon, kb_cover: list[Cand | None]) -> list[Cand]:
    """An organisation head and the name it governs, up to a function word, adjective or punctuation."""
    out: list[Cand] = []
    for i, t in enumerate(tokens):
        if t.is_punct or kb_cover[i] is not None:
            continue
        head = None
        for c, r in conj_readings(t):
            if r in lex.org_heads:
                head = (c, r)
                break
        if head is None:
            continue
        c, r = head
        ext: list[int] = []
        j = next_word(tokens, i)  # quotes may open the name right after the head: «وكالة ”سبوتنيك“»
        while j is not None and len(ext) < 6:
            tj = tokens[j]
            k = key(tj)
            cov = kb_cover[j]
            if cov is not None and cov.type in ("LOC", "ORG", "PER") and cov.start_tok == j \
                    and not cov.clitics.startswith(("و", "ف")):  # «وفرقة الحمزة» starts another name
                ext.extend(range(j, cov.end_tok))
                j = next_word(tokens, cov.end_tok - 1, skip_quotes=False)
                continue
            if _blocked(k, lex) or k in lex.generic_complements or k.isascii() or k in _CLITIC_ONLY:
                break
            if k.startswith("و") and ext:
                rest = k[1:]
                if _blocked(rest, lex) or rest in lex.generic_complements:
                    break
                if not (rest.startswith("ال") or word_zipf(tj.text[1:]) < RARE):
                    break
            ext.append(j)
            j = next_word(tokens, j, skip_quotes=False)
        if not ext:
            continue
        cov = kb_cover[ext[0]]
        if cov is not None and cov.type == "ORG" and cov.start_tok == ext[0] and cov.end_tok == ext[-1] + 1:
            continue  # «موقع ”هيئة الإذاعة البريطانية“»: the KB name alone is the organisation
        # a name does not end on a conjunction-joined common word or a bare adjective of place
        named = any(kb_cover[x] is not None for x in ext)
        named = named or any(rare_in_every_reading(tokens[x], RARE_STRICT) for x in ext)
        first = key(tokens[ext[0]])
        if not named and r in lex.unit_heads and first.startswith("ال") and first not in lex.generic_complements:
            named = word_zipf(tokens[ext[0]].text) < UNIT_COMPLEMENT_MAX
        if not named and r in lex.unit_heads and first in ("ابو", "ام") and len(ext) >= 2:
            named = True  # «كتائب أبو عمارة»: a unit named after a person's kunya
        if not named:
            continue
        out.append(Cand(i, ext[-1] + 1, "ORG", "rule:org_head", clitics=c, subtype=lex.org_heads[r],
                        head_len=1, article_added=article_added(t, c, r)))
    return out


def rare_in_every_reading(t: Token, limit: float) -> bool:
    """Rare with and without its possible clitics: «لحصر» is ل + حصر, a common word."""
    for c, _r in conj_readings(t):
        form = _surface(t, c)
        if word_zipf(form) >= limit:
            return False
        if c and form.startswith("ل") and word_zipf("ا" + form) >= limit:
            return False  # «للتلفزيون» = ل + التلفزيون
    return True


def demonym_org_rule(tokens: list[Token], lex: Lexicon) -> list[Cand]:
    """A generic organisation word and a country adjective: «المخابرات التركية», «الخارجية الروسية»."""
    out: list[Cand] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.is_punct:
            continue
        prev = tokens[i - 1] if i else None
        if prev is not None and not prev.is_punct and key(prev).startswith("ال") and key(prev) not in lex.stopwords:
            continue  # «هيئة عمليات التجارة البحرية البريطانية»: inside a longer name
        for c, r in conj_readings(t):
            hit = None
            for d, seq in lex.demonym_org_index.get(r, ()):
                if True:
                    j = i
                    ok = True
                    for s in seq[1:]:
                        j += 1
                        if j >= n or key(tokens[j]) != s:
                            ok = False
                            break
                    if not ok or j + 1 >= n:
                        continue
                    dem = key(tokens[j + 1])
                    if not _agrees(seq, dem, d):
                        continue  # «وزير الخارجية الروسي»: the adjective goes with the minister
                    if dem in lex.demonyms and (hit is None or j + 2 > hit[1]):
                        hit = (d, j + 2, lex.demonyms[dem])
            if hit:
                d, end, country = hit
                cand = Cand(i, end, "ORG", "rule:demonym_org", clitics=c, subtype=d["subtypes"][0],
                            article_added=article_added(t, c, r))
                cand.extra["demonym"] = (d, country)
                out.append(cand)
                break
    return out



def _agrees(head: tuple[str, ...], adjective: str, pattern: dict) -> bool:
    """Gender agreement of a country adjective with the organisation word it should qualify.

    «جهاز المخابرات التركي» (جهاز is masculine), «المخابرات التركية» (a plural of things is
    feminine), «الدفاع الروسية» (short for وزارة الدفاع); «وزير الخارجية الروسي» qualifies the
    minister instead.
    """
    w = head[0][2:] if head[0].startswith("ال") else head[0]
    if "ministry" in pattern["subtypes"] or head[0] == "اجهزه":
        feminine = True
    else:
        feminine = head[0] != "جهاز" and (w.endswith("ه") or w.endswith("ات"))
    return feminine == adjective.endswith("يه") or adjective.endswith(("ون", "ين"))


def place_rule(tokens: list[Token], lex: Lexicon, kb_cover: list[Cand | None]) -> list[Cand]:
    """A place word and a rare name after it: «بلدة كفرنبودة», «قرية أم الخير»."""
    out: list[Cand] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.is_punct or kb_cover[i] is not None:
            continue
        if not any(r in lex.place_heads for _c, r in conj_readings(t)):
            continue
        j = i + 1
        if j >= n or tokens[j].is_punct or kb_cover[j] is not None:
            continue
        end = j
        while end < n and end - j < 3 and not tokens[end].is_punct and kb_cover[end] is None:
            k = key(tokens[end])
            if _blocked(k, lex) or k in lex.generic_complements or k in lex.directions:
                break
            if end == j and not rare_in_every_reading(tokens[end], RARE_STRICT):
                break
            if end > j and not (rare_in_every_reading(tokens[end], RARE) or key(tokens[end - 1]) in COMPOUND):
                break
            end += 1
        if end > j:
            out.append(Cand(j, end, "LOC", "rule:place", subtype="city"))
    return out
