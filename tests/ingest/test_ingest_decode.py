"""Encodings of Arabic pages: every one that can be decoded comes back exactly."""
from __future__ import annotations

import pytest

from marsad.ingest import RawPage, Skip, read_inputs
from marsad.ingest.decode import Undecodable, decode

ARTICLE = (
    "مقتل 72 شخصاً في قصف على مدينة حمص\n\n"
    "قال مصدر طبي في المستشفى الوطني إن حصيلة القصف الذي استهدف سوقاً شعبية ارتفعت إلى 72 قتيلاً، "
    "بينما تحدثت وسائل إعلام محلية عن 81 قتيلاً.\n"
    "وأضاف المصدر أن عشرات الجرحى نقلوا إلى مستشفيات المدينة، وأن بعضهم في حالة حرجة.\n"
)
SHORT = "قتل ثلاثة مدنيين في درعا"


def read_one(path) -> RawPage | Skip:
    [item] = list(read_inputs([str(path)]))
    return item


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom",
                                      "cp1256", "iso8859-6"])
@pytest.mark.parametrize("text", [ARTICLE, SHORT], ids=["article", "headline"])
def test_round_trip(tmp_path, encoding, text):
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    f = tmp_path / f"page-{encoding}.txt"
    f.write_bytes(data)
    page = read_one(f)
    assert isinstance(page, RawPage), page
    assert page.text == text


def test_cp1256_and_iso8859_6_are_told_apart():
    text, enc = decode(ARTICLE.encode("cp1256"))
    assert (text, enc) == (ARTICLE, "cp1256")
    text, enc = decode(ARTICLE.encode("iso8859-6"))
    assert (text, enc) == (ARTICLE, "iso8859-6")


def test_declared_html_charset_is_used(tmp_path):
    html = f'<html><head><meta charset="windows-1256"><title>{SHORT}</title></head><body><p>{SHORT}</p></body></html>'
    f = tmp_path / "legacy.html"
    f.write_bytes(html.encode("cp1256"))
    page = read_one(f)
    assert page.format == "html" and page.html == html
    assert page.meta["encoding"] == "cp1256"


def test_utf8_wins_over_a_stale_declaration(tmp_path):
    html = f'<html><head><meta charset="windows-1256"></head><body><p>{SHORT}</p></body></html>'
    f = tmp_path / "moved.html"
    f.write_bytes(html.encode("utf-8"))
    assert read_one(f).html == html


def test_english_latin1_page(tmp_path):
    text = "Café owners in Aleppo said “at least 72 people” were killed – the ministry gave 81.\n"
    f = tmp_path / "en.txt"
    f.write_bytes(text.encode("cp1252"))
    assert read_one(f).text == text


def test_undecodable_bytes_are_skipped_with_reason(tmp_path):
    import random

    rnd = random.Random(7)
    f = tmp_path / "garbage.txt"
    f.write_bytes(bytes(rnd.randrange(1, 256) for _ in range(3000)))
    item = read_one(f)
    assert isinstance(item, Skip) and item.reason.startswith("undecodable")
    with pytest.raises(Undecodable):
        decode(f.read_bytes())
