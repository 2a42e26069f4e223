"""Batches through the real pipeline: re-runs, pipeline versions, --force, near-copies across a batch."""
from __future__ import annotations

import shutil

import pytest

import marsad.pipeline
from marsad.store import Store
from marsad.store.batch import Summary, run


def _run(inputs, store, **kw) -> Summary:
    s = Summary()
    for o in run([str(i) for i in inputs], store=store, **kw):
        s.add(o)
    return s


@pytest.fixture
def sqlite_store(tmp_path):
    s = Store.open(tmp_path / "b.db")
    yield s
    s.close()


def test_rerun_changes_nothing(store, samples):
    """On SQLite and PostgreSQL: the second run analyses nothing and rewrites nothing."""
    first = _run([samples], store)
    assert (first.analysed, first.unchanged, first.exit_code()) == (5, 0, 0)
    before = {r["id"]: r for r in store.records()}
    second = _run([samples], store)
    assert (second.analysed, second.unchanged) == (0, 5)
    assert {r["id"]: r for r in store.records()} == before  # same analysed_at: nothing rewritten
    assert store.count() == 5
    hits = store.search("المرتزقة")  # the Arabic search works on what the pipeline stored
    assert hits and all("مرتزق" in h["snippet"] for h in hits)


def test_older_pipeline_version_is_reanalysed(sqlite_store, samples, monkeypatch):
    monkeypatch.setattr(marsad.pipeline, "pipeline_version", lambda: "0.0.0+old")
    assert _run([samples], sqlite_store).analysed == 5
    assert set(sqlite_store.stats()["pipeline_versions"]) == {"0.0.0+old"}
    monkeypatch.undo()
    again = _run([samples], sqlite_store)
    assert (again.analysed, again.unchanged) == (5, 0)
    assert set(sqlite_store.stats()["pipeline_versions"]) == {marsad.pipeline.pipeline_version()}
    assert _run([samples], sqlite_store, force=True).analysed == 5
    assert sqlite_store.count() == 5


def test_near_copy_in_batch_is_linked_and_still_analysed(tmp_path, sqlite_store, samples):
    src = sorted(samples.glob("*.txt"))[1]
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(src, d / "a_original.txt")
    text = src.read_text(encoding="utf-8")
    edited = text.replace("مقاتلين", "مسلحين", 1).replace("الخارجية", "وزارة الخارجية", 1)
    assert edited != text
    (d / "b_republished.txt").write_text("نقلاً عن موقع آخر\n" + edited, encoding="utf-8")
    s = _run([d], sqlite_store)
    assert s.analysed == 2 and s.duplicates == 1
    rec = sqlite_store.get("b_republished")
    assert rec["duplicate_of"] == "a_original" and rec["body"]
    assert sqlite_store.get("a_original")["duplicate_of"] is None


def test_batch_without_store_links_near_copies(tmp_path, samples):
    src = sorted(samples.glob("*.txt"))[4]
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(src, d / "x1.txt")
    shutil.copy(src, d / "x2.txt")
    outs = list(run([str(d)], store=None))
    assert [o.record["duplicate_of"] for o in outs] == [None, "x1"]


def test_parallel_workers_give_the_same_records(tmp_path, samples):
    a = Store.open(tmp_path / "serial.db")
    b = Store.open(tmp_path / "parallel.db")
    _run([samples], a)
    s = _run([samples], b, workers=2)
    assert s.analysed == 5
    strip = lambda r: {k: v for k, v in r.items() if k != "analysed_at"}  # noqa: E731
    assert [strip(r) for r in a.records()] == [strip(r) for r in b.records()]
