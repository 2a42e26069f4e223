"""`marsad entities` on files analysed on the spot, and its argument checks."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli import app


def test_entities_command_lists_linked_entities(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("موسكو تحذر\n\nقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تراقب الوضع في سوريا.\n",
                   encoding="utf-8")
    out = tmp_path / "e.jsonl"
    r = CliRunner().invoke(app, ["entities", str(art), "-f", "jsonl", "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    names = {row["canonical"] for row in rows}
    assert "Moscow" in names and "Syria" in names
    assert all(row["n_articles"] == 1 for row in rows)


def test_entities_command_rejects_an_unknown_type(tmp_path):
    r = CliRunner().invoke(app, ["entities", "--db", str(tmp_path / "x.db"), "--type", "XYZ"])
    assert r.exit_code == 1
