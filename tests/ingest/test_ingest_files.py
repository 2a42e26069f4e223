"""Files, folders, globs, stdin and ids."""
from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

from marsad.ingest import RawPage, Skip, read_inputs

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parents[2] / "marsad" / "data" / "samples"


def pages(inputs, **kw) -> list[RawPage]:
    return [x for x in read_inputs([str(i) for i in inputs], **kw) if isinstance(x, RawPage)]


def skips(inputs, **kw) -> list[Skip]:
    return [x for x in read_inputs([str(i) for i in inputs], **kw) if isinstance(x, Skip)]


def sha16(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:16]


def test_bundled_samples_read_verbatim_with_stem_ids():
    got = list(read_inputs([str(SAMPLES)]))
    assert [p.id for p in got] == sorted(p.stem for p in SAMPLES.glob("*.txt"))  # README.md is not an article
    for p in got:
        assert p.format == "txt" and p.html is None
        assert p.text == Path(p.source_path).read_text(encoding="utf-8")


def test_duplicate_stems_in_two_folders_get_relative_paths(tmp_path):
    (tmp_path / "2023").mkdir()
    (tmp_path / "2024").mkdir()
    (tmp_path / "2023" / "report.txt").write_text("تقرير ٢٠٢٣\n\nقتل 72 شخصاً في الهجوم.", encoding="utf-8")
    (tmp_path / "2024" / "report.txt").write_text("تقرير ٢٠٢٤\n\nقتل 93 شخصاً في الهجوم.", encoding="utf-8")
    (tmp_path / "2024" / "unique.txt").write_text("خبر وحيد\n\nنص الخبر.", encoding="utf-8")
    ids = {p.id: p.text.split("\n")[0] for p in pages([tmp_path])}
    assert ids == {"2023/report": "تقرير ٢٠٢٣", "2024/report": "تقرير ٢٠٢٤", "unique": "خبر وحيد"}
    # stable: same ids on a second run
    assert sorted(p.id for p in pages([tmp_path])) == sorted(ids)


def test_duplicate_stems_across_separate_folder_inputs_stay_distinct(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "item.txt").write_text(f"خبر من {d}\n\nنص.", encoding="utf-8")
    got = pages([tmp_path / "a", tmp_path / "b"])
    assert len({p.id for p in got}) == 2
    assert all("item" in p.id for p in got)


def test_same_stem_different_extension_in_one_folder(tmp_path):
    (tmp_path / "x.txt").write_text("عنوان\n\nنص عادي.", encoding="utf-8")
    (tmp_path / "x.html").write_text("<html><body><p>نص الصفحة</p></body></html>", encoding="utf-8")
    assert sorted(p.id for p in pages([tmp_path])) == ["x.html", "x.txt"]


def test_glob_and_recursive_glob(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("أ\n\nنص أ", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>نص ب</p></body></html>", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("ج\n\nنص ج", encoding="utf-8")
    assert [p.id for p in pages([f"{tmp_path}/*.txt"])] == ["a"]
    assert [p.id for p in pages([f"{tmp_path}/**/*.txt"])] == ["a", "c"]
    assert [s.reason for s in skips([f"{tmp_path}/*.pdf"])] == ["no match: no files match this pattern"]


def test_a_file_given_twice_is_read_once(tmp_path):
    f = tmp_path / "once.txt"
    f.write_text("مرة\n\nنص", encoding="utf-8")
    assert [p.id for p in pages([f, f, tmp_path])] == ["once"]


def test_missing_input_is_a_skip_and_the_rest_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("خبر\n\nنص", encoding="utf-8")
    got = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "ok.txt")]))
    assert isinstance(got[0], Skip) and got[0].reason.startswith("not found")
    assert isinstance(got[1], RawPage) and got[1].id == "ok"


def test_stdin_text_gets_content_hash_id(monkeypatch):
    text = "عاجل: زلزال في المغرب\n\nقالت وزارة الداخلية المغربية إن الزلزال أودى بحياة أكثر من ألفي شخص."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    [page] = pages(["-"])
    assert page.text == text and page.format == "txt"
    assert page.id == sha16(text)


def test_stdin_jsonl_and_cp1256(monkeypatch):
    lines = (DATA / "articles.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert [p.id for p in pages(["-"])][0] == "sdn-001"
    text = "تونس: احتجاجات في صفاقس\n\nخرج مئات المحتجين إلى شوارع صفاقس."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1256"))))
    assert pages(["-"])[0].text == text


def test_crlf_becomes_lf(tmp_path):
    (tmp_path / "win.txt").write_bytes("عنوان\r\n\r\nسطر أول\r\nسطر ثان".encode())
    assert pages([tmp_path / "win.txt"])[0].text == "عنوان\n\nسطر أول\nسطر ثان"


def test_reference_date_passed_on_when_no_crawl_date(tmp_path):
    (tmp_path / "a.txt").write_text("اليوم الجمعة\n\nنص", encoding="utf-8")
    [p] = pages([tmp_path / "a.txt"], reference_date="2020-11-01")
    assert p.crawled is None and p.meta["reference_date"] == "2020-11-01"
