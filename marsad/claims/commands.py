"""`marsad claims`: who said what, citing whom — each chain of transmission on one line.

A chain reads from the page back to the source, the way a fact-checker traces it:
«Hashtag Syria ← RIA Novosti ← مصدر عسكري روسي» (the page's outlet, every channel in
`via` from the page inwards, then the speaker). Lists the store, or analyses inputs given
on the command line without storing them.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import typer

from marsad.text.normalize import fold

COLUMNS = ["article", "outlet", "published", "speaker", "speaker_kind", "mention", "stance", "chain", "cue", "content",
           "evidence", "title"]
TABLE_COLUMNS = ["article", "chain", "stance", "content"]
STANCES = ("assert", "deny", "not_rule_out")


def _name(x: Any) -> str:
    if isinstance(x, dict):
        return x.get("canonical") or x.get("name") or x.get("text") or ""
    return str(x or "")


def chain_line(claim: dict[str, Any], outlet: Any = None) -> str:
    """«outlet ← channel … ← speaker»: the page first, the original source last."""
    sp = claim.get("speaker") or {}
    speaker = sp.get("text") or sp.get("canonical") or "?"
    if sp.get("canonical") and sp.get("canonical") != speaker:
        speaker = f"{speaker} ({sp['canonical']})"
    links = [_name(outlet)] if _name(outlet) else []
    links += [_name(v) for v in reversed(claim.get("via") or [])]
    links.append(speaker)
    out: list[str] = []
    for x in links:  # the outlet that is also the first channel is said once
        if x and (not out or fold(out[-1]) != fold(x)):
            out.append(x)
    return " ← ".join(out)


def claim_rows(records: Iterable[dict[str, Any]], speaker: str | None = None, outlet: str | None = None,
               stance: str | None = None, text: str | None = None) -> Iterator[dict[str, Any]]:
    """One flat row per claim of the records that passes the filters (matched folded, in any clitic form)."""
    fs, fo, ft = fold(speaker), fold(outlet), fold(text)
    for rec in records:
        out_ = rec.get("outlet")
        if fo and fo not in fold(_name(out_)) and fo != fold((out_ or {}).get("id") if isinstance(out_, dict) else ""):
            continue
        for c in rec.get("claims") or []:
            sp = c.get("speaker") or {}
            if fs and not any(fs in fold(x) for x in (sp.get("text"), sp.get("canonical"), sp.get("mention"), sp.get("id")) if x):
                continue
            if stance and c.get("stance") != stance:
                continue
            if ft and ft not in fold(c.get("evidence")) and ft not in fold(c.get("content")):
                continue
            yield {
                "article": rec.get("id") or c.get("doc"),
                "outlet": _name(out_),
                "published": rec.get("published"),
                "speaker": sp.get("canonical") or sp.get("text"),
                "speaker_kind": sp.get("kind"),
                "mention": sp.get("mention"),
                "stance": c.get("stance"),
                "chain": chain_line(c, out_),
                "via": [_name(v) for v in c.get("via") or []],
                "cue": c.get("cue"),
                "content": c.get("content"),
                "evidence": c.get("evidence"),
                "title": rec.get("title"),
            }


def _stored(db: str | None, speaker, outlet, stance, text, doc, limit, offset) -> list[dict[str, Any]]:
    """Claims the store lists, grouped back into records so rows are built one way."""
    from marsad.cli import open_store

    with open_store(db) as store:
        hits = store.claims(speaker=speaker, outlet=outlet, stance=stance, text=text, doc=doc, limit=limit, offset=offset)
    recs: dict[str, dict[str, Any]] = {}
    for h in hits:
        r = recs.setdefault(h["doc"], {"id": h["doc"], "outlet": h.get("outlet") and {"name": h.get("outlet"),
                                                                                       "id": h.get("outlet_id")},
                                       "published": h.get("published"), "title": h.get("title"), "claims": []})
        r["claims"].append(h)
    return list(recs.values())


def register(app: typer.Typer) -> None:
    from marsad.cli import DB_OPTION, FORMAT_OPTION, KB_OPTION, OUTPUT_OPTION

    @app.command("claims")
    def claims_cmd(
        inputs: list[str] = typer.Argument(None, help="Files, folders or URLs to analyse now (default: list the store)."),
        db: str | None = DB_OPTION,
        kb: str | None = KB_OPTION,
        speaker: str | None = typer.Option(None, "--speaker", "-s", help="Speaker name, KB id or mention (any form)."),
        outlet: str | None = typer.Option(None, "--outlet", help="Only articles of this outlet."),
        stance: str | None = typer.Option(None, "--stance", help="assert | deny | not_rule_out"),
        text: str | None = typer.Option(None, "--text", "-t", help="Words in the statement."),
        doc: str | None = typer.Option(None, "--doc", help="Only this article."),
        limit: int = typer.Option(100, "--limit", "-n"),
        offset: int = typer.Option(0, "--offset"),
        fmt: str = FORMAT_OPTION,
        output: Path | None = OUTPUT_OPTION,
    ) -> None:
        """Attributed statements: speaker, stance and the chain «outlet ← channel ← source»."""
        from marsad.store.output import FORMATS, emit

        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
        if stance and stance not in STANCES:
            raise typer.BadParameter(f"choose one of {', '.join(STANCES)}", param_hint="--stance")
        if inputs:
            from marsad.api import analyze

            try:
                records = [d.to_record() for d in analyze(inputs, kb=kb)]
            except Exception as exc:  # noqa: BLE001 - one line for the user, exit status 1
                typer.echo(f"cannot analyse {' '.join(inputs)}: {exc}", err=True)
                raise typer.Exit(1) from exc
            if doc:
                records = [r for r in records if r["id"] == doc]
            rows = list(claim_rows(records, speaker, outlet, stance, text))[offset:offset + limit]
        else:
            rows = list(claim_rows(_stored(db, speaker, outlet, stance, text, doc, limit, offset)))
        cols = TABLE_COLUMNS if fmt == "table" else COLUMNS + (["via"] if fmt == "jsonl" else [])
        if fmt == "jsonl":
            rows = [{k: r.get(k) for k in cols} for r in rows]
        n = emit(rows, fmt, output, columns=cols, title="claims")
        if output:
            typer.echo(f"wrote {n} claims to {output}", err=True)
