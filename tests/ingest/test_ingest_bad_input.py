"""Bad inputs: each becomes a Skip with a clear reason, and the batch goes on."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from marsad.ingest import RawPage, Skip, read_inputs

GOOD = "الجيش السوداني يستعيد السيطرة على جسر\n\nقال متحدث باسم الجيش إن قواته استعادت السيطرة على الجسر."


def batch(tmp_path: Path, name: str, data: bytes, **kw) -> tuple[list[RawPage], list[Skip]]:
    """A folder with the bad file between two good ones."""
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    (tmp_path / "z_good.txt").write_text(GOOD, encoding="utf-8")
    got = list(read_inputs([str(tmp_path)], **kw))
    pages = [x for x in got if isinstance(x, RawPage)]
    skips = [x for x in got if isinstance(x, Skip)]
    assert [p.id for p in pages] == ["a_good", "z_good"], got
    return pages, skips


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", GOOD)
    return buf.getvalue()


@pytest.mark.parametrize("name,data,reason", [
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 100, "binary: JPEG image"),
    ("chart.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary: PNG image"),
    ("archive.zip", _zip(), "binary: ZIP archive (or DOCX/XLSX/EPUB)"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary: PDF document"),
    ("mystery.txt", "نص".encode() + b"\x00\x01\x02\x00" * 50, "binary: NUL bytes"),
    ("empty.txt", b"", "empty: no content"),
])
def test_binary_and_empty_files(tmp_path, name, data, reason):
    _, skips = batch(tmp_path, name, data)
    assert [(Path(s.source).name, s.reason) for s in skips] == [(name, reason)]


def test_whitespace_only_file(tmp_path):
    _, [skip] = batch(tmp_path, "blank.txt", b"  \n\n \t\n")
    assert skip.reason.startswith("empty")


def test_undecodable_file(tmp_path):
    import random

    rnd = random.Random(3)
    _, [skip] = batch(tmp_path, "mojibake.txt", bytes(rnd.randrange(1, 256) for _ in range(4000)))
    assert skip.reason.startswith("undecodable")


def test_file_over_size_limit(tmp_path):
    big = ("سطر من مقال طويل جداً عن الحرب في السودان.\n" * 400).encode()
    _, [skip] = batch(tmp_path, "huge.txt", big, max_bytes=5_000)
    assert skip.reason.startswith("too large") and "5000" in skip.reason


def test_gzip_over_size_limit_when_uncompressed(tmp_path):
    import gzip

    big = gzip.compress(("نص " * 100_000).encode())
    _, [skip] = batch(tmp_path, "bomb.txt.gz", big, max_bytes=50_000)
    assert skip.reason.startswith("too large")


@pytest.mark.parametrize("html", [
    "<html><head><script>var x = 1;</script><style>p{}</style></head><body></body></html>",
    "<!DOCTYPE html><html><head><title></title>",
    "<html>",
    "<html><body><p>&nbsp;</p><!-- تعليق فقط --></body></html>",
])
def test_broken_html(tmp_path, html):
    _, [skip] = batch(tmp_path, "broken.html", html.encode())
    assert skip.reason.startswith("broken HTML")


def test_truncated_html_with_text_is_kept(tmp_path):
    f = tmp_path / "cut.html"
    f.write_text("<html><body><p>قال إن 5 < 6 وأعلنت وزارة الدفاع الروسية أن قواتها أسقطت", encoding="utf-8")
    [page] = read_inputs([str(f)])
    assert isinstance(page, RawPage) and page.format == "html"


def test_file_that_is_not_a_warc(tmp_path):
    _, [skip] = batch(tmp_path, "crawl.warc", "ليس ملف أرشيف".encode())
    assert skip.reason == "not a WARC file: no WARC/ header"


def test_xml_that_is_not_a_feed(tmp_path):
    _, [skip] = batch(tmp_path, "sitemap.xml",
                      b'<?xml version="1.0"?><urlset><url><loc>https://x.example/a</loc></url></urlset>')
    assert skip.reason.startswith("unsupported XML")


def test_reading_error_inside_a_reader_becomes_a_skip(tmp_path, monkeypatch):
    import marsad.ingest.dispatch as dispatch

    def explode(*a, **k):
        raise RuntimeError("lxml fell over")

    monkeypatch.setattr(dispatch, "html_page", explode)
    _, [skip] = batch(tmp_path, "page.html", "<html><body><p>نص</p></body></html>".encode())
    assert skip.reason == "error: RuntimeError: lxml fell over"
