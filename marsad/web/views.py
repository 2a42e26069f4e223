"""The web UI's pages: server-rendered Jinja2, right-to-left for Arabic."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from marsad.web import data, geo
from marsad.web.app import check_token
from marsad.web.render import annotate, text_dir

router = APIRouter(include_in_schema=False)
MAX_UPLOAD = 20_000_000


def _render(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    ctx.setdefault("dir", "rtl")
    ctx.setdefault("lang", "ar")
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status_code)


def _store(request: Request):
    return request.app.state.store


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    store = _store(request)
    stories = data.story_list(store, limit=20, ranked=True)
    storylines = [s for s in data.story_list(store, "storylines", limit=10, ranked=True) if len(s["ids"]) > 1]
    return _render(request, "home.html", articles=store.articles(limit=20), stories=stories,
                   storylines=storylines, conflicts=data.group_list(store, only_open=True)[:20],
                   stats=store.stats())


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=500)):
    results = _store(request).search(q, limit=50) if q.strip() else []
    return _render(request, "search.html", q=q, results=results)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, outlet: str | None = None, offset: int = Query(0, ge=0)):
    items = _store(request).articles(limit=50, offset=offset, outlet=outlet or None)
    return _render(request, "articles.html", items=items, outlet=outlet or "", offset=offset,
                   next=offset + 50 if len(items) == 50 else None)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    rec = _store(request).get(article_id)
    if rec is None:
        raise HTTPException(404, "no such article")
    d = text_dir(rec)
    return _render(request, "article.html", rec=rec, view=annotate(rec), dir=d,
                   lang=rec.get("language") or ("ar" if d == "rtl" else "en"))


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, speaker: str = "", outlet: str = "", stance: str = "", entity: str = "",
           text: str = "", offset: int = Query(0, ge=0)):
    stance_ = stance if stance in ("assert", "deny", "not_rule_out") else None
    items = _store(request).claims(speaker=speaker or None, outlet=outlet or None, stance=stance_,
                                   entity=entity or None, text=text or None, limit=50, offset=offset)
    f = {"speaker": speaker, "outlet": outlet, "stance": stance_ or "", "entity": entity, "text": text}
    return _render(request, "claims.html", items=items, f=f, offset=offset,
                   next=offset + 50 if len(items) == 50 else None)


@router.get("/stories/{n}", response_class=HTMLResponse)
def story(request: Request, n: int):
    s = data.story(_store(request), n)
    if s is None:
        raise HTTPException(404, "no such story")
    return _render(request, "story.html", s=s, kind="story")


@router.get("/storylines/{n}", response_class=HTMLResponse)
def storyline(request: Request, n: int):
    s = data.story(_store(request), n, "storylines")
    if s is None:
        raise HTTPException(404, "no such storyline")
    return _render(request, "story.html", s=s, kind="storyline")


@router.get("/groups/{n}", response_class=HTMLResponse)
def group(request: Request, n: int):
    b = data.group_board(_store(request), n)
    if b is None:
        raise HTTPException(404, "no such claim group")
    return _render(request, "group.html", b=b)


@router.get("/graph", response_class=HTMLResponse)
def source_graph(request: Request):
    from marsad.web.graph import layout

    return _render(request, "graph.html", g=layout(data.source_graph(_store(request))))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, type: str = "", q: str = "", offset: int = Query(0, ge=0)):  # noqa: A002
    t = type if type in ("PER", "ORG", "LOC") else None
    items = _store(request).entities(type=t, q=q or None, limit=100, offset=offset)
    return _render(request, "entities.html", items=items, type=t or "", q=q, offset=offset,
                   next=offset + 100 if len(items) == 100 else None)


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str):
    p = data.entity_page(_store(request), entity_id)
    if p is None:
        raise HTTPException(404, "no such entity")
    return _render(request, "entity.html", p=p)


@router.get("/map/world.svg")
def world_svg() -> Response:
    return Response(geo.basemap_svg(), media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request):
    if not request.app.state.token:
        raise HTTPException(404, "ingest is off")
    return _render(request, "ingest.html")


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_post(request: Request, token: str = Form(""), text: str = Form(""), outlet: str = Form(""),
                      url: str = Form(""), files: list[UploadFile] | None = None):
    if not request.app.state.token:
        raise HTTPException(404, "ingest is off")
    if not check_token(request.app, token):
        return _render(request, "ingest.html", status_code=401, error="الرمز غير صحيح (wrong token)", text=text)
    uploads = []
    for f in files or []:
        if f.filename:
            blob = await f.read(MAX_UPLOAD + 1)
            if len(blob) > MAX_UPLOAD:
                return _render(request, "ingest.html", status_code=413, error=f"{f.filename}: too large")
            uploads.append((f.filename, blob))
    from starlette.concurrency import run_in_threadpool

    ids, problems = await run_in_threadpool(data.ingest, _store(request), text, uploads, outlet, url)
    if len(ids) == 1 and not problems:
        return RedirectResponse(f"/articles/{ids[0]}", status_code=303)
    return _render(request, "ingest.html", done=ids, problems=problems)
