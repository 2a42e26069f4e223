"""CSV cells that a spreadsheet would run as formulas are neutralised."""
from __future__ import annotations

import csv
import io

from marsad.export import safe_cell, write_csv


def test_formula_cells_are_neutralised():
    for bad in ("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1"):
        assert safe_cell(bad).startswith("'")
    assert safe_cell("مقتل 93 مقاتلاً") == "مقتل 93 مقاتلاً"
    assert safe_cell(93) == 93


def test_write_csv_round_trip():
    buf = io.StringIO()
    write_csv([{"a": "=cmd", "b": ["x", "y"]}], buf, ["a", "b"])
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows == [{"a": "'=cmd", "b": '["x", "y"]'}]
