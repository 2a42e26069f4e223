"""The command line end to end: analyse the bundled samples, bad inputs, a killed batch, the listings."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import Store

ROOT = Path(__file__).resolve().parent.parent
MARSAD = [sys.executable, "-m", "marsad.cli"]
runner = CliRunner()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The samples analysed once, in this process (so later runs see the same pipeline version)."""
    d = tmp_path_factory.mktemp("demo")
    db, out = d / "demo.db", d / "demo.jsonl"
    res = runner.invoke(app, ["analyze", str(ROOT / "marsad/data/samples"), "--db", str(db), "--jsonl", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return db, out


def test_analyze_samples_end_to_end(tmp_path):
    """The real command, as a user runs it: a fresh process, exit 0, one record per sample."""
    out = tmp_path / "demo.jsonl"
    p = subprocess.run([*MARSAD, "analyze", str(ROOT / "marsad/data/samples"), "--db", str(tmp_path / "demo.db"),
                        "--jsonl", str(out), "--quiet"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert p.returncode == 0, p.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in recs) == sorted(f.stem for f in (ROOT / "marsad/data/samples").glob("*.txt"))
    for r in recs:
        assert {"id", "title", "outlet", "published", "body", "entities", "claims", "facts", "duplicate_of"} <= set(r)
        assert r["body"]
    assert "analysed" in p.stdout and "5" in p.stdout


def test_rerun_writes_every_record_and_changes_nothing(demo, tmp_path):
    db, _ = demo
    before = {r["id"]: r["analysed_at"] for r in Store.open(db).records()}
    out = tmp_path / "again.jsonl"
    res = runner.invoke(app, ["analyze", str(ROOT / "marsad/data/samples"), "--db", str(db), "--jsonl", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5  # already stored: still one record each
    assert "unchanged" in res.output
    assert {r["id"]: r["analysed_at"] for r in Store.open(db).records()} == before


def test_show_search_summary_export(demo, tmp_path):
    db, out = demo
    rid = json.loads(out.read_text(encoding="utf-8").splitlines()[1])["id"]
    res = runner.invoke(app, ["show", rid, "--db", str(db), "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.output)["id"] == rid
    res = runner.invoke(app, ["show", rid, "--db", str(db)])
    assert res.exit_code == 0 and rid in res.output
    assert runner.invoke(app, ["show", "no-such-id", "--db", str(db)]).exit_code == 1
    res = runner.invoke(app, ["search", "كاراباخ", "--db", str(db), "--format", "jsonl"])
    hits = [json.loads(line) for line in res.output.splitlines()]
    assert res.exit_code == 0 and all("كاراباخ" in h["snippet"] for h in hits)
    assert {h["id"] for h in hits} == {"001_dcf2b09758fc48a3", "004_a94d7b27e4d57284"}  # the two that name it
    res = runner.invoke(app, ["summary", "--db", str(db)])
    assert res.exit_code == 0 and "articles" in res.output
    res = runner.invoke(app, ["summary", "--db", str(db), "--format", "json"])
    assert json.loads(res.output)["articles"] == 5
    exp = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "--output", str(exp)]).exit_code == 0
    assert len(exp.read_text(encoding="utf-8").splitlines()) == 5
    res = runner.invoke(app, ["articles", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(res.output.splitlines()))
    assert res.exit_code == 0 and len(rows) == 5 and "n_claims" in rows[0]
    assert runner.invoke(app, ["search", "x", "--db", str(db), "--format", "xml"]).exit_code != 0


def test_csv_export_neutralises_formulas(tmp_path):
    sys.path.insert(0, str(ROOT / "tests" / "store"))
    from store_helpers import make_doc

    s = Store.open(tmp_path / "f.db")
    body = "=HYPERLINK(\"http://evil\") خبر عاجل عن القصف في المدينة والقرى المجاورة له صباح اليوم"
    s.upsert(make_doc("f1", "+cmd|' /C calc'!A0", body, outlet="@outlet"), "v")
    out = tmp_path / "a.csv"
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "f.db"), "--format", "csv", "--what", "articles",
                              "--output", str(out)])
    assert res.exit_code == 0, res.output
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert row["title"].startswith("'+") and row["outlet"] == "'@outlet"


def test_partial_batch_exits_2_and_says_why(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    sample = sorted((ROOT / "marsad/data/samples").glob("*.txt"))[0]
    (d / sample.name).write_bytes(sample.read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "image.txt").write_bytes(bytes(range(256)) * 20)
    out = tmp_path / "o.jsonl"
    p = subprocess.run([*MARSAD, "analyze", str(d), "--db", str(tmp_path / "p.db"), "--jsonl", str(out), "-q"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 2, p.stdout + p.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert "empty.txt" in p.stdout and "image.txt" in p.stdout
    assert len(Store.open(tmp_path / "p.db").skips()) == 2


def test_nothing_readable_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = runner.invoke(app, ["analyze", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "e.db"), "-q"])
    assert res.exit_code == 1


def test_bad_reference_date_is_an_error(tmp_path):
    p = subprocess.run([*MARSAD, "analyze", str(ROOT / "marsad/data/samples"), "--db", str(tmp_path / "r.db"),
                        "--reference-date", "30/10/2020"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 1 and "reference-date" in p.stderr


def test_killed_batch_loses_nothing_and_rerun_finishes(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synth import build

    n = 14
    build(tmp_path / "in", n, seed=3, html_share=0.0, english_share=0.0)
    db = tmp_path / "k.db"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([*MARSAD, "analyze", str(tmp_path / "in"), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    stored = 0
    try:
        deadline = time.time() + 240
        while time.time() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    stored = Store.open(db, migrate=False).count()
                except Exception:  # noqa: BLE001 - the schema may not exist yet
                    stored = 0
                if stored >= 2:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    s = Store.open(db)
    kept = s.count()
    assert 2 <= kept < n
    res = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    ids = s.ids()
    assert len(ids) == len(set(ids)) == n
    st = s.stats()
    assert st["claims"] == sum(r["n_claims"] for r in s.articles(limit=n))  # no claim rows left twice
    assert st["facts"] == sum(r["n_facts"] for r in s.articles(limit=n))
