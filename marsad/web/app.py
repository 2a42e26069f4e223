"""The analyst's workbench: a FastAPI app with a REST API under /api and a server-rendered UI.

`create_app(db, token=None)` takes a store (or a path/URL to open one). Article text is
untrusted input: Jinja autoescapes every template, the JavaScript only ever sets
`textContent`, and every response carries a strict Content-Security-Policy (scripts and
styles from our own static files only, no inline code), so markup inside an article is
shown as text and never runs. Ingest is off unless a token is given, and then needs it.
"""
from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.base import BaseHTTPMiddleware

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response


def _open_store(db: Any):
    if db is None or isinstance(db, str | Path):
        from marsad.store import Store

        return Store.open(str(db) if db is not None else None)
    return db


def check_token(app: FastAPI, given: str | None) -> bool:
    """True when ingest is on and `given` is its token (constant-time comparison)."""
    token = app.state.token
    return bool(token) and given is not None and hmac.compare_digest(given.encode(), token.encode())


def create_app(db: Any = None, token: str | None = None) -> FastAPI:
    """The web app over a store (object, SQLite path or PostgreSQL URL); ingest only with `token`."""
    from marsad import __version__
    from marsad.web import api, views
    from marsad.web.render import mark_terms

    app = FastAPI(title="marsad", version=__version__,
                  description="Arabic-first news intelligence: articles, entities, attributed claims, "
                              "numeric facts, stories, claim groups and conflicts.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.store = _open_store(db)
    app.state.token = token or None
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True  # every template, whatever its file name
    templates.env.globals["ingest_on"] = bool(app.state.token)
    templates.env.globals["mark_terms"] = mark_terms
    app.state.templates = templates
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(views.router)
    return app
