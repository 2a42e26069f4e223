"""HTML, JSON Lines, WARC and RSS/Atom inputs."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from marsad.ingest import RawPage, Skip, read_inputs

DATA = Path(__file__).parent / "data"


def sha16(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:16]


def items(*inputs, **kw) -> list[RawPage | Skip]:
    return list(read_inputs([str(i) for i in inputs], **kw))


# ---------------------------------------------------------------- HTML
def test_html_file_is_handed_on_whole():
    [page] = items(DATA / "article.html")
    assert page.format == "html" and page.text is None
    assert page.html == (DATA / "article.html").read_text(encoding="utf-8")
    assert page.id == "article"


def test_html_sniffed_without_extension_and_inside_txt(tmp_path):
    [page] = items(DATA / "page_without_extension")
    assert page.format == "html" and "وزارة الصحة" in page.html
    f = tmp_path / "saved.txt"
    f.write_text("<!DOCTYPE html>\n<html><body><p>بيان للجيش الليبي</p></body></html>", encoding="utf-8")
    assert items(f)[0].format == "html"


def test_text_starting_with_a_bracket_stays_text(tmp_path):
    f = tmp_path / "video"
    f.write_text("[فيديو] لحظة سقوط صاروخ في كييف\n\nنشرت وسائل إعلام أوكرانية مقطعاً مصوراً.", encoding="utf-8")
    [page] = items(f)
    assert page.format == "txt" and page.text.startswith("[فيديو]")


# ---------------------------------------------------------------- JSON Lines
def test_jsonl_fields_and_ids():
    got = items(DATA / "articles.jsonl")
    assert [type(x) for x in got] == [RawPage] * 3
    a, b, c = got
    assert a.id == "sdn-001" and a.format == "txt"
    assert (a.url, a.outlet, a.published, a.crawled, a.title) == (
        "https://example.org/sudan/el-fasher", "Sudan Tribune", "2024-05-12", "2024-05-13T08:00:00Z", "اشتباكات في الفاشر")
    assert a.text.startswith("اشتباكات في الفاشر\n\nقالت مصادر")
    assert a.meta["section"] == "أفريقيا"
    assert b.id == sha16("https://example.org/yemen/hodeidah")  # no id: hash of the URL
    assert b.format == "html" and b.text is None and "ميناء الحديدة" in b.html
    assert c.id == sha16(c.text) and c.url is None  # neither: hash of the content


def test_jsonl_bad_lines_are_skipped_and_the_rest_goes_on():
    got = items(DATA / "bad.jsonl")
    assert [x.id for x in got if isinstance(x, RawPage)] == ["ok-1", "ok-2"]
    reasons = {x.source.rsplit(":", 1)[-1].split()[0]: x.reason for x in got if isinstance(x, Skip)}
    assert reasons["2"].startswith("not JSON: line 2")
    assert reasons["3"] == "no text: neither html nor text"
    assert reasons["5"] == "not an article object: a JSON list"


def test_jsonl_broken_html_falls_back_to_text(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "m1", "html": "<html><body></body></html>", "text": "نص المقال كما استخرجه الزاحف"}\n'
                 '{"id": "m2", "html": "<html><body></body></html>"}\n', encoding="utf-8")
    page, skip = items(f)
    assert page.id == "m1" and page.format == "txt" and page.text == "نص المقال كما استخرجه الزاحف"
    assert skip.reason == "broken HTML: no text in the page" and "m2" in skip.source


def test_jsonl_sniffed_without_extension(tmp_path):
    f = tmp_path / "export"
    f.write_bytes((DATA / "articles.jsonl").read_bytes())
    assert [x.id for x in items(f)][0] == "sdn-001"


def test_json_array_file(tmp_path):
    f = tmp_path / "two.json"
    f.write_text('[{"id": "j1", "text": "خبر أول عن ليبيا"}, {"id": "j2", "text": "خبر ثان عن اليمن"}]', encoding="utf-8")
    assert [x.id for x in items(f)] == ["j1", "j2"]


def test_jsonl_line_over_limit_is_skipped_alone(tmp_path):
    f = tmp_path / "big.jsonl"
    long = "نص " * 5000
    f.write_text('{"id": "small", "text": "خبر قصير"}\n'
                 f'{{"id": "large", "text": "{long}"}}\n'
                 '{"id": "after", "text": "خبر بعد السطر الطويل"}\n', encoding="utf-8")
    got = items(f, max_bytes=10_000)
    assert [x.id for x in got if isinstance(x, RawPage)] == ["small", "after"]
    [skip] = [x for x in got if isinstance(x, Skip)]
    assert skip.reason.startswith("too large: line 2")


# ---------------------------------------------------------------- WARC
@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False), ("crawl-no-extension", True)])
def test_warc_responses_become_pages_and_other_records_skips(tmp_path, warc, name, gzip):
    f = tmp_path / name
    warc.write(f, gzip)
    got = items(f)
    pages = [x for x in got if isinstance(x, RawPage)]
    assert [(p.url, p.format, p.crawled) for p in pages] == [
        ("https://news.example.com/ua/kharkiv", "html", "2024-02-20T12:00:00Z"),
        ("https://news.example.com/ly/talks.txt", "txt", "2024-02-21T06:30:00Z"),
    ]
    assert pages[0].html == warc.html and pages[0].id == sha16("https://news.example.com/ua/kharkiv")
    assert pages[1].text == warc.text
    reasons = [x.reason for x in got if isinstance(x, Skip)]
    assert reasons == ["not a response: WARC warcinfo record", "not a response: WARC request record",
                       "not text: image/png", "HTTP error: 404 Not Found", "not a response: WARC metadata record"]


def test_warc_record_over_limit_is_skipped_alone(tmp_path, warc):
    f = tmp_path / "crawl.warc.gz"
    warc.write(f, gzip=True)
    got = items(f, max_bytes=len(warc.html.encode()) - 1)  # the HTML payload is one byte too big
    assert [x.url for x in got if isinstance(x, RawPage)] == ["https://news.example.com/ly/talks.txt"]
    assert any(isinstance(x, Skip) and x.reason.startswith("too large") and x.source.endswith("/ua/kharkiv")
               for x in got)


def test_truncated_warc_keeps_what_was_read(tmp_path, warc):
    f = tmp_path / "cut.warc"
    warc.write(f, gzip=False)
    data = f.read_bytes()
    cut = data.index(b"ly/talks.txt")  # inside the second response's headers
    f.write_bytes(data[:cut + 200])
    got = items(f, tmp_path / "nothing-after")
    assert any(isinstance(x, RawPage) and x.url.endswith("/ua/kharkiv") for x in got)
    assert isinstance(got[-1], Skip) and got[-1].reason.startswith("not found")  # the batch went on


def test_truncated_warc_gz_keeps_records_before_the_cut(tmp_path, warc):
    f = tmp_path / "cut.warc.gz"
    warc.write(f, gzip=True)
    data = f.read_bytes()
    f.write_bytes(data[: len(data) * 2 // 3])
    got = items(f)
    assert [x.url for x in got if isinstance(x, RawPage)][0] == "https://news.example.com/ua/kharkiv"
    assert got[-1].reason.startswith("corrupt gzip: Compressed file ended")


# ---------------------------------------------------------------- feeds
def test_rss_items_from_content_or_summary():
    a, b = items(DATA / "feed.rss", fetch=False)
    assert a.url == "https://news.example.net/iraq/baghdad-blast" and a.id == sha16(a.url)
    assert a.published == "2024-04-02T14:05:00Z" and a.title == "انفجار في بغداد"
    assert a.text == ("انفجار في بغداد\n\nقالت مصادر أمنية عراقية إن خمسة أشخاص قتلوا وأصيب نحو عشرين آخرين "
                      "في انفجار سيارة مفخخة في حي الكرادة وسط بغداد.\nولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.")
    assert a.meta["feed_title"] == "وكالة الأنباء العربية" and a.outlet == "وكالة الأنباء العربية"
    assert b.text == "مالي: هجوم على قاعدة عسكرية\n\nهاجم مسلحون قاعدة عسكرية في وسط مالي."
    assert b.meta["feed_text_from"] == "summary"


def test_atom_entry():
    [e] = items(DATA / "feed.atom", fetch=False)
    assert e.url == "https://observatory.example.com/gaza/khan-younis"
    assert e.published == "2024-06-01T09:15:00Z"
    assert e.text == "غزة: قصف على خان يونس\n\nأفاد الدفاع المدني في غزة بمقتل 7 أشخاص في قصف على خان يونس."


def test_feed_sniffed_from_xml_extension(tmp_path):
    f = tmp_path / "rss.xml"
    f.write_bytes((DATA / "feed.rss").read_bytes())
    assert len([x for x in items(f, fetch=False) if isinstance(x, RawPage)]) == 2


def test_gzipped_text_file(tmp_path):
    import gzip

    f = tmp_path / "story.txt.gz"
    f.write_bytes(gzip.compress("العراق: انتخابات محلية\n\nأدلى الناخبون بأصواتهم.".encode()))
    [p] = items(f)
    assert p.id == "story" and p.text.startswith("العراق: انتخابات محلية")
