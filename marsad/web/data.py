"""What the API and the pages both need, read from the store: one place, so both agree."""
from __future__ import annotations

import hashlib
import tempfile
from itertools import islice
from pathlib import Path
from typing import Any

from marsad.web import corpusview, geo, graph
from marsad.web.render import fold_key

GRAPH_ARTICLES = 5000  # articles read for the source graph (plenty for a demo or a desk's corpus)


def corpus(store) -> dict[str, Any]:
    try:
        return store.load_corpus() or {}
    except Exception:  # noqa: BLE001 - a store without a corpus table yet shows no stories
        return {}


def records(store, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    return {r["id"]: r for r in store.records(ids=list(dict.fromkeys(ids)))}


def article_brief(rec: dict[str, Any]) -> dict[str, Any]:
    outlet = rec.get("outlet")
    return {"id": rec["id"], "title": rec.get("title"), "published": rec.get("published"),
            "language": rec.get("language"),
            "outlet": outlet.get("name") if isinstance(outlet, dict) else outlet}


def story_list(store, key: str = "stories", limit: int | None = None, offset: int = 0,
               ranked: bool = False) -> list[dict[str, Any]]:
    """Stories (or storylines) with their articles' titles and how many open conflicts touch them.

    `ranked` puts the ones with most open conflicts and articles first; only the stories of the
    page asked for are joined with their records, so a large corpus stays cheap to list.
    """
    c = corpus(store)
    items = corpusview.stories(c, key)
    gs = corpusview.groups(c)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gs:
        for d in {m.get("doc") for m in g["members"]}:
            by_doc.setdefault(d, []).append(g)
    for s in items:
        touching = {g["n"]: g for i in s["ids"] for g in by_doc.get(i, [])}.values()
        s["n_groups"] = len(touching)
        s["n_conflicts"] = sum(1 for g in touching if g["kind"] in corpusview.OPEN_KINDS)
    if ranked:
        items.sort(key=lambda s: (-s["n_conflicts"], -len(s["ids"]), s["n"]))
    items = items[offset:offset + limit] if limit is not None else items[offset:]
    recs = records(store, [i for s in items for i in s["ids"]])
    for s in items:
        s["articles"] = [article_brief(recs[i]) if i in recs else {"id": i, "title": None} for i in s["ids"]]
        dates = sorted(a["published"] for a in s["articles"] if a.get("published"))
        s["dates"] = [dates[0], dates[-1]] if dates else None
    return items


def story(store, n: int, key: str = "stories") -> dict[str, Any] | None:
    """One story or storyline: its articles and the conflict boards of the groups touching it."""
    c = corpus(store)
    items = corpusview.stories(c, key)
    if not 0 <= n < len(items):
        return None
    s = items[n]
    gs = corpusview.groups_touching(corpusview.groups(c), set(s["ids"]))
    recs = records(store, s["ids"] + [m["doc"] for g in gs for m in g["members"]])
    s["articles"] = [article_brief(recs[i]) if i in recs else {"id": i, "title": None} for i in s["ids"]]
    gs.sort(key=lambda g: (g["kind"] not in corpusview.OPEN_KINDS, g["n"]))
    s["boards"] = [corpusview.board(g, recs) for g in gs]
    return s


def group_list(store, only_open: bool = False) -> list[dict[str, Any]]:
    gs = corpusview.groups(corpus(store))
    if only_open:
        gs = [g for g in gs if g["kind"] in corpusview.OPEN_KINDS]
    return gs


def group_board(store, n: int) -> dict[str, Any] | None:
    gs = corpusview.groups(corpus(store))
    if not 0 <= n < len(gs):
        return None
    g = gs[n]
    return corpusview.board(g, records(store, [m["doc"] for m in g["members"]]))


def source_graph(store) -> dict[str, Any]:
    from marsad.kb import load_kb

    return graph.build(list(islice(store.records(), GRAPH_ARTICLES)), load_kb())


def entity_page(store, eid: str) -> dict[str, Any] | None:
    """An entity with its mentions, claims by and about it, and the places of its articles on a map."""
    e = store.entity(eid)
    if e is None:
        return None
    name = e.get("canonical") or e.get("name") or e.get("text") or eid
    by = store.claims(speaker=name, limit=200)
    if not by and e.get("text"):
        by = store.claims(speaker=e["text"], limit=200)
    by_keys = {(c.get("doc"), c.get("index")) for c in by}
    about = [c for c in store.claims(entity=eid, limit=200) if (c.get("doc"), c.get("index")) not in by_keys]
    docs = list(dict.fromkeys(_mention_doc(m) for m in e.get("mentions") or [] if _mention_doc(m)))[:60]
    recs = records(store, docs)
    places: dict[str, dict[str, Any]] = {}
    if (e.get("type") or "") == "LOC":
        places[e.get("id") or fold_key(name)] = {**e, "label": name, "self": True, "n": len(docs)}
    for r in recs.values():
        for ent in r.get("entities") or []:
            if ent.get("type") != "LOC":
                continue
            k = ent.get("id") or fold_key(ent.get("canonical") or ent.get("text"))
            p = places.setdefault(k, {**ent, "label": ent.get("canonical") or ent.get("text"), "n": 0})
            p["n"] += 1
    return {"entity": e, "name": name, "by": by, "about": about,
            "articles": [article_brief(recs[d]) for d in docs if d in recs],
            "map": geo.map_view(sorted(places.values(), key=lambda p: (not p.get("self"), -p.get("n", 0)))[:40])}


def _mention_doc(m: Any) -> str | None:
    if isinstance(m, dict):
        return m.get("doc") or m.get("doc_id") or m.get("id")
    if isinstance(m, list | tuple) and m:
        return m[0]
    return None


def ingest(store, text: str | None = None, files: list[tuple[str, bytes]] | None = None,
           outlet: str | None = None, url: str | None = None) -> tuple[list[str], list[str]]:
    """Analyse pasted text and uploaded files into the store; returns (ids stored, problems)."""
    from marsad.document import RawPage
    from marsad.ingest import Skip, read_inputs
    from marsad.pipeline import Context, analyze_page, pipeline_version

    raws: list[RawPage] = []
    problems: list[str] = []
    if text and text.strip():
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        raws.append(RawPage(id=f"paste_{digest}", text=text, outlet=outlet or None, url=url or None,
                            source_path="pasted text"))
    with tempfile.TemporaryDirectory(prefix="marsad-upload-") as tmp:
        paths = []
        for i, (name, data) in enumerate(files or []):
            safe = Path(name or f"upload-{i}.txt").name.replace("..", "_") or f"upload-{i}.txt"
            p = Path(tmp) / safe
            p.write_bytes(data)
            paths.append(str(p))
        if paths:
            for item in read_inputs(paths):
                if isinstance(item, Skip):
                    problems.append(f"{Path(item.source).name}: {item.reason}")
                else:
                    raws.append(item)
        ctx = Context.default()
        ids = []
        for raw in raws:
            try:
                doc = analyze_page(raw, ctx)
                store.upsert(doc, pipeline_version())
                ids.append(doc.id)
            except Exception as exc:  # noqa: BLE001 - one bad page must not sink the batch
                problems.append(f"{raw.id}: {exc}")
    return ids, problems
