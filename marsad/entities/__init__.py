"""Stage: entities — persons, organisations and places in the title and body, linked.

Recognition combines, in one pass over `doc.tokens`:
1. the gazetteer (`marsad.kb.gazetteer`): every KB alias and safe city name, clitic- and
   fold-aware, longest first;
2. a generic organisation word plus a country adjective («المخابرات التركية»);
3. rules for names the KB lacks (`arabic.py`, `english.py`): titles, apposition, given
   names, organisation heads, capitalised English names;
4. fuzzy matches of KB names with a typo («فرفة الحمزة», «ليفا المعتصم»);
then keeps the longest non-overlapping candidates (the stronger source on ties), adds the
other members of lists of names and later mentions of a surname alone, and links each
mention (`marsad.kb.linker`): KB id and English name, or a stable local id and a
romanised name.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from marsad.document import Document, Entity, Token
from marsad.entities.arabic import (
    TANWEEN,
    demonym_org_rule,
    given_name_rule,
    list_rule,
    org_head_rule,
    place_rule,
    rare_in_every_reading,
    title_rules,
)
from marsad.entities.candidates import PRIORITY, Cand, _conj_readings, article_added, conj_readings, key
from marsad.entities.english import english_demonym_orgs, english_rules
from marsad.entities.lexicon import Lexicon, lexicon_for, word_zipf
from marsad.kb import KnowledgeBase, load_kb
from marsad.kb.base import Entry
from marsad.kb.gazetteer import Gazetteer, alias_keys, get_gazetteer, is_quote_token, surface_start
from marsad.kb.linker import Linker
from marsad.kb.romanize import romanize_word, slug
from marsad.text import tokenize
from marsad.text.normalize import fold, strip_marks

ANCHOR_MAX_ZIPF = 4.0  # a word shared with a KB name must be this rare to anchor a fuzzy match
ANCHOR_RATIO = 80.0
WORD_RATIO = 50.0
SINGLE_RARE_ZIPF = 2.5  # a lone word this rare may be a misspelt KB name («أدروغان»)
SURNAME_MAX_ZIPF = 3.5
GENERIC_ZIPF = 4.8
COMMON_ZIPF = 4.5  # a word this frequent, spelt unlike the KB name it folds to, is the word  # a one-word definite KB alias this common («القطاع») is a back-reference more than a name  # a surname repeated alone must be this rare to count


def get_linker(gaz: Gazetteer) -> Linker:
    lk = getattr(gaz, "_linker", None)
    if lk is None:
        lk = gaz._linker = Linker(gaz)  # type: ignore[attr-defined]
    return lk


def run(doc: Document, ctx) -> None:
    """Add the entities layer to `doc`."""
    kb = getattr(ctx, "kb", None) if ctx is not None else None
    if kb is None:
        kb = load_kb()
    if not doc.text:
        doc.entities = []
        return
    tokens = doc.tokens or tokenize(doc.text)
    try:
        doc.entities = find_entities(doc.text, tokens, kb)
    except Exception as exc:  # noqa: BLE001 - one odd page must not stop a batch; the record says why
        doc.entities = []
        doc.warnings.append(f"entities: {type(exc).__name__}: {exc}")


def find_entities(text: str, tokens: list[Token], kb: KnowledgeBase) -> list[Entity]:
    gaz = get_gazetteer(kb)
    lex = lexicon_for(kb)
    linker = get_linker(gaz)
    n = len(tokens)

    # 1. gazetteer
    kb_cover: list[Cand | None] = [None] * n
    cands: list[Cand] = []
    for m in gaz.match(tokens, text):
        ids = [p.id for p in m.payloads]
        entries = [gaz.entry(i) for i in ids]
        if not entries or entries[0] is None:
            continue
        if all(p.common for p in m.payloads) and not _common_word_ok(tokens, text, m, lex, entries[0].type):
            continue
        if m.end - m.start == 1 and _other_word(tokens[m.start], m):
            continue
        source = "kb" if any(i in kb.entries for i in ids) else "gazetteer"
        c = Cand(m.start, m.end, entries[0].type, source, m.clitics, ids=ids, article_added=m.article_added)
        if m.start > 0 and not m.clitics and _after_name_prefix(tokens, m.start, lex):
            continue  # «Abu Saida» is not Saida
        if _other_country_follows(c, tokens, gaz, lex):
            continue  # «الجيش الوطني الليبي» is not the KB's «الجيش الوطني» (Syrian)
        if c.type == "LOC" and c.n > 1:
            _strip_place_word(c, tokens, text, gaz, lex)
        elif c.type == "PER" and c.n > 1:
            _strip_title(c, tokens, text, gaz, lex)
        cands.append(c)
        for k in range(m.start, m.end):
            kb_cover[k] = c
    # 2-4. patterns and rules
    cands += demonym_org_rule(tokens, lex)
    cands += title_rules(tokens, text, lex, kb_cover)
    cands += given_name_rule(tokens, lex, kb_cover)
    cands += org_head_rule(tokens, lex, kb_cover)
    cands += place_rule(tokens, lex, kb_cover)
    cands += _fuzzy_candidates(tokens, gaz, linker, lex, kb_cover)
    if any(t.text.isascii() and t.text[:1].isupper() for t in tokens):
        cands += english_rules(tokens, text, lex, kb_cover)
        cands += english_demonym_orgs(tokens, lex, _countries(kb_cover, gaz))

    # a word with tanween is indefinite: «81 سوريًا» are Syrians, not Syria
    cands = [c for c in cands if not any(TANWEEN & set(tokens[x].text) for x in range(c.start_tok, c.end_tok))]
    selected = _select(cands)
    covered = {k for c in selected for k in range(c.start_tok, c.end_tok)}
    selected += list_rule(tokens, lex, [c for c in selected if c.type == "PER"], covered)

    # link: unambiguous KB hits first, they are the context for the rest
    context: set[str] = set()
    for c in selected:
        if len(set(c.ids)) == 1:
            e = gaz.entry(c.ids[0])
            if e:
                context.add(e.id)
                if e.attrs.get("country"):
                    context.add(str(e.attrs["country"]))
    for c in sorted(selected, key=lambda c: c.start_tok):
        _link(c, tokens, text, gaz, linker, lex, kb_cover, context)
        if c.id:
            context.add(c.id)

    _same_person_by_surname(selected, tokens, kb)
    selected = [c for c in selected if not _descriptive(c, tokens, lex)]
    selected += _repeated_surnames(tokens, lex, selected)
    for c in selected:
        _rate(c, tokens, lex)
    out = [_entity(c, tokens, text) for c in sorted(selected, key=lambda c: c.start_tok)]
    return [e for e in out if e.text.strip()]


# ---------------------------------------------------------------------- candidates
def _common_word_ok(tokens: list[Token], text: str, m, lex: Lexicon, type_: str) -> bool:
    """An alias that is also an ordinary word («القاعدة», «قطر») needs quotes, a clitic or a cue word before it."""
    first = tokens[m.start]
    if m.clitics and type_ == "LOC":
        return True  # «لقطر», «وقطر»
    before = text[max(0, first.start - 2):first.start]
    if any(q in before for q in "\"“”«»'"):
        return True
    k = m.start - 1
    while k >= 0 and tokens[k].is_punct and tokens[k].text in "\"“”«»'":
        k -= 1
    cues = lex.context_cues.get(type_, set())
    return k >= 0 and not tokens[k].is_punct and any(r in cues for _c, r in conj_readings(tokens[k]))


def _after_name_prefix(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    prev = tokens[i - 1]
    if prev.is_punct or prev.end < tokens[i].start - 1:
        return False
    return any(r in lex.name_prefixes for c, r in conj_readings(prev) if c in ("", "و", "ف", "ب", "ل"))


def _other_country_follows(c: Cand, tokens: list[Token], gaz: Gazetteer, lex: Lexicon) -> bool:
    """The name goes on with an adjective that makes it another body: another country's, «القومي»."""
    if c.type != "ORG" or c.end_tok >= len(tokens):
        return False
    nxt = key(tokens[c.end_tok])
    if nxt in lex.distinguishing_adjectives and c.n > 1:
        return True
    country = lex.demonyms.get(nxt)
    if country is None:
        return False
    own = {str(gaz.entry(i).attrs.get("country") if gaz.entry(i) else None) for i in c.ids}
    return "None" not in own and country not in own


def _other_word(t: Token, m) -> bool:
    """«أفاد» (reported) is not «آفاد» (AFAD): the fold hides a hamza or madda that tells them apart.

    A one-word name whose spelling in the text differs from every listed spelling only by
    hamza/madda, where the text's spelling is a common word, is that word.
    """
    spellings = [p.spelling for p in m.payloads if p.spelling]
    if not spellings:
        return False
    surface = strip_marks(t.text)[len(m.clitics):] if m.clitics else strip_marks(t.text)
    if any(surface == s or surface == s[2:] or "ال" + surface == s for s in spellings):
        return False
    return word_zipf(surface) >= COMMON_ZIPF


def _strip_title(c: Cand, tokens: list[Token], text: str, gaz: Gazetteer, lex: Lexicon) -> None:
    """«الفريق أول عبد الفتاح البرهان» → the name alone, when the KB also lists it without the title."""
    if not any(r in lex.person_titles for cl, r in conj_readings(tokens[c.start_tok]) if cl == c.clitics):
        return
    for s in range(c.start_tok + 1, c.end_tok - 0):
        if tokens[s].is_punct:
            continue
        inner = gaz.match_at(tokens, text, s)
        if inner is not None and inner.end == c.end_tok and not inner.clitics and \
                set(c.ids) & {p.id for p in inner.payloads}:
            c.start_tok, c.clitics, c.article_added = s, "", False
            return


def _strip_place_word(c: Cand, tokens: list[Token], text: str, gaz: Gazetteer, lex: Lexicon) -> None:
    """«منطقة عفرين» → عفرين, «شمال سورية» → سورية: the name after a generic place word or a direction."""
    first = tokens[c.start_tok]
    rs = [r for cl, r in conj_readings(first) if cl == c.clitics]
    if not rs:
        return
    r = rs[0]
    if r not in lex.loc_heads and r not in lex.directions:
        return
    inner = gaz.match_at(tokens, text, c.start_tok + 1) if c.start_tok + 1 < c.end_tok else None
    if inner is None or inner.end != c.end_tok or inner.clitics:
        return
    inner_ids = [p.id for p in inner.payloads if (e := gaz.entry(p.id)) is not None and e.type == "LOC"]
    if not inner_ids:
        return
    if r in lex.loc_heads and not set(inner_ids) & set(c.ids):
        return  # «مدينة غزة» is Gaza City, «غزة» alone the Strip: the head is part of this name
    c.start_tok, c.clitics, c.article_added = c.start_tok + 1, "", False
    if r in lex.directions:
        c.ids = inner_ids  # «شمال سورية» is Syria


def _fuzzy_candidates(tokens: list[Token], gaz: Gazetteer, linker: Linker, lex: Lexicon,
                      kb_cover: list[Cand | None]) -> list[Cand]:
    """KB names with one word misspelt: a rare shared word anchors the window compared."""
    out: list[Cand] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.is_punct or kb_cover[i] is not None:
            continue
        k = key(t)
        if k in lex.stopwords:
            continue
        z = word_zipf(t.text)
        # a shared rare word: compare the window the KB name would occupy
        if z < ANCHOR_MAX_ZIPF and k not in lex.demonyms and rare_in_every_reading(t, ANCHOR_MAX_ZIPF):
            for c, r in conj_readings(t):
                for eid in gaz.token_entries.get(r, ()):
                    e = gaz.entry(eid)
                    if e is None:
                        continue
                    for alias in e.aliases.get("ar", []):
                        keys = alias_keys(alias)
                        if r not in keys or len(keys) < 2:
                            continue
                        p = keys.index(r)
                        s, end = i - p, i - p + len(keys)
                        if s < 0 or end > n or any(tokens[x].is_punct or kb_cover[x] is not None for x in range(s, end)):
                            continue
                        window = [key(tokens[x]) for x in range(s, end)]
                        clit = c if p == 0 else ""
                        if clit:
                            window[0] = r
                        elif p > 0:  # the first word may carry a clitic too: «وفرفة الحمزة»
                            cl0, r0 = max(conj_readings(tokens[s]), key=lambda cr: fuzz.ratio(cr[1], keys[0]))
                            window[0], clit = r0, cl0
                        if window == keys:
                            continue
                        score = fuzz.ratio(" ".join(window), " ".join(keys))
                        # every word must resemble its counterpart: one misspelt word, not another phrase
                        prot = linker.protected()
                        if score >= ANCHOR_RATIO and all(
                                fuzz.ratio(w, a) >= WORD_RATIO and w not in lex.stopwords
                                and (w == a or (w not in prot and a not in prot))
                                for w, a in zip(window, keys, strict=True)):
                            out.append(Cand(s, end, e.type, "fuzzy", clit, ids=[e.id], score=score / 100,
                                            article_added=article_added(tokens[s], clit, window[0])))
        # a lone, very rare word close to a one-word KB name
        if z < SINGLE_RARE_ZIPF and len(k) >= 5:
            hit = _single_word_fuzzy(gaz, linker, t.norm)
            if hit:
                c, eid, score = hit
                out.append(Cand(i, i + 1, gaz.entry(eid).type, "fuzzy", c, ids=[eid], score=score))
    return out


def _single_word_fuzzy(gaz: Gazetteer, linker: Linker, norm: str) -> tuple[str, str, float] | None:
    """(clitics, entry id, score) of the one-word KB name a rare word misspells, cached per word."""
    cache = gaz.__dict__.setdefault("_single_fuzzy", {})
    if norm in cache:
        return cache[norm]
    found = None
    for c, r in _conj_readings(norm):
        if len(r) < 5:
            continue
        for type_ in ("PER", "LOC", "ORG"):
            hit = linker.fuzzy(r, type_, cutoff=85.0)
            if hit and hit[0].id in gaz.kb.entries:
                e, score = hit
                if any(len(ks) == 1 and ks[0][:2] == r[:2] and fuzz.ratio(r, ks[0]) >= 85
                       for ks in (alias_keys(a) for a in e.aliases.get("ar", []))):
                    found = (c, e.id, score / 100)
                    break
        if found:
            break
    if len(cache) > 100_000:
        cache.clear()
    cache[norm] = found
    return found


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest first, the stronger source on ties, no overlaps."""
    chosen: list[Cand] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.n, -PRIORITY.get(c.source, 0), c.start_tok)):
        span = range(c.start_tok, c.end_tok)
        if any(k in taken for k in span):
            continue
        chosen.append(c)
        taken.update(span)
    return chosen


# ---------------------------------------------------------------------- linking
def _surface(c: Cand, tokens: list[Token], text: str) -> str:
    start = surface_start(text, tokens[c.start_tok], len(c.clitics) + (1 if c.article_added else 0))
    s = text[start:tokens[c.end_tok - 1].end]
    return ("ال" + s) if c.article_added else s


def _countries(kb_cover: list[Cand | None], gaz: Gazetteer) -> dict[int, str]:
    """Token index -> KB country id, for one-word country matches («Russia's»)."""
    out: dict[int, str] = {}
    for i, c in enumerate(kb_cover):
        if c is not None and c.n == 1 and c.type == "LOC":
            for id_ in c.ids:
                e = gaz.entry(id_)
                if e is not None and e.subtype == "country":
                    out[i] = e.id
                    break
    return out


def _quoted(c: Cand, tokens: list[Token]) -> bool:
    """The mention stands between quotation marks («"الشرق الأوسط"»)."""
    before = tokens[c.start_tok - 1] if c.start_tok > 0 else None
    after = tokens[c.end_tok] if c.end_tok < len(tokens) else None
    return bool(before and after and is_quote_token(before) and is_quote_token(after))


def _set_entry(c: Cand, e: Entry) -> None:
    c.id, c.canonical, c.subtype, c.type = e.id, e.name, e.subtype or c.subtype, e.type


def _link(c: Cand, tokens: list[Token], text: str, gaz: Gazetteer, linker: Linker, lex: Lexicon,
          kb_cover: list[Cand | None], context: set[str]) -> None:
    if c.ids:
        e = linker.choose(c.ids, context, quoted=_quoted(c, tokens))
        if e:
            _set_entry(c, e)
            return
    surface = _surface(c, tokens, text)
    if "demonym" in c.extra:
        _link_demonym_org(c, gaz, lex, surface)
        return
    # exact name, then the name without its generic head («وكالة ريا نوفوستي» → «ريا نوفوستي»)
    forms = [surface]
    if c.head_len:
        forms.append(" ".join(tokens[x].text for x in range(c.start_tok + c.head_len, c.end_tok)))
    for f in forms:
        hits = [p.id for p in gaz.lookup_text(f)]
        e = linker.choose(hits, context, c.type) or (linker.choose(hits, context) if c.source != "rule:org_head" else None)
        if e:
            _set_entry(c, e)
            return
    if c.head_len:
        inner = {id(kb_cover[x]): kb_cover[x] for x in range(c.start_tok, c.end_tok) if kb_cover[x] is not None}
        for sub in inner.values():
            if sub.type == "ORG" and sub.n * 2 >= c.n - c.head_len:
                e = linker.choose(sub.ids, context, "ORG")
                if e:
                    _set_entry(c, e)
                    return
    for f in forms:
        hit = linker.fuzzy(f, c.type, context)
        if hit:
            _set_entry(c, hit[0])
            c.score = hit[1] / 100
            return
    c.id, c.canonical = linker.local(surface, c.type)
    if c.head_len and c.type == "ORG":
        name = _org_canonical(c, tokens, gaz, lex, kb_cover)
        if name:
            c.id, c.canonical = f"mk:org/{slug(name)}", name


def _org_canonical(c: Cand, tokens: list[Token], gaz: Gazetteer, lex: Lexicon,
                   kb_cover: list[Cand | None]) -> str | None:
    """An English name for an organisation found by its head: «قناة ليبيا الأحرار» → "Libya al-Ahrar TV"."""
    heads = [r for cl, r in conj_readings(tokens[c.start_tok]) if cl == c.clitics]
    pattern = lex.org_head_en.get(heads[0]) if heads else None
    if not pattern:
        return None
    parts: list[str] = []
    x = c.start_tok + c.head_len
    while x < c.end_tok:
        cov = kb_cover[x]
        if tokens[x].is_punct:
            x += 1
            continue
        if cov is not None and cov.start_tok == x and cov.end_tok <= c.end_tok:
            e = gaz.entry(cov.ids[0]) if cov.ids else None
            if e is not None:
                parts.append(e.name)
                x = cov.end_tok
                continue
        parts.append(romanize_word(tokens[x].text, first=not parts and pattern.startswith("{}")))
        x += 1
    rest = " ".join(p for p in parts if p)
    return pattern.format(rest) if rest else None


def _link_demonym_org(c: Cand, gaz: Gazetteer, lex: Lexicon, surface: str) -> None:
    """The KB organisation of that country and kind, or a named local one («Azerbaijani intelligence»)."""
    d, country = c.extra["demonym"]
    by_country = gaz.__dict__.get("_orgs_by_country")
    if by_country is None:
        by_country = gaz.__dict__["_orgs_by_country"] = {}
        for e in gaz.kb.entries.values():
            if e.type == "ORG" and e.attrs.get("country"):
                by_country.setdefault(str(e.attrs["country"]), []).append(e)
    best, best_rank = None, None
    heads = [" ".join(k) for k in d["keys"]]
    for e in by_country.get(country, []):
        if e.subtype not in d["subtypes"]:
            continue
        aliases = [fold(a) for a in e.aliases.get("ar", [])]
        if d["word"] and d["word"] not in " ".join(aliases).split():
            continue
        # the entry one of whose names is this very phrase («الجيش الأوكراني») before its units
        rank = (sum(f" {h} " in f" {a} " for h in heads for a in aliases), len(aliases))
        if best_rank is None or rank > best_rank:
            best, best_rank = e, rank
    if best is not None:
        _set_entry(c, best)
        return
    ce = gaz.entry(country)
    dem = ((ce.attrs.get("demonyms") or {}).get("en") or [None])[0] if ce else None
    label = f"{dem or (ce.name if ce else '')} {d['en']}".strip()
    c.canonical = label
    c.id = f"mk:org/{slug(label)}"


def _rate(c: Cand, tokens: list[Token], lex: Lexicon) -> None:
    """Lower the score of mentions that describe rather than name: «الأراضي التركية», «القطاع».

    The record names an entity by its best-scored mention, so a description never hides the name.
    """
    words = [t for t in tokens[c.start_tok:c.end_tok] if not t.is_punct]
    if c.type == "LOC" and c.n > 1 and any(key(t) in lex.demonyms or t.text in lex.demonyms_en for t in words):
        c.score = min(c.score, 0.6)
    elif c.n == 1 and c.source == "kb" and not c.clitics and key(words[0]).startswith("ال") \
            and word_zipf(words[0].text) >= GENERIC_ZIPF:
        c.score = min(c.score, 0.7)


def _same_person_by_surname(selected: list[Cand], tokens: list[Token], kb: KnowledgeBase) -> None:
    """«Brig Gen Abdallah» after «Nabil Abdallah»: a surname alone that a named person of the article bears."""
    full = {}
    for c in selected:
        if c.type == "PER" and c.n > 1 and c.id:
            full.setdefault(key(tokens[c.end_tok - 1]), c)
    for c in selected:
        if c.type == "PER" and c.n == 1 and c.id not in kb.entries:
            p = full.get(key(tokens[c.start_tok])) or full.get(key(tokens[c.start_tok])[len(c.clitics):])
            if p is not None:
                c.id, c.canonical, c.subtype = p.id, p.canonical, p.subtype


def _descriptive(c: Cand, tokens: list[Token], lex: Lexicon) -> bool:
    """A government or army named only by a generic word and a country adjective («النظام السوري»)."""
    if c.type != "ORG" or c.subtype not in lex.descriptive_subtypes or c.n != 2:
        return False
    last = tokens[c.end_tok - 1]
    return key(last) in lex.demonyms or last.text in lex.demonyms_en


def _repeated_surnames(tokens: list[Token], lex: Lexicon, selected: list[Cand]) -> list[Cand]:
    """The surname alone after the full name is the same person («أزيري» after «حسين أزيري»)."""
    surnames: dict[str, Cand] = {}
    for c in selected:
        if c.type != "PER" or c.n < 2:
            continue
        last = tokens[c.end_tok - 1]
        k = key(last)
        if k in lex.given or k in lex.stopwords or word_zipf(last.text) >= SURNAME_MAX_ZIPF:
            continue
        surnames.setdefault(k, c)
    if not surnames:
        return []
    taken = {k for c in selected for k in range(c.start_tok, c.end_tok)}
    out = []
    for i, t in enumerate(tokens):
        if i in taken or t.is_punct:
            continue
        for cl, r in conj_readings(t):
            p = surnames.get(r)
            if p is not None and p.start_tok > i - 200:  # nearby, or after
                out.append(Cand(i, i + 1, "PER", "rule:repeat", cl, id=p.id, canonical=p.canonical,
                                subtype=p.subtype, score=p.score))
                break
    return out


def _entity(c: Cand, tokens: list[Token], text: str) -> Entity:
    start = surface_start(text, tokens[c.start_tok], len(c.clitics) + (1 if c.article_added else 0))
    end = tokens[c.end_tok - 1].end
    surface = text[start:end]
    if c.article_added:
        surface = "ال" + surface
    return Entity(start=start, end=end, text=surface, type=c.type, canonical=c.canonical, id=c.id,
                  subtype=c.subtype, source=c.source, score=round(float(c.score), 3))
