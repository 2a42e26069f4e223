"""Attributed statements in English sentences.

Wire English attributes in a few shapes, all read here from tokens:
  * subject + verb + that/quote: "The ministry said (on Monday) that …", "A source told RIA …";
  * a quotation, then the attribution: "“…,” said John Smith, a spokesman." / "“…,” he said.";
  * markers: "according to X", "…, citing X", "X quoted Y as saying".
Channels ("told Reuters", "in an interview with Sputnik", "on his Telegram channel") and
back-references ("the agency", "the observatory", "he", a surname alone) go through the
article's shared `Registry`, so a chain introduced in Arabic or English carries on.
"""
from __future__ import annotations

import re

from marsad.claims.arabic import KIND_OF_SUBTYPE, QUOTES, Found, Pending
from marsad.claims.sources import Registry, Source, merge_via, not_self
from marsad.document import Channel, Claim, Document, Token

AUX = {"has", "have", "had", "was", "were", "is", "are", "also", "earlier", "later", "previously", "then", "further",
       "repeatedly", "again", "reportedly", "publicly", "separately", "would", "will", "could", "once",
       "recently", "already", "similarly", "likewise", "meanwhile", "however"}
DETS = {"the", "a", "an", "two", "three", "several", "some", "many", "one", "four", "five", "senior", "other"}
STOP_BACK = {"that", "which", "who", "while", "but", "and", "as", "when", "after", "before", "because", "if", "though",
             "although", "where", "since", "so", "or", ";", ":", "nor"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# "the group", "the ministry": the knowledge-base subtypes a back-reference may point to
EN_SUBTYPES = {"group": {"armed_group", "party"}, "ministry": {"ministry"}, "agency": {"news_agency"},
               "observatory": {"ngo_monitor"}, "army": {"military"}, "military": {"military"},
               "newspaper": {"media_outlet"}, "president": {"head_of_state"}}
TIME_WORDS = {"on", "in", "at", "last", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "week", "month", "night", "morning", "evening", "earlier", "later", "the",
              "time", "then", "also"}
RANKS = {"brig", "gen", "col", "maj", "lt", "capt", "cpt", "sgt", "dr", "mr", "mrs", "ms", "prof", "adm", "general",
         "colonel", "major", "brigadier", "lieutenant", "captain", "sheikh"}


def _low(t: Token) -> str:
    return t.norm.lower()


class EnglishReader:
    def __init__(self, doc: Document, lex, kb, reg: Registry) -> None:
        self.doc, self.lex, self.kb, self.reg = doc, lex, kb, reg
        en = lex.en
        self.assert_verbs = set(en["verbs"]["assert"])
        self.deny_verbs = set(en["verbs"]["deny"])
        self.rule_out = set(en["verbs"]["rule_out"])
        self.relay = set(en["relay"])
        self.markers = [tuple(m) for m in en["markers"]]
        self.anonymous = set(en["anonymous"])
        self.titles = set(en["titles"])
        self.orgs = set(en["organizations"])
        self.gov = set(en["government"])
        self.media = set(en["media"])
        self.platforms = set(en["platforms"])
        self.back = en["back_references"]
        self.negs = set(en["negations"])

    # ------------------------------------------------------------------ helpers
    def lookup(self, text: str):
        if not self.kb or not text:
            return None
        try:
            hits = self.kb.lookup(text)
        except Exception:  # noqa: BLE001
            return None
        return hits[0] if hits else None

    def span_text(self, toks, a, b) -> str:
        return self.doc.text[toks[a].start:toks[b - 1].end].strip(" ,\"“”'") if a < b else ""

    def is_cue(self, w: str, nxt: str, ahead: list[Token] = ()) -> bool:
        if w in self.assert_verbs or w in self.deny_verbs:
            return True
        if w == "called" and nxt not in ("for", "on", "off", "up") and any(t.text in QUOTES for t in ahead):
            return True  # "X called the attack “a genocide”"
        return w in self.rule_out and nxt == "out"

    def marker_at(self, toks, i) -> int:
        for m in self.markers:
            if i + len(m) <= len(toks) and all(_low(toks[i + j]) == w for j, w in enumerate(m)):
                return len(m)
        return 0

    # ------------------------------------------------------------------ noun phrases
    def np_back(self, toks, i) -> tuple[int, int] | None:
        """The subject before position i: back to a clause boundary, skipping auxiliaries, a
        parenthesis ("(MSF)") and an apposition or relative clause between commas."""
        self.appos = None
        j = i - 1
        while j >= 0 and (_low(toks[j]) in AUX or _low(toks[j]) in self.negs or _low(toks[j]) in ("did", "does")):
            j -= 1
        end = j + 1
        # "John Smith, a spokesman for the army, said" / "An official, who spoke on condition …, said"
        if j >= 0 and toks[j].text == ",":
            k = j - 1
            while k >= 0 and toks[k].text != "," and toks[k].text not in QUOTES and k > j - 40:
                k -= 1
            if k >= 0 and toks[k].text == ",":
                self.appos = (k + 1, j)
                end = k
                j = k - 1
            else:
                return None
        if j >= 0 and toks[j].text == ")":  # "Médecins Sans Frontières (MSF) said"
            k = next((x for x in range(j - 1, max(-1, j - 8), -1) if toks[x].text == "("), None)
            if k is not None:
                end = k
                j = k - 1
        a = j
        while a >= 0 and (not toks[a].is_punct or (toks[a].text == "-" and a > 0 and not toks[a - 1].is_punct)) \
                and end - a <= 12:
            w = _low(toks[a])
            if w in self.assert_verbs | self.deny_verbs:
                break
            # «and» inside a name: "Group for the Support of Islam and Muslims"
            inside_name = w == "and" and a > 0 and toks[a - 1].text[:1].isupper() and toks[a + 1].text[:1].isupper()
            if w in STOP_BACK and not inside_name:
                break
            a -= 1
        a += 1
        # "Philippe Lazzarini, the head of the U.N. agency …, known as UNRWA, wrote": the name that
        # opens the sentence, before a chain of appositions
        if a > 0 and toks[a - 1].text == "," and self.appos and a < end and _low(toks[a]) in ("the", "a", "an"):
            c0 = next((x for x in range(0, a) if toks[x].text == ","), None)
            if c0 and c0 <= 4 and all((t.text[:1].isupper() and not t.text.isupper()) or t.text == "-" for t in toks[0:c0]):
                self.appos = (c0 + 1, a - 1)
                return (0, c0)
        if a < end:
            return (a, end)
        return None

    def np_fwd(self, toks, k, end) -> tuple[int, int] | None:
        b = k
        while b < end and (not toks[b].is_punct or (toks[b].text == "-" and b > k and b + 1 < end and not toks[b + 1].is_punct)) \
                and _low(toks[b]) not in STOP_BACK | PRONOUNS | {"in", "on", "to", "at", "that"} and b - k < 10:
            b += 1
        return (k, b) if b > k else None

    def classify(self, toks, a, b, sent_no) -> Found | None:
        words = [_low(t) for t in toks[a:b] if not t.is_punct]
        if not words:
            return None
        text = self.span_text(toks, a, b)
        if len(words) == 1 and words[0] in PRONOUNS:
            last = self.reg.last_speaker
            if last is not None and sent_no - self.reg.last_speaker_sentence <= 3:
                return Found(last, text, a, b, resolved=True)
            return None
        content_words = [w for w in words if w not in DETS]
        # back-references: "the agency", "the source", "the spokesman"
        if words[0] == "the" and len(content_words) == 1 and content_words[0] in self.back:
            heads = set(self.back[content_words[0]])
            src = self.reg.resolve(heads, EN_SUBTYPES.get(content_words[0], set()))
            if src is not None:
                return Found(src, text, a, b, resolved=True)
        # a surname alone
        if len(words) == 1 and toks[a].text[:1].isupper():
            src = self.reg.surname([words[0]])
            if src is not None:
                return Found(src, text, a, b, resolved=True)
        ents = self.doc.entities_in(toks[a].start, toks[b - 1].end) if self.doc.entities else []
        ent = max(ents, key=lambda e: e.end - e.start) if ents else None
        core = text[4:] if text.lower().startswith("the ") else text
        entry = self.lookup(core) or self.lookup(text)
        lexical = self.orgs | self.media | self.anonymous | self.gov | self.titles
        head = next((w for w in content_words if w in lexical or w.rstrip("s") in lexical),
                    content_words[-1] if content_words else words[-1])
        canonical = ident = subtype = None
        kind = None
        name = None
        # a person's name after a title: "Foreign Minister Sergei Lavrov"
        caps = [k for k in range(a, b) if toks[k].text[:1].isupper() and _low(toks[k]) not in self.titles
                and _low(toks[k]) not in DETS]
        if ent is not None and ent.type == "PER":
            name = (ent.text, ent.canonical, ent.id)
        elif any(w in self.titles for w in words) and caps and caps[-1] == b - 1:
            first = caps[-1]
            while first - 1 >= a and first - 1 in caps:
                first -= 1
            if first > a and _low(toks[first - 1]) in self.titles:
                name = (self.span_text(toks, first, b), None, None)
            elif b - first >= 3:  # "Secretary of State Antony Blinken": the last two names
                name = (self.span_text(toks, b - 2, b), None, None)
        appos = getattr(self, "appos", None)
        if name is None and appos and any(w in self.titles for w in words):
            x, y = appos
            while x < y and _low(toks[x]).rstrip(".") in RANKS:
                x += 1
            if y - x >= 2 and all(t.text[:1].isupper() or t.text == "-" for t in toks[x:y]):
                name = (self.span_text(toks, x, y), None, None)
        if name is not None:
            entry2 = self.lookup(name[0])
            src = Source(text=name[0], kind="person", head=head,
                         canonical=name[1] or (entry2.name if entry2 else None), id=name[2] or (entry2.id if entry2 else None),
                         name_tokens=[w.lower() for w in name[0].split()])
            prior = self.reg.surname(src.name_tokens[-1:]) if len(src.name_tokens) > 1 else None
            return Found(prior or src, text, a, b)
        if ent is not None and ent.type != "PER" and (ent.end - ent.start) < 0.6 * (toks[b - 1].end - toks[a].start):
            ent = None  # "Russia's Defence Ministry": the country only qualifies the head
        if ent is not None:
            canonical, ident, subtype = ent.canonical, ent.id, ent.subtype
            kind = KIND_OF_SUBTYPE.get(ent.subtype or "") or {"PER": "person", "LOC": "government"}.get(ent.type, "organization")
        elif entry is not None:
            canonical, ident, subtype = entry.name, entry.id, entry.subtype
            kind = KIND_OF_SUBTYPE.get(entry.subtype or "") or {"PER": "person", "LOC": "government"}.get(entry.type, "organization")
        if entry is not None and entry.type == "LOC" and len(content_words) > 1:
            kind, canonical, ident = None, None, None  # "Mali's army" is not Mali
        if kind is None:
            last = content_words[-1] if content_words else ""
            if words[0] in ("a", "an", "two", "three", "several", "some", "one", "senior") and (
                    last in self.anonymous | self.titles or last.rstrip("s") in self.anonymous | self.titles):
                kind = "anonymous"  # "a senior official", "a military officer"
            elif any(w in self.gov for w in words):
                kind = "government"
            elif head in self.anonymous or (content_words and content_words[-1].rstrip("s") in self.anonymous):
                kind = "anonymous"
            elif any(w in self.media for w in words):
                kind = "media"
            elif any(w in self.orgs for w in words):
                kind = "organization"
            elif any(w in self.titles for w in words) or caps and len(caps) == len(content_words) and len(caps) <= 4:
                kind = "person"
            elif len(caps) >= 2 and words[0] in DETS:
                kind = "organization"  # "the city's Emergency Response Room"
        if kind is None:
            return None
        if kind == "person" and words[0] not in DETS and len(caps) >= 2:
            src = Source(text=text, kind=kind, head=head, canonical=canonical, id=ident,
                         name_tokens=[w for w in words])
        else:
            stext = text
            cap = self.caps_span(toks, a, b)
            if kind in ("organization", "media") and cap and cap[1] == b and cap[1] - cap[0] >= 2 and cap[0] > a:
                stext = self.span_text(toks, *cap)  # "The paramilitary Rapid Support Forces" → its name
            src = Source(text=stext, kind=kind, head=head, canonical=canonical, id=ident, subtype=subtype)
        return Found(src, text, a, b)

    @staticmethod
    def caps_span(toks, a, b) -> tuple[int, int] | None:
        """The longest run of capitalised words (with «of», «for», «the», «and», hyphens inside)."""
        best = None
        x = a
        while x < b:
            if toks[x].text[:1].isupper() and toks[x].text.lower() not in ("the", "a", "an"):
                y = x + 1
                while y < b:
                    if toks[y].text[:1].isupper():
                        y += 1
                        continue
                    z = y
                    while z < b and toks[z].text in ("-", "of", "for", "the", "and", "al"):
                        z += 1
                    if z > y and z < b and toks[z].text[:1].isupper():
                        y = z
                        continue
                    break
                if best is None or y - x > best[1] - best[0]:
                    best = (x, y)
                x = y
            else:
                x += 1
        return best

    def channel(self, toks, a, b) -> Channel | None:
        """An outlet named at a..b: a KB media entry, a platform, or a name with a media word."""
        text = self.span_text(toks, a, b)
        if not text:
            return None
        core = text[4:] if text.lower().startswith("the ") else text
        entry = self.lookup(core) or self.lookup(text)
        if entry is not None and (entry.subtype in ("media_outlet", "news_agency", "social_media") or entry.type == "ORG"):
            return Channel(text=core, canonical=entry.name, id=entry.id)
        low = core.lower()
        if low in self.platforms:
            return Channel(text=core, canonical=core, kind="site")
        words = low.split()
        cap = self.caps_span(toks, a, b)
        if cap is not None and cap[1] - cap[0] > 1 and toks[cap[0]].text.endswith(("'s", "’s")):
            cap = (cap[0] + 1, cap[1])  # "Libya's al-Wasat" → "al-Wasat"
        if cap is not None and cap != (a, b):
            # "the Reuters news agency", "state news agency TASS": the name is the capitalised part
            ctext = self.span_text(toks, *cap)
            e2 = self.lookup(ctext)
            if any(w in self.media for w in words) or (e2 is not None and e2.type == "ORG"):
                return Channel(text=ctext, canonical=e2.name if e2 else None, id=e2.id if e2 else None)
        named = toks[a].text[:1].isupper() or toks[a].text.lower() == "the"
        if named and (any(w in self.media for w in words) or any(w in self.platforms for w in words) or (
                len(words) <= 3 and all(t.text[:1].isupper() for t in toks[a:b] if t.text.lower() != "the")
                and not any(w in self.titles | self.anonymous for w in words))):
            return Channel(text=core, canonical=None)
        return None

    # ------------------------------------------------------------------ one sentence
    def read(self, sent_no: int, s0: int, s1: int) -> list[Claim]:
        toks = self.doc.tokens_in(s0, s1)
        n = len(toks)
        if not toks:
            return []
        quotes = [k for k, t in enumerate(toks) if t.is_punct and t.text in QUOTES]
        qspans = list(zip(quotes[::2], quotes[1::2], strict=False))
        out: list[Pending] = []
        taken_until = -1
        k = 0
        while k < n:
            t = toks[k]
            w = _low(t)
            nxt = _low(toks[k + 1]) if k + 1 < n else ""
            # "…, while the army said …": a second speaker after a contrastive conjunction
            contrast = bool(out) and any(_low(toks[x]) in ("while", "whereas") for x in range(out[-1].cue + 1, k))
            if t.is_punct or (k <= taken_until and not contrast) or not self.is_cue(w, nxt, toks[k + 1:k + 6]) \
                    or any(a < k < b for a, b in qspans):
                k += 1
                continue
            p = self.read_verb(toks, k, qspans, sent_no)
            if p is not None:
                out.append(p)
                taken_until = n if p.content is not None and p.content > k else k
            k += 1
        # markers
        for k in range(n):
            m = self.marker_at(toks, k)
            if not m:
                continue
            np_ = self.np_fwd(toks, k + m, n)
            if np_ is None:
                continue
            a, b = np_
            # "according to a statement from the ministry"
            for x in range(a, b):
                if _low(toks[x]) in ("from", "by", "of") and x + 1 < b:
                    a = x + 1
            f = self.classify(toks, a, b, sent_no)
            if f is None:
                continue
            host = out[-1] if out else None
            if host is not None:
                if host.speaker.source.kind == "media" and f.source.kind != "media":
                    host.relay_channels.insert(0, host.speaker.source.as_channel())
                    host.speaker = f
                else:
                    ch = self.channel(toks, a, b)
                    host.relay_channels.append(ch or f.source.as_channel(kind="source"))
            else:
                p = Pending(cue=k, cue_end=k + m, verb=None, speaker=f, kind="marker")
                p.content = 0
                out.append(p)
        return [c for c in (self.finish(p, toks, sent_no, s0, s1, qspans) for p in out) if c is not None]

    def read_verb(self, toks, i, qspans, sent_no) -> Pending | None:
        n = len(toks)
        w = _low(toks[i])
        prev = [_low(x) for x in toks[max(0, i - 3):i]]
        negated = any(x in self.negs or x.endswith("n't") for x in prev)
        if w in self.rule_out:
            stance = "not_rule_out" if negated else "deny"
        elif w in self.deny_verbs:
            if negated:
                return None
            stance = "deny"
        else:
            if negated:
                return None
            stance = "assert"
        j = i - 1
        while j >= 0 and _low(toks[j]) in ("also", "reportedly", "widely", "repeatedly", "not", "never", "previously"):
            j -= 1
        if j >= 0 and _low(toks[j]) in ("was", "were", "been", "being", "be", "is", "are", "so"):
            return None  # passive or «so-called»: "the claims were dismissed by the court"
        p = Pending(cue=i, cue_end=i + (2 if w in self.rule_out else 1), verb=None, speaker=None, stance=stance)
        # subject: before the verb, or after it when the verb follows a quotation
        subj = None
        after_quote = i > 0 and (toks[i - 1].text in QUOTES or toks[i - 1].text == ","
                                 and i > 1 and toks[i - 2].text in QUOTES)
        k = p.cue_end
        if not after_quote:
            np_ = self.np_back(toks, i)
            if np_:
                subj = self.classify(toks, *np_, sent_no)
            elif i > 0 and _low(toks[i - 1]) in ("but", "and"):
                # "The Sudan Doctors Network put the toll at 47, but said …": the sentence's subject
                a0 = 0
                b0 = a0
                while b0 < i and (toks[b0].text[:1].isupper() or _low(toks[b0]) in DETS | {"of", "for", "and"}) \
                        and not toks[b0].is_punct:
                    b0 += 1
                if b0 > a0:
                    subj = self.classify(toks, a0, b0, sent_no)
        if subj is None:
            np_ = self.np_fwd(toks, k, n)
            if np_:
                subj = self.classify(toks, *np_, sent_no)
                if subj is not None:
                    k = np_[1]
        if subj is None:
            return None
        # channels and content after the verb
        relay_src = None
        while k < n:
            t = toks[k]
            lw = _low(t)
            nw = _low(toks[k + 1]) if k + 1 < n else ""
            timeish = lw in ("during", "last", "late", "early", "this", "yesterday", "today") or (
                lw in ("on", "in", "at") and (nw in TIME_WORDS or nw[:1].isdigit() or (k + 1 < n and toks[k + 1].text[:1].isupper())))
            if t.text in (",",) or timeish and not self.frame_here(toks, k):
                # skip a time phrase up to the next comma/that/quote
                stop = k + 1
                while stop < n and toks[stop].text not in (",", ":") and _low(toks[stop]) != "that" and toks[stop].text not in QUOTES:
                    stop += 1
                if t.text == ",":
                    stop = k + 1
                k = stop
                continue
            if lw == "that" or t.text in QUOTES or t.text == ":":
                p.content = k + (1 if t.text == ":" else 0)
                break
            if w in ("told", "tells") and p.channels == [] and k == p.cue_end:
                np_ = self.np_fwd(toks, k, n)
                if np_:
                    ch = self.channel(toks, *np_)
                    if ch:
                        p.channels.append(ch)
                    k = np_[1]
                    continue
            if self.frame_here(toks, k):
                ch, nxt = self.frame_channel(toks, k, n)
                if ch:
                    p.channels.append(ch)
                k = nxt
                continue
            if w in self.relay and relay_src is None:
                np_ = self.np_fwd(toks, k, n)
                if np_ and np_[1] < n and _low(toks[np_[1]]) == "as":
                    f = self.classify(toks, *np_, sent_no)
                    if f is not None:
                        relay_src = f
                        k = np_[1] + 1
                        if k < n and _low(toks[k]) == "saying":
                            k += 1
                        continue
            if stance != "assert" or w in ("warned", "accused", "alleged", "claimed", "confirmed", "announced", "revealed",
                                           "reported", "disclosed", "admitted", "acknowledged", "estimated", "posted",
                                           "wrote", "predicted", "cited", "denied"):
                p.content = k
                break
            if toks[k].is_punct:
                break
            p.content = k
            break
        if p.content is None and not after_quote and np_ and np_[0] > 1 and toks[np_[0] - 1].text == "," \
                and all(toks[x].is_punct or _low(toks[x]) in TIME_WORDS for x in range(p.cue_end, n)):
            p.content = 0  # "About 2,000 people have arrived …, local residents say."
        if after_quote:
            # the quotation before the verb is the content
            q = next(((a, b) for a, b in reversed(qspans) if b < i), None)
            if q:
                p.content = q[0]
        if p.content is None:
            if any(b < i for _a, b in qspans):
                p.content = next(a for a, b in qspans if b < i)
            else:
                return None
        # "In an interview with Sputnik, the minister said …": a channel given before the subject
        first = min(subj.start, i) if subj.end > subj.start else i
        for x in range(0, max(0, first - 1)):
            if self.frame_here(toks, x):
                ch, _nxt = self.frame_channel(toks, x, n)
                if ch is not None:
                    p.channels.insert(0, ch)
                break
        if relay_src is not None:
            p.relay_channels.insert(0, subj.source.as_channel())
            subj = relay_src
        p.speaker = subj
        return p

    def frame_here(self, toks, k) -> bool:
        words = [_low(t) for t in toks[k:k + 5]]
        return bool(words) and words[0] in ("in", "on", "via", "to", "during") and any(
            x in ("interview", "post", "channel", "account", "page", "website", "tweet", "statement", "posted",
                  "broadcaster", "television", "radio")
            or x in self.platforms for x in words[1:])

    def frame_channel(self, toks, k, n) -> tuple[Channel | None, int]:
        """"in an interview with X", "on his Telegram channel", "in a post on X"."""
        stop = k + 1
        while stop < n and toks[stop].text not in (",", ".") and _low(toks[stop]) != "that" and toks[stop].text not in QUOTES \
                and _low(toks[stop]) not in PRONOUNS:
            stop += 1
        words = [_low(t) for t in toks[k:stop]]
        if any(w in ("meeting", "call", "conference", "session") for w in words):
            return None, stop
        for x in range(k, stop):
            if toks[x].text.lower() in self.platforms:
                return Channel(text=toks[x].text, canonical=toks[x].text if toks[x].text != "X" else "X (Twitter)",
                               kind="site"), stop
        for x in range(k, stop):
            if _low(toks[x]) in ("with", "to", "on") and x + 1 < stop:
                ch = self.channel(toks, x + 1, stop)
                if ch:
                    ch.kind = "interview" if "interview" in words else "site"
                    return ch, stop
        return None, stop

    def finish(self, p: Pending, toks, sent_no, s0, s1, qspans) -> Claim | None:
        f = p.speaker
        if f is None:
            return None
        src = f.source if f.resolved else self.reg.add(f.source)
        via = not_self(merge_via(p.channels, src.via, p.relay_channels), src)
        src.via = merge_via(src.via, [c for c in p.channels + p.relay_channels if c.kind not in ("source", "site")])
        self.reg.spoke(src, sent_no)
        doc = self.doc
        if p.kind == "marker":
            c0 = s0
            content = doc.text[s0:toks[p.cue].start].strip(" ,")
        else:
            c0 = toks[p.content].start if p.content < len(toks) else s1
            content = doc.text[c0:s1] if c0 > toks[p.cue].start else doc.text[c0:toks[p.cue].start]
        stance = p.stance
        if stance == "assert":
            stance = self.content_stance(content)
        from marsad.document import Speaker

        sp = Speaker(text=src.text, kind=src.kind, mention=f.mention or None, canonical=src.canonical, id=src.id,
                     start=toks[f.start].start if f.end > f.start else None,
                     end=toks[f.end - 1].end if f.end > f.start else None)
        return Claim(start=s0, end=s1, evidence=doc.text[s0:s1], content=content.strip(" “”\"'"), speaker=sp, via=via,
                     stance=stance, cue=doc.text[toks[p.cue].start:toks[p.cue_end - 1].end],
                     cue_start=toks[p.cue].start, cue_end=toks[p.cue_end - 1].end, content_start=c0,
                     content_end=s1)

    _NRO = re.compile(r"\b(not|n't|never)\s+(be\s+)?rul(e|ed|ing)\s+out\b|\bnot\s+ruling\s+out\b", re.I)
    _DENY = re.compile(r"\b(no truth|baseless|not true|untrue|fabricated|false claims?|groundless)\b", re.I)
    _QNEG = re.compile(r"(^|[,;.]\s*)(we|i|they|he|she|it|there)\s+(did|do|does|have|has|had|are|is|was|were|will|would)"
                       r"(\s+not|n't)\b|(^|[,;.]\s*)(we|i|they)\s+never\b", re.I)

    def content_stance(self, content: str) -> str:
        if self._NRO.search(content):
            return "not_rule_out"
        if self._DENY.search(content):
            return "deny"
        for m in re.finditer(r"[“\"]([^”\"]+)[”\"]", content):
            if self._QNEG.search(m.group(1)) and not re.search(r"\bnot only\b", m.group(1), re.I):
                return "deny"
        return "assert"
