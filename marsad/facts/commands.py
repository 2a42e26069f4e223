"""`marsad facts`: the people counts, each with who stands behind it.

Rows follow ACLED's spirit — one event figure a row, with date, kind, figure, who, where,
and the source chain — so a conflict researcher can put 72 vs 81 vs 93 side by side in a
spreadsheet. CSV cells are neutralised against formula injection by the store's writer.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import typer

COLUMNS = ["date", "kind", "value", "vague", "approx", "qualifier", "who", "where", "speaker", "speaker_kind",
           "chain", "outlet", "published", "article", "title", "evidence"]
TABLE_COLUMNS = ["date", "kind", "figure", "who", "where", "speaker", "chain", "outlet", "article"]


def figure_text(f: dict[str, Any]) -> str:
    """«~4000», «>1200», «dozens»: the figure with its bound, for tables."""
    v = f.get("value")
    s = f"{v:,}" if isinstance(v, int) else (f.get("vague") or "")
    q = {"more_than": ">", "at_least": "≥", "less_than": "<", "up_to": "≤"}.get(f.get("qualifier") or "", "")
    return q + ("~" if f.get("approx") else "") + s


def fact_rows(records: Iterable[dict[str, Any]], kind: str | None = None) -> Iterator[dict[str, Any]]:
    """One flat row per fact of the records, with its claim's speaker and chain."""
    for rec in records:
        claims = rec.get("claims") or []
        outlet = rec.get("outlet") or {}
        for f in rec.get("facts") or []:
            if kind and f.get("kind") != kind:
                continue
            c = claims[f["claim"]] if isinstance(f.get("claim"), int) and 0 <= f["claim"] < len(claims) else None
            sp = (c or {}).get("speaker") or {}
            chain = [v.get("canonical") or v.get("text") or "" for v in (c or {}).get("via") or []]
            yield {
                "date": f.get("date") or rec.get("published"),
                "kind": f.get("kind"),
                "value": f.get("value"),
                "vague": f.get("vague"),
                "approx": bool(f.get("approx")),
                "qualifier": f.get("qualifier"),
                "figure": figure_text(f),
                "who": f.get("subject"),
                "where": f.get("place"),
                "speaker": sp.get("canonical") or sp.get("text"),
                "speaker_kind": sp.get("kind"),
                "chain": " ← ".join(x for x in chain if x),
                "outlet": outlet.get("name") if isinstance(outlet, dict) else outlet,
                "published": rec.get("published"),
                "article": rec.get("id"),
                "title": rec.get("title"),
                "evidence": f.get("evidence"),
            }


def _stored_records(db: str | None, doc: str | None, kind: str | None, outlet: str | None,
                    limit: int, offset: int) -> list[dict[str, Any]]:
    """Records holding the facts the store lists, each fact once, in the store's order."""
    from marsad.cli import open_store

    with open_store(db) as store:
        hits = store.facts(kind=kind, doc=doc, limit=limit, offset=offset, outlet=outlet)
        wanted: dict[str, set[int]] = {}
        for h in hits:
            wanted.setdefault(h["doc"], set()).add(h["index"])
        out = []
        for rec in store.records(ids=list(wanted)):
            keep = wanted[rec["id"]]
            rec = dict(rec)
            rec["facts"] = [f for i, f in enumerate(rec.get("facts") or []) if i in keep]
            out.append(rec)
    return out


def register(app: typer.Typer) -> None:
    from marsad.cli import DB_OPTION, FORMAT_OPTION, KB_OPTION, OUTPUT_OPTION

    @app.command("facts")
    def facts_cmd(
        inputs: list[str] = typer.Argument(None, help="Files, folders or URLs to analyse now (default: list the store)."),
        db: str | None = DB_OPTION,
        kb: str | None = KB_OPTION,
        kind: str | None = typer.Option(None, "--kind", help="killed | wounded | deployed | recruited | returned | "
                                                             "handed_over | detained | displaced | force_size | other"),
        doc: str | None = typer.Option(None, "--doc", help="Only this article."),
        outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet."),
        limit: int = typer.Option(1000, "--limit", "-n"),
        offset: int = typer.Option(0, "--offset"),
        fmt: str = FORMAT_OPTION,
        output: Path | None = OUTPUT_OPTION,
    ) -> None:
        """People counts (killed, sent, recruited …) with their speaker and chain of transmission."""
        from marsad.store.output import FORMATS, emit

        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
        if inputs:
            from marsad.api import analyze

            records = [d.to_record() for d in analyze(inputs, kb=kb)]
            if doc:
                records = [r for r in records if r["id"] == doc]
        else:
            records = _stored_records(db, doc, kind, outlet, limit, offset)
        rows = list(fact_rows(records, kind))[:limit] if inputs else list(fact_rows(records, kind))
        cols = TABLE_COLUMNS if fmt == "table" else COLUMNS
        n = emit(rows, fmt, output, columns=cols, title="facts")
        if output:
            typer.echo(f"wrote {n} facts to {output}", err=True)
