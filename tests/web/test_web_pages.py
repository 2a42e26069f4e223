"""The server-rendered pages: direction, highlighting, escaping of hostile text, the ingest form."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from webfake import TOKEN


def test_home_is_rtl_with_conflicts_stories_and_search(client):
    html = client.get("/").text
    assert '<html dir="rtl" lang="ar">' in html
    assert 'action="/search"' in html
    assert 'href="/groups/0"' in html and "72 / 81" in html  # the open numeric conflict and its figures
    assert 'href="/storylines/0"' in html and 'href="/articles/ar-karabakh"' in html


def test_english_article_is_ltr_and_arabic_one_rtl(client):
    assert '<html dir="ltr" lang="en">' in client.get("/articles/en-karabakh").text
    assert '<html dir="rtl" lang="ar">' in client.get("/articles/ar-karabakh").text


def test_reader_highlights_claims_with_their_chain(client):
    html = client.get("/articles/ar-karabakh").text
    claim = re.search(r'<span class="claim stance-assert" id="claim-1".*?<span class="chain-tip" role="tooltip">(.*?)</span></span></span>', html, re.S)
    assert claim, "claim 1 is not wrapped"
    tip = claim.group(1)
    assert tip.index("مصدر عسكري") < tip.index("وكالة سبوتنيك") < tip.index("Enab Baladi")  # speaker → agency → outlet
    assert 'class="claim stance-deny" id="claim-3"' in html
    assert '<mark class="fig" title="~1500 deployed"' in html
    assert 'data-entity="Q151283"' in html
    assert 'id="removed"' in html and "subscription appeal" in html  # the removed boilerplate, with reasons


def test_claim_explorer_filters(client):
    html = client.get("/claims", params={"stance": "deny"}).text
    assert "Recep Tayyip Erdogan" in html and "مصدر عسكري" not in html
    html = client.get("/claims", params={"outlet": "Levant Monitor"}).text
    assert "Syria&#39;s ambassador to Moscow" in html and "علييف" not in html
    assert '<option value="deny" selected>' in client.get("/claims?stance=deny").text


def test_story_page_shows_the_conflict_board(client):
    html = client.get("/storylines/0").text
    board = html[html.index('id="board"'):]
    assert board.index('class="board conflict-numeric"') < board.index('class="board conflict-stance"')
    figures = re.findall(r'<span class="figure" dir="ltr">(\d+)</span>', board)
    assert figures == ["72", "81"]
    assert "2020-10-30" in board and "2020-11-03" in board
    assert 'المصادر الأصلية المستقلة: <b class="indep">2</b>' in board


def test_graph_and_entity_pages(client):
    html = client.get("/graph").text
    assert '<svg id="graph"' in html and 'data-node="Q1373681"' in html and 'class="edge edge-cites"' in html
    html = client.get("/entities/Q151283").text
    assert 'id="claims-by"' in html and "وجود أي مرتزقة سوريين في بلاده" in html
    assert '<image href="/map/world.svg"' in html and 'class="pin' in html  # places of his articles on the map
    assert client.get("/entities/nope").status_code == 404
    svg = client.get("/map/world.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml") and svg.text.count("<path") > 150


def test_search_page_in_arabic(client):
    html = client.get("/search", params={"q": "كاراباخ"}).text
    assert 'href="/articles/ar-karabakh"' in html and 'value="كاراباخ"' in html
    assert "<mark>كاراباخ</mark>" in html  # the query word marked in the snippet


class _Tags(HTMLParser):
    """Every tag and attribute the browser will see (what escaping must keep article text out of)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _check_markup(html: str, where: str) -> None:
    for tag, attrs in _Tags(html).tags:
        assert tag not in ("iframe", "object", "embed", "img", "style"), (where, tag)
        if tag == "script":
            assert attrs == {"src": "/static/app.js", "defer": None}, (where, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on") and name not in ("style", "srcdoc"), (where, tag, name)
            if name in ("href", "src", "action", "xlink:href"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:text")), (where, value)


def test_hostile_article_is_escaped_everywhere(client):
    for url in ("/articles/xss-article", "/", "/claims", "/stories/2", "/groups/2", "/graph", "/entities",
                "/search?q=" + "<script>window.__xss=1</script>", "/claims?speaker=<img src=x onerror=alert(1)>"):
        _check_markup(client.get(url).text, url)
    html = client.get("/articles/xss-article").text
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html  # shown as text


def test_no_inline_script_or_style_in_templates(client):
    for url in ("/", "/articles/ar-karabakh", "/claims", "/storylines/0", "/graph", "/entities/Q43", "/ingest"):
        _check_markup(client.get(url).text, url)


def test_ingest_is_off_without_a_token(client_no_token):
    assert client_no_token.get("/ingest").status_code == 404
    assert client_no_token.post("/ingest", data={"text": "نص", "token": ""}).status_code == 404
    assert 'href="/ingest"' not in client_no_token.get("/").text


def test_ingest_form_needs_the_token(client, fake):
    assert 'href="/ingest"' in client.get("/").text
    form = client.get("/ingest").text
    assert 'name="token"' in form and 'enctype="multipart/form-data"' in form
    text = "انفجار في حلب\n\nقال الدفاع المدني السوري إن انفجاراً في مدينة حلب أسفر عن مقتل 5 مدنيين."
    bad = client.post("/ingest", data={"text": text, "token": "guess"})
    assert bad.status_code == 401 and len(fake.upserted) == 0
    ok = client.post("/ingest", data={"text": text, "token": TOKEN}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == f"/articles/{fake.upserted[0]}"


def test_ingest_upload_files(client, fake):
    files = [("files", ("a.txt", "غارة على إدلب\n\nقال المرصد السوري إن غارة على إدلب أسفرت عن مقتل 3 أشخاص.".encode(), "text/plain")),
             ("files", ("b.txt", "قصف على درعا\n\nأفادت مصادر محلية بسقوط قذائف على درعا.".encode(), "text/plain"))]
    r = client.post("/ingest", data={"token": TOKEN}, files=files)
    assert r.status_code == 200 and len(fake.upserted) == 2
    for i in fake.upserted:
        assert f'href="/articles/{i}"' in r.text
