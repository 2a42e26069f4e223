"""Writing listings in the formats every command offers: a Rich table, JSON Lines or CSV.

CSV cells that begin with = + - @ (or a tab / carriage return) are prefixed with an
apostrophe: a spreadsheet would otherwise run them as formulas (CSV injection, OWASP).
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

FORMATS = ("table", "jsonl", "csv")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> str:
    """A CSV cell that a spreadsheet shows as text, never evaluates."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    s = str(value)
    return "'" + s if s.startswith(_FORMULA) else s


def cell(value: Any) -> str:
    """A short readable cell for tables: dicts by their name, lists joined."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("name") or value.get("text") or value.get("canonical") or json.dumps(value, ensure_ascii=False))
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return str(value)


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str] | None = None) -> int:
    rows = list(rows)
    if columns is None:
        columns = list(dict.fromkeys(k for r in rows for k in r))
    w = csv.writer(out)
    w.writerow([csv_safe(c) for c in columns])
    for r in rows:
        w.writerow([csv_safe(r.get(c)) for c in columns])
    return len(rows)


def emit(rows: Iterable[dict[str, Any]], fmt: str = "table", output: str | Path | None = None,
         columns: Sequence[str] | None = None, title: str | None = None) -> int:
    """Write `rows` as a table (terminal), JSON Lines or CSV, to `output` or stdout; returns the row count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    rows = list(rows)
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        cols = list(columns) if columns else list(dict.fromkeys(k for r in rows for k in r))
        table = Table(title=title, show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[Text(_clip(cell(r.get(c)))) for c in cols])  # Text: article text is never markup
        if output:
            with open(output, "w", encoding="utf-8") as f:
                Console(file=f, width=200).print(table)
        else:
            Console().print(table)
        return len(rows)
    buf: TextIO
    if output:
        buf = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    else:
        buf = io.StringIO() if fmt == "csv" else sys.stdout
    try:
        if fmt == "jsonl":
            n = write_jsonl(rows, buf)
        else:
            n = write_csv(rows, buf, columns)
            if not output:
                sys.stdout.write(buf.getvalue())
    finally:
        if output:
            buf.close()
    return n


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
