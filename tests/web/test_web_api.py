"""The REST API over the fake store (hand-written records) and over the samples in a real store."""
from __future__ import annotations

import re

from webfake import TOKEN


def test_openapi_describes_the_api(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/claims", "/api/facts",
                 "/api/stories", "/api/claim-groups", "/api/conflicts", "/api/search", "/api/graph"):
        assert path in spec["paths"], path
    assert not any(p.startswith("/articles") for p in spec["paths"])  # pages stay out of the API description


def test_articles_are_paged(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next"] == 2
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert len(rest["items"]) == 1 and rest["next"] is None
    ids = [a["id"] for a in first["items"] + rest["items"]]
    assert sorted(ids) == ["ar-karabakh", "en-karabakh", "xss-article"]
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422


def test_one_article_is_the_record(client):
    rec = client.get("/api/articles/ar-karabakh").json()
    assert rec["claims"][0]["speaker"]["canonical"] == "Syrian Observatory for Human Rights"
    assert rec["facts"][1]["approx"] is True and rec["facts"][1]["value"] == 1500
    assert client.get("/api/articles/nope").status_code == 404


def test_claim_filters(client):
    deny = client.get("/api/claims", params={"stance": "deny"}).json()["items"]
    assert {c["speaker"]["text"] for c in deny} == {"الرئيس الأذربيجاني إلهام علييف", "Recep Tayyip Erdogan", "البيان <script>window.__xss=1</script>"}
    by = client.get("/api/claims", params={"speaker": "علييف"}).json()["items"]
    assert [c["stance"] for c in by] == ["deny"] and by[0]["doc"] == "ar-karabakh" and by[0]["index"] == 3
    text = client.get("/api/claims", params={"text": "غازي عنتاب"}).json()["items"]
    assert [c["index"] for c in text] == [2]
    assert client.get("/api/claims", params={"stance": "maybe"}).status_code == 422


def test_corpus_endpoints(client):
    stories = client.get("/api/stories").json()["items"]
    assert [s["ids"] for s in stories] == [["ar-karabakh"], ["en-karabakh"], ["xss-article"]]
    conflicts = client.get("/api/conflicts").json()["items"]
    assert [g["kind"] for g in conflicts] == ["numeric", "stance", "stance"]
    board = client.get("/api/claim-groups/0").json()
    assert [k for k, _ in board["columns"]] == ["72", "81"]
    line = client.get("/api/storylines/0").json()
    assert [a["id"] for a in line["articles"]] == ["ar-karabakh", "en-karabakh"]
    assert {b["group"]["kind"] for b in line["boards"]} == {"numeric", "stance"}
    assert client.get("/api/stories/99").status_code == 404


def test_search_entities_facts_graph(client):
    hits = client.get("/api/search", params={"q": "كاراباخ"}).json()["items"]
    assert {h["id"] for h in hits} == {"ar-karabakh"}
    ents = client.get("/api/entities", params={"type": "LOC"}).json()["items"]
    assert ents[0]["type"] == "LOC" and {"Q43", "Q227"} <= {e["id"] for e in ents}
    assert client.get("/api/entities/Q151283").json()["canonical"] == "Ilham Aliyev"
    facts = client.get("/api/facts", params={"kind": "killed"}).json()["items"]
    assert sorted(f["value"] for f in facts) == [12, 72, 81]
    g = client.get("/api/graph").json()
    assert g["nodes"] and g["edges"]


def test_security_headers_everywhere(client):
    for url in ("/", "/api/articles", "/static/app.js", "/api/articles/nope"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert h["x-content-type-options"] == "nosniff"


# ---------------------------------------------------------------- the samples, analysed by the pipeline
def test_demo_articles_and_records(demo_client):
    items = demo_client.get("/api/articles", params={"limit": 50}).json()["items"]
    ids = {a["id"] for a in items}
    assert {"000_845ca8f044a526e3", "004_a94d7b27e4d57284", "hostile_page"} <= ids
    rec = demo_client.get("/api/articles/001_dcf2b09758fc48a3").json()
    assert "كاراباخ" in rec["title"] and rec["body"]


def test_demo_arabic_search_folds_spelling(demo_client):
    # «كاراباخ» is written with and without the «ناغورنو» and in clitic forms: search finds both Karabakh articles
    hits = {h["id"] for h in demo_client.get("/api/search", params={"q": "كاراباخ"}).json()["items"]}
    assert {"001_dcf2b09758fc48a3", "004_a94d7b27e4d57284"} <= hits
    hamza = {h["id"] for h in demo_client.get("/api/search", params={"q": "اذربيجان"}).json()["items"]}
    assert {"001_dcf2b09758fc48a3", "004_a94d7b27e4d57284"} <= hamza


def test_demo_pages_render(demo_client):
    for a in demo_client.get("/api/articles", params={"limit": 50}).json()["items"]:
        r = demo_client.get(f"/articles/{a['id']}")
        assert r.status_code == 200
        assert re.search(r'<html dir="(rtl|ltr)" lang="\w+">', r.text)
    for url in ("/", "/claims", "/graph", "/entities", "/search?q=مقاتلين"):
        assert demo_client.get(url).status_code == 200, url


def test_api_ingest_needs_the_token(client, client_no_token, fake):
    text = "موسكو تحذر\n\nقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع بقلق."
    assert client_no_token.post("/api/ingest", json={"text": text}).status_code == 404
    assert client.post("/api/ingest", json={"text": text}).status_code == 401
    assert client.post("/api/ingest", json={"text": text}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/ingest", json={"text": text}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json()["problems"] == []
    (new_id,) = r.json()["ids"]
    stored = fake.get(new_id)
    assert "بيسكوف" in (stored["title"] or "") + stored["body"]
