"""`marsad corpus` keeps its story index in the store and links only what is new."""
from __future__ import annotations

import copy

from marsad.corpus.commands import compute_corpus
from marsad.store import Store
from tests.corpus.records import AZ, KARABAKH, SYRIA, claim, fact, record


class FakeStore:
    def __init__(self, records):
        self.recs = records
        self.state = None
        self.corpus = None

    def records(self):
        return iter(copy.deepcopy(self.recs))

    def count(self):
        return len(self.recs)

    def save_corpus(self, c):
        self.corpus = c

    def save_corpus_state(self, b):
        self.state = b

    def load_corpus_state(self):
        return self.state


def _rec(i, value, published="2020-10-12"):
    ev = f"وقال المرصد السوري لحقوق الإنسان إن {value} مقاتلاً سورياً قتلوا في معارك كاراباخ إلى جانب أذربيجان."
    return record(f"a{i}", f"مقتل {value} مقاتلاً سورياً في كاراباخ", ev, [KARABAKH, AZ, SYRIA],
                  claims=[claim(ev, f"{value} مقاتلاً سورياً قتلوا", "المرصد السوري لحقوق الإنسان", "organization")],
                  facts=[fact(ev, value, "killed", 0)], published=published)


def test_state_is_kept_and_reused(monkeypatch):
    store = FakeStore([_rec(1, 72), _rec(2, 72)])
    first = compute_corpus(store)
    assert store.state and ["a1", "a2"] in first["stories"]
    calls = []
    import marsad.corpus as corpus_pkg
    real = corpus_pkg.features_of
    monkeypatch.setattr(corpus_pkg, "features_of", lambda recs, kb=None: calls.append(len(recs)) or real(recs, kb))
    store.recs.append(_rec(3, 72))
    second = compute_corpus(store)
    assert calls == [1]  # only the new article was embedded and linked
    assert ["a1", "a2", "a3"] in second["stories"]


def test_a_changed_article_is_linked_again(monkeypatch):
    store = FakeStore([_rec(1, 72), _rec(2, 72)])
    compute_corpus(store)
    store.recs[1] = _rec(2, 72, published="2021-06-01")  # re-analysed: another date
    calls = []
    import marsad.corpus as corpus_pkg
    real = corpus_pkg.features_of
    monkeypatch.setattr(corpus_pkg, "features_of", lambda recs, kb=None: calls.append(len(recs)) or real(recs, kb))
    c = compute_corpus(store)
    assert calls == [2]
    assert ["a1"] in c["stories"] and ["a2"] in c["stories"]


def test_store_keeps_the_state_bytes(tmp_path):
    store = Store.open(tmp_path / "s.db")
    assert store.load_corpus_state() is None
    store.save_corpus_state(b"\x00\x01state")
    store.save_corpus_state(b"\x00\x02state")
    assert store.load_corpus_state() == b"\x00\x02state"
