"""CLI verbs of the cross-article stage: `marsad corpus`, `stories`, `conflicts`, `graph`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer


def _store(db: str | None):
    from marsad.store import Store

    return Store.open(db)


def compute_corpus(store: Any, kb_path: str | None = None, rebuild: bool = False) -> dict[str, Any]:
    """Link the stored articles, reusing the kept story index; save and return the corpus."""
    from rich.progress import Progress

    from marsad.corpus import CorpusBuilder
    from marsad.corpus.stories import StoryIndex
    from marsad.kb import load_kb

    kb = load_kb(kb_path)
    index = None
    load_state = getattr(store, "load_corpus_state", None)
    if load_state and not rebuild:
        blob = load_state()
        if blob:
            index = StoryIndex.from_bytes(blob)
    builder = CorpusBuilder(kb, index)
    records = []
    with Progress(transient=True, disable=not sys.stderr.isatty()) as prog:
        task = prog.add_task("reading articles", total=store.count())
        for r in store.records():
            records.append(r)
            prog.advance(task)
        if index is not None and not builder.is_current(records):
            builder = CorpusBuilder(kb)  # articles were re-analysed or deleted: link them all again
        task2 = prog.add_task("linking", total=None)
        corpus = builder.build(records)
        prog.update(task2, completed=1, total=1)
    store.save_corpus(corpus)
    save_state = getattr(store, "save_corpus_state", None)
    if save_state:
        save_state(builder.index.to_bytes())
    return corpus


def _emit(rows: list[dict[str, Any]], fields: list[str], fmt: str, output: Path | None, title: str) -> None:
    from marsad.store.output import FORMATS, emit

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format is one of {', '.join(FORMATS)}")
    emit(rows, fmt, output, columns=fields, title=title)


def conflict_rows(corpus: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per member of a conflicting group: the figures and stances side by side."""
    rows = []
    for n, g in enumerate(corpus.get("claim_groups", [])):
        c = g.get("conflict")
        if not c:
            continue
        for m in g["members"]:
            rows.append({"group": n, "conflict": c["kind"], "about": g.get("about"),
                         "doc": m["doc"], "outlet": m.get("outlet"), "speaker": m.get("speaker"),
                         "chain": " ← ".join([*(reversed(m.get("chain") or [])), m.get("speaker") or ""]).strip(" ←"),
                         "stance": m.get("stance"), "value": m.get("value") if m.get("value") is not None else m.get("vague"),
                         "date": m.get("date"), "origin": m.get("origin"),
                         "independent_origins": g.get("independent_origins"), "evidence": m.get("evidence")})
    return rows


def register(app: typer.Typer) -> None:
    from marsad.cli import DB_OPTION as DB
    from marsad.cli import FORMAT_OPTION as FORMAT
    from marsad.cli import KB_OPTION as KB
    from marsad.cli import OUTPUT_OPTION as OUTPUT

    @app.command()
    def corpus(db: str = DB, json_out: Path = typer.Option(None, "--json", help="write the corpus file here"),
               kb: str = KB, rebuild: bool = typer.Option(False, "--rebuild", help="relink every article")) -> None:
        """Link stored articles: stories, storylines, claim groups, conflicts, origins."""
        store = _store(db)
        result = compute_corpus(store, kb, rebuild)
        if json_out:
            json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        n_conf = sum(1 for g in result["claim_groups"] if g.get("conflict"))
        typer.echo(f"{len(result['stories'])} stories, {len(result['storylines'])} storylines, "
                   f"{len(result['claim_groups'])} claim groups, {n_conf} conflicts")

    @app.command()
    def stories(db: str = DB, fmt: str = FORMAT, output: Path = OUTPUT) -> None:
        """List stories and the storylines they belong to."""
        store = _store(db)
        c = store.load_corpus() or compute_corpus(store)
        line_of = {d: n for n, line in enumerate(c["storylines"]) for d in line}
        titles = c.get("story_titles") or []
        rows = [{"story": n, "storyline": line_of.get(s[0]), "articles": len(s), "title": titles[n] if n < len(titles) else None,
                 "ids": s} for n, s in enumerate(c["stories"])]
        _emit(rows, ["story", "storyline", "articles", "title", "ids"], fmt, output, "Stories")

    @app.command()
    def conflicts(db: str = DB, fmt: str = FORMAT, output: Path = OUTPUT) -> None:
        """Conflicting figures and stances across articles, with their sources and origins."""
        store = _store(db)
        c = store.load_corpus() or compute_corpus(store)
        rows = conflict_rows(c)
        _emit(rows, ["group", "conflict", "about", "doc", "outlet", "chain", "stance", "value", "date",
                     "independent_origins"] + ([] if fmt == "table" else ["origin", "speaker", "evidence"]),
              fmt, output, "Conflicts")

    @app.command()
    def graph(db: str = DB, output: Path = typer.Option(..., "--output", "-o", help="GraphML file to write"),
              kb: str = KB) -> None:
        """Export the source graph (outlets, agencies, speakers; cites / quotes) as GraphML for Gephi."""
        from marsad.corpus.graph import write_graphml
        from marsad.kb import load_kb

        store = _store(db)
        n, e = write_graphml(list(store.records()), output, load_kb(kb))
        typer.echo(f"wrote {n} nodes and {e} edges to {output}")
