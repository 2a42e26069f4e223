"""Bytes → text: BOMs, declared charsets, UTF-8, then charset-normalizer.

Arabic news sites still serve Windows-1256 and ISO-8859-6 pages, and Windows editors save
UTF-16 with a BOM. Detection is asked first among the encodings such pages really use,
because on short Arabic texts an unrestricted detector picks exotic code pages (ISO-8859-6
bytes read as Thai cp874); only when none of them fits is the whole registry tried.
Binary content is recognised first so it is reported as binary, not as "undecodable".
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Encodings of Arabic and English news pages, tried first (charset-normalizer names).
LIKELY_ENCODINGS = ["utf_8", "cp1256", "iso8859_6", "cp1252", "latin_1", "utf_16", "utf_32"]

_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Magic numbers of formats that are never articles (the reason names the format).
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
]

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


class Undecodable(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def binary_kind(head: bytes) -> str | None:
    """Why `head` (the first bytes of an input) is binary, or None if it may be text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return None  # NUL bytes are expected there
    if b"\x00" in head[:8192]:
        return "NUL bytes"
    return None


def declared_charset(head: bytes) -> str | None:
    """Charset declared in an HTML `<meta>` or an XML declaration within the first bytes."""
    m = _XML_DECL.match(head.lstrip()) or _DECLARED.search(head[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding used. Raises `Undecodable`.

    Order: BOM; strict UTF-8; a charset the source declared (HTTP header, `<meta>`), if it
    decodes cleanly; charset-normalizer among likely encodings; then among all.
    """
    enc = bom_encoding(data)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as e:
            raise Undecodable(f"invalid {enc} after its byte-order mark") from e
    # Strict UTF-8 first: bytes that decode as UTF-8 are UTF-8 whatever a stale template
    # declares (pages moved to UTF-8 often keep `<meta charset="windows-1256">`).
    for cand in ("utf-8", declared) if declared else ("utf-8",):
        try:
            return data.decode(cand), _canonical(cand)
        except (UnicodeDecodeError, LookupError):
            continue
    for isolation in (LIKELY_ENCODINGS, None):
        best = from_bytes(data, cp_isolation=isolation).best()
        if best is not None:
            return str(best), _canonical(best.encoding)
    raise Undecodable("no text encoding fits these bytes")


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def universal_newlines(text: str) -> str:
    """CRLF and CR → LF, as Python's text mode does, so lines split the same everywhere."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
