"""`marsad serve`: the REST API and web UI on loopback (ingest only with a token)."""
from __future__ import annotations

import os

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(db: str = typer.Option(None, "--db", help="SQLite path or PostgreSQL URL (default ./marsad.db or $MARSAD_DB)"),
              host: str = typer.Option("127.0.0.1", "--host", help="address to bind; loopback unless told otherwise"),
              port: int = typer.Option(8000, "--port"),
              token: str = typer.Option(None, "--token", envvar="MARSAD_TOKEN",
                                        help="turns on the ingest form and POST /api/ingest, which then need it"),
              ) -> None:
        """Serve the web UI and the REST API (OpenAPI at /api/openapi.json)."""
        import uvicorn

        from marsad.web import create_app

        try:
            web = create_app(db, token=token)  # no --db: the store's default (./marsad.db or $MARSAD_DB)
        except Exception as exc:  # noqa: BLE001 - a bad --db is a user error, not a traceback
            typer.echo(f"error: cannot open the store {db or os.environ.get('MARSAD_DB') or 'marsad.db'!r}: {exc}", err=True)
            raise typer.Exit(1) from exc
        if host not in ("127.0.0.1", "localhost", "::1"):
            typer.echo(f"warning: listening on {host}: the UI has no login; keep it on a trusted network", err=True)
        import threading

        threading.Thread(target=_warm, daemon=True).start()  # the KB and the map's data, before the first page needs them
        typer.echo(f"marsad: http://{host}:{port}/  (ingest {'on' if token else 'off'})")
        uvicorn.run(web, host=host, port=port, log_level="warning")


def _warm() -> None:
    from marsad.kb import load_kb
    from marsad.web import geo

    load_kb()
    geo.warm()
