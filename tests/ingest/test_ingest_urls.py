"""URL inputs and feed links, fetched from a loopback server (see conftest.py)."""
from __future__ import annotations

import hashlib

import httpx

from marsad.ingest import RawPage, Skip, read_inputs


def sha16(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:16]


def one(url: str, **kw) -> RawPage | Skip:
    [item] = list(read_inputs([url], **kw))
    return item


def test_html_page(server):
    url = f"{server}/article.html"
    page = one(url)
    assert isinstance(page, RawPage) and page.format == "html"
    assert "منطقة موبتي" in page.html
    assert page.url == url and page.id == sha16(url)
    assert page.crawled and page.crawled.endswith("Z")  # fetch date: reference for relative dates


def test_charset_from_http_header(server):
    page = one(f"{server}/plain-cp1256")
    assert page.format == "txt"
    assert page.text.startswith("السودان: نزوح آلاف الأسر من ود مدني\n\n")


def test_redirect_keeps_id_of_given_url_and_final_url(server):
    page = one(f"{server}/redirect")
    assert page.id == sha16(f"{server}/redirect") and page.url == f"{server}/article.html"


def test_http_error_and_non_text(server):
    assert one(f"{server}/missing").reason == "HTTP error: 404 Not Found"
    assert one(f"{server}/image.png").reason == "not text: image/png"


def test_timeout_waiting_for_response(server):
    item = one(f"{server}/slow", timeout=0.5)
    assert isinstance(item, Skip) and item.reason == "timeout: no complete response within 0.5 s"


def test_timeout_bounds_the_whole_download(server):
    item = one(f"{server}/trickle", timeout=0.3)
    assert isinstance(item, Skip) and item.reason == "timeout: no complete response within 0.3 s"
    assert isinstance(one(f"{server}/trickle", timeout=10), RawPage)  # the same page, given time


def test_over_size_response_stopped_while_streaming(server):
    item = one(f"{server}/huge", max_bytes=100_000)
    assert isinstance(item, Skip) and item.reason == "too large: more than 100000 bytes"
    item = one(f"{server}/huge-declared", max_bytes=100_000)
    assert item.reason == "too large: 50000000 bytes > limit 100000"


def test_fetch_off(server):
    assert one(f"{server}/article.html", fetch=False).reason == "not fetched: fetching is off"


def test_unreachable_host_is_a_skip_and_batch_goes_on(server, tmp_path):
    f = tmp_path / "ok.txt"
    f.write_text("خبر\n\nنص الخبر", encoding="utf-8")
    got = list(read_inputs(["http://127.0.0.1:9/closed", str(f)], timeout=2))
    assert isinstance(got[0], Skip) and got[0].reason.startswith("fetch failed")
    assert isinstance(got[1], RawPage)


def test_feed_url_fetches_links_of_short_items_only(server, server_hits):
    server_hits.clear()
    a, b, c = read_inputs([f"{server}/feed.xml"])
    # a teaser: its link was fetched and the page analysed, with the item's title and date
    assert a.format == "html" and "منطقة موبتي" in a.html
    assert (a.url, a.title, a.published) == (f"{server}/article.html", "هجوم على قاعدة في مالي", "2024-04-03T07:00:00Z")
    assert a.id == sha16(f"{server}/article.html") and a.outlet == "أخبار الساحل" and a.crawled
    assert a.meta["feed_summary"] == "هاجم مسلحون قاعدة في مالي."
    # full content in the feed: no fetch
    assert b.format == "txt" and b.text.startswith("تقرير مطول\n\nفقرة رقم 0 من تقرير مطول")
    assert "/never-fetched" not in server_hits
    # a dead link: the summary is kept, the failure noted
    assert c.text == "خبر محذوف\n\nنص قصير عن خبر حذف من الموقع."
    assert c.meta["fetch_error"] == "HTTP error: 404 Not Found"
    assert server_hits == ["/feed.xml", "/article.html", "/missing"]


def test_feed_file_links_fetched_only_when_fetch_is_on(server, server_hits, tmp_path):
    f = tmp_path / "sahel.rss"
    f.write_bytes(httpx.get(f"{server}/feed.xml").content)
    server_hits.clear()
    off = list(read_inputs([str(f)], fetch=False))
    assert server_hits == [] and off[0].text == "هجوم على قاعدة في مالي\n\nهاجم مسلحون قاعدة في مالي."
    on = list(read_inputs([str(f)]))
    assert server_hits == ["/article.html", "/missing"] and on[0].format == "html"


def test_warc_gz_served_as_octet_stream(server, httpd_of, tmp_path, warc):
    f = tmp_path / "c.warc.gz"
    warc.write(f, gzip=True)
    httpd_of.warc_bytes = f.read_bytes()
    got = [x for x in read_inputs([f"{server}/crawl.warc.gz"]) if isinstance(x, RawPage)]
    assert [p.url for p in got] == ["https://news.example.com/ua/kharkiv", "https://news.example.com/ly/talks.txt"]
