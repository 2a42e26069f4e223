"""English names the knowledge base lacks: capitalised word sequences with a cue for their type.

A run of capitalised words is a name only with evidence of what it names: a title before it
("President", "spokesman") or a reporting verb after it ("… said") or a known given name
first → a person; an organisation word last ("Brigade", "Ministry") → an organisation.
Sentence-initial words, month and day names, titles and common words alone are not names.
"""
from __future__ import annotations

import re

from marsad.document import Token
from marsad.entities.candidates import Cand
from marsad.entities.lexicon import Lexicon
from marsad.kb.cities import zipf_en  # wordfreq, imported on first use and cached per word

_CONNECT = {"al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "of", "der", "la", "le", "da", "du", "for",
            "the", "and"}
_ORG_CONNECT = {"of", "for", "the", "and"}  # inside organisation names only: «Ministry of Defence»
_ORG_FIRST = {"Institute", "Ministry", "Department", "Office", "University", "Bank", "Council", "Committee", "Union",
              "Organization", "Organisation", "Agency", "Center", "Centre", "Federation", "Association", "Army",
              "Court", "Commission", "League", "Front", "Party", "Movement", "Bureau"}
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’]*$")


def _cap(t: Token) -> bool:
    return bool(_LATIN.match(t.text)) and t.text[0].isupper()


def _sentence_initial(text: str, t: Token) -> bool:
    before = text[:t.start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


def english_rules(tokens: list[Token], text: str, lex: Lexicon, covered: list) -> list[Cand]:
    out: list[Cand] = []
    given_en = {v.split()[0] for v in lex.given.values()}
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if not _cap(t) or covered[i] is not None:
            i += 1
            continue
        j = i + 1
        while j < n:
            tj = tokens[j]
            if covered[j] is not None:
                break
            if _cap(tj):
                j += 1
                continue
            # «al-Assad», «bin Salman», «Ministry of Defence»: a connector between capitalised words
            gap = tokens[j + 1] if j + 1 < n else None
            org_word = any(tokens[x].text in _ORG_FIRST or tokens[x].text in lex.en_org_suffixes for x in range(i, j))
            if tj.text.lower() in _CONNECT and gap is not None and (org_word or tj.text.lower() not in _ORG_CONNECT):
                k = j + 1
                if gap.text == "-" and k + 1 < n:
                    k += 1
                if _cap(tokens[k]) and covered[k] is None:
                    j = k + 1
                    continue
                if tj.text.lower() in ("for", "of") and k + 1 < n and tokens[k].text.lower() == "the" \
                        and _cap(tokens[k + 1]) and covered[k + 1] is None:
                    j = k + 2  # «Institute for the Study of War»
                    continue
            if tj.text == "-" and j + 1 < n and _cap(tokens[j + 1]) and tokens[j].start == tokens[j - 1].end:
                j += 2
                continue
            break
        span = list(range(i, j))
        cand = _classify(tokens, text, span, lex, given_en)
        if cand:
            out.append(cand)
        i = j
    return out


def _classify(tokens: list[Token], text: str, span: list[int], lex: Lexicon, given_en: set[str]) -> Cand | None:
    span = [x for x in span if not tokens[x].is_punct]
    words = [tokens[x] for x in span]
    title = None
    # leading titles and stop words go («President Bashar al-Assad» → a person, «The» → nothing)
    while words and (words[0].text in lex.en_function or words[0].text in lex.en_titles):
        if words[0].text in lex.en_titles:
            title = lex.en_titles[words[0].text]
        words = words[1:]
        span = span[1:]
    while words and words[-1].text.lower() in _CONNECT:
        words, span = words[:-1], span[:-1]
    if words and len(words) >= 2 and any(w.text not in lex.en_stop and w.text.lower() not in _CONNECT for w in words):
        if words[-1].text in lex.en_org_suffixes:
            return Cand(span[0], span[-1] + 1, "ORG", "rule:en_caps", subtype=lex.en_org_suffixes[words[-1].text])
        if words[0].text in _ORG_FIRST and len(words) >= 3 and words[1].text.lower() in ("of", "for"):
            return Cand(span[0], span[-1] + 1, "ORG", "rule:en_caps", subtype=lex.en_org_suffixes.get(words[0].text))
    stripped_stop = False
    last_title = max((x for x, w in enumerate(words[:-1]) if w.text in lex.en_titles), default=None)
    if last_title is not None:
        # «Later Brig Gen Abdallah»: the name is what follows the last title word
        title = lex.en_titles[words[last_title].text]
        words, span = words[last_title + 1:], span[last_title + 1:]
    while words and (words[0].text in lex.en_stop or words[0].text in lex.en_titles):
        if words[0].text in lex.en_titles:
            title = lex.en_titles[words[0].text]
        else:
            stripped_stop = True  # «Islamic Jihad said»: what is left is not a person's name
        words = words[1:]
        span = span[1:]
    while words and (words[-1].text in lex.en_stop and words[-1].text not in lex.en_org_suffixes
                     or words[-1].text.lower() in _CONNECT):
        words = words[:-1]
        span = span[:-1]
    if not words:
        return None
    if any(w.text in lex.demonyms_en for w in words) and len(words) == 1:
        return None
    start, end = span[0], span[-1] + 1
    prev = tokens[start - 1] if start > 0 else None
    if title is None and prev is not None:
        pt = prev.text.rstrip(".")
        if pt in lex.en_titles:
            title = lex.en_titles[pt]
        elif start > 1 and tokens[start - 1].text == "." and tokens[start - 2].text in lex.en_titles:
            title = lex.en_titles[tokens[start - 2].text]
    nxt = tokens[end] if end < len(tokens) else None
    said = nxt is not None and nxt.text.lower() in lex.en_said
    if nxt is not None and nxt.text == "," and end + 1 < len(tokens):
        # «A spokesman for the Red Crescent, Nebal Farsakh, said …»
        said = said or tokens[end + 1].text.lower() in lex.en_said
    if words[-1].text in lex.en_org_suffixes or any(w.text.lower() in _CONNECT - {"al", "el", "bin", "ibn", "abu", "bint"}
                                                      for w in words):
        return None  # «Foreign Ministry» alone, «Study of War»: not a person
    if title and len(words) <= 4 and not any(w.text in lex.en_org_suffixes for w in words):
        return Cand(start, end, "PER", "rule:en_caps", subtype=title)
    if len(words) == 1 and zipf_en(words[0].text.lower()) >= 4.0:
        return None
    if len(words) == 1 and _sentence_initial(text, words[0]) and title is None:
        return None
    if _after_place_word(tokens, start, lex) and len(words) <= 3:
        return Cand(start, end, "LOC", "rule:en_caps", subtype="city")
    # «“…,” said Ahmed Hassan, a resident»: the inverted attribution of English news
    said = said or (prev is not None and prev.text.lower() in lex.en_said and start == span[0])
    said_name = said and not stripped_stop and 2 <= len(words) <= 4
    if title or said_name or (words[0].text in given_en and len(words) >= 2):
        if len(words) > 4:
            return None
        return Cand(start, end, "PER", "rule:en_caps", subtype=title or "person")
    return None


def english_demonym_orgs(tokens: list[Token], lex: Lexicon, countries: dict[int, str]) -> list[Cand]:
    """«Russia's Defence Ministry», "Turkish intelligence": a country and a generic organisation word.

    `countries` maps token indices that name a KB country («Russia's») to its id.
    """
    out: list[Cand] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if not _cap(t):
            continue
        country = lex.demonyms_en.get(t.text) or countries.get(i)
        if not country:
            continue
        best = None
        for d in lex.demonym_orgs:
            for head in d["en_heads"]:
                end = i + 1 + len(head)
                if end <= n and tuple(tokens[x].text for x in range(i + 1, end)) == head \
                        and (best is None or end > best[1]):
                    best = (d, end)
        if best:
            d, end = best
            cand = Cand(i, end, "ORG", "rule:demonym_org", subtype=d["subtypes"][0])
            cand.extra["demonym"] = (d, country)
            out.append(cand)
    return out


def _after_place_word(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """«the villages of X», «the town of X», «villages of X and Y»."""
    k = start - 1
    if k >= 0 and tokens[k].text.lower() in ("and", ","):
        # the second member of a list: look behind the first (a short name on the same line)
        k -= 1
        steps = 0
        while k >= 0 and _cap(tokens[k]) and steps < 3:
            k -= 1
            steps += 1
        return 0 < steps < 3 and k >= 0 and _place_cue(tokens, k, lex) and "\n" not in "".join(
            t.text for t in tokens[k:start])
    return k >= 0 and _place_cue(tokens, k, lex)


def _place_cue(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    if tokens[k].text.lower() == "of" and k > 0:
        k -= 1
    return tokens[k].text.lower() in lex.en_place_words
