"""REST API under /api: the store's records and the corpus, in the record contract's JSON.

Lists answer `{"items": [...], "limit", "offset", "next"}` (`next` is the offset of the
following page, or null), so a client pages without guessing the total.
"""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Body, Header, HTTPException, Query, Request

from marsad.web import data
from marsad.web.app import check_token

router = APIRouter(prefix="/api", tags=["api"])
Limit = Query(50, ge=1, le=1000)
Offset = Query(0, ge=0)


def _store(request: Request):
    return request.app.state.store


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "limit": limit, "offset": offset,
            "next": offset + limit if len(items) == limit else None}


def _slice(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return page(items[offset:offset + limit], limit, offset)


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, outlet: str | None = None, q: str | None = None,
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return page(_store(request).articles(limit=limit, offset=offset, outlet=outlet, q=q), limit, offset)


@router.get("/articles/{article_id:path}", summary="One analysis record")
def article(request: Request, article_id: str) -> dict[str, Any]:
    rec = _store(request).get(article_id)
    if rec is None:
        raise HTTPException(404, "no such article")
    return rec


@router.get("/entities", summary="Entities linked in the articles")
def entities(request: Request, type: Literal["PER", "ORG", "LOC"] | None = None, q: str | None = None,  # noqa: A002
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return page(_store(request).entities(type=type, q=q, limit=limit, offset=offset), limit, offset)


@router.get("/entities/{entity_id:path}", summary="One entity and its mentions")
def entity(request: Request, entity_id: str) -> dict[str, Any]:
    e = _store(request).entity(entity_id)
    if e is None:
        raise HTTPException(404, "no such entity")
    return e


@router.get("/claims", summary="Attributed claims")
def claims(request: Request, speaker: str | None = None, outlet: str | None = None,
           stance: Literal["assert", "deny", "not_rule_out"] | None = None, entity: str | None = None,
           text: str | None = None, doc: str | None = None,
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    items = _store(request).claims(speaker=speaker, outlet=outlet, stance=stance, entity=entity, text=text,
                                   doc=doc, limit=limit, offset=offset)
    return page(items, limit, offset)


@router.get("/facts", summary="Numeric facts")
def facts(request: Request, kind: str | None = None, doc: str | None = None,
          limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return page(_store(request).facts(kind=kind, doc=doc, limit=limit, offset=offset), limit, offset)


@router.get("/search", summary="Full-text search (Arabic normalised: hamza, alef, ta marbuta, diacritics)")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500),
           limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
    return {"query": q, "items": _store(request).search(q, limit=limit)}


@router.get("/stories", summary="Stories: articles on the same event or report")
def stories(request: Request, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return page(data.story_list(_store(request), limit=limit, offset=offset), limit, offset)


@router.get("/stories/{n}", summary="One story with the conflict boards of its claim groups")
def story(request: Request, n: int) -> dict[str, Any]:
    s = data.story(_store(request), n)
    if s is None:
        raise HTTPException(404, "no such story")
    return s


@router.get("/storylines", summary="Storylines: stories chained over weeks")
def storylines(request: Request, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return page(data.story_list(_store(request), "storylines", limit=limit, offset=offset), limit, offset)


@router.get("/storylines/{n}", summary="One storyline with its conflict boards")
def storyline(request: Request, n: int) -> dict[str, Any]:
    s = data.story(_store(request), n, "storylines")
    if s is None:
        raise HTTPException(404, "no such storyline")
    return s


@router.get("/claim-groups", summary="Claim groups: the same proposition across articles")
def claim_groups(request: Request, conflict: Literal["numeric", "stance", "update", "none"] | None = None,
                 limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    gs = data.group_list(_store(request))
    if conflict:
        gs = [g for g in gs if (g["kind"] or "none") == conflict]
    return _slice(gs, limit, offset)


@router.get("/claim-groups/{n}", summary="One claim group, members resolved (figures, stances, chains)")
def claim_group(request: Request, n: int) -> dict[str, Any]:
    b = data.group_board(_store(request), n)
    if b is None:
        raise HTTPException(404, "no such claim group")
    return b


@router.get("/conflicts", summary="Open conflicts: numeric and stance")
def conflicts(request: Request, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return _slice(data.group_list(_store(request), only_open=True), limit, offset)


@router.get("/graph", summary="Source graph: speakers, channels, outlets and who cites whom")
def source_graph(request: Request) -> dict[str, Any]:
    return data.source_graph(_store(request))


@router.get("/stats", summary="Counts in the store")
def stats(request: Request) -> dict[str, Any]:
    return _store(request).stats()


@router.post("/ingest", summary="Analyse pasted text into the store (needs the server's token)")
def ingest(request: Request, text: str = Body(..., embed=True, max_length=5_000_000),
           outlet: str | None = Body(None, embed=True), url: str | None = Body(None, embed=True),
           authorization: str | None = Header(None)) -> dict[str, Any]:
    if not request.app.state.token:
        raise HTTPException(404, "ingest is off (start the server with --token)")
    given = authorization.removeprefix("Bearer ").strip() if authorization else None
    if not check_token(request.app, given):
        raise HTTPException(401, "token required", headers={"WWW-Authenticate": "Bearer"})
    ids, problems = data.ingest(_store(request), text=text, outlet=outlet, url=url)
    return {"ids": ids, "problems": problems}
