"""Listings: CSV cells never run as spreadsheet formulas; JSON Lines keep Arabic as is."""
from __future__ import annotations

import csv
import io
import json

import pytest

from marsad.store.output import csv_safe, emit, write_csv


@pytest.mark.parametrize("cell,expected", [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+972 5", "'+972 5"), ("-1", "'-1"), ("@user", "'@user"),
    ("\t=1", "'\t=1"), ("قال المرصد", "قال المرصد"), (None, ""), (93, "93"),
])
def test_csv_safe(cell, expected):
    assert csv_safe(cell) == expected


def test_csv_rows_and_nested_values():
    buf = io.StringIO()
    write_csv([{"id": "a", "via": [{"text": "سبوتنيك"}], "title": "=cmd"}], buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["title"] == "'=cmd" and json.loads(rows[0]["via"]) == [{"text": "سبوتنيك"}]


def test_emit_jsonl_and_table(tmp_path, capsys):
    out = tmp_path / "x.jsonl"
    assert emit([{"id": "a", "title": "مقتل 93 مقاتلاً"}], "jsonl", out) == 1
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "مقتل 93 مقاتلاً"
    emit([{"id": "a", "title": "[bold]مقتل[/bold] <b>"}], "table", columns=["id", "title"])
    assert "[bold]مقتل[/bold] <b>" in capsys.readouterr().out  # printed literally: no Rich markup
    with pytest.raises(ValueError):
        emit([], "xml")
