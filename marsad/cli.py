"""The `marsad` command line (Typer). Minimal first version; the foundation issue completes it."""
from __future__ import annotations

import json
from pathlib import Path

import typer

app = typer.Typer(help="marsad (مرصد): Arabic-first news intelligence.", no_args_is_help=True)


@app.command()
def analyze(inputs: list[str], jsonl: Path | None = typer.Option(None, "--jsonl"),
            db: str | None = typer.Option(None, "--db")) -> None:
    """Analyse news pages and write analysis records."""
    from marsad.api import analyze as _analyze

    docs = _analyze(inputs)
    if jsonl:
        with jsonl.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d.to_record(), ensure_ascii=False) + "\n")
    typer.echo(f"analysed {len(docs)} articles")


def main() -> None:
    app()
