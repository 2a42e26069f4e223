"""The `marsad` command line (Typer + Rich).

Conventions of every command, including those other packages add: `--db` (default
`./marsad.db` or `$MARSAD_DB`), `--kb` for a user knowledge-base file, listings with
`--format table|jsonl|csv` and `--output FILE`, exit status 0 ok / 1 error / 2 partial batch.

Other packages add commands with a module `marsad/<pkg>/commands.py` that defines
`register(app: typer.Typer) -> None`; every such module found is imported below. They can
reuse the option helpers here (`DB_OPTION`, `KB_OPTION`, `FORMAT_OPTION`, `OUTPUT_OPTION`,
`open_store`, `emit`).
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any

import click
import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from marsad.store.output import FORMATS, emit

app = typer.Typer(help="marsad (مرصد): Arabic-first news intelligence.", no_args_is_help=True,
                  pretty_exceptions_enable=False, rich_markup_mode="rich")
console = Console()
err = Console(stderr=True)

DB_OPTION = typer.Option(None, "--db", envvar="MARSAD_DB",
                         help="Store: a SQLite file or postgresql:// URL [default: ./marsad.db or $MARSAD_DB]")
KB_OPTION = typer.Option(None, "--kb", help="A user knowledge-base YAML file (added to the bundled one).")
FORMAT_OPTION = typer.Option("table", "--format", "-f", help="table | jsonl | csv")
OUTPUT_OPTION = typer.Option(None, "--output", "-o", help="Write to this file instead of the terminal.")
LIMIT_OPTION = typer.Option(50, "--limit", "-n", help="At most this many rows.")


def open_store(db: str | None):
    """Open the store of `--db`, or exit with status 1 and a message when it cannot be opened."""
    from marsad.store import Store

    try:
        return Store.open(db)
    except Exception as exc:  # noqa: BLE001 - shown to the user as one line, not a traceback
        err.print(f"[red]cannot open store {db or '(default)'}: {exc}[/red]")
        raise typer.Exit(1) from exc


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    if fmt not in allowed:
        raise typer.BadParameter(f"choose one of {', '.join(allowed)}", param_hint="--format")
    return fmt


# ---------------------------------------------------------------------------- analyze
@app.command()
def analyze(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, - (stdin) or http(s) URLs."),
    db: str | None = DB_OPTION,
    jsonl: Path | None = typer.Option(None, "--jsonl", help="Write a record for every input article here."),
    kb: Path | None = KB_OPTION,
    force: bool = typer.Option(False, "--force", help="Re-analyse articles already stored with this pipeline version."),
    max_bytes: int | None = typer.Option(None, "--max-bytes", help="Skip inputs larger than this [default: 10 MB]."),
    reference_date: str | None = typer.Option(None, "--reference-date",
                                              help="YYYY-MM-DD: 'today' for dates given without a year."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Analyse in N worker processes."),
    dask_address: str | None = typer.Option(None, "--dask", help="Analyse on a Dask cluster at this address."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Analyse news pages into the store (and --jsonl); prints a summary. Exit 2 when some inputs were skipped."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from marsad.store.batch import Summary, parse_date, run

    try:
        ref = parse_date(reference_date)
    except ValueError as exc:
        raise typer.BadParameter("expected YYYY-MM-DD", param_hint="--reference-date") from exc
    store = open_store(db)
    summary = Summary()
    out = jsonl.open("w", encoding="utf-8") if jsonl else None
    progress = Progress(SpinnerColumn(), TextColumn("[bold]analyse"), BarColumn(), TextColumn("{task.completed} done"),
                        TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=err, disable=quiet, transient=False)
    task = progress.add_task("", total=None)
    try:
        with progress:
            for o in run(inputs, store=store, kb=kb, reference_date=ref, force=force, max_bytes=max_bytes,
                         workers=workers, dask_address=dask_address):
                summary.add(o)
                if out is not None and o.record is not None:
                    out.write(json.dumps(o.record, ensure_ascii=False) + "\n")
                    out.flush()
                progress.update(task, advance=1, description=o.id or Path(o.source).name)
    except RuntimeError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    finally:
        if out is not None:
            out.close()
        store.close()
    _print_summary(summary, store.url, jsonl)
    raise typer.Exit(summary.exit_code())


def _print_summary(s: Any, url: str, jsonl: Path | None) -> None:
    from rich.text import Text

    t = Table.grid(padding=(0, 2))
    t.add_row("analysed", str(s.analysed))
    t.add_row("unchanged (already stored)", str(s.unchanged))
    t.add_row("near-duplicates linked", str(s.duplicates))
    t.add_row("skipped", str(len(s.skipped) + len(s.errors)))
    for reason, n in s.reasons.most_common():
        t.add_row(Text(f"  {reason}"), str(n))
    t.add_row("store", Text(url))
    if jsonl:
        t.add_row("records", Text(str(jsonl)))
    console.print(Panel(t, title="marsad analyze", expand=False))

    bad = s.skipped + s.errors
    for src, reason in bad[:50]:
        console.print(Text(f"skipped {src}: {reason}", style="yellow"), soft_wrap=True)
    if len(bad) > 50:
        console.print(f"… and {len(bad) - 50} more (marsad skips)")


# ---------------------------------------------------------------------------- reading the store
@app.command()
def show(article_id: str = typer.Argument(..., help="Article id."), db: str | None = DB_OPTION,
         fmt: str = typer.Option("text", "--format", "-f", help="text | json")) -> None:
    """Show one stored article: clean text, entities, claims with their chains, facts."""
    check_format(fmt, ("text", "json"))
    with open_store(db) as store:
        rec = store.get(article_id)
    if rec is None:
        err.print(f"[red]no article {article_id!r} in the store[/red]")
        raise typer.Exit(1)
    if fmt == "json":
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, indent=2) + "\n")
        return
    print_record(rec)


def print_record(rec: dict[str, Any]) -> None:
    """A readable rendering of one record (markup in the text is printed literally)."""
    from rich.text import Text

    meta = Table.grid(padding=(0, 2))
    outlet = rec.get("outlet") or {}
    rep = rec.get("republished_from") or {}
    for k, v in (("id", rec.get("id")), ("outlet", outlet.get("name")), ("republished from", rep.get("name")),
                 ("published", rec.get("published")), ("language", rec.get("language")), ("url", rec.get("url")),
                 ("near-duplicate of", rec.get("duplicate_of")), ("pipeline", rec.get("pipeline_version"))):
        if v:
            meta.add_row(k, Text(str(v)))
    console.print(Panel(meta, title=Text(rec.get("title") or "(no title)"), expand=False))
    console.print(Text(rec.get("body") or ""))
    if rec.get("entities"):
        t = Table(title="entities")
        for c in ("text", "type", "canonical", "id"):
            t.add_column(c)
        for e in rec["entities"]:
            t.add_row(*(Text(str(e.get(c) or "")) for c in ("text", "type", "canonical", "id")))
        console.print(t)
    if rec.get("claims"):
        t = Table(title="claims", show_lines=True)
        for c in ("#", "speaker", "via", "stance", "content"):
            t.add_column(c, overflow="fold")
        for i, c in enumerate(rec["claims"]):
            sp = c.get("speaker") or {}
            via = " ← ".join(v.get("canonical") or v.get("text") or "" for v in c.get("via") or [])
            t.add_row(str(i), Text(sp.get("canonical") or sp.get("text") or ""), Text(via),
                      c.get("stance") or "", Text(c.get("content") or ""))
        console.print(t)
    if rec.get("facts"):
        t = Table(title="facts", show_lines=True)
        for c in ("kind", "value", "subject", "place", "evidence"):
            t.add_column(c, overflow="fold")
        for f in rec["facts"]:
            value = f.get("value") if f.get("value") is not None else f.get("vague")
            value = f"{'~' if f.get('approx') else ''}{value}{' (' + f['qualifier'] + ')' if f.get('qualifier') else ''}"
            t.add_row(f.get("kind") or "", value, Text(f.get("subject") or ""), Text(f.get("place") or ""),
                      Text(f.get("evidence") or ""))
        console.print(t)
    if rec.get("removed"):
        console.print(f"[dim]{len(rec['removed'])} boilerplate lines removed[/dim]")


@app.command()
def search(query: str = typer.Argument(..., help="Words to find (Arabic is matched normalised, in any clitic form)."),
           db: str | None = DB_OPTION, limit: int = typer.Option(20, "--limit", "-n"),
           fmt: str = FORMAT_OPTION, output: Path | None = OUTPUT_OPTION) -> None:
    """Full-text search over the stored articles."""
    check_format(fmt)
    with open_store(db) as store:
        hits = store.search(query, limit=limit)
    emit(hits, fmt, output, columns=["id", "title", "outlet", "published", "snippet"], title=f"search: {query}")


@app.command()
def articles(db: str | None = DB_OPTION, outlet: str | None = typer.Option(None, "--outlet"),
             q: str | None = typer.Option(None, "--q", help="Only articles matching this search."),
             limit: int = LIMIT_OPTION, offset: int = typer.Option(0, "--offset"),
             fmt: str = FORMAT_OPTION, output: Path | None = OUTPUT_OPTION) -> None:
    """List stored articles, newest first."""
    check_format(fmt)
    with open_store(db) as store:
        rows = store.articles(limit=limit, offset=offset, outlet=outlet, q=q)
    emit(rows, fmt, output, columns=["id", "title", "outlet", "published", "language", "n_entities", "n_claims",
                                     "n_facts", "duplicate_of"], title="articles")


@app.command()
def skips(db: str | None = DB_OPTION, limit: int = LIMIT_OPTION, fmt: str = FORMAT_OPTION,
          output: Path | None = OUTPUT_OPTION) -> None:
    """Inputs that were skipped, and why (most recent first)."""
    check_format(fmt)
    with open_store(db) as store:
        emit(store.skips(limit), fmt, output, columns=["at", "source", "reason"], title="skipped inputs")


EXPORT_TABLES = ("records", "articles", "claims", "facts", "entities")


@app.command()
def export(db: str | None = DB_OPTION, fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv"),
           output: Path | None = OUTPUT_OPTION,
           what: str = typer.Option("records", "--what", help="records | articles | claims | facts | entities")) -> None:
    """Export the store: full records as JSON Lines, or a flat table as CSV (formula cells neutralised)."""
    check_format(fmt, ("jsonl", "csv"))
    if what not in EXPORT_TABLES:
        raise typer.BadParameter(f"choose one of {', '.join(EXPORT_TABLES)}", param_hint="--what")
    with open_store(db) as store:
        if what == "records" and fmt == "csv":
            what = "articles"
        rows: Any
        columns = None
        if what == "records":
            rows = store.records()
        elif what == "articles":
            rows = store.articles(limit=10**9)
        elif what == "claims":
            rows = [_flat_claim(c) for c in store.claims(limit=10**9)]
            columns = ["doc", "index", "outlet", "published", "speaker", "speaker_kind", "speaker_canonical", "via",
                       "stance", "content", "evidence"] if fmt == "csv" else None
        elif what == "facts":
            rows = store.facts(limit=10**9)
            columns = ["doc", "index", "outlet", "published", "kind", "value", "vague", "approx", "qualifier",
                       "subject", "place", "date", "claim", "evidence"] if fmt == "csv" else None
        else:
            rows = store.entities(limit=10**9)
            columns = ["id", "canonical", "type", "subtype", "n_articles", "mentions"] if fmt == "csv" else None
        n = emit(rows, fmt, output, columns=columns)
    if output:
        err.print(f"wrote {n} {what} to {output}")


def _flat_claim(c: dict[str, Any]) -> dict[str, Any]:
    sp = c.get("speaker") or {}
    d = dict(c)
    d["speaker"] = sp.get("text")
    d["speaker_kind"] = sp.get("kind")
    d["speaker_canonical"] = sp.get("canonical")
    d["via"] = " ← ".join(v.get("canonical") or v.get("text") or "" for v in c.get("via") or [])
    return d


@app.command()
def summary(db: str | None = DB_OPTION, fmt: str = typer.Option("text", "--format", "-f", help="text | json"),
            top: int = typer.Option(8, "--top")) -> None:
    """A readable overview of the store: counts, top outlets, speakers, entities, claims, facts, conflicts."""
    check_format(fmt, ("text", "json"))
    with open_store(db) as store:
        st = store.stats(top=top)
        arts = store.articles(limit=top)
        claims = store.claims(limit=top)
        facts = store.facts(limit=top)
        corpus = store.load_corpus()
    if fmt == "json":
        sys.stdout.write(json.dumps(st, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    from rich.columns import Columns
    from rich.text import Text

    counts = Table.grid(padding=(0, 2))
    for k in ("articles", "duplicates", "entities", "mentions", "claims", "facts", "skips"):
        counts.add_row(k, str(st[k]))
    if st["published"][0]:
        counts.add_row("published", f"{st['published'][0]} … {st['published'][1]}")
    counts.add_row("languages", ", ".join(f"{k} {v}" for k, v in st["languages"].items()))
    boxes = [Panel(counts, title="store", expand=False)]
    for title, rows in (("outlets", st["outlets"]), ("speakers", st["speakers"]),
                        ("entities", [(f"{n} ({t})", c) for n, t, c in st["top_entities"]]),
                        ("fact kinds", list(st["fact_kinds"].items())), ("stances", list(st["stances"].items()))):
        if rows:
            t = Table.grid(padding=(0, 2))
            for k, n in rows:
                t.add_row(Text(str(k)), str(n))
            boxes.append(Panel(t, title=title, expand=False))
    console.print(Panel(Columns(boxes), title=f"marsad summary — {st['db']}"))
    if arts:
        t = Table(title="articles (newest first)")
        t.add_column("id", no_wrap=True, max_width=22)
        for c in ("outlet", "published", "title", "claims", "facts"):
            t.add_column(c, overflow="fold", ratio=3 if c == "title" else None)
        for a in arts:
            t.add_row(Text(a["id"]), Text(a.get("outlet") or ""), a.get("published") or "", Text(_short(a.get("title"), 80)),
                      str(a["n_claims"]), str(a["n_facts"]))
        console.print(t)
    if claims:
        t = Table(title="claims (first)", show_lines=False)
        for c in ("doc", "speaker", "stance", "content"):
            t.add_column(c, overflow="fold")
        for c in claims:
            sp = c.get("speaker") or {}
            t.add_row(Text(c["doc"]), Text(sp.get("canonical") or sp.get("text") or ""), c.get("stance") or "",
                      Text(_short(c.get("content"))))
        console.print(t)
    if facts:
        t = Table(title="facts (first)")
        for c in ("doc", "kind", "value", "evidence"):
            t.add_column(c, overflow="fold")
        for f in facts:
            value = f.get("value") if f.get("value") is not None else f.get("vague")
            t.add_row(Text(f["doc"]), f.get("kind") or "", str(value), Text(_short(f.get("evidence"))))
        console.print(t)
    if st.get("corpus"):
        c = st["corpus"]
        console.print(f"[bold]corpus[/bold]: {c['stories']} stories, {c['storylines']} storylines, "
                      f"{c['claim_groups']} claim groups, {c['conflicts']} conflicts, {c['updates']} updated counts")
        groups = [g for g in (corpus or {}).get("claim_groups") or [] if (g.get("conflict") or {}).get("kind")]
        if groups:
            t = Table(title="conflicts", show_lines=True)
            for col in ("kind", "origins", "members"):
                t.add_column(col, overflow="fold")
            for g in groups[:top]:
                ms = g.get("members") or []
                members = "\n".join(f"{m.get('doc')}: {_short(m.get('evidence'), 90)}" for m in ms[:4])
                if len(ms) > 4:
                    members += f"\n… {len(ms) - 4} more"
                t.add_row(g["conflict"]["kind"], Text(", ".join(map(str, g.get("origins") or []))), Text(members))
            console.print(t)


def _short(s: str | None, n: int = 140) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


# ---------------------------------------------------------------------------- plugins
def register_plugins(target: typer.Typer = app) -> list[str]:
    """Import every `marsad.<pkg>.commands` module there is and let it add its commands."""
    import marsad

    found = []
    for info in sorted(pkgutil.iter_modules(marsad.__path__), key=lambda i: i.name):
        if not info.ispkg:
            continue
        name = f"marsad.{info.name}.commands"
        try:
            if importlib.util.find_spec(name) is None:
                continue
            mod = importlib.import_module(name)
            register = getattr(mod, "register", None)
            if register is not None:
                register(target)
                found.append(name)
        except Exception as exc:  # noqa: BLE001 - one broken plugin must not take the whole CLI down
            print(f"marsad: could not load {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return found


register_plugins()


def main() -> None:
    """Entry point: usage errors exit 1 (not click's 2, which here means a partial batch)."""
    try:
        rv = app(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(1)
    except (click.exceptions.Abort, KeyboardInterrupt):
        sys.exit(1)
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":
    main()
