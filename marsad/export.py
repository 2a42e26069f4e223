"""Writing listings to CSV and JSON Lines safely.

Article text is untrusted: a CSV cell that starts with = + - @ (or a tab / carriage
return) would run as a formula in a spreadsheet, so it is prefixed with a quote.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Neutralise a spreadsheet formula; lists and dicts become JSON text first."""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, fields: Sequence[str]) -> int:
    w = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    w.writeheader()
    n = 0
    for r in rows:
        w.writerow({k: safe_cell(r.get(k)) for k in fields})
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n
