"""`marsad entities`: the people, organisations and places of the store (or of files analysed now).

One row per linked entity with how many articles mention it and under which surface forms,
so an analyst sees at once that «أردوغان» and «أدروغان» were counted as one Erdoğan. With
`--kb-entry ID` the knowledge-base entry itself is shown (aliases, relations).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import typer

COLUMNS = ["id", "canonical", "type", "subtype", "n_articles", "mentions"]


def entity_rows(records: Iterable[dict[str, Any]], type_: str | None = None, q: str | None = None) -> list[dict[str, Any]]:
    """Entities of analysis records aggregated by id, most widely mentioned first."""
    from marsad.text.normalize import fold

    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in records:
        for e in rec.get("entities") or []:
            if type_ and e.get("type") != type_:
                continue
            k = (e.get("id") or e.get("text"), e.get("type"))
            row = rows.setdefault(k, {"id": e.get("id"), "canonical": e.get("canonical"), "type": e.get("type"),
                                      "subtype": e.get("subtype"), "n_articles": 0, "mentions": [], "_docs": set()})
            if rec.get("id") not in row["_docs"]:
                row["_docs"].add(rec.get("id"))
                row["n_articles"] += 1
            for m in e.get("mentions") or [e.get("text")]:
                if m and m not in row["mentions"]:
                    row["mentions"].append(m)
    out = []
    for row in rows.values():
        row.pop("_docs")
        if q:
            hay = fold(" ".join([row["canonical"] or "", *row["mentions"]]))
            if fold(q) not in hay:
                continue
        out.append(row)
    out.sort(key=lambda r: (-r["n_articles"], r["canonical"] or ""))
    return out


def register(app: typer.Typer) -> None:
    from marsad.cli import DB_OPTION, FORMAT_OPTION, KB_OPTION, OUTPUT_OPTION

    @app.command("entities")
    def entities_cmd(
        inputs: list[str] = typer.Argument(None, help="Files, folders or URLs to analyse now (default: list the store)."),
        db: str | None = DB_OPTION,
        kb: str | None = KB_OPTION,
        type_: str | None = typer.Option(None, "--type", "-t", help="PER | ORG | LOC"),
        q: str | None = typer.Option(None, "--q", "-q", help="Only entities whose name or a mention contains this."),
        kb_entry: str | None = typer.Option(None, "--kb-entry", help="Show this knowledge-base entry and stop."),
        limit: int = typer.Option(100, "--limit", "-n"),
        offset: int = typer.Option(0, "--offset"),
        fmt: str = FORMAT_OPTION,
        output: Path | None = OUTPUT_OPTION,
    ) -> None:
        """Persons, organisations and places, linked to the knowledge base, with their mentions."""
        from marsad.store.output import FORMATS, emit

        if fmt not in FORMATS:
            typer.echo(f"--format: choose one of {', '.join(FORMATS)}", err=True)
            raise typer.Exit(1)
        if type_ and type_ not in ("PER", "ORG", "LOC"):
            typer.echo("--type: choose one of PER, ORG, LOC", err=True)
            raise typer.Exit(1)
        if kb_entry:
            from marsad.kb import load_kb
            from marsad.kb.gazetteer import get_gazetteer

            e = get_gazetteer(load_kb(kb)).entry(kb_entry)
            if e is None:
                typer.echo(f"no knowledge-base entry {kb_entry}", err=True)
                raise typer.Exit(1)
            row = {"id": e.id, "canonical": e.name, "type": e.type, "subtype": e.subtype,
                   "aliases": e.aliases, **e.attrs}
            emit([row], fmt, output, title="knowledge base")
            return
        if inputs:
            from marsad.api import analyze

            rows = entity_rows((d.to_record() for d in analyze(inputs, kb=kb)), type_, q)[offset:offset + limit]
        else:
            from marsad.cli import open_store

            with open_store(db) as store:
                rows = store.entities(type=type_, q=q, limit=limit, offset=offset)
        n = emit(rows, fmt, output, columns=COLUMNS, title="entities")
        if output:
            typer.echo(f"wrote {n} entities to {output}", err=True)
