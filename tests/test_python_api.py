"""The README's Python example runs as written (from the project root, like a user after `make demo`)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import marsad

ROOT = Path(__file__).resolve().parent.parent


def readme_python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_example_runs(capsys, monkeypatch):
    blocks = readme_python_blocks()
    assert blocks, "README.md has no python example"
    monkeypatch.chdir(ROOT)
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102 - our own README
    out = capsys.readouterr().out
    assert "5 articles;" in out and "articles in the store" in out


def test_analyze_without_store_returns_documents():
    docs = marsad.analyze(ROOT / "marsad" / "data" / "samples")
    assert [d.id for d in docs] == sorted(p.stem for p in (ROOT / "marsad/data/samples").glob("*.txt"))
    assert all(d.text.startswith(d.title or "") and d.body for d in docs)


def test_analyze_with_store_then_rebuilds_stored_documents(tmp_path):
    db = tmp_path / "api.db"
    first = marsad.analyze([ROOT / "marsad" / "data" / "samples"], db=db)
    again = marsad.analyze([str(ROOT / "marsad" / "data" / "samples")], db=str(db))  # already stored: from records
    assert [d.id for d in again] == [d.id for d in first]
    assert [d.title for d in again] == [d.title for d in first]
    assert [len(d.claims) for d in again] == [len(d.claims) for d in first]
    with marsad.open(db) as store:
        assert store.count() == 5


def test_open_uses_marsad_db_env(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "env.db"))
    with marsad.open() as store:
        assert store.url.endswith("env.db")
    assert os.path.exists(tmp_path / "env.db")
