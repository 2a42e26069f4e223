"""The Store API on SQLite and on a real PostgreSQL server (fixture `store` runs each test on both)."""
from __future__ import annotations

from store_helpers import BODY_A, doc_a, doc_b, make_doc

from marsad.store import Store

V1 = "test-1"


def test_upsert_get_records(store: Store):
    rec = store.upsert(doc_a(), V1)
    assert rec["id"] == "a" and rec["pipeline_version"] == V1
    got = store.get("a")
    assert got["title"] == "المرصد: 93 قتيلاً سورياً في كاراباخ"
    assert got["body"].startswith("أعلن المرصد السوري")
    assert [c["stance"] for c in got["claims"]] == ["assert", "deny"]
    assert got["facts"][0]["value"] == 400
    assert store.get("nope") is None
    store.upsert(doc_b(), V1)
    assert [r["id"] for r in store.records()] == ["a", "b"]
    assert [r["id"] for r in store.records(ids=["b", "missing", "a"])] == ["b", "a"]
    assert store.status("a")[0] == V1


def test_reupsert_replaces_layers(store: Store):
    store.upsert(doc_a(), V1)
    store.upsert(doc_a(), "test-2")
    assert len(store.claims(doc="a")) == 2
    assert len(store.facts(doc="a")) == 1
    assert store.count() == 1
    assert store.status("a")[0] == "test-2"
    st = store.stats()
    assert st["articles"] == 1 and st["claims"] == 2 and st["mentions"] == 4


def test_search_normalised_arabic(store: Store):
    store.upsert(doc_a(), V1)
    store.upsert(doc_b(), V1)
    # hamza and ta-marbuta variants, diacritics and clitics on the query all find the article
    assert [h["id"] for h in store.search("اذربيجان")] == ["a"]
    assert [h["id"] for h in store.search("بأذرَبيجان")] == ["a"]
    assert [h["id"] for h in store.search("والشجاعيه")] == ["b"]
    assert [h["id"] for h in store.search("وزارة")] == ["a", "b"] or {h["id"] for h in store.search("وزارة")} == {"a", "b"}
    hit = store.search("معبر حوار كلس")[0]
    assert hit["id"] == "a" and "حوار كلس" in hit["snippet"]
    assert store.search("موسكو") == []
    assert store.search("...") == []
    assert [a["id"] for a in store.articles(q="الشجاعية")] == ["b"]


def test_near_duplicates_link_to_original(store: Store):
    store.upsert(doc_a("orig"), V1)
    store.upsert(doc_b("other"), V1)
    edited = BODY_A.replace("400", "450").replace("الماضي.", "المنصرم.", 1)
    near = make_doc("copy", "المرصد: 93 قتيلاً سورياً في كاراباخ", edited)
    rec = store.upsert(near, V1)
    assert rec["duplicate_of"] == "orig"
    # a copy of the copy still points at the original, and an exact copy under a new id is linked too
    assert store.upsert(make_doc("copy2", "عنوان آخر", edited), V1)["duplicate_of"] == "orig"
    assert store.upsert(doc_a("exact"), V1)["duplicate_of"] == "orig"
    # unrelated articles are not linked, and re-storing the original does not link it to its copies
    assert store.get("other")["duplicate_of"] is None
    assert store.upsert(doc_a("orig"), "test-2")["duplicate_of"] is None
    assert store.stats()["duplicates"] == 3


def test_claims_facts_entities_filters(store: Store):
    store.upsert(doc_a(), V1)
    store.upsert(doc_b(), V1)
    assert [c["index"] for c in store.claims(stance="deny")] == [1]
    deny = store.claims(stance="deny")[0]
    assert deny["doc"] == "a" and deny["outlet"] == "Enab Baladi" and deny["title"].startswith("المرصد")
    assert len(store.claims(speaker="رامي عبد الرحمن")) == 1
    assert len(store.claims(speaker="Q1502717")) == 1
    assert len(store.claims(speaker="الاناضول")) == 1  # the channel of the chain is searchable too
    assert len(store.claims(text="جثث القتلى")) == 1
    assert len(store.claims(entity="Q227")) == 1  # Azerbaijan is in the denial's evidence
    assert len(store.claims(entity="Azerbaijan")) == 1
    assert store.claims(outlet="Al Jazeera") == []
    assert len(store.claims(outlet="enab baladi")) == 2
    assert store.claims(entity="no such thing") == []
    assert [f["value"] for f in store.facts(kind="wounded")] == [120]
    assert store.facts(doc="b")[0]["outlet"] == "Al Jazeera"
    ents = store.entities()
    assert {e["id"] for e in ents} >= {"Q2376574", "Q227", "~ORG:وزاره الصحه"}
    assert [e["id"] for e in store.entities(type="PER")] == ["Q7289452"]
    assert [e["id"] for e in store.entities(q="رامي")] == ["Q7289452"]
    one = store.entity("Q227")
    assert one["canonical"] == "Azerbaijan" and one["mentions"][0]["doc"] == "a" and one["n_articles"] == 1
    assert store.entity("Q0") is None


def test_articles_listing_and_stats(store: Store):
    store.upsert(doc_a(), V1)
    store.upsert(doc_b(), V1)
    rows = store.articles()
    assert [r["id"] for r in rows] == ["b", "a"]  # newest publication first
    assert rows[1]["n_claims"] == 2 and rows[1]["n_entities"] == 4 and rows[1]["n_facts"] == 1
    assert [r["id"] for r in store.articles(outlet="Al Jazeera")] == ["b"]
    assert [r["id"] for r in store.articles(limit=1, offset=1)] == ["a"]
    st = store.stats()
    assert st["articles"] == 2 and st["facts"] == 2 and dict(st["outlets"]) == {"Enab Baladi": 1, "Al Jazeera": 1}
    assert st["corpus"] is None


def test_corpus_and_skips(store: Store):
    assert store.load_corpus() is None
    store.save_corpus({"stories": [["a", "b"]], "claim_groups": [{"members": [], "conflict": {"kind": "numeric"}}]})
    store.save_corpus({"stories": [["a"], ["b"]], "storylines": [], "claim_groups": []})
    assert store.load_corpus()["stories"] == [["a"], ["b"]]
    assert store.stats()["corpus"]["stories"] == 2
    store.log_skip("x.bin", "binary: not text")
    assert store.skips()[0]["reason"] == "binary: not text"


def test_delete(store: Store):
    store.upsert(doc_a(), V1)
    assert store.delete("a") and store.get("a") is None and store.search("كلس") == []
    assert store.claims() == [] and not store.delete("a")


def test_reopen_migrated_store(tmp_path):
    from sqlalchemy import text

    from marsad.store.store import _head_revision

    p = tmp_path / "x.db"
    Store.open(p).upsert(doc_a(), V1)
    s = Store.open(p)  # second open: migrations already at head, data kept
    with s.engine.connect() as c:
        assert c.execute(text("select version_num from alembic_version")).scalar() == _head_revision()
    assert s.get("a")["id"] == "a"


def test_database_url():
    from marsad.store import database_url

    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("x.db").startswith("sqlite:////") and database_url("x.db").endswith("/x.db")
    assert database_url("sqlite:///rel.db") == "sqlite:///rel.db"


def test_nul_characters_are_stored(store: Store):
    """Scraped text can carry NUL bytes, which PostgreSQL text refuses; the article is stored anyway."""
    body = "قال مصدر محلي إن القصف استهدف\x00 السوق الشعبي في المدينة صباح اليوم وأدى إلى سقوط ضحايا بين المدنيين."
    rec = store.upsert(make_doc("nul", "قصف السوق", body, entities=[("السوق الشعبي", "LOC", None, None)]), V1)
    got = store.get("nul")
    assert got["body"].replace("\x00", "\ufffd") == rec["body"].replace("\x00", "\ufffd")
    assert len(got["body"]) == len(body)  # one character for one: offsets still hold
    assert [h["id"] for h in store.search("السوق")] == ["nul"]
