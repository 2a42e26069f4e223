"""Claim groups: statements and counts in different articles that state the same proposition.

A proposition is keyed by what happened (the event kind: sent, killed, recruited …), where
(places, at the finest level both statements give) and, for counts, who was counted. Two
statements are compared only inside one storyline (blocking), so the cost follows the
size of storylines, not the square of the corpus. Each group then says whether its
members conflict (figures that disagree; some assert what others deny), whether
differing figures are successive counts (`update`), and how many independent origins
stand behind it: the end of each chain of transmission, not the outlets repeating it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from marsad.corpus.features import embed, parse_date
from marsad.corpus.lexicon import corpus_lexicon
from marsad.corpus.stories import UnionFind
from marsad.text.normalize import fold, western_digits
from marsad.text.tokens import proclitic_splits

STATEMENT = "statement"  # the key of statements that name no event kind

# counts that are running totals of one thing, so differing figures contradict each other
COUNT_KINDS = {"killed", "wounded", "detained", "displaced", "recruited", "deployed", "returned", "handed_over"}


@dataclass
class Item:
    doc: str
    evidence: str
    kind: str  # claim | fact
    index: int  # index of the claim or fact in its record
    events: set[str]
    places: set[str]  # KB ids of places named (and countries of their demonyms)
    fine_places: set[str]  # the sub-country ones
    dest: set[str] = field(default_factory=set)  # where people were sent: «إلى أذربيجان» (with its country)
    stance: str = "assert"
    value: int | None = None
    vague: str | None = None
    approx: bool = False
    increment: bool = False
    when: date | None = None
    origin: str | None = None
    origin_id: str | None = None
    outlet: str | None = None
    speaker: str | None = None
    chain: list[str] = field(default_factory=list)
    text: str = ""
    storyline: int = 0
    story: int = -1  # set once stories are known: statements of one event are compared more freely
    speaker_key: str | None = None  # the speaker's KB id, else its folded name
    answers: int | None = None  # a bare denial: the index of the claim it denies


class PlaceResolver:
    """Finds the places a statement names, with their countries, from the record's entities and the KB."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb
        self.demonyms: dict[str, str] = {}
        self.countries: set[str] = set()
        if kb is not None:
            for e in kb.entries.values():
                if e.subtype == "country":
                    self.countries.add(e.id)
                    dem = e.attrs.get("demonyms") or {}
                    forms = [f for v in (dem.values() if isinstance(dem, dict) else [dem]) for f in v]
                    for f in forms:
                        self.demonyms[fold(f)] = e.id

    def country_of(self, ent_id: str) -> str | None:
        e = self.kb.get(ent_id) if self.kb is not None else None
        if e is None:
            return None
        if e.subtype == "country":
            return e.id
        c = e.attrs.get("country")
        return c if isinstance(c, str) else None

    def places(self, text: str, entities: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
        f = f" {fold(text)} "
        all_: set[str] = set()
        fine: set[str] = set()
        for e in entities:
            if e.get("type") != "LOC":
                continue
            forms = {fold(m) for m in (e.get("mentions") or [e.get("text")]) if m}
            if any(m and f" {m} " in f for m in forms) or any(m and m in f for m in forms if len(m) > 4):
                key = e.get("id") or fold(e.get("canonical") or e.get("text"))
                all_.add(key)
                country = self.country_of(key) if e.get("id") else None
                if country:
                    all_.add(country)
                if e.get("subtype") != "country" and key not in self.countries:
                    fine.add(key)
        for w in f.split():
            for _, rest in proclitic_splits(w):
                for cand in (rest, rest.removeprefix("ال")):
                    c = self.demonyms.get(cand) or self.demonyms.get(_singular(cand))
                    if c:
                        all_.add(c)
        return all_, fine


    def destinations(self, text: str, entities: list[dict[str, Any]]) -> set[str]:
        """Places right after «إلى» / "to": where a movement ends («إلى جانب» is beside, not to)."""
        f = f" {fold(text)} "
        out: set[str] = set()
        for e in entities:
            if e.get("type") != "LOC":
                continue
            for m in {fold(x) for x in (e.get("mentions") or [e.get("text")]) if x}:
                if m and any(f" {p} {m} " in f or f" {p} {m}" in f for p in _to_cues()):
                    key = e.get("id") or m
                    out.add(key)
                    country = self.country_of(key) if e.get("id") else None
                    if country:
                        out.add(country)
        return out




def _to_cues() -> list[str]:
    return [fold(c) for c in corpus_lexicon()["destination_cues"]]


def _singular(w: str) -> str:
    """«سوريين» / «السوريون» / «سوريا» (accusative «سوريًا») → «سوري»: the demonym's base."""
    for suf in ("ين", "ون", "يون", "يين", "ه", "ا"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


# attached pronouns and verb endings: «أرسلتهم» is «أرسلت» + «هم»
_SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "وا", "ون", "ين", "ات", "ت")


def _kinds_of_word(word: str, index: dict[str, set[str]]) -> set[str]:
    out: set[str] = set()
    for _, rest in proclitic_splits(word):
        forms = [rest, rest.removeprefix("ال")]
        forms += [f[: -len(x)] for f in forms for x in _SUFFIXES if f.endswith(x) and len(f) - len(x) >= 3]
        for f in forms:
            out |= index.get(f, set())
    return out


def event_kinds(text: str) -> set[str]:
    return set(event_windows(text))


def event_windows(text: str, before: int = 2, after: int = 8) -> dict[str, str]:
    """For each event kind a statement speaks of, the words around its first event word.

    «أن لدى بلاده معلومات دقيقة عن وجود مقاتلين سوريين أرسلتهم تركيا للقتال في كاراباخ»
    is about sending fighters; the words around «أرسلتهم» say so more plainly than the whole
    statement, so they are what is compared across articles.
    """
    words = corpus_lexicon()["event_words"]
    index = _event_index(id(words), words)
    toks = text.split()
    out: dict[str, str] = {}
    for i, w in enumerate(toks):
        for k in _kinds_of_word(fold(w), index):
            if k not in out:
                out[k] = " ".join(toks[max(0, i - before): i + after + 1])
    return out


_EVENT_CACHE: dict[int, dict[str, set[str]]] = {}


def _event_index(key: int, words: dict[str, list[str]]) -> dict[str, set[str]]:
    if key not in _EVENT_CACHE:
        idx: dict[str, set[str]] = defaultdict(set)
        for kind, ws in words.items():
            for w in ws:
                idx[fold(w)].add(kind)
        _EVENT_CACHE[key] = dict(idx)
    return _EVENT_CACHE[key]


def is_increment(text: str) -> bool:
    inc = {fold(w) for w in corpus_lexicon()["increment_words"]}
    return any(rest in inc for w in fold(text).split() for _, rest in proclitic_splits(w))


def is_part(context: str) -> bool:
    """«بينهم 9 أطفال», "including 9 children": a part of a count, not a rival to it."""
    part = {fold(w) for w in corpus_lexicon()["part_words"]}
    return any(rest in part for w in fold(context).split()[:4] for _, rest in proclitic_splits(w))


def figure_context(f: dict[str, Any], width: int = 4) -> str:
    """The words around a figure (a few either side): «دفعة جديدة تضم 430», not the whole sentence."""
    ev = f.get("evidence") or ""
    ns, ss = f.get("num_start"), f.get("start")
    if isinstance(ns, int) and isinstance(ss, int) and 0 <= ns - ss <= len(ev):
        rel = ns - ss
    elif isinstance(f.get("value"), int) and str(f["value"]) in western_digits(ev):
        rel = western_digits(ev).index(str(f["value"]))
    else:
        return ev
    before = ev[:rel].split()[-width:]
    after = ev[rel:].split()[: width + 1]
    return " ".join(before + after)


def origin_of(claim: dict[str, Any] | None, outlet: str | None,
              kb: Any = None) -> tuple[str | None, str | None, list[str]]:
    """The end of a chain: the named speaker; for an unnamed one, the channel nearest it, or the outlet.

    A spokesperson speaks for the body whose spokesperson they are (KB `member_of`): the
    ministry and its spokesman are one origin, not two.
    """
    if not claim:
        return outlet, None, []
    sp = claim.get("speaker") or {}
    via = claim.get("via") or []
    chain = [v.get("canonical") or v.get("text") for v in via]
    unnamed = sp.get("kind") == "anonymous" or (sp.get("kind") == "media" and not sp.get("id") and not sp.get("canonical"))
    entry = kb.get(sp.get("id")) if kb is not None and sp.get("id") else None
    if entry is not None and entry.subtype == "spokesperson" and entry.attrs.get("member_of"):
        body = kb.get(entry.attrs["member_of"][0])
        if body is not None:
            return body.name, body.id, chain
    if not unnamed and (sp.get("canonical") or sp.get("text")):
        return sp.get("canonical") or sp.get("text"), sp.get("id"), chain
    if via:
        return via[0].get("canonical") or via[0].get("text"), via[0].get("id"), chain
    return outlet, None, chain


def items_of(rec: dict[str, Any], places: PlaceResolver, storyline: int) -> list[Item]:
    title = fold(rec.get("title"))

    def headline(evidence: str | None) -> bool:
        return bool(title) and fold(evidence) == title

    outlet = (rec.get("outlet") or {}).get("name")
    published = parse_date(rec.get("published"))
    ents = rec.get("entities") or []
    claims = rec.get("claims") or []
    out: list[Item] = []
    for k, c in enumerate(claims):
        text = c.get("content") or c.get("evidence") or ""
        if headline(c.get("evidence")):
            continue  # a headline restates the body
        # statements about an event kind are keyed by it; any other statement can still be
        # the same claim as one in another article of the same story («statement»)
        windows = event_windows(text)
        answers = None
        if not windows and c.get("stance") == "deny" and k > 0:
            # «ونفى مصدر أمني صحة الأرقام»: a bare denial denies what was just claimed
            prev = claims[k - 1]
            windows = {kind: text for kind in event_windows(prev.get("content") or prev.get("evidence") or "")}
            answers = k - 1 if windows else None
        windows = windows or {STATEMENT: text}
        pl, fine = places.places(c.get("evidence") or text, ents)
        dest = places.destinations(text, ents)
        origin, oid, chain = origin_of(c, outlet, places.kb)
        sp = c.get("speaker") or {}
        skey = sp.get("id") or fold(sp.get("canonical") or sp.get("text")) or None
        figures: dict[str, int] = {}
        for f in rec.get("facts") or []:  # the first figure of a kind is the total; «بينهم ٥» is a part of it
            if f.get("claim") == k and f.get("value") is not None and not is_part(figure_context(f)):
                figures.setdefault(f.get("kind"), f["value"])
        for kind, window in windows.items():
            out.append(Item(rec["id"], c.get("evidence") or "", "claim", k, {kind}, pl, fine, dest, value=figures.get(kind),
                            stance=c.get("stance") or "assert", when=published, origin=origin, origin_id=oid,
                            outlet=outlet, chain=chain, speaker=sp.get("canonical") or sp.get("text"), text=window,
                            storyline=storyline, speaker_key=skey, answers=answers))
    for k, f in enumerate(rec.get("facts") or []):
        if f.get("kind") not in COUNT_KINDS or (f.get("value") is None and not f.get("vague")):
            continue
        ev_text = f.get("evidence") or ""
        if headline(ev_text):
            continue
        claim = claims[f["claim"]] if isinstance(f.get("claim"), int) and f["claim"] < len(claims) else None
        origin, oid, chain = origin_of(claim, outlet, places.kb)
        pl, fine = places.places(" ".join(x for x in (ev_text, f.get("subject") or "", f.get("place") or "") if x), ents)
        out.append(Item(rec["id"], ev_text, "fact", k, {f["kind"]}, pl, fine, places.destinations(ev_text, ents),
                        stance=(claim or {}).get("stance") or "assert", value=f.get("value"), vague=f.get("vague"),
                        approx=bool(f.get("approx")), increment=is_increment(figure_context(f)) or is_part(figure_context(f)),
                        when=parse_date(f.get("date")) or published, origin=origin, origin_id=oid, outlet=outlet,
                        chain=chain, speaker=((claim or {}).get("speaker") or {}).get("text"), text=ev_text,
                        storyline=storyline))
    return out


def places_compatible(a: Item, b: Item, need_shared: bool) -> bool:
    """At the finest level both name: sub-country places must meet, else countries must; and two
    movements that end in different places are different propositions."""
    if a.dest and b.dest and not a.dest & b.dest:
        return False
    if a.fine_places and b.fine_places:
        return bool(a.fine_places & b.fine_places)
    if a.places and b.places:
        return bool(a.places & b.places)
    return not need_shared


def link_items(items: list[Item], strict: bool = False, vecs: np.ndarray | None = None) -> list[tuple[str, list[Item]]]:
    """Groups of items stating one proposition: per event kind, compared within storylines only.

    One union-find per event kind, so a statement about sending fighters and one about
    their deaths never chain into one group through a sentence that mentions both.
    `strict` asks for links sure enough to join two articles into one storyline.
    """
    cfg = dict(corpus_lexicon()["claims"])
    cfg["strict"] = strict
    if strict:
        cfg["min_cosine"] = cfg["min_cosine_join"]
    if vecs is None:
        vecs = item_vectors(items)
    by_line_kind: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        for k in it.events:
            by_line_kind[(it.storyline, k)].append(i)
    window = cfg["max_pairs_per_item"]
    out: list[tuple[str, list[Item]]] = []
    for (_, kind), idxs in by_line_kind.items():
        if len(idxs) < 2:
            continue
        idxs.sort(key=lambda i: (items[i].when or date.min, i))
        uf = UnionFind()
        dest: list[set[str]] = []  # where each group's movements end: a group never mixes two ends
        span: list[tuple[int, int] | None] = []  # the smallest and largest figure: a group keeps one scale
        for i in idxs:
            uf.add()
            dest.append(set(items[i].dest))
            v = items[i].value if not items[i].increment else None
            span.append((v, v) if v else None)
        pairs: list[tuple[float, int, int]] = []
        for x, i in enumerate(idxs):
            later = range(x + 1, min(len(idxs), x + 1 + window))  # the nearest in time: a big storyline stays linear
            if not later:
                continue
            sims = vecs[[idxs[y] for y in later]] @ vecs[i]
            for y, cos in zip(later, sims.tolist(), strict=True):
                if _same_proposition(items[i], items[idxs[y]], cos, cfg):
                    pairs.append((cos, x, y))
        for _, x, y in sorted(pairs, reverse=True):  # surest links first, as agglomerative clustering does
            rx, ry = uf.find(x), uf.find(y)
            if rx == ry or (dest[rx] and dest[ry] and not dest[rx] & dest[ry]):
                continue
            merged = _merge_spans(span[rx], span[ry])
            if merged and merged[1] > cfg["max_value_ratio"] * merged[0]:
                continue
            uf.union(x, y)
            root = uf.find(x)
            dest[root] = dest[rx] | dest[ry]
            span[root] = merged
        for g in uf.groups():
            if len(g) > 1:
                out.append((kind, [items[idxs[x]] for x in g]))
    return out


def _merge_spans(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def item_vectors(items: list[Item]) -> np.ndarray:
    """Embeddings of every item's text, each distinct text once (both passes share them)."""
    vecs = np.zeros((len(items), 512), dtype=np.float32)
    texts = sorted({it.text for it in items})
    if texts:
        emb = dict(zip(texts, embed(texts), strict=True))
        for i, it in enumerate(items):
            vecs[i] = emb[it.text]
    return vecs


def _same_proposition(a: Item, b: Item, cos: float, cfg: dict[str, Any]) -> bool:
    if a.doc == b.doc and a.evidence == b.evidence:
        # a statement and the count it carries are one member; two counts of one sentence are not
        return a.kind != b.kind
    same_story = a.story >= 0 and a.story == b.story and a.doc != b.doc
    if a.value and b.value and max(a.value, b.value) > cfg["max_value_ratio"] * min(a.value, b.value):
        return False  # 22 killed in one strike and 38,295 in the war are different counts
    if a.doc == b.doc and a.kind == b.kind == "claim" and (a.answers == b.index or b.answers == a.index):
        return True
    if {a.stance, b.stance} == {"assert", "deny"} and a.kind == b.kind == "claim" and a.speaker_key != b.speaker_key:
        if a.story >= 0 and a.story == b.story and cos >= cfg["rebuttal_min_cosine"]:
            return True  # a denial answers the assertion it is closest to in the same story
        if a.doc == b.doc and abs(a.index - b.index) <= cfg["rebuttal_max_claims_apart"] \
                and cos >= cfg["rebuttal_adjacent_min_cosine"]:
            return True  # «تبنى التنظيم الهجوم … ونفى مصدر أمني»: a denial right after the claim it answers
    if STATEMENT in a.events:
        # no event to key on: only the same speaker on the same event, or a near paraphrase
        if not same_story:
            return False
        same_speaker = a.speaker_key is not None and a.speaker_key == b.speaker_key
        return cos >= cfg["story_min_cosine"] or (same_speaker and cos >= cfg["same_speaker_min_cosine"])
    if a.kind == "fact" and b.kind == "fact":
        if a.increment or b.increment:
            return False  # a new batch is not a running total
        if same_story and a.value is not None and a.value == b.value:
            return True  # one event, one kind, one figure: the same count relayed
        if cfg.get("strict") and cos < cfg["fact_min_cosine_join"]:
            return False
        return places_compatible(a, b, need_shared=bool(cfg.get("strict")))
    if a.kind != b.kind:
        return False  # counts group with counts, statements with statements
    if (a.value is None) != (b.value is None) and a.events & set(cfg["toll_kinds"]):
        return False  # «72 were killed» and «four named men were killed» are not one toll
    if cos >= cfg["min_cosine_alone"]:
        return True
    if same_story and a.speaker_key is not None and a.speaker_key == b.speaker_key \
            and cos >= cfg["same_speaker_min_cosine"]:
        return True  # one speaker on one event, reported by two outlets (in two languages)
    return cos >= cfg["min_cosine"] and places_compatible(a, b, need_shared=True)


def conflict_of(members: list[Item]) -> dict[str, Any] | None:
    stances = {m.stance for m in members}
    if "assert" in stances and "deny" in stances:
        return {"kind": "stance", "assert": sum(m.stance == "assert" for m in members),
                "deny": sum(m.stance == "deny" for m in members)}
    figures = [m for m in members if m.value is not None and not m.increment]
    values = sorted({m.value for m in figures})
    sources = {m.origin_id or fold(m.origin or "") for m in figures}
    if len(values) > 1 and not _close(figures):
        if len(sources) < 2:
            # one source giving two figures has not contradicted itself: successive counts when
            # dated apart, else two different things it counted
            dated = [m.when for m in figures if m.when]
            if len(dated) == len(figures) and len(set(dated)) > 1:
                by_date = sorted(figures, key=lambda m: m.when)
                return {"kind": "update", "values": [m.value for m in by_date],
                        "dates": [m.when.isoformat() for m in by_date]}
            return None
        days = corpus_lexicon()["claims"]["facts_max_days_same"]
        dated = [m.when for m in figures if m.when]
        if len(dated) == len(figures) and (max(dated) - min(dated)).days > days:
            by_date = sorted(figures, key=lambda m: m.when)
            return {"kind": "update", "values": [m.value for m in by_date],
                    "dates": [m.when.isoformat() for m in by_date]}
        return {"kind": "numeric", "values": values}
    return None


def _close(figures: list[Item]) -> bool:
    """Approximate figures within a tenth of each other agree («نحو 4000» and 4,100)."""
    lo, hi = min(m.value for m in figures), max(m.value for m in figures)
    return any(m.approx for m in figures) and hi <= lo * 1.1


def _one_per_sentence(members: list[Item]) -> list[Item]:
    """A statement and the count it carries are one member: keep the claim, take the fact's figure."""
    by: dict[tuple[str, str], Item] = {}
    for m in sorted(members, key=lambda m: (m.doc, m.kind != "claim", m.index)):
        key = (m.doc, m.evidence)
        if key not in by:
            by[key] = Item(**{k: getattr(m, k) for k in m.__dataclass_fields__})
            continue
        kept = by[key]
        if kept.value is None and m.value is not None:
            kept.value, kept.vague, kept.approx, kept.increment = m.value, m.vague, m.approx, m.increment
    return list(by.values())


def group_record(kind: str, members: list[Item], kb: Any) -> dict[str, Any]:
    members = _one_per_sentence(members)
    origins: dict[str, str] = {}
    for m in members:
        key = m.origin_id or fold(m.origin or "") or f"outlet:{m.outlet}"
        origins.setdefault(key, m.origin or m.outlet or "unknown")
    conflict = conflict_of(members)
    rec: dict[str, Any] = {
        "members": [{"doc": m.doc, "evidence": m.evidence, "type": m.kind, "index": m.index, "stance": m.stance,
                     "value": m.value, "vague": m.vague, "approx": m.approx, "speaker": m.speaker,
                     "chain": m.chain, "origin": m.origin, "outlet": m.outlet,
                     "date": m.when.isoformat() if m.when else None} for m in members],
        "about": kind,
        "conflict": conflict,
        "origins": sorted(set(origins.values())),
        "independent_origins": len(origins),
        "articles": len({m.doc for m in members}),
    }
    if len(origins) == 1:
        rec["single_origin"] = True
        oid = next(iter(origins))
        entry = kb.get(oid) if kb is not None else None
        if entry is not None and entry.attrs.get("ownership"):
            rec["origin_ownership"] = entry.attrs["ownership"]
    return rec
