"""A loopback HTTP server (127.0.0.1 only) for the URL and feed-link tests, and a WARC writer."""
from __future__ import annotations

import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE_HTML = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>هجوم على قاعدة في مالي</title></head>
<body><article><h1>هجوم على قاعدة في مالي</h1>
<p>قال الجيش المالي في بيان إن مسلحين هاجموا قاعدة عسكرية في منطقة موبتي وسط البلاد فجر الأربعاء.</p>
<p>وأضاف البيان أن عشرات المهاجمين قتلوا في الاشتباكات التي استمرت ساعات.</p></article></body></html>"""

PLAIN_CP1256 = "السودان: نزوح آلاف الأسر من ود مدني\n\nقالت المنظمة الدولية للهجرة إن أكثر من 50 ألف شخص نزحوا من ود مدني."


def feed_xml(base: str) -> str:
    long_body = "".join(f"<p>فقرة رقم {i} من تقرير مطول عن المعارك في شمال إثيوبيا وتداعياتها الإنسانية على السكان.</p>"
                        for i in range(12))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>أخبار الساحل</title><link>{base}/</link><description>أخبار</description>
<item><title>هجوم على قاعدة في مالي</title><link>{base}/article.html</link>
<pubDate>Wed, 03 Apr 2024 07:00:00 GMT</pubDate><description>هاجم مسلحون قاعدة في مالي.</description></item>
<item><title>تقرير مطول</title><link>{base}/never-fetched</link>
<pubDate>Thu, 04 Apr 2024 07:00:00 GMT</pubDate><content:encoded><![CDATA[{long_body}]]></content:encoded></item>
<item><title>خبر محذوف</title><link>{base}/missing</link>
<pubDate>Fri, 05 Apr 2024 07:00:00 GMT</pubDate><description>نص قصير عن خبر حذف من الموقع.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's API
        Handler.hits.append(self.path)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/article.html":
            self._send(ARTICLE_HTML.encode(), "text/html; charset=utf-8")
        elif self.path == "/plain-cp1256":
            self._send(PLAIN_CP1256.encode("cp1256"), "text/plain; charset=windows-1256")
        elif self.path == "/feed.xml":
            self._send(feed_xml(base).encode(), "application/rss+xml")
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/crawl.warc.gz":
            self._send(self.server.warc_bytes, "application/octet-stream")
        elif self.path == "/image.png":
            self._send(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(ARTICLE_HTML.encode(), "text/html")
        elif self.path == "/trickle":
            # each byte arrives within the read timeout, the whole page does not
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            for _ in range(8):
                self.wfile.write("خبر ".encode())
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/huge":  # no Content-Length: only counting while streaming catches it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            chunk = ("نص طويل جدا " * 1000).encode()
            for _ in range(50):
                self.wfile.write(chunk)
        elif self.path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "50000000")
            self.end_headers()
            self.wfile.write(b"<html>")
        else:
            self._send("غير موجود".encode(), "text/plain; charset=utf-8", status=404)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    warc_bytes = b""  # set by a test that serves a crawl

    def handle_error(self, request, client_address) -> None:
        pass  # clients that time out or stop reading close the socket: expected here


@pytest.fixture(scope="session")
def server():
    """Base URL of a threaded HTTP server on 127.0.0.1 with a random free port."""
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _SERVERS[base] = httpd
    yield base
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def httpd_of(server):
    """The running server object (to set what it serves)."""
    return _SERVERS[server]


_SERVERS: dict[str, QuietServer] = {}


@pytest.fixture
def server_hits() -> list[str]:
    """Paths the loopback server was asked for (clear it first)."""
    return Handler.hits


# ---------------------------------------------------------------- a WARC crawl
WARC_HTML = "<html><head><title>قصف في خاركيف</title></head><body><p>قالت السلطات الأوكرانية إن 4 أشخاص قتلوا في قصف روسي على خاركيف.</p></body></html>"
WARC_TEXT = "بيان\n\nأعلنت بعثة الأمم المتحدة في ليبيا استئناف المحادثات."


def write_warc(path: Path, gzip: bool) -> None:
    """A small crawl: warcinfo, request, HTML and cp1256 text responses, an image, a 404, metadata."""
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "marsad-tests"}))

        def response(uri, body: bytes, ctype: str, status="200 OK", date="2024-02-20T12:00:00Z"):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                                warc_headers_dict={"WARC-Date": date}))

        req = StatusAndHeaders("GET /ua/kharkiv HTTP/1.1", [("Host", "news.example.com")], is_http_request=True)
        w.write_record(w.create_warc_record("https://news.example.com/ua/kharkiv", "request",
                                            payload=io.BytesIO(b""), http_headers=req))
        response("https://news.example.com/ua/kharkiv", WARC_HTML.encode(), "text/html; charset=utf-8")
        response("https://news.example.com/ly/talks.txt", WARC_TEXT.encode("cp1256"), "text/plain; charset=windows-1256",
                 date="2024-02-21T06:30:00Z")
        response("https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "image/png")
        response("https://news.example.com/gone", b"not here", "text/html", status="404 Not Found")
        w.write_record(w.create_warc_record("https://news.example.com/ua/kharkiv", "metadata",
                                            payload=io.BytesIO(b"outlinks: none"),
                                            warc_content_type="application/warc-fields"))


@pytest.fixture
def warc() -> SimpleNamespace:
    return SimpleNamespace(write=write_warc, html=WARC_HTML, text=WARC_TEXT)
